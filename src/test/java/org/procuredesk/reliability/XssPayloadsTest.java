package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The payload list the browser tests store everywhere: 200 distinct payloads, each calling what the tests watch. */
class XssPayloadsTest {

    @Test
    void theListHoldsTwoHundredDistinctPayloads() {
        assertThat(XssPayloads.all()).hasSize(200);
        assertThat(new HashSet<>(XssPayloads.all())).hasSize(200);
    }

    @Test
    void everyPayloadFitsASavedFiltersNameWithNothingToTrim() {
        assertThat(XssPayloads.all()).allSatisfy(payload -> {
            assertThat(payload.length()).isLessThanOrEqualTo(100);
            assertThat(payload).isEqualTo(payload.strip());
        });
    }

    @Test
    void everyPayloadCallsWhatTheBrowserTestsCountOnceItsEncodingsAreUndone() {
        assertThat(XssPayloads.all()).allSatisfy(payload ->
                assertThat(XssPayloads.CALLS).anySatisfy(call -> assertThat(XssPayloads.decoded(payload)).contains(call)));
    }

    @Test
    void decodingUndoesTheEncodingsThePayloadsUse() {
        assertThat(XssPayloads.decoded("<svg onload=&#97&#108&#101&#114&#116(1)>")).contains("alert(1)");
        assertThat(XssPayloads.decoded("<a href=\"java&#x09;script:x\">")).contains("java\tscript");
        assertThat(XssPayloads.decoded("(co\\u006efirm)``")).contains("confirm");
        assertThat(XssPayloads.decoded("%253Cb%253E")).contains("<b>");
        assertThat(XssPayloads.decoded("eval(atob('YWxlcnQoMSk='))")).contains("alert(1)");
        assertThat(XssPayloads.decoded("eval(String.fromCharCode(97,108,101,114,116))")).contains("alert");
        assertThat(XssPayloads.decoded("window['al'+'ert'](1)")).contains("alert");
        assertThat(XssPayloads.decoded("<b>nothing</b>")).doesNotContain("alert", "confirm", "prompt", "xss=");
    }
}
