package org.procuredesk.licence.ui;

import com.vaadin.flow.component.dialog.Dialog;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.licence.Licences;
import org.procuredesk.system.ui.FormSubmission;

/** Adds a licence to the register, or changes one; refusals show on their fields and keep the dialog open. */
class LicenceDialog extends Dialog {

    /**
     * @param id    the licence changed; none for a new one
     * @param saved runs once it is saved
     */
    LicenceDialog(Long id, LicenceForm start, Licences licences, Runnable saved) {
        setId("licence-dialog");
        setHeaderTitle(getTranslation(id == null ? "licenceForm.newTitle" : "licenceForm.editTitle"));
        setWidth("36em");
        LicenceEditor editor = new LicenceEditor();
        editor.addSaveListener(save -> {
            if (FormSubmission.succeeded(editor, () -> {
                if (save.getId() == null) {
                    licences.create(save.getRecord());
                } else {
                    licences.change(save.getId(), save.getRecord());
                }
            })) {
                close();
                saved.run();
            }
        });
        editor.addCancelListener(cancel -> close());
        editor.edit(id, start);
        add(editor);
    }
}
