package org.procuredesk.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's audit records (its immutable entities: exports, repair events, approval decisions...) are
 * append-only: their repositories can only add and read them, and the database keeps a record as written even when
 * code changes the entity in memory and flushes.
 */
@ProcureDeskIntegrationTest
class AppendOnlyRecordsTest {

    /**
     * Immutable entities that are not records: a stock balance and a licence assignment are changed in place by
     * conditional updates (the entity only reads them), so their history is not kept in them.
     */
    static final Set<String> NOT_RECORDS = Set.of("StockBalance", "LicenceAssignment");
    static final Pattern CHANGING = Pattern.compile("(delete|remove|update|modify|change|set|merge|lock).*");

    @Autowired
    AuditExportRepository exports;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRepositoriesOfImmutableRecordsOnlyAddAndRead() {
        JavaClasses application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.procuredesk");
        List<String> found = application.stream().filter(OF_IMMUTABLE_RECORDS).map(JavaClass::getSimpleName).toList();

        assertThat(found).contains("AuditExportRepository", "RepairEventRepository", "ApprovalDecisionRepository",
                "MovementDocumentRepository", "StockDocumentRepository", "GoodsReceiptRepository");
        classes().that(OF_IMMUTABLE_RECORDS).should(ONLY_ADD_AND_READ).check(application);
    }

    @Test
    void anImmutableRecordChangedInMemoryAndFlushedIsUnchangedInTheDatabase() {
        Instant at = Instant.parse("2026-01-15T10:00:00Z");
        Long id = transactions.execute(status -> exports.save(new AuditExport("irina.auditor", at,
                AuditExportKind.CASE_TRAIL_CSV, "APP-2026-000001", 12)).getId());

        transactions.executeWithoutResult(status -> {
            AuditExport export = entityManager.find(AuditExport.class, id);
            overwrite(export, "subject", "tampered");
            overwrite(export, "rowCount", 0);
            entityManager.flush();
        });

        AuditViews.ExportEntry stored = transactions.execute(status -> exports.findById(id).orElseThrow().view(null));
        assertThat(stored.subject()).isEqualTo("APP-2026-000001");
        assertThat(stored.rowCount()).isEqualTo(12);
        assertThat(stored.exportedBy()).isEqualTo("irina.auditor");
    }

    /** Repositories whose entity is annotated {@link Immutable}, a record. */
    static final DescribedPredicate<JavaClass> OF_IMMUTABLE_RECORDS = DescribedPredicate.describe(
            "repositories of immutable records", javaClass -> javaClass.isInterface()
                    && javaClass.isAssignableTo(Repository.class)
                    && Arrays.stream(javaClass.reflect().getGenericInterfaces()).anyMatch(
                            AppendOnlyRecordsTest::ofImmutableEntity));

    static final ArchCondition<JavaClass> ONLY_ADD_AND_READ = new ArchCondition<>(
            "extend only Repository and declare no method that changes or removes") {
        @Override
        public void check(JavaClass repository, ConditionEvents events) {
            Set<Class<?>> extended = Set.of(repository.reflect().getInterfaces());
            events.add(new SimpleConditionEvent(repository, extended.equals(Set.of(Repository.class)),
                    repository.getName() + " extends " + extended));
            for (JavaMethod method : repository.getMethods()) {
                boolean changing = CHANGING.matcher(method.getName()).matches()
                        || method.isAnnotatedWith(Modifying.class);
                events.add(new SimpleConditionEvent(method, !changing, method.getFullName() + " changes records"));
            }
        }
    };

    private static boolean ofImmutableEntity(Type type) {
        return type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw && Repository.class.isAssignableFrom(raw)
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> entity
                && entity.isAnnotationPresent(Immutable.class) && !NOT_RECORDS.contains(entity.getSimpleName());
    }

    private static void overwrite(Object entity, String fieldName, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(entity, value);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
