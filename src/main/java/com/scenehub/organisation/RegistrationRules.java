package com.scenehub.organisation;

import com.scenehub.security.AccountService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a registration must meet, one function per field returning the translation key of the
 * problem (or null). The form shows them beside each field; the service applies them all again.
 */
public final class RegistrationRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_PERSON = 100;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RegistrationRules() {
    }

    public static String nameProblem(String name) {
        return required(name, MAX_NAME);
    }

    public static String creditCodeProblem(String code) {
        return CreditCode.problemWith(code);
    }

    public static String personProblem(String person) {
        return required(person, MAX_PERSON);
    }

    public static String phoneProblem(String phone) {
        if (phone == null || phone.isBlank()) {
            return "error.required";
        }
        return PHONE.matcher(phone.trim()).matches() ? null : "error.phone.format";
    }

    public static String emailProblem(String email) {
        if (email == null || email.isBlank()) {
            return "error.required";
        }
        return email.length() <= 200 && EMAIL.matcher(email.trim()).matches() ? null : "error.email.format";
    }

    public static String rolesProblem(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return "error.organisation.roles-required";
        }
        return Roles.ORGANISATION_ROLES.containsAll(roles) ? null : "error.organisation.roles-required";
    }

    public static String choiceProblem(String code) {
        return code == null || code.isBlank() ? "error.required" : null;
    }

    public static String usernameProblem(String username) {
        return problemOf(() -> AccountService.validateUsername(username));
    }

    public static String passwordProblem(String password) {
        return problemOf(() -> AccountService.validatePassword(password));
    }

    /** Every problem of the registration, by field name, in form order. */
    public static Map<String, String> problems(OrganisationRegistration r) {
        Map<String, String> problems = new LinkedHashMap<>();
        put(problems, "name", nameProblem(r.name()));
        put(problems, "creditCode", creditCodeProblem(r.creditCode()));
        put(problems, "legalRepresentative", personProblem(r.legalRepresentative()));
        put(problems, "zoneArea", choiceProblem(r.zoneArea()));
        put(problems, "industryField", choiceProblem(r.industryField()));
        put(problems, "contactName", personProblem(r.contactName()));
        put(problems, "contactPhone", phoneProblem(r.contactPhone()));
        put(problems, "contactEmail", emailProblem(r.contactEmail()));
        put(problems, "roles", rolesProblem(r.roles()));
        put(problems, "username", usernameProblem(r.username()));
        put(problems, "password", passwordProblem(r.password()));
        return problems;
    }

    private static void put(Map<String, String> problems, String field, String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    private static String required(String text, int max) {
        if (text == null || text.isBlank()) {
            return "error.required";
        }
        return text.trim().length() > max ? "error.too-long" : null;
    }

    private static String problemOf(Runnable check) {
        try {
            check.run();
            return null;
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
    }
}
