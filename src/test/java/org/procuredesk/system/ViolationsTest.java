package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A violation names its field the way the form does, however deep it lies. */
class ViolationsTest {

    record Line(@Min(1) int quantity) {
    }

    record Form(@NotBlank String name, List<@Valid @NotNull Line> lines) {
    }

    static class Service {
        public void submit(@Valid Form form) {
        }
    }

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void fieldOfAMethodParameterIsNamedWithoutTheMethodAndParameter() throws NoSuchMethodException {
        assertThat(fieldsOf(new Form("", List.of()))).containsExactly("name");
    }

    @Test
    void fieldOfAListElementCarriesItsIndex() throws NoSuchMethodException {
        assertThat(fieldsOf(new Form("x", List.of(new Line(1), new Line(0))))).containsExactly("lines[1].quantity");
        assertThat(fieldsOf(new Form("x", Arrays.asList(new Line(1), null)))).containsExactly("lines[1]");
    }

    private List<String> fieldsOf(Form form) throws NoSuchMethodException {
        Method submit = Service.class.getMethod("submit", Form.class);
        return validator.forExecutables().validateParameters(new Service(), submit, new Object[] {form}).stream()
                .map(Violations::field).toList();
    }
}
