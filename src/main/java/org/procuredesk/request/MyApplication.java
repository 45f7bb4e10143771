package org.procuredesk.request;

import java.util.Optional;

/** One of the requester's applications as their list shows it: the application and where it stands. */
public record MyApplication(RequestView application, Optional<CurrentStep> currentStep) {
}
