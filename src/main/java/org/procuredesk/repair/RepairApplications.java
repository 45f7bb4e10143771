package org.procuredesk.repair;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.stereotype.Component;

/**
 * The Applications to IT a repair files: one that pays for a paid repair, one that replaces a written-off asset. Filled
 * in for the asset's holder when an employee holds it, otherwise for who reported the fault; urgent, so the weekly
 * budget takes it. Its text is in the requester's language.
 */
@Component
class RepairApplications {

    private final PurchaseRequestService applications;
    private final PeopleDirectory people;
    private final RepairPlaces places;
    private final RepairProperties properties;
    private final Messages messages;
    private final Clock clock;

    RepairApplications(PurchaseRequestService applications, PeopleDirectory people, RepairPlaces places,
                       RepairProperties properties, Messages messages, Clock clock) {
        this.applications = applications;
        this.people = people;
        this.places = places;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    RequestView paidRepair(RepairCase repair, AssetSummary asset) {
        return file(repair, asset, "repair.application.paidRepair", "repair.application.paidRepairLine");
    }

    RequestView replacement(RepairCase repair, AssetSummary asset) {
        return file(repair, asset, "repair.application.replacement", "repair.application.replacementLine");
    }

    private RequestView file(RepairCase repair, AssetSummary asset, String justificationKey, String lineKey) {
        PersonSummary requester = requester(repair);
        Long branch = Optional.ofNullable(requester.branchId()).or(() -> places.branchOf(repair.holder()))
                .orElseThrow(() -> new DomainException("repair.noBranch", repair.getNumber()));
        BigDecimal cost = repair.getEstimatedCost();
        String model = asset.model() == null ? asset.description() : asset.model();
        Locale locale = requester.preferredLocale() == null ? Messages.ENGLISH
                : Locale.forLanguageTag(requester.preferredLocale());
        LineForm line = new LineForm(asset.category(), messages.get(lineKey, locale, asset.inventoryNumber(), model,
                repair.getServiceCentre() == null ? "" : repair.getServiceCentre()), 1, cost, asset.model());
        String justification = messages.get(justificationKey, locale, repair.getNumber(), asset.inventoryNumber(),
                repair.getSymptoms());
        RequestForm form = new RequestForm(branch, justification,
                LocalDate.now(clock).plusDays(properties.replacementNeededDays()), Urgency.URGENT, List.of(line));
        return applications.submitFor(requester.username(), form);
    }

    /** The holder when an employee with a department holds the asset, otherwise who reported the fault. */
    private PersonSummary requester(RepairCase repair) {
        return Optional.of(repair.holder()).filter(holder -> holder.kind() == HolderKind.EMPLOYEE)
                .flatMap(holder -> people.findByUsername(holder.reference()))
                .filter(person -> person.active() && person.departmentId() != null)
                .or(() -> people.findByUsername(repair.getReportedBy())
                        .filter(person -> person.active() && person.departmentId() != null))
                .orElseThrow(() -> new DomainException("repair.noRequester", repair.getNumber()));
    }
}
