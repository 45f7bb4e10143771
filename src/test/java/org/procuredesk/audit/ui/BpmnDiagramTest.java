package org.procuredesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the server hands the bpmn-js element: the model, the marked elements, badges and heat; and clicks back. */
class BpmnDiagramTest {

    private final BpmnDiagram diagram = new BpmnDiagram();

    @Test
    void givesTheBrowserTheModelAndWhatToMark() {
        diagram.setXml("<definitions/>");
        diagram.markPassed(List.of("start", "toReview", "review"));
        diagram.markCurrent(List.of("review"));

        assertThat(diagram.getElement().getTag()).isEqualTo("bpmn-diagram");
        assertThat(diagram.getElement().getProperty("xml")).isEqualTo("<definitions/>");
        assertThat(json("passed")).isEqualTo("[\"start\",\"toReview\",\"review\"]");
        assertThat(json("current")).isEqualTo("[\"review\"]");
    }

    @Test
    void givesTheBrowserTheBadgesAndTheHeatOfEachElement() {
        diagram.setBadges(new TreeMap<>(Map.of("review", "×2 · 3 h", "start", "×1")));
        diagram.setHeat(new TreeMap<>(Map.of("review", 1.0, "start", 0.25)));

        assertThat(json("badges")).isEqualTo("{\"review\":\"×2 · 3 h\",\"start\":\"×1\"}");
        assertThat(json("heat")).isEqualTo("{\"review\":1,\"start\":0.25}");
    }

    @Test
    void tellsItsListenersWhichElementWasClicked() {
        List<String> clicked = new ArrayList<>();
        diagram.addElementClickListener(clicked::add);

        Diagrams.click(diagram, "review");

        assertThat(clicked).containsExactly("review");
    }

    private String json(String property) {
        return Diagrams.json(diagram, property);
    }
}
