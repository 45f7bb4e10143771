package org.procuredesk.repair;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Messages;
import org.procuredesk.system.PrintedDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A repair case's documents as PDF, in the reader's language, to whoever may see the case: the dispatch note that
 * sends the asset to the service centre, and the act that writes off an asset not worth repairing.
 */
@Service
@Transactional(readOnly = true)
public class RepairDocuments {

    private final RepairCases cases;
    private final AssetRepairs assets;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;

    RepairDocuments(RepairCases cases, AssetRepairs assets, Messages messages, Formats formats, Clock clock) {
        this.cases = cases;
        this.assets = assets;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** In two copies, the company's and the service centre's; refused until the asset was dispatched. */
    @PreAuthorize("isAuthenticated()")
    public byte[] dispatchNotePdf(long repairId, Locale locale) {
        RepairView repair = withDocument(repairId, RepairView::dispatchNumber, "repair.dispatchNote.notFound");
        AssetSummary asset = assets.identify(repair.inventoryNumber());
        return titled("pdf.dispatch.title", repair.dispatchNumber(), repair, repair.dispatchedAt(), locale)
                .fact(text("pdf.dispatch.serviceCentre", locale), repair.serviceCentre())
                .fact(text("pdf.dispatch.rma", locale), repair.rmaNumber())
                .fact(text("pdf.repair.holder", locale), repair.holderName())
                .fact(text("pdf.dispatch.warrantyUntil", locale),
                        repair.warrantyUntil() == null ? "" : formats.date(repair.warrantyUntil(), locale))
                .fact(text("pdf.repair.symptoms", locale), repair.symptoms())
                .items(assetHeaders(locale, "pdf.item.description"),
                        List.of(assetCells(asset, locale, orEmpty(asset.description()))))
                .signatures(text("pdf.dispatch.signedByItSupport", locale),
                        text("pdf.dispatch.signedByCourier", locale),
                        text("pdf.dispatch.signedByServiceCentre", locale))
                .inCopies(text("pdf.copy.company", locale), text("pdf.copy.serviceCentre", locale));
    }

    /** In one copy, the company's; refused unless the asset was written off. */
    @PreAuthorize("isAuthenticated()")
    public byte[] writeOffPdf(long repairId, Locale locale) {
        RepairView repair = withDocument(repairId, RepairView::writeOffNumber, "repair.writeOff.notFound");
        AssetSummary asset = assets.identify(repair.inventoryNumber());
        return titled("pdf.writeOff.title", repair.writeOffNumber(), repair, writtenOffAt(repair), locale)
                .fact(text("pdf.repair.holder", locale), repair.holderName())
                .fact(text("pdf.repair.symptoms", locale), repair.symptoms())
                .fact(text("pdf.writeOff.reason", locale), repair.outcomeNote())
                .fact(text("pdf.writeOff.replacement", locale), repair.applicationNumber())
                .items(assetHeaders(locale, "pdf.writeOff.purchaseDate", "pdf.writeOff.purchasePrice"),
                        List.of(assetCells(asset, locale,
                                asset.purchaseDate() == null ? "" : formats.date(asset.purchaseDate(), locale),
                                asset.purchasePrice() == null ? "" : formats.money(asset.purchasePrice(), locale))))
                .signatures(text("pdf.writeOff.signedByItSupport", locale), text("pdf.writeOff.signedByItHead", locale),
                        text("pdf.writeOff.signedByAccounting", locale))
                .inCopies(text("pdf.copy.company", locale));
    }

    /** The case, to whoever may see it; refused, as not found, while it has no document of the number's kind. */
    private RepairView withDocument(long repairId, Function<RepairView, String> number, String missingKey) {
        RepairView repair = cases.get(repairId);
        if (number.apply(repair) == null) {
            throw new DomainException(missingKey, repair.number());
        }
        return repair;
    }

    /** The document's title and number, then the case it belongs to and its date. */
    private PrintedDocument titled(String titleKey, String number, RepairView repair, Instant at, Locale locale) {
        return PrintedDocument.titled(text(titleKey, locale), number)
                .fact(text("pdf.repair.case", locale), repair.number())
                .fact(text("pdf.date", locale), date(at, locale));
    }

    /** The columns every document lists the asset under, then those the document adds. */
    private List<String> assetHeaders(Locale locale, String... moreKeys) {
        return Stream.concat(Stream.of("pdf.item.inventoryNumber", "pdf.item.serialNumber", "pdf.item.category",
                "pdf.item.model"), Stream.of(moreKeys)).map(key -> text(key, locale)).toList();
    }

    private List<String> assetCells(AssetSummary asset, Locale locale, String... moreCells) {
        return Stream.concat(Stream.of(asset.inventoryNumber(), orEmpty(asset.serialNumber()),
                text(asset.category().messageKey(), locale), orEmpty(asset.model())), Stream.of(moreCells)).toList();
    }

    /** When the timeline recorded the write-off. */
    private Instant writtenOffAt(RepairView repair) {
        return cases.timeline(repair.id()).stream().filter(event -> event.kind() == RepairEventKind.WRITTEN_OFF)
                .map(RepairEventView::happenedAt).findFirst().orElseThrow();
    }

    private String date(Instant at, Locale locale) {
        return formats.date(LocalDate.ofInstant(at, clock.getZone()), locale);
    }

    private String text(String key, Locale locale) {
        return messages.get(key, locale);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
