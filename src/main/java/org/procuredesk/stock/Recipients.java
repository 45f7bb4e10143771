package org.procuredesk.stock;

import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** Who may receive an issue: an active employee, a department, or a device on the equipment register. */
@Component
class Recipients {

    private final PeopleDirectory people;
    private final AssetRegister register;

    Recipients(PeopleDirectory people, AssetRegister register) {
        this.people = people;
        this.register = register;
    }

    /** Refused when there is no such active employee, department or device. */
    void refuseUnknown(RecipientKind kind, String reference) {
        boolean known = switch (kind) {
            case EMPLOYEE -> people.isActive(reference);
            case DEPARTMENT -> isNumber(reference) && people.departmentName(Long.parseLong(reference)).isPresent();
            case DEVICE -> register.findByInventoryNumber(reference).isPresent();
        };
        if (!known) {
            throw DomainException.ofField("recipientReference", "stock.unknownRecipient." + kind.name(), reference);
        }
    }

    private static boolean isNumber(String reference) {
        return reference.matches("\\d{1,18}");
    }
}
