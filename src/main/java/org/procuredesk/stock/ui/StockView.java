package org.procuredesk.stock.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.procuredesk.people.Role;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.StockLedger;
import org.procuredesk.stock.StockLevel;
import org.procuredesk.stock.StockLevels;

/**
 * Consumables with what each warehouse holds of them, those at or below their reorder point marked; the warehouse
 * keeper and IT support issue, receive and transfer one from here.
 */
@Route("stock")
@Menu(title = "nav.stock", order = 21, icon = "vaadin:package")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "WAREHOUSE", "IT_HEAD", "AUDITOR"})
public class StockView extends VerticalLayout implements HasDynamicTitle {

    static final String LOW = "at-reorder-point";

    private final Grid<StockLevel> grid = new Grid<>();
    private final StockLevels levels;
    private final IssueForm issueForm;
    private final TransferForm transferForm;

    public StockView(StockLevels levels, StockLedger ledger, ConsumableCatalogue catalogue,
                     PeopleDirectory directory, AuthenticationContext authentication) {
        this.levels = levels;
        this.issueForm = new IssueForm(ledger::issue, this::updateList);
        this.transferForm = new TransferForm(directory.warehouses(), ledger::transfer, this::updateList);
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("nav.stock")), grid);
        if (authentication.hasAnyRole(Role.WAREHOUSE.name(), Role.IT_SUPPORT.name())) {
            add(new H3(getTranslation("stock.issueTitle")), issueForm,
                    new H3(getTranslation("stock.receiptTitle")),
                    new ReceiptForm(directory.warehouses(), catalogue.list(), ledger::receive, this::updateList),
                    new H3(getTranslation("stock.transferTitle")), transferForm);
        }
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.stock");
    }

    private void configureGrid() {
        grid.setId("stock-levels");
        grid.addColumn(StockLevel::sku).setHeader(getTranslation("consumable.skuHeader")).setAutoWidth(true);
        grid.addColumn(StockLevel::name).setHeader(getTranslation("consumable.name")).setFlexGrow(1);
        grid.addColumn(StockLevel::warehouseName).setHeader(getTranslation("stock.warehouse")).setAutoWidth(true);
        grid.addComponentColumn(this::onHand).setHeader(getTranslation("stock.onHand")).setAutoWidth(true);
        grid.addColumn(StockLevel::reorderPoint).setHeader(getTranslation("consumable.reorderPoint"));
        grid.addColumn(StockLevel::maxLevel).setHeader(getTranslation("consumable.maxLevel"));
        grid.setPartNameGenerator(level -> level.atOrBelowReorderPoint() ? LOW : null);
    }

    private HorizontalLayout onHand(StockLevel level) {
        HorizontalLayout cell = new HorizontalLayout(new Span(level.onHand() + " " + level.unit()));
        if (level.atOrBelowReorderPoint()) {
            Span badge = new Span(getTranslation("stock.reorder"));
            badge.getElement().setAttribute("theme", "badge error small");
            cell.add(badge);
        }
        return cell;
    }

    private void updateList() {
        List<StockLevel> current = levels.levels(null);
        grid.setItems(current);
        issueForm.offer(current);
        transferForm.offer(current);
    }
}
