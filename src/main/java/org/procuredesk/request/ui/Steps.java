package org.procuredesk.request.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import org.procuredesk.request.CurrentStep;

/** The steps of an application's process as the reader's language names them, and whose work they are. */
final class Steps {

    private Steps() {
    }

    static String name(Component reader, String step) {
        return reader.getTranslation("step." + step);
    }

    /** The person the step is assigned to, or else the roles it is offered to. */
    static String waitingFor(Component reader, CurrentStep step) {
        if (step.assignee() != null) {
            return step.assignee();
        }
        return step.candidateGroups().stream().map(group -> reader.getTranslation("role." + group))
                .collect(Collectors.joining(", "));
    }
}
