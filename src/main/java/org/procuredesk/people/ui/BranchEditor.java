package org.procuredesk.people.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.procuredesk.people.BranchForm;
import org.procuredesk.system.ui.RecordForm;

/** The form of a branch. */
class BranchEditor extends RecordForm<BranchForm> {

    BranchEditor() {
        super(BranchForm.class, "branch");
        bindText(new TextField(), "code");
        bindText(new TextField(), "name");
        bindText(new TextField(), "city");
        carry("version");
    }
}
