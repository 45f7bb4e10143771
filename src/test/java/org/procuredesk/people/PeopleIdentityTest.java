package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine sees ProcureDesk's people as users and their roles as groups; a department knows its head. */
@ProcureDeskIntegrationTest
class PeopleIdentityTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory peopleDirectory;

    @Test
    void engineFindsAPersonAsAUserWithNameAndEmail() {
        User user = identityService.createUserQuery().userId("ana.requester").singleResult();

        assertThat(user.getFirstName()).isEqualTo("Ana");
        assertThat(user.getLastName()).isEqualTo("Popescu");
        assertThat(user.getEmail()).isEqualTo("ana.requester@procuredesk.example");
    }

    @Test
    void rolesAreTheEnginesGroupsAndTheirMembersAreThePeopleHoldingThem() {
        assertThat(identityService.createUserQuery().memberOfGroup("IT_SUPPORT").list())
                .extracting(User::getId).contains("ion.support").doesNotContain("ana.requester");
        assertThat(identityService.createGroupQuery().groupMember("alex.admin").list())
                .extracting(Group::getId).containsExactly("ADMIN");
        assertThat(identityService.createGroupQuery().count()).isEqualTo(Role.values().length);
    }

    @Test
    void queriesPageTheirResults() {
        assertThat(identityService.createGroupQuery().listPage(2, 3)).extracting(Group::getId)
                .containsExactly("FINANCE", "IT_HEAD", "IT_SUPPORT");
        assertThat(identityService.createUserQuery().userEmailLike("%.manager@%").list())
                .extracting(User::getId).contains("mihai.manager");
    }

    @Test
    void engineChecksPasswordsAgainstTheStoredHash() {
        assertThat(identityService.checkPassword("ana.requester", "procuredesk")).isTrue();
        assertThat(identityService.checkPassword("ana.requester", "guess")).isFalse();
        assertThat(identityService.checkPassword("nobody", "procuredesk")).isFalse();
    }

    @Test
    void engineIdentityIsReadOnly() {
        assertThatThrownBy(() -> identityService.saveUser(identityService.newUser("intruder")))
                .hasMessageContaining("read-only");
    }

    @Test
    void taskOfferedToARoleIsFoundForEachPersonHoldingIt() {
        String number = SignedIn.as(peopleDirectory, "ana.requester",
                () -> requests.submit(null, Applications.laptop(peopleDirectory))).number();

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).taskCandidateUser("ion.support")
                .count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskCandidateUser("ana.requester").count()).isZero();
    }

    @Test
    void departmentHeadIsFoundFromTheDepartment() {
        Long operations = peopleDirectory.findByUsername("ana.requester").orElseThrow().departmentId();
        Long it = peopleDirectory.findByUsername("ion.support").orElseThrow().departmentId();

        assertThat(peopleDirectory.headOfDepartment(operations)).isEqualTo("mihai.manager");
        assertThat(peopleDirectory.headOfDepartment(it)).isEqualTo("victor.ithead");
        assertThatThrownBy(() -> peopleDirectory.headOfDepartment(-1L)).isInstanceOf(DomainException.class)
                .hasMessage("department.notFound");
    }
}
