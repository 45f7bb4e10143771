package org.procuredesk.inventory.count;

import java.util.List;

/** A count with its lines: the expected assets first, then what was found besides, each in the order recorded. */
public record CountDetail(CountSummary summary, List<CountLineView> lines) {

    public List<CountLineView> expectedLines() {
        return lines.stream().filter(CountLineView::expected).toList();
    }

    public List<CountLineView> foundBesides() {
        return lines.stream().filter(line -> !line.expected()).toList();
    }

    public List<CountLineView> differences() {
        return lines.stream().filter(line -> line.difference() != null).toList();
    }
}
