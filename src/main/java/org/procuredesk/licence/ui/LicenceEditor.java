package org.procuredesk.licence.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.system.ui.LocalizedDates;
import org.procuredesk.system.ui.RecordForm;

/** The form of a licence: what was bought, how many seats, from when and until when. */
class LicenceEditor extends RecordForm<LicenceForm> {

    LicenceEditor() {
        super(LicenceForm.class, "licenceForm");
        bindText(new TextField(), "product");
        bindText(new TextField(), "vendor");
        bindText(new TextField(), "edition");
        bindText(new TextField(), "licenceKey");
        bindWhole(new IntegerField(), "seats");
        bind(date(), "validFrom");
        bind(date(), "expiresOn");
        bind(new BigDecimalField(), "cost");
    }

    private DatePicker date() {
        DatePicker picker = new DatePicker();
        LocalizedDates.localize(picker, getLocale(), "validation.date");
        return picker;
    }
}
