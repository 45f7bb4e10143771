package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.junit.jupiter.api.Test;
import org.procuredesk.tasklist.TaskIndexWriter.Candidate;

/** What one engine command's task events come to in the task list's model, statement by statement. */
class TaskIndexChangesTest {

    private final List<String> written = new ArrayList<>();
    private final TaskIndexChanges changes = new TaskIndexChanges(new TaskIndexWriter(null, null) {
        @Override
        void insert(String taskId, String instanceId, String processKey, String taskKey, String caseNumber,
                    String assignee, Date created, Date due, CaseSummary summary) {
            written.add("insert " + taskId + " " + taskKey + " for " + assignee);
        }

        @Override
        void update(HistoricTaskInstanceEventEntity task) {
            written.add("update " + task.getTaskId() + " for " + task.getAssignee());
        }

        @Override
        void delete(String taskId) {
            written.add("delete " + taskId);
        }

        @Override
        void addCandidate(String taskId, Candidate candidate) {
            written.add("offer " + taskId + " to " + candidate.name());
        }

        @Override
        void removeCandidate(String taskId, Candidate candidate) {
            written.add("withdraw " + taskId + " from " + candidate.name());
        }
    });

    @Test
    void aTaskMadeOfferedAndAssignedInOneCommandIsWrittenOnceWithItsLastAssigneeAndEachCandidateOnce() {
        changes.candidate("t1", new Candidate("G", "FINANCE"), true);
        changes.created(task("t1", null), "APP-1", CaseSummary.NONE);
        changes.candidate("t1", new Candidate("G", "FINANCE"), true);
        changes.updated(task("t1", "fiona.finance"));

        changes.flush();

        assertThat(written).containsExactly("insert t1 approveByFinance for fiona.finance", "offer t1 to FINANCE");
    }

    @Test
    void aTaskMadeAndEndedInOneCommandIsNeverWritten() {
        changes.created(task("t1", null), "APP-1", CaseSummary.NONE);
        changes.candidate("t1", new Candidate("G", "FINANCE"), true);
        changes.ended("t1");

        changes.flush();

        assertThat(written).isEmpty();
    }

    @Test
    void anOpenTaskChangedSeveralTimesIsUpdatedOnceAndItsCandidatesTakeTheLastWord() {
        changes.updated(task("t2", "ana"));
        changes.candidate("t2", new Candidate("G", "SECURITY"), true);
        changes.candidate("t2", new Candidate("U", "ion"), true);
        changes.updated(task("t2", null));
        changes.candidate("t2", new Candidate("U", "ion"), false);

        changes.flush();

        assertThat(written).containsExactly("update t2 for null", "offer t2 to SECURITY", "withdraw t2 from ion");
    }

    @Test
    void anOpenTaskEndedIsDeletedWhateverChangedBefore() {
        changes.updated(task("t3", "ana"));
        changes.ended("t3");

        changes.flush();

        assertThat(written).containsExactly("delete t3");
    }

    @Test
    void whatAFailedCommandGatheredIsNeverWritten() {
        changes.created(task("t4", null), "APP-1", CaseSummary.NONE);

        changes.close();
        changes.flush();

        assertThat(written).isEmpty();
    }

    private static HistoricTaskInstanceEventEntity task(String id, String assignee) {
        HistoricTaskInstanceEventEntity task = new HistoricTaskInstanceEventEntity();
        task.setTaskId(id);
        task.setProcessInstanceId("p-" + id);
        task.setProcessDefinitionKey("applicationToIt");
        task.setTaskDefinitionKey("approveByFinance");
        task.setAssignee(assignee);
        task.setStartTime(new Date());
        return task;
    }
}
