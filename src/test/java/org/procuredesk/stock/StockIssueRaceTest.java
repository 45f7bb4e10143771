package org.procuredesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.procuredesk.SignedIn;
import org.procuredesk.people.Race;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hundred people issuing the same toner at the same moment, each in a thread and transaction of their own; the
 * issue that empties the stock starts its one replenishment.
 */
class StockIssueRaceTest extends WithConsumables {

    @Autowired
    Messages messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void ofOneHundredIssuesOfOneUnitFromSixtyOnHandExactlySixtySucceedTheRestAreToldThereIsNotEnoughAndOneReplenishmentStarts()
            throws Exception {
        String toner = asKeeper(() -> catalogue.create(form("T-RACE-" + System.nanoTime(), "Toner HP 59A", 0))).sku();
        receive(warehouse, toner, 60);
        Callable<?> issueOne = () -> issueToAna(warehouse, line(toner, 1));

        List<Object> outcomes = Race.run(IntStream.range(0, 100).mapToObj(i -> issueOne).toArray(Callable[]::new));

        List<StockDocumentView> issued = outcomes.stream().filter(StockDocumentView.class::isInstance)
                .map(StockDocumentView.class::cast).toList();
        List<Object> refused = outcomes.stream().filter(outcome -> !(outcome instanceof StockDocumentView)).toList();
        assertThat(issued).hasSize(60);
        assertThat(issued).extracting(StockDocumentView::number).doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(asKeeper(() -> ledger.document(number)).lines())
                        .singleElement().extracting(StockDocumentView.Line::quantity).isEqualTo(1));
        assertThat(refused).hasSize(40).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(translated(refusal))
                        .isEqualTo("Not enough Toner HP 59A in " + warehouseName() + ": 0 left, 1 asked.")));
        assertThat(onHand(toner, warehouse)).isZero();
        assertThat(issueDocumentsOf(toner)).isEqualTo(60);
        List<String> replenishments = replenishmentsOf(toner);
        assertThat(replenishments).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from replenishment where number = ? and open_key is not null",
                Integer.class, replenishments.get(0))).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("stockReplenishment")
                .processInstanceBusinessKey(replenishments.get(0)).count()).isEqualTo(1);
    }

    /** The numbers of the consumable's replenishments for the warehouse, read from the database. */
    private List<String> replenishmentsOf(String sku) {
        return jdbc.queryForList("select r.number from replenishment r join consumable_item i on i.id = r.item_id"
                + " where i.sku = ? and r.warehouse_id = ?", String.class, sku, warehouse);
    }

    private String translated(DomainException refusal) {
        return messages.get(refusal, Locale.ENGLISH);
    }

    /** Counted in the database, so no refused issue left a document behind. */
    private int issueDocumentsOf(String sku) {
        return jdbc.queryForObject("select count(distinct d.id) from stock_document d"
                + " join stock_document_line l on l.document_id = d.id"
                + " join consumable_item i on i.id = l.item_id where d.kind = 'ISSUE' and i.sku = ?",
                Integer.class, sku);
    }

    private String warehouseName() {
        return SignedIn.as(people, KEEPER, () -> people.warehouseName(warehouse).orElseThrow());
    }
}
