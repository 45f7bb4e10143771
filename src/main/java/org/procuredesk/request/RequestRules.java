package org.procuredesk.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * What an application must satisfy beyond the shape of its fields: a delivery branch that exists,
 * a needed-by date not in the past (in the company's time zone), prices below the ceiling.
 * Each refusal names its field, in the form's own path ({@code lines[2].estimatedUnitPrice}).
 */
@Component
class RequestRules {

    private final PeopleDirectory peopleDirectory;
    private final RequestProperties properties;
    private final Clock clock;

    RequestRules(PeopleDirectory peopleDirectory, RequestProperties properties, Clock clock) {
        this.peopleDirectory = peopleDirectory;
        this.properties = properties;
        this.clock = clock;
    }

    void check(RequestForm form) {
        if (form.deliveryBranchId() != null && !peopleDirectory.branchExists(form.deliveryBranchId())) {
            throw DomainException.ofField("deliveryBranchId", "request.unknownBranch");
        }
        if (form.neededBy() != null && form.neededBy().isBefore(LocalDate.now(clock))) {
            throw DomainException.ofField("neededBy", "request.neededByInThePast");
        }
        List<LineForm> lines = form.lines();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).estimatedUnitPrice().compareTo(properties.unitPriceCeiling()) >= 0) {
                throw DomainException.ofField("lines[" + index + "].estimatedUnitPrice", "request.priceTooHigh",
                        properties.unitPriceCeiling().toPlainString());
            }
        }
    }
}
