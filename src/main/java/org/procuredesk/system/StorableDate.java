package org.procuredesk.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day every supported database keeps as it was given, from {@link Check#FIRST} to {@link Check#LAST}: H2 turns
 * {@code +999999999-12-31} into another day, MySQL refuses years before 1000. No day (null) is left to
 * {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StorableDate.Check.class)
public @interface StorableDate {

    String message() default "{validation.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether a day is within the range, checked by the constraint and by {@link DayPeriod}. */
    final class Check implements ConstraintValidator<StorableDate, LocalDate> {

        public static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
        /** A day before the last one MySQL keeps, so the moment after it is kept too. */
        public static final LocalDate LAST = LocalDate.of(9998, 12, 31);

        public static boolean storable(LocalDate day) {
            return !day.isBefore(FIRST) && !day.isAfter(LAST);
        }

        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return day == null || storable(day);
        }
    }
}
