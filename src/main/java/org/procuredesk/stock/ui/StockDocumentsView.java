package org.procuredesk.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.procuredesk.people.Role;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.stock.StockDocumentFilter;
import org.procuredesk.stock.StockDocumentKind;
import org.procuredesk.stock.StockDocumentView;
import org.procuredesk.stock.StockLedger;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.Choices;
import org.procuredesk.system.ui.LocalizedDates;

/**
 * The stock documents, newest first, filtered by kind, dates and warehouse; each opens to its lines. The warehouse
 * keeper and IT support reverse a document from here, once, with a reason; documents are never edited.
 */
@Route("stock-documents")
@Menu(title = "nav.stockDocuments", order = 22, icon = "vaadin:records")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "WAREHOUSE", "IT_HEAD", "AUDITOR"})
public class StockDocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final StockLedger ledger;
    private final Formats formats;
    private final boolean poster;
    private final Grid<StockDocumentView> grid = new Grid<>();
    private final ComboBox<StockDocumentKind> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Long> warehouse = new ComboBox<>();

    public StockDocumentsView(StockLedger ledger, PeopleDirectory directory, Formats formats,
                              AuthenticationContext authentication) {
        this.ledger = ledger;
        this.formats = formats;
        this.poster = authentication.hasAnyRole(Role.WAREHOUSE.name(), Role.IT_SUPPORT.name());
        setSizeFull();
        configureFilters(directory);
        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(kind, from, to, warehouse);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.stockDocuments")), filters, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.stockDocuments");
    }

    private void configureFilters(PeopleDirectory directory) {
        kind.setId("stock-documents-kind");
        kind.setLabel(getTranslation("stockDocument.kind"));
        kind.setItems(StockDocumentKind.values());
        kind.setItemLabelGenerator(this::kindName);
        kind.setClearButtonVisible(true);
        from.setId("stock-documents-from");
        from.setLabel(getTranslation("stockDocument.from"));
        to.setId("stock-documents-to");
        to.setLabel(getTranslation("stockDocument.to"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            LocalizedDates.localize(picker, getLocale(), "validation.date");
            picker.setClearButtonVisible(true);
        }
        warehouse.setId("stock-documents-warehouse");
        warehouse.setLabel(getTranslation("stock.warehouse"));
        warehouse.setClearButtonVisible(true);
        Choices.offer(warehouse, directory.warehouses(), WarehouseSummary::id, WarehouseSummary::name);
        kind.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        warehouse.addValueChangeListener(change -> refresh());
    }

    private void configureGrid() {
        grid.setId("stock-documents");
        grid.addColumn(StockDocumentView::number).setHeader(getTranslation("stockDocument.number")).setAutoWidth(true);
        grid.addColumn(document -> kindName(document.kind())).setHeader(getTranslation("stockDocument.kind"))
                .setAutoWidth(true);
        grid.addColumn(document -> formats.date(document.date(), getLocale()))
                .setHeader(getTranslation("stockDocument.date")).setAutoWidth(true);
        grid.addColumn(StockDocumentView::fromWarehouseName).setHeader(getTranslation("stockDocument.fromWarehouse"))
                .setAutoWidth(true);
        grid.addColumn(StockDocumentView::toWarehouseName).setHeader(getTranslation("stockDocument.toWarehouse"))
                .setAutoWidth(true);
        grid.addColumn(this::recipient).setHeader(getTranslation("stock.recipientKind")).setAutoWidth(true);
        grid.addColumn(StockDocumentView::reason).setHeader(getTranslation("stockDocument.reason")).setFlexGrow(1);
        grid.addColumn(StockDocumentView::recordedBy).setHeader(getTranslation("stockDocument.recordedBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("stockDocument.state"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(document -> new Span(document.lines().stream()
                .map(line -> line.sku() + " " + line.name() + ": " + line.quantity() + " " + line.unit())
                .collect(Collectors.joining("; ")))));
    }

    private String kindName(StockDocumentKind documentKind) {
        return getTranslation("stockDocument.kind." + documentKind.name());
    }

    private String recipient(StockDocumentView document) {
        return document.recipientKind() == null ? ""
                : getTranslation("stock.recipient." + document.recipientKind().name()) + " "
                + document.recipientReference();
    }

    private HorizontalLayout state(StockDocumentView document) {
        HorizontalLayout cell = new HorizontalLayout();
        if (document.reverses() != null) {
            cell.add(new Span(getTranslation("stockDocument.reverses", document.reverses())));
        } else if (document.reversedBy() != null) {
            cell.add(new Span(getTranslation("stockDocument.reversedBy", document.reversedBy())));
        } else if (poster) {
            Button reverse = new Button(getTranslation("stockDocument.reverse"),
                    click -> new ReversalDialog(document.number(), ledger, this::refresh).open());
            reverse.setId("stock-documents-reverse-" + document.number());
            reverse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cell.add(reverse);
        }
        return cell;
    }

    private void refresh() {
        grid.setItems(ledger.documents(new StockDocumentFilter(kind.getValue(), from.getValue(), to.getValue(),
                warehouse.getValue())));
    }
}
