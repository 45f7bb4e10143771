package org.procuredesk.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A BPMN model drawn in the browser by bpmn-js, read-only (zoom and pan only): the elements a case passed and those it
 * waits at are marked, elements may carry a short badge and a heat map's shade, and a click on an element is reported
 * with its id. In the page each element is a {@code .djs-element} with its {@code data-element-id}, carrying the
 * classes {@code pd-passed}, {@code pd-current} or {@code pd-heat-1}…{@code pd-heat-5}; the host has
 * {@code data-rendered="true"} once drawn.
 *
 * <p>The element is bpmn-js 18 (npm) built into one script by {@code src/main/bpmn-diagram} (see its package.json),
 * committed, and served by the application: Vaadin's own frontend build is left alone, so the pre-compiled development
 * bundle still serves and no npm install runs at start or in CI.
 */
@Tag("bpmn-diagram")
@JavaScript("context://bpmn-diagram/bpmn-diagram.js")
public class BpmnDiagram extends Component implements HasSize {

    public BpmnDiagram() {
        setWidthFull();
        setHeight("460px");
        getStyle().set("flex-shrink", "0");
    }

    public void setXml(String bpmnXml) {
        getElement().setProperty("xml", bpmnXml);
    }

    /** @param elementIds the shapes and the sequence flows the case went through */
    public void markPassed(Collection<String> elementIds) {
        getElement().setPropertyJson("passed", array(elementIds));
    }

    public void markCurrent(Collection<String> elementIds) {
        getElement().setPropertyJson("current", array(elementIds));
    }

    /** @param texts element id → a short text shown at the element's lower right corner */
    public void setBadges(Map<String, String> texts) {
        JsonObject badges = Json.createObject();
        texts.forEach(badges::put);
        getElement().setPropertyJson("badges", badges);
    }

    /** @param shares element id → 0 (cold, not shaded) to 1 (the hottest) */
    public void setHeat(Map<String, Double> shares) {
        JsonObject heat = Json.createObject();
        shares.forEach(heat::put);
        getElement().setPropertyJson("heat", heat);
    }

    /** @param listener given the id of the element clicked */
    public Registration addElementClickListener(Consumer<String> listener) {
        String elementId = "event.detail.elementId";
        return getElement().addEventListener("element-click",
                click -> listener.accept(click.getEventData().getString(elementId))).addEventData(elementId);
    }

    private static JsonArray array(Collection<String> values) {
        JsonArray array = Json.createArray();
        values.forEach(value -> array.set(array.length(), value));
        return array;
    }
}
