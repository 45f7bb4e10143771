package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.Role;
import org.procuredesk.tasklist.SavedFilterForm;
import org.procuredesk.tasklist.SavedTaskFilters;
import org.procuredesk.tasklist.TaskScope;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four line managers each save 50 task filters named after the payloads (50 is the most one person keeps) and delete
 * them one by one from the task list: each toast that confirms a deletion quotes the name as text, and none runs.
 */
@ProcureDeskIntegrationTest
class XssInSavedFiltersBrowserTest extends XssBrowserTest {

    /**
     * Chooses the saved filter named {@code arguments[0]} in the menu, deletes it with the Delete button and answers
     * the text of the toast that says so, once a toast reads {@code arguments[1]}; else every toast's text.
     */
    private static final String DELETE_SAVED_FILTER = """
            const [name, expected, done] = arguments;
            const menu = document.getElementById('saved-filters');
            const remove = document.getElementById('delete-saved-filter');
            const until = async (ready) => {
              for (let tries = 0; tries < 1000 && !ready(); tries++) {
                await new Promise((later) => setTimeout(later, 10));
              }
              return ready();
            };
            const toasts = () => [...document.querySelectorAll('vaadin-notification-card')].map((card) => card.textContent);
            (async () => {
              menu.opened = true;
              const saved = () => (menu.filteredItems || []).find((item) => item && item.label === name);
              if (!await until(saved)) {
                return done('no saved filter in the menu');
              }
              menu.selectedItem = saved();
              menu.opened = false;
              if (!await until(() => !remove.disabled)) {
                return done('the chosen filter cannot be deleted');
              }
              remove.click();
              await until(() => toasts().includes(expected));
              done(toasts().includes(expected) ? expected : toasts().join(' | '));
            })().catch((failure) => done(String(failure)));
            """;

    @Autowired
    SavedTaskFilters savedFilters;

    @Test
    void savedFilterNamesShowAsTextInTheToastsThatConfirmTheirDeletion() {
        for (int first = 0; first < PAYLOADS.size(); first += SavedTaskFilters.MAX_PER_PERSON) {
            List<String> names = PAYLOADS.subList(first, Math.min(first + SavedTaskFilters.MAX_PER_PERSON,
                    PAYLOADS.size()));
            String owner = newPerson("filters." + first, "Filter keeper " + run, null, null, Role.LINE_MANAGER);
            as(people, owner, () -> names.forEach(name ->
                    savedFilters.save(new SavedFilterForm(name, TaskScope.MINE, null, null))));
            signInAndWait(owner);
            browser.get(url("/tasks"));
            quickly().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-filters")));
            for (String name : names) {
                String expected = "Filter " + name + " deleted.";
                assertThat(browser.executeAsyncScript(DELETE_SAVED_FILTER, name, expected)).as("toast")
                        .isEqualTo(expected);
                ReliabilityFigures.inputTried();
            }
        }
    }
}
