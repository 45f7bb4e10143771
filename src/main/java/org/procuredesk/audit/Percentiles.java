package org.procuredesk.audit;

import java.util.List;

/** Percentiles by nearest rank: the smallest value at least that share of the values does not exceed. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The value at rank ceil(percent / 100 × n), counted from 1, in whole numbers so no rounding moves it.
     *
     * @param ascending the values, sorted; none gives none
     */
    static Long nearestRank(List<Long> ascending, int percent) {
        if (ascending.isEmpty()) {
            return null;
        }
        int rank = (percent * ascending.size() + 99) / 100;
        return ascending.get(Math.max(rank, 1) - 1);
    }
}
