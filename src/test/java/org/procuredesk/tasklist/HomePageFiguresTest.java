package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Formats;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.HomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A role with more open tasks than the home page counts: the figure stops at a thousand and says so. */
@ProcureDeskIntegrationTest
class HomePageFiguresTest {

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    @Autowired
    MyWork myWork;
    @Autowired
    PeopleDirectory people;
    @Autowired
    AuthenticationContext authentication;
    @Autowired
    Formats formats;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    /** 1,200 tasks offered to finance, of which every tenth is claimed: 1,080 unclaimed, more than are counted. */
    BenchFinanceTasks financeTasks;

    @BeforeEach
    void offerFinanceMoreTasksThanAreCounted() {
        financeTasks = new BenchFinanceTasks(jdbc, transaction, 1200);
        financeTasks.open();
    }

    @AfterEach
    void removeThem() {
        financeTasks.remove();
    }

    @Test
    void theOfferedFigureStopsAtAThousandAndTheHomePageShowsItAsAThousandPlus() {
        String person = BenchFinanceTasks.PERSON;

        MyWork.Summary figures = as(people, person, () -> myWork.summaryFor(person));
        HomeView home = as(people, person, () -> new HomeView(authentication, people, myWork, formats));

        assertThat(figures.offeredToMyGroups()).isEqualTo(MyWork.Summary.COUNTED_UP_TO);
        assertThat(Find.byId(home, "home-offered", Span.class).getText()).isEqualTo("1,000+");
        assertThat(Find.byId(home, "home-open-requests", Span.class).getText()).doesNotEndWith("+");
    }
}
