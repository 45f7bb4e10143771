package org.procuredesk.audit.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

/** A diagram as its browser side sees it: the JSON of a property, and a click on an element. */
final class Diagrams {

    private Diagrams() {
    }

    static String json(BpmnDiagram diagram, String property) {
        return ((JsonValue) diagram.getElement().getPropertyRaw(property)).toJson();
    }

    /** As if the element had been clicked in the browser. */
    static void click(BpmnDiagram diagram, String elementId) {
        JsonObject data = Json.createObject();
        data.put("event.detail.elementId", elementId);
        diagram.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(diagram.getElement(), "element-click", data));
    }
}
