package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.procuredesk.system.Formats;

/** A budget's included total against its period's limit, marked as an error when it is over the limit. */
class TotalAgainstLimit extends Span {

    private final Formats formats;

    TotalAgainstLimit(String id, Formats formats) {
        this.formats = formats;
        setId(id);
    }

    /** @param limit null when finance set none */
    TotalAgainstLimit show(BigDecimal included, BigDecimal limit) {
        String total = formats.money(included, getLocale());
        setText(limit == null ? getTranslation("budget.totalNoLimit", total)
                : getTranslation("budget.totalAgainstLimit", total, formats.money(limit, getLocale())));
        boolean over = limit != null && included.compareTo(limit) > 0;
        getElement().getThemeList().set("badge", over);
        getElement().getThemeList().set("error", over);
        getElement().setAttribute("title", over ? getTranslation("budget.overLimit") : "");
        return this;
    }

    boolean isOverLimit() {
        return getElement().getThemeList().contains("error");
    }
}
