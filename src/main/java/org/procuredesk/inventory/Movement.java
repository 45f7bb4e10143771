package org.procuredesk.inventory;

import java.util.List;

/** What a movement document says moved: from whom to whom, why, for which application (if any), which assets. */
record Movement(Holder from, Holder to, String reason, Long requestId, List<Long> assetIds) {
}
