package org.procuredesk.reliability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.List;
import java.util.Map;

/**
 * What a person types reaches the page as text only: the Vaadin APIs that put a string into the page as markup,
 * script or a link's address are used by none but the classes listed here, each with why its use is safe.
 */
@AnalyzeClasses(packages = "org.procuredesk", importOptions = ImportOption.DoNotIncludeTests.class)
class MarkupArchitectureTest {

    /**
     * An API that puts its string into the page as something other than text.
     *
     * @param firstParameter the type of its first parameter when only some of its overloads are unsafe, else none
     * @param allowed        class → why its use never carries a person's text
     */
    private record UnsafeApi(String owner, String member, String firstParameter, Map<String, String> allowed) {

        boolean isTargetOf(JavaAccess<?> access) {
            AccessTarget target = access.getTarget();
            return target.getOwner().getName().equals(owner) && target.getName().equals(member)
                    && (firstParameter == null || target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                    && !codeUnit.getRawParameterTypes().isEmpty()
                    && codeUnit.getRawParameterTypes().get(0).getName().equals(firstParameter));
        }

        @Override
        public String toString() {
            return owner + "." + member + (firstParameter == null ? "" : "(" + firstParameter + ", …)");
        }
    }

    private static final String ELEMENT = "com.vaadin.flow.dom.Element";
    private static final String ANCHOR = "com.vaadin.flow.component.html.Anchor";
    private static final String STRING = "java.lang.String";
    private static final String BPMN_DIAGRAM = "org.procuredesk.audit.ui.BpmnDiagram";
    private static final String BPMN_DIAGRAM_WHY = "sets the properties of its own element, whose script puts the badges"
            + " in with textContent; the xml is a BPMN model the engine deployed, drawn by bpmn-js as SVG text";
    private static final List<UnsafeApi> UNSAFE = List.of(
            new UnsafeApi("com.vaadin.flow.component.Html", "<init>", null, Map.of()),
            new UnsafeApi("com.vaadin.flow.component.Html", "setHtmlContent", null, Map.of()),
            new UnsafeApi("com.vaadin.flow.data.renderer.LitRenderer", "of", null, Map.of()),
            new UnsafeApi("com.vaadin.flow.component.html.IFrame", "setSrcdoc", null, Map.of()),
            new UnsafeApi("com.vaadin.flow.component.page.Page", "executeJs", null, Map.of()),
            new UnsafeApi(ELEMENT, "executeJs", null, Map.of()),
            new UnsafeApi(ELEMENT, "callJsFunction", null, Map.of()),
            new UnsafeApi(ELEMENT, "setProperty", null, Map.of(BPMN_DIAGRAM, BPMN_DIAGRAM_WHY)),
            new UnsafeApi(ELEMENT, "setPropertyJson", null, Map.of(BPMN_DIAGRAM, BPMN_DIAGRAM_WHY)),
            new UnsafeApi(ANCHOR, "<init>", STRING, Map.of("org.procuredesk.system.ui.PageLink",
                    "links to a route of the application, a path the code builds from a record's number or id")),
            new UnsafeApi(ANCHOR, "setHref", STRING, Map.of()));

    @ArchTest
    static void onlyTheAllowedClassesUseAnApiThatRendersAStringAsMarkupScriptOrAddress(JavaClasses application) {
        for (UnsafeApi api : UNSAFE) {
            noClasses().that(DescribedPredicate.describe("are not allowed to", (JavaClass type) ->
                            !api.allowed().containsKey(type.getName())))
                    .should().accessTargetWhere(DescribedPredicate.describe("target is " + api, api::isTargetOf))
                    .because("a person's text must reach the page as text: " + api + " does not escape it")
                    .allowEmptyShould(true)
                    .check(application);
        }
    }

    @ArchTest
    static void everyAllowedClassStillUsesTheApiItIsAllowed(JavaClasses application) {
        for (UnsafeApi api : UNSAFE) {
            api.allowed().keySet().forEach(allowed -> assertThat(application.get(allowed).getAccessesFromSelf())
                    .as("%s uses %s; if no longer, drop it from the allowed list", allowed, api)
                    .anyMatch(api::isTargetOf));
        }
    }
}
