package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.tasklist.SubstitutionView;
import org.procuredesk.tasklist.Substitutions;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The signed-in person's out of office: names who stands in for them and when, and lists their
 * substitutes, each one not yet over with a button that ends it.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class OutOfOfficeSection extends VerticalLayout {

    private final Substitutions substitutions;
    private final PeopleDirectory peopleDirectory;
    private final Formats formats;
    private final LocalDate today;
    private final SubstitutionEditor editor;
    private final Grid<SubstitutionView> grid = new Grid<>();

    OutOfOfficeSection(Substitutions substitutions, PeopleDirectory peopleDirectory, Formats formats, Clock clock) {
        this.substitutions = substitutions;
        this.peopleDirectory = peopleDirectory;
        this.formats = formats;
        this.today = LocalDate.now(clock);
        this.editor = new SubstitutionEditor(substitutions.possibleSubstitutes(), today);
        setPadding(false);
        Button set = new Button(getTranslation("substitution.set"), click -> setSubstitute());
        set.setId("set-substitute");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(new Paragraph(getTranslation("substitution.explained")), editor, set, grid);
        updateList();
    }

    private void configureGrid() {
        grid.setId("substitutions-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(substitution -> peopleDirectory.nameOf(substitution.substitute()))
                .setHeader(getTranslation("substitution.substitute")).setFlexGrow(2);
        grid.addColumn(substitution -> formats.date(substitution.firstDay(), getLocale()))
                .setHeader(getTranslation("substitution.firstDay"));
        grid.addColumn(substitution -> formats.date(substitution.lastDay(), getLocale()))
                .setHeader(getTranslation("substitution.lastDay"));
        grid.addComponentColumn(this::endButton);
    }

    /** Hidden for a substitution already over: there is nothing left to end. */
    private Button endButton(SubstitutionView substitution) {
        Button end = new Button(getTranslation("substitution.end"), click -> end(substitution));
        end.setId("end-substitution-" + substitution.id());
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        end.setVisible(!substitution.lastDay().isBefore(today));
        return end;
    }

    private void setSubstitute() {
        if (FormSubmission.succeeded(editor, () -> substitutions.name(editor.value()))) {
            editor.clear();
            updateList();
        }
    }

    private void end(SubstitutionView substitution) {
        substitutions.end(substitution.id());
        updateList();
        FormSubmission.notifySuccess(getTranslation("substitution.ended"));
    }

    private void updateList() {
        grid.setItems(substitutions.mine());
    }
}
