package com.scenehub.organisation;

import com.scenehub.shared.domain.BusinessRuleException;
import java.io.Serializable;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码): 18 characters from GB 32100-2015's alphabet, the
 * last being a check character computed from the first 17.
 */
public record CreditCode(String value) implements Serializable {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        String problem = problemWith(value);
        if (problem != null) {
            throw new BusinessRuleException(problem);
        }
        value = normalise(value);
    }

    public static CreditCode of(String value) {
        return new CreditCode(value);
    }

    /** The translation key of what is wrong with the text, or null when it is a valid code. */
    public static String problemWith(String raw) {
        if (raw == null || raw.isBlank()) {
            return "error.credit-code.required";
        }
        String code = normalise(raw);
        if (code.length() != 18) {
            return "error.credit-code.length";
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "error.credit-code.characters";
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return "error.credit-code.check-digit";
        }
        return null;
    }

    /** A valid code made from its first 17 characters (for demo data and tests). */
    public static CreditCode withCheckCharacter(String first17) {
        return new CreditCode(first17 + checkCharacter(first17.toUpperCase(Locale.ROOT)));
    }

    /** The check character GB 32100-2015 gives for the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static String normalise(String raw) {
        return raw.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
