package org.procuredesk.budget;

import java.time.Instant;

public record BudgetCommentView(String author, String authorName, Instant writtenAt, String text) {
}
