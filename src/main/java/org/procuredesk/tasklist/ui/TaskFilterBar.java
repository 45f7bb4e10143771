package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.DepartmentSummary;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.tasklist.DueWindow;
import org.procuredesk.tasklist.TaskCatalog.ProcessSteps;
import org.procuredesk.tasklist.TaskFilter;

/**
 * What a task list is narrowed to: process, step, due, amount range, department, branch. Every change
 * that makes sense narrows the list at once; a maximum under the minimum is shown on its field instead.
 */
class TaskFilterBar extends FlexLayout implements FieldErrors {

    private final ComboBox<String> process = new ComboBox<>();
    private final ComboBox<String> step = new ComboBox<>();
    private final ComboBox<DueWindow> due = new ComboBox<>();
    private final BigDecimalField minAmount = new BigDecimalField();
    private final BigDecimalField maxAmount = new BigDecimalField();
    private final ComboBox<Long> department = new ComboBox<>();
    private final ComboBox<Long> branch = new ComboBox<>();
    private final Map<String, List<String>> stepsByProcess;
    private final Consumer<TaskFilter> changed;
    private boolean showing;

    TaskFilterBar(List<ProcessSteps> processes, List<DepartmentSummary> departments, List<BranchSummary> branches,
                  Consumer<TaskFilter> changed) {
        this.stepsByProcess = processes.stream()
                .collect(Collectors.toMap(ProcessSteps::processKey, ProcessSteps::taskKeys));
        this.changed = changed;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        configureChoices(departments, branches);
        configureAmounts();
        Button clear = new Button(getTranslation("tasks.filter.clear"), click -> show(TaskFilter.ALL));
        clear.setId("clear-task-filter");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(process, step, due, minAmount, maxAmount, department, branch, clear);
        List.<HasValue<?, ?>>of(process, step, due, minAmount, maxAmount, department, branch)
                .forEach(field -> field.addValueChangeListener(change -> filterChanged()));
    }

    private void configureChoices(List<DepartmentSummary> departments, List<BranchSummary> branches) {
        choice(process, "task-filter-process", "tasks.filter.process", List.copyOf(stepsByProcess.keySet()),
                key -> getTranslation("process." + key));
        choice(step, "task-filter-step", "tasks.filter.step", List.of(), key -> getTranslation("step." + key));
        choice(due, "task-filter-due", "tasks.filter.due", List.of(DueWindow.values()),
                window -> getTranslation("tasks.due." + window.name()));
        Map<Long, String> departmentNames = departments.stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name));
        choice(department, "task-filter-department", "tasks.filter.department", List.copyOf(departmentNames.keySet()),
                departmentNames::get);
        Map<Long, String> branchNames = branches.stream().collect(Collectors.toMap(BranchSummary::id, BranchSummary::name));
        choice(branch, "task-filter-branch", "tasks.filter.branch", List.copyOf(branchNames.keySet()), branchNames::get);
        process.addValueChangeListener(chosen -> {
            step.setItems(chosen.getValue() == null ? List.of() : stepsByProcess.get(chosen.getValue()));
            step.setEnabled(chosen.getValue() != null);
        });
        step.setEnabled(false);
    }

    private <T> void choice(ComboBox<T> field, String id, String labelKey, List<T> items,
                            ItemLabelGenerator<T> label) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(label);
        field.setClearButtonVisible(true);
    }

    private void configureAmounts() {
        minAmount.setId("task-filter-min-amount");
        minAmount.setLabel(getTranslation("tasks.filter.minAmount"));
        maxAmount.setId("task-filter-max-amount");
        maxAmount.setLabel(getTranslation("tasks.filter.maxAmount"));
        List.of(minAmount, maxAmount).forEach(amount -> {
            amount.setClearButtonVisible(true);
            amount.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        });
    }

    TaskFilter value() {
        return new TaskFilter(process.getValue(), step.getValue(), due.getValue(), minAmount.getValue(),
                maxAmount.getValue(), department.getValue(), branch.getValue());
    }

    /** Shows a filter, e.g. a saved one, and narrows the list to it once. */
    void show(TaskFilter filter) {
        showing = true;
        try {
            process.setValue(filter.processKey() != null && stepsByProcess.containsKey(filter.processKey())
                    ? filter.processKey() : null);
            step.setValue(process.getValue() != null && stepsByProcess.get(process.getValue()).contains(filter.taskKey())
                    ? filter.taskKey() : null);
            due.setValue(filter.due());
            minAmount.setValue(filter.minAmount());
            maxAmount.setValue(filter.maxAmount());
            department.setValue(filter.departmentId());
            branch.setValue(filter.branchId());
        } finally {
            showing = false;
        }
        filterChanged();
    }

    private void filterChanged() {
        if (showing) {
            return;
        }
        maxAmount.setInvalid(false);
        minAmount.setInvalid(false);
        TaskFilter filter = value();
        if (FormSubmission.ran(this, filter::checkAmountRange)) {
            changed.accept(filter);
        }
    }

    @Override
    public boolean showError(String field, String message) {
        BigDecimalField amount = switch (field) {
            case "minAmount" -> minAmount;
            case "maxAmount" -> maxAmount;
            default -> null;
        };
        if (amount == null) {
            return false;
        }
        amount.setErrorMessage(message);
        amount.setInvalid(true);
        return true;
    }
}
