package org.procuredesk.request.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;

/** A new application, or a draft taken up again ({@code applications/<id>/edit}): kept as a draft, or submitted. */
@Route("applications/new")
@RouteAlias("applications/:id([0-9]+)/edit")
@Menu(title = "nav.newApplication", order = 10, icon = "vaadin:plus")
@RolesAllowed("REQUESTER")
public class NewApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PurchaseRequestService requests;
    private final ApplicationEditor editor;
    private final H2 title = new H2();
    private Long draftId;

    public NewApplicationView(PurchaseRequestService requests, PeopleDirectory people,
                              AuthenticationContext authentication, Formats formats, Clock clock) {
        this.requests = requests;
        this.editor = new ApplicationEditor(people.branches(), LocalDate.now(clock), formats);
        Long myBranch = authentication.getPrincipalName().flatMap(people::findByUsername)
                .map(PersonSummary::branchId).orElse(null);
        editor.show(new RequestForm(myBranch, null, null, null, List.of()));
        add(title, editor, buttons());
        showTitle();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("id").ifPresent(id -> {
            Optional<RequestView> draft = draft(id);
            if (draft.isEmpty()) {
                event.forwardTo(ApplicationDetailView.path(id));
                return;
            }
            draftId = id;
            editor.show(draft.get().asForm());
            showTitle();
        });
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }

    /** None when it is no draft the reader may open: its page says what it is, or that it does not exist. */
    private Optional<RequestView> draft(Long id) {
        try {
            return Optional.of(requests.get(id)).filter(request -> request.status() == RequestStatus.DRAFT);
        } catch (DomainException notFound) {
            return Optional.empty();
        }
    }

    private HorizontalLayout buttons() {
        Button submit = new Button(getTranslation("request.submit"), click -> submit());
        submit.setId("application-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button saveDraft = new Button(getTranslation("request.saveDraft"), click -> saveDraft());
        saveDraft.setId("application-save-draft");
        return new HorizontalLayout(submit, saveDraft);
    }

    private void saveDraft() {
        FormSubmission.result(editor, () -> requests.saveDraft(draftId, editor.value())).ifPresent(draft -> {
            draftId = draft.id();
            showTitle();
            UI.getCurrent().getPage().getHistory().replaceState(null, "applications/" + draftId + "/edit");
            FormSubmission.notifySuccess(getTranslation("notification.saved"));
        });
    }

    private void submit() {
        FormSubmission.result(editor, () -> requests.submit(draftId, editor.value())).ifPresent(submitted -> {
            UI.getCurrent().navigate(ApplicationDetailView.path(submitted.id()));
            FormSubmission.notifySuccess(getTranslation("request.submitted", submitted.number()));
        });
    }

    private void showTitle() {
        title.setText(draftId == null ? getTranslation("nav.newApplication") : getTranslation("request.editDraft"));
    }
}
