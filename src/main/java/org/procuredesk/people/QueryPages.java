package org.procuredesk.people;

import java.util.List;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;

/** The page an engine query asked for (its first result and maximum count) of all its results. */
final class QueryPages {

    private QueryPages() {
    }

    static <T> List<T> of(List<T> results, ListQueryParameterObject query) {
        int from = Math.min(query.getFirstResult(), results.size());
        int to = (int) Math.min((long) from + query.getMaxResults(), results.size());
        return results.subList(from, to);
    }
}
