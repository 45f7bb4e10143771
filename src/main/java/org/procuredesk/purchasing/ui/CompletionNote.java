package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a completed step wrote, e.g. the number of its receipt or movement document, with the document to print
 * and sign; the way back to the task list comes after, so the person has read the number first.
 */
class CompletionNote extends VerticalLayout {

    /** @param id the message's id; the button back is {@code <id>-back} */
    CompletionNote(String id, String message, Component printout, Runnable completed) {
        setPadding(false);
        Paragraph text = new Paragraph(message);
        text.setId(id);
        Button back = new Button(getTranslation("purchase.backToTasks"), click -> completed.run());
        back.setId(id + "-back");
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, printout, back);
    }
}
