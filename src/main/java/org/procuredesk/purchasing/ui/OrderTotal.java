package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.procuredesk.purchasing.PriceOverrunPolicy;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Messages;

/**
 * The total of the order being entered beside the approved one. Over it, a warning says by how much, and
 * whether the IT head will have to approve the difference: when it is more than the allowed margin.
 */
class OrderTotal extends VerticalLayout {

    private final Span total = new Span();
    private final Span overrun = new Span();
    private final BigDecimal approved;
    private final PriceOverrunPolicy policy;
    private final Formats formats;

    OrderTotal(BigDecimal approved, PriceOverrunPolicy policy, Formats formats) {
        this.approved = approved;
        this.policy = policy;
        this.formats = formats;
        setPadding(false);
        setSpacing(false);
        total.setId("order-total");
        overrun.setId("order-overrun");
        add(total, overrun);
    }

    void show(BigDecimal ordered) {
        total.setText(getTranslation("purchase.order.total", money(ordered), money(approved)));
        BigDecimal excess = ordered.subtract(approved);
        overrun.setVisible(excess.signum() > 0);
        boolean needsApproval = policy.exceeds(approved, ordered);
        String percent = NumberFormat.getPercentInstance(Messages.supported(getLocale())).format(policy.margin());
        overrun.setText(getTranslation(needsApproval ? "purchase.order.overMargin" : "purchase.order.overWithinMargin",
                money(excess), percent));
        overrun.getElement().setAttribute("theme", needsApproval ? "badge error" : "badge contrast");
        overrun.getStyle().set("color", needsApproval ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
    }

    private String money(BigDecimal amount) {
        return formats.money(amount, getLocale());
    }
}
