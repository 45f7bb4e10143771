package org.procuredesk.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procuredesk.request.LineForm;
import org.procuredesk.system.Formats;

/** The lines of an application being entered, with buttons to add and remove them and their running total. */
class LinesEditor extends VerticalLayout {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");
    private static final LineForm BLANK = new LineForm(null, null, 1, null, null);

    private final List<LineEditor> lines = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final Span error = new Span();
    private final Span total = new Span();
    private final Formats formats;

    LinesEditor(Formats formats) {
        this.formats = formats;
        setPadding(false);
        rows.setPadding(false);
        error.setId("lines-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        total.setId("application-total");
        Button add = new Button(getTranslation("line.add"), VaadinIcon.PLUS.create(), click -> addLine(BLANK));
        add.setId("line-add");
        add(new H3(getTranslation("request.lines")), rows, error, add, total);
    }

    void show(List<LineForm> values) {
        lines.clear();
        rows.removeAll();
        (values.isEmpty() ? List.of(BLANK) : values).forEach(this::addLine);
    }

    List<LineForm> value() {
        return lines.stream().map(LineEditor::value).toList();
    }

    /** Shows a refusal of all lines ({@code lines}) or of one line's field ({@code lines[2].quantity}). */
    boolean showError(String field, String message) {
        if ("lines".equals(field)) {
            error.setText(message);
            return true;
        }
        Matcher lineField = LINE_FIELD.matcher(field);
        return lineField.matches() && Integer.parseInt(lineField.group(1)) < lines.size()
                && lines.get(Integer.parseInt(lineField.group(1))).showError(lineField.group(2), message);
    }

    void clearErrors() {
        error.setText("");
        lines.forEach(LineEditor::clearErrors);
    }

    private void addLine(LineForm value) {
        LineEditor line = new LineEditor(value, this::updateTotal, this::removeLine);
        lines.add(line);
        rows.add(line);
        renumber();
    }

    private void removeLine(LineEditor line) {
        lines.remove(line);
        rows.remove(line);
        renumber();
    }

    private void renumber() {
        for (int index = 0; index < lines.size(); index++) {
            lines.get(index).number(index);
        }
        updateTotal();
    }

    private void updateTotal() {
        BigDecimal sum = lines.stream().map(LineEditor::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation("request.totalIs", formats.money(sum, getLocale())));
    }
}
