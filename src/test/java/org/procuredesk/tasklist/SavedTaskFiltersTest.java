package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Race;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Saved task list filters: each person's own, one per name, at most fifty, never a range upside down. */
@ProcureDeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SavedTaskFiltersTest {

    static final TaskFilter LAPTOPS_IN_CLUJ = new TaskFilter("applicationToIt", "approveByLineManager",
            DueWindow.THIS_WEEK, new BigDecimal("1000.00"), new BigDecimal("5000.50"), 2L, 3L);

    @Autowired
    SavedTaskFilters savedFilters;
    @Autowired
    SavedTaskFilterRepository repository;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Messages messages;

    @AfterEach
    void forgetEveryFilter() {
        repository.deleteAll();
    }

    @Test
    void readsBackEveryPartOfASavedFilterAndListsMineByName() {
        TaskSort largestFirst = new TaskSort(TaskSort.Field.AMOUNT, true);

        SavedFilter saved = save("mihai.manager", new SavedFilterForm("  Laptops in Cluj ", TaskScope.TEAM,
                LAPTOPS_IN_CLUJ, largestFirst));
        save("mihai.manager", new SavedFilterForm("all mine", TaskScope.MINE, null, null));

        assertThat(mine("mihai.manager")).extracting(SavedFilter::name).containsExactly("all mine", "Laptops in Cluj");
        assertThat(mine("mihai.manager")).filteredOn(filter -> filter.id().equals(saved.id())).singleElement()
                .satisfies(filter -> {
                    assertThat(filter.name()).isEqualTo("Laptops in Cluj");
                    assertThat(filter.scope()).isEqualTo(TaskScope.TEAM);
                    assertThat(filter.filter()).isEqualTo(LAPTOPS_IN_CLUJ);
                    assertThat(filter.sort()).isEqualTo(largestFirst);
                });
        assertThat(mine("mihai.manager")).filteredOn(filter -> filter.name().equals("all mine")).singleElement()
                .satisfies(filter -> {
                    assertThat(filter.filter()).isEqualTo(TaskFilter.ALL);
                    assertThat(filter.sort()).isEqualTo(TaskSort.NEWEST);
                });
    }

    @Test
    void savingUnderANameIAlreadyUseWhateverItsCaseReplacesThatFilter() {
        SavedFilter first = save("mihai.manager", new SavedFilterForm("Urgent", TaskScope.MINE, LAPTOPS_IN_CLUJ,
                TaskSort.NEWEST));
        TaskFilter overdue = new TaskFilter(null, null, DueWindow.OVERDUE, null, null, null, null);

        SavedFilter replaced = save("mihai.manager", new SavedFilterForm("URGENT", TaskScope.GROUPS, overdue,
                new TaskSort(TaskSort.Field.DUE, false)));

        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(mine("mihai.manager")).containsExactly(replaced);
        assertThat(replaced.name()).isEqualTo("URGENT");
        assertThat(replaced.scope()).isEqualTo(TaskScope.GROUPS);
        assertThat(replaced.filter()).isEqualTo(overdue);
    }

    @Test
    void anotherPersonsFiltersAreInvisibleToMeAndCannotBeDeletedByMe(CapturedOutput output) {
        SavedFilter hers = save("ana.requester", new SavedFilterForm("Urgent", TaskScope.MINE, null, null));
        save("mihai.manager", new SavedFilterForm("Urgent", TaskScope.TEAM, null, null));

        assertThat(mine("ion.support")).isEmpty();
        assertThat(mine("mihai.manager")).extracting(SavedFilter::scope).containsExactly(TaskScope.TEAM);
        assertThatThrownBy(() -> as(people, "mihai.manager", () -> savedFilters.delete(hers.id())))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(messages.get(refusal,
                        Messages.ENGLISH)).isEqualTo("This saved filter does not exist."));
        assertThat(output.getOut()).contains("WARN").contains("saved task filter " + hers.id() + " to 'mihai.manager'");
        assertThat(mine("ana.requester")).containsExactly(hers);
    }

    @Test
    void iDeleteOneOfMine() {
        SavedFilter urgent = save("ana.requester", new SavedFilterForm("Urgent", TaskScope.MINE, null, null));
        SavedFilter kept = save("ana.requester", new SavedFilterForm("Kept", TaskScope.MINE, null, null));

        as(people, "ana.requester", () -> savedFilters.delete(urgent.id()));

        assertThat(mine("ana.requester")).containsExactly(kept);
    }

    @Test
    void refusesAMinimumAmountAboveTheMaximumOnTheMaximumAndSavesNothing() {
        TaskFilter upsideDown = new TaskFilter(null, null, null, new BigDecimal("500"), new BigDecimal("499.99"),
                null, null);

        assertThatThrownBy(() -> save("ana.requester", new SavedFilterForm("Odd", TaskScope.MINE, upsideDown, null)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).hasValue("maxAmount");
                    assertThat(refusal.getMessageKey()).isEqualTo("tasks.amountRange");
                });
        assertThat(mine("ana.requester")).isEmpty();
    }

    @Test
    void refusesAFiftyFirstNameButStillReplacesOneOfTheFifty() {
        for (int number = 1; number <= SavedTaskFilters.MAX_PER_PERSON; number++) {
            save("ion.support", new SavedFilterForm("Filter " + number, TaskScope.MINE, null, null));
        }

        assertThatThrownBy(() -> save("ion.support", new SavedFilterForm("One more", TaskScope.MINE, null, null)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(messages.get(refusal,
                        Messages.ENGLISH)).isEqualTo("You can keep at most 50 saved filters. Delete one you no"
                        + " longer need first."));
        save("ion.support", new SavedFilterForm("Filter 7", TaskScope.GROUPS, null, null));
        assertThat(mine("ion.support")).hasSize(SavedTaskFilters.MAX_PER_PERSON)
                .filteredOn(filter -> filter.name().equals("Filter 7")).singleElement()
                .satisfies(filter -> assertThat(filter.scope()).isEqualTo(TaskScope.GROUPS));
    }

    @Test
    void twoSavesOfOneNameAtOnceLeaveOneFilterAndAtMostARefusalOnTheName() throws Exception {
        SavedFilterForm form = new SavedFilterForm("Double click", TaskScope.MINE, LAPTOPS_IN_CLUJ, null);

        List<Object> outcomes = as(people, "ana.requester", () -> race(() -> savedFilters.save(form)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).satisfiesAnyOf(
                saved -> assertThat(saved).isInstanceOf(SavedFilter.class),
                refused -> assertThat(refused).isInstanceOfSatisfying(DomainException.class, isTakenMeanwhile())));
        assertThat(mine("ana.requester")).extracting(SavedFilter::name).containsExactly("Double click");
    }

    private static Consumer<DomainException> isTakenMeanwhile() {
        return refusal -> {
            assertThat(refusal.getField()).hasValue("name");
            assertThat(refusal.getMessageKey()).isEqualTo("tasks.filter.savedMeanwhile");
        };
    }

    private static List<Object> race(Callable<?> save) {
        try {
            return Race.run(save, save);
        } catch (Exception failure) {
            throw new AssertionError(failure);
        }
    }

    private SavedFilter save(String person, SavedFilterForm form) {
        return as(people, person, () -> savedFilters.save(form));
    }

    private List<SavedFilter> mine(String person) {
        return as(people, person, () -> savedFilters.mine());
    }
}
