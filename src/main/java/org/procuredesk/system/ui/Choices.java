package org.procuredesk.system.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Fills a combo box whose value is the id of a record, showing each record by its label. */
public final class Choices {

    private Choices() {
    }

    public static <S> void offer(ComboBox<Long> box, List<S> records, Function<S, Long> id,
                                 Function<S, String> label) {
        Map<Long, String> labels = records.stream()
                .collect(Collectors.toMap(id, label, (first, second) -> first, LinkedHashMap::new));
        box.setItems(List.copyOf(labels.keySet()));
        box.setItemLabelGenerator(key -> labels.getOrDefault(key, ""));
    }
}
