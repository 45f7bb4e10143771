package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.HttpTestClient;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Register;
import org.procuredesk.reliability.ReliabilityFigures;
import org.procuredesk.request.EquipmentCategory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Repair cases over REST: reported and read by whoever may see them, refused to others, their documents as PDF. */
@ExtendWith(OutputCaptureExtension.class)
class RepairApiTest extends AtARepairDesk {

    @LocalServerPort
    int port;

    @Test
    void aFaultReportedOverRestIsReadBackWithItsTimeline() {
        AssetSummary laptop = heldBy(REQUESTER, Register.item(EquipmentCategory.LAPTOP, "Latitude 5540"));
        ApiClient ana = ApiClient.anonymous(port).as(REQUESTER);

        Answer reported = ana.post("/api/v1/repairs", Map.of("asset", laptop.serialNumber(),
                "symptoms", "Screen stays black", "urgency", "HIGH"));

        assertThat(reported.status()).isEqualTo(201);
        long id = reported.body().path("id").asLong();
        assertThat(reported.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/repairs/" + id));
        String number = reported.body().path("number").asText();
        assertThat(number).startsWith("RPR-");
        Answer one = ana.get("/api/v1/repairs/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().path("inventoryNumber").asText()).isEqualTo(laptop.inventoryNumber());
        assertThat(one.body().path("symptoms").asText()).isEqualTo("Screen stays black");
        assertThat(one.body().path("state").asText()).isEqualTo("TO_DISPATCH");
        assertThat(ana.get("/api/v1/repairs").body().findValuesAsText("number")).contains(number);
        assertThat(ana.get("/api/v1/repairs/" + id + "/timeline").body().findValuesAsText("kind"))
                .startsWith("REPORTED", "UNDER_WARRANTY");
    }

    @Test
    void aSecondReportWhileTheCaseIsOpenIsRefusedInTheReadersLanguageAndNothingIsStored() {
        AssetSummary laptop = heldBy(REQUESTER, Register.item(EquipmentCategory.LAPTOP, "Latitude 5540"));
        RepairView open = report(REQUESTER, laptop);
        ApiClient ana = ApiClient.anonymous(port).as(REQUESTER).inLanguage("ro");

        Answer refused = ana.post("/api/v1/repairs", Map.of("asset", laptop.inventoryNumber(),
                "symptoms", "Still black", "urgency", "NORMAL"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsExactly(Map.entry("asset", "O defecțiune a activului "
                + laptop.inventoryNumber() + " este deja în lucru (cazul " + open.number()
                + "); urmăriți acel caz în loc să o raportați din nou."));
        assertThat(repairs.findAll()).filteredOn(repair -> repair.getInventoryNumber()
                .equals(laptop.inventoryNumber())).hasSize(1);
    }

    @Test
    void aRequesterCannotReadACaseThatIsNotHersItDoesNotExistForHer(CapturedOutput output) {
        AssetSummary laptop = heldBy("mihai.manager", Register.item(EquipmentCategory.LAPTOP, "Latitude 5540"));
        RepairView someoneElses = report("mihai.manager", laptop);
        ApiClient ana = ApiClient.anonymous(port).as(REQUESTER);

        Answer one = ana.get("/api/v1/repairs/" + someoneElses.id());

        assertThat(one.status()).isEqualTo(404);
        assertThat(one.body().path("detail").asText()).isEqualTo("There is no repair case " + someoneElses.id() + ".");
        assertThat(ana.get("/api/v1/repairs/" + someoneElses.id() + "/timeline").status()).isEqualTo(404);
        assertThat(output.getOut()).contains("Refused repair case " + someoneElses.id()
                + " to 'ana.requester': not theirs to see, or no such case");
        ReliabilityFigures.refused();
        assertThat(ana.get("/api/v1/repairs").body().findValuesAsText("number")).doesNotContain(someoneElses.number());
        assertThat(ApiClient.anonymous(port).as("irina.auditor").get("/api/v1/repairs/" + someoneElses.id())
                .status()).isEqualTo(200);
    }

    @Test
    void theDispatchNoteIsAPdfNamingTheCaseTheDispatchTheServiceCentreAndTheAsset() throws IOException {
        AssetSummary laptop = heldBy(REQUESTER, Register.item(EquipmentCategory.LAPTOP, "Latitude 5540"));
        RepairView dispatched = dispatch(report(REQUESTER, laptop), "RMA-77001");

        HttpResponse<byte[]> pdf = download("/api/v1/repairs/" + dispatched.id() + "/dispatch-note.pdf", REQUESTER);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(textOf(pdf.body())).containsIgnoringWhitespaces(
                "Dispatch note " + dispatched.dispatchNumber(), dispatched.number(),
                "Dell Service Bucuresti", "RMA-77001", laptop.inventoryNumber(), laptop.serialNumber(),
                "Does not start", "Sent (IT support)", "Carried (courier)", "Received (service centre)");
    }

    @Test
    void aCaseNotDispatchedYetHasNoDispatchNoteAndSaysSo() {
        AssetSummary laptop = heldBy(REQUESTER, Register.item(EquipmentCategory.LAPTOP, "Latitude 5540"));
        RepairView reported = report(REQUESTER, laptop);

        HttpResponse<String> answer = new HttpTestClient(port).get(
                "/api/v1/repairs/" + reported.id() + "/dispatch-note.pdf", REQUESTER, HttpTestClient.DEMO_PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Repair case " + reported.number() + " has no dispatch note");
    }

    @Test
    void theWriteOffActIsAPdfNamingTheActTheCaseTheAssetAndTheReplacementApplication() throws IOException {
        AssetSummary laptop = heldBy(REQUESTER, outOfWarranty());
        RepairView writtenOff = writeOff(report(REQUESTER, laptop));

        HttpResponse<byte[]> pdf = download("/api/v1/repairs/" + writtenOff.id() + "/write-off.pdf", IT_HEAD);

        assertThat(writtenOff.writeOffNumber()).startsWith("WOF-");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(textOf(pdf.body())).containsIgnoringWhitespaces(
                "Write-off act " + writtenOff.writeOffNumber(), writtenOff.number(),
                laptop.inventoryNumber(), laptop.serialNumber(), "Motherboard burnt, not worth repairing",
                writtenOff.applicationNumber());
    }

    @Test
    void itSupportRecordsAWarrantyExtensionOthersMayNot() {
        AssetSummary laptop = heldBy(REQUESTER, Register.item(EquipmentCategory.LAPTOP, "Latitude 5540"));
        String path = "/api/v1/assets/" + laptop.inventoryNumber() + "/extended-warranty";

        Answer extended = ApiClient.anonymous(port).as(SUPPORT).put(path, Map.of("until", "2030-05-31"));

        assertThat(extended.status()).isEqualTo(200);
        assertThat(extended.body().path("extendedWarrantyUntil").asText()).isEqualTo("2030-05-31");
        assertThat(ApiClient.anonymous(port).as(REQUESTER).put(path, Map.of("until", "2031-05-31")).status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).as(SUPPORT).put("/api/v1/assets/INV-0000-000000/extended-warranty",
                Map.of("until", "2031-05-31")).status()).isEqualTo(404);
    }

    @Test
    void theSlaReportIsReadByAuditorsAndRefusesAPeriodThatEndsBeforeItStarts() {
        ApiClient auditor = ApiClient.anonymous(port).as("irina.auditor");

        Answer report = auditor.get("/api/v1/repairs/sla-report?from=2026-01-01&to=2026-12-31");
        Answer reversed = auditor.get("/api/v1/repairs/sla-report?from=2026-12-31&to=2026-01-01");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().path("from").asText()).isEqualTo("2026-01-01");
        assertThat(report.body().path("to").asText()).isEqualTo("2026-12-31");
        assertThat(report.body().has("byCategory")).isTrue();
        assertThat(report.body().path("warranties").has("within30Days")).isTrue();
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.fieldErrors()).containsExactly(
                Map.entry("from", "The first day of the period must not be after its last day."));
        assertThat(ApiClient.anonymous(port).as(REQUESTER).get("/api/v1/repairs/sla-report").status())
                .isEqualTo(403);
    }

    private HttpResponse<byte[]> download(String path, String username) {
        return new HttpTestClient(port).download(path, username, HttpTestClient.DEMO_PASSWORD);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }
}
