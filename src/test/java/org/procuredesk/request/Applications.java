package org.procuredesk.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.people.PeopleDirectory;

/** Application forms for tests: a valid one, and variations of it. */
public final class Applications {

    private Applications() {
    }

    public static RequestForm laptop(PeopleDirectory people) {
        return form(people, new LineForm(EquipmentCategory.LAPTOP, "Laptop for the new accountant", 1,
                new BigDecimal("4200.00"), "ThinkPad T14"));
    }

    public static RequestForm form(PeopleDirectory people, LineForm... lines) {
        return new RequestForm(people.branches().get(0).id(), "The current one no longer starts",
                LocalDate.now().plusDays(30), Urgency.PLANNED, List.of(lines));
    }

    public static LineForm line(EquipmentCategory category, int quantity, String unitPrice) {
        return new LineForm(category, category.name().toLowerCase() + " for the team", quantity,
                new BigDecimal(unitPrice), null);
    }
}
