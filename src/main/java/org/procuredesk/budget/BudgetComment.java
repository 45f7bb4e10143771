package org.procuredesk.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A remark someone wrote on a budget while preparing or reviewing it; never changed afterwards. */
@Entity
@Table(name = "budget_comment")
class BudgetComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_id", nullable = false, updatable = false)
    private Long budgetId;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false, length = 2000)
    private String text;

    protected BudgetComment() {
    }

    BudgetComment(Long budgetId, String author, Instant writtenAt, String text) {
        this.budgetId = budgetId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    String author() {
        return author;
    }

    BudgetCommentView view(String authorName) {
        return new BudgetCommentView(author, authorName, writtenAt, text);
    }
}
