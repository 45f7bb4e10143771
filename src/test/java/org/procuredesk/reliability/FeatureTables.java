package org.procuredesk.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the tables an endpoint writes, counted before and after a refused input: a refusal stores nothing,
 * not even half a record (a request without its lines, a document without its lines).
 */
final class FeatureTables {

    /** A word of the endpoint's path, and the tables its writes touch. */
    private static final Map<String, List<String>> BY_PATH = new LinkedHashMap<>();

    static {
        BY_PATH.put("/people", List.of("person", "person_role"));
        BY_PATH.put("/departments", List.of("department"));
        BY_PATH.put("/branches", List.of("branch"));
        BY_PATH.put("/warehouses", List.of("warehouse"));
        BY_PATH.put("/requests", List.of("purchase_request", "request_line"));
        BY_PATH.put("/substitutions", List.of("substitution"));
        BY_PATH.put("/tasks/filters", List.of("saved_task_filter"));
        BY_PATH.put("/notifications/preferences", List.of("notification_preference", "notification_email_off"));
        BY_PATH.put("/movements", List.of("movement_document", "movement_line"));
        BY_PATH.put("/assets", List.of("asset", "movement_document", "movement_line"));
        BY_PATH.put("/repairs", List.of("repair_case", "repair_event"));
        BY_PATH.put("/consumables", List.of("consumable_item"));
        BY_PATH.put("/stock", List.of("stock_document", "stock_document_line", "stock_balance"));
        BY_PATH.put("/inventory-counts", List.of("inventory_count", "inventory_count_line"));
        BY_PATH.put("/licences", List.of("licence", "licence_assignment"));
        BY_PATH.put("/budgets", List.of("budget_comment", "budget_limit"));
        BY_PATH.put("/order", List.of("purchase_order", "purchase_order_line"));
        BY_PATH.put("/receipt", List.of("goods_receipt", "goods_receipt_item"));
        BY_PATH.put("/handover", List.of("handover"));
    }

    private final JdbcTemplate jdbc;

    FeatureTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row count of each table the endpoint's path names, in one query. */
    Map<String, Long> count(String pattern) {
        List<String> tables = BY_PATH.entrySet().stream()
                .filter(entry -> pattern.contains(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream())
                .distinct().toList();
        if (tables.isEmpty()) {
            return Map.of();
        }
        String select = tables.stream().map(table -> "(select count(*) from " + table + ")")
                .reduce((left, right) -> left + ", " + right).orElseThrow();
        return jdbc.query("select " + select, resultSet -> {
            resultSet.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), resultSet.getLong(i + 1));
            }
            return counts;
        });
    }
}
