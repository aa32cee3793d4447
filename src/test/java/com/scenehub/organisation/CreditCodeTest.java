package com.scenehub.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.shared.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91110000600037341l"})
    void acceptsPublishedCodesWithTheirCheckCharacter(String code) {
        // the first two are codes printed on real licences; the third is lower case and is normalised
        assertThat(CreditCode.problemWith(code)).isNull();
        assertThat(CreditCode.of(code).value()).isEqualTo(code.toUpperCase());
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(CreditCode.problemWith("91350100M000100Y44")).isEqualTo("error.credit-code.check-digit");
        assertThatThrownBy(() -> CreditCode.of("915304007098335570"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.credit-code.check-digit");
    }

    @Test
    void refusesWrongLengthAndLettersOutsideTheAlphabet() {
        assertThat(CreditCode.problemWith("")).isEqualTo("error.credit-code.required");
        assertThat(CreditCode.problemWith("9135010")).isEqualTo("error.credit-code.length");
        assertThat(CreditCode.problemWith("91350100M000100Y4O")).isEqualTo("error.credit-code.characters");
        assertThat(CreditCode.problemWith("9135O100M000100Y43")).isEqualTo("error.credit-code.characters");
    }

    @Test
    void computesTheCheckCharacterForAnyPrefix() {
        CreditCode made = CreditCode.withCheckCharacter("91530400MA0000003");
        assertThat(made.value()).hasSize(18).startsWith("91530400MA0000003");
        assertThat(CreditCode.problemWith(made.value())).isNull();
    }
}
