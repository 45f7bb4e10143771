package org.procuredesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;

/**
 * No user text ever reaches expression evaluation: only the classes named here may create or evaluate expressions,
 * scripts or process models, so a new caller breaks {@link ArchitectureTest} until someone has looked at where its
 * text comes from and named it here.
 */
final class ExpressionCallers {

    /** Who may, and why: each reads only models shipped with the application or stored by the engine itself. */
    private static final Map<String, String> ALLOWED = Map.of(
            "org.procuredesk.system.ModelDeployment", "deploys the models under bpmn/ shipped with the application",
            "org.procuredesk.audit.CaseDiagrams", "reads a deployed model's XML from the engine's repository");

    private static final List<String> EVALUATORS = List.of(
            "org.camunda.bpm.engine.impl.el.ExpressionManager", "org.camunda.bpm.engine.impl.el.ElProvider",
            "org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory", "javax.el.ExpressionFactory",
            "jakarta.el.ExpressionFactory", "org.springframework.expression.ExpressionParser",
            "javax.script.ScriptEngine", "javax.script.ScriptEngineManager",
            "org.camunda.bpm.engine.impl.scripting.ScriptFactory");

    private ExpressionCallers() {
    }

    static ArchRule onlyNamedClassesEvaluate() {
        return noClasses().that(DescribedPredicate.describe("are not named in ExpressionCallers",
                        (JavaClass type) -> !ALLOWED.containsKey(type.getName().replaceAll("\\$.*", ""))))
                .should().accessTargetWhere(DescribedPredicate.describe(
                        "creates or evaluates an expression, a script or a process model", ExpressionCallers::evaluates))
                .because("an expression built from user text runs code; such a caller is reviewed and named in "
                        + "ExpressionCallers.ALLOWED");
    }

    private static boolean evaluates(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        JavaClass owner = target.getOwner();
        String name = target.getName();
        return EVALUATORS.stream().anyMatch(owner::isAssignableTo)
                || owner.isAssignableTo("org.camunda.bpm.engine.query.Query") && name.endsWith("Expression")
                || owner.isAssignableTo("org.camunda.bpm.model.bpmn.Bpmn")
                        && (name.equals("createExecutableProcess") || name.startsWith("readModelFrom"))
                || owner.isAssignableTo("org.camunda.bpm.engine.repository.DeploymentBuilder")
                        && (name.equals("addString") || name.equals("addInputStream")
                                || name.equals("addModelInstance"));
    }
}
