package com.scenehub.bulkimport;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceEntry;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.requirement.RequirementForm;
import com.scenehub.requirement.RequirementRules;
import com.scenehub.requirement.RequirementService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.supply.SupplyItemForm;
import com.scenehub.supply.SupplyItemKind;
import com.scenehub.supply.SupplyRules;
import com.scenehub.supply.SupplyService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports requirements (created submitted, for verified enterprises) and supply items (created listed,
 * for verified providers). Every row is checked first; with problems nothing is written unless the
 * manager chose to import only the valid rows. Writing happens in one transaction, so a failure
 * leaves nothing behind.
 */
@Service
public class ImportService {

    private final RequirementService requirements;
    private final SupplyService supply;
    private final OrganisationService organisations;
    private final ReferenceDataService referenceData;

    ImportService(RequirementService requirements, SupplyService supply, OrganisationService organisations,
            ReferenceDataService referenceData) {
        this.requirements = requirements;
        this.supply = supply;
        this.organisations = organisations;
        this.referenceData = referenceData;
    }

    /** Checks a file without writing anything. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public ImportReport check(ImportKind kind, String fileName, byte[] content) {
        List<Parsed> parsed = parse(kind, fileName, content);
        return new ImportReport(kind, parsed.size(), problems(parsed), 0, false);
    }

    /** Imports a file: all rows or none, or (onlyValidRows) every valid row and none of the others. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ImportReport importFile(ImportKind kind, String fileName, byte[] content, boolean onlyValidRows) {
        List<Parsed> parsed = parse(kind, fileName, content);
        List<RowProblem> problems = problems(parsed);
        if (!problems.isEmpty() && !onlyValidRows) {
            return new ImportReport(kind, parsed.size(), problems, 0, false);
        }
        int imported = 0;
        for (Parsed p : parsed) {
            if (!p.problems.isEmpty()) {
                continue;
            }
            if (kind == ImportKind.REQUIREMENTS) {
                requirements.importSubmitted(p.organisationId, p.requirement);
            } else {
                supply.importListed(p.organisationId, p.supplyItem);
            }
            imported++;
        }
        return new ImportReport(kind, parsed.size(), problems, imported, imported > 0);
    }

    /** A header-only template with Chinese and English column names. */
    public List<String> templateHeaders(ImportKind kind) {
        return kind.columns().stream().map(c -> c.chinese() + " / " + c.code()).toList();
    }

    private static List<RowProblem> problems(List<Parsed> parsed) {
        return parsed.stream().flatMap(p -> p.problems.stream()).toList();
    }

    private static final class Parsed {
        final int row;
        final List<RowProblem> problems = new ArrayList<>();
        Long organisationId;
        RequirementForm requirement;
        SupplyItemForm supplyItem;

        Parsed(int row) {
            this.row = row;
        }

        void problem(String column, String key, Object... args) {
            problems.add(new RowProblem(row, column, key, Arrays.stream(args).map(String::valueOf).toList()));
        }
    }

    private List<Parsed> parse(ImportKind kind, String fileName, byte[] content) {
        List<Map<String, String>> rows = SheetReader.read(kind, fileName, content);
        Map<String, OrganisationSummary> byCode = organisations.all().stream()
                .collect(Collectors.toMap(OrganisationSummary::creditCode, Function.identity(), (a, b) -> a));
        List<Parsed> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (row == null) {
                continue;
            }
            Parsed p = new Parsed(i + 2);
            for (ImportKind.Column c : kind.columns()) {
                if (c.required() && row.getOrDefault(c.code(), "").isBlank()) {
                    p.problem(c.code(), "error.import.required", c.chinese());
                }
            }
            String role = kind == ImportKind.REQUIREMENTS ? Roles.ENTERPRISE : Roles.PROVIDER;
            String code = row.getOrDefault("credit_code", "").toUpperCase(Locale.ROOT);
            OrganisationSummary org = byCode.get(code);
            if (!code.isBlank() && (org == null || !org.verified())) {
                p.problem("credit_code", "error.import.organisation-unknown", code);
            } else if (org != null && !org.appliedRoles().contains(role)) {
                p.problem("credit_code", "error.import.organisation-role", org.name());
            } else if (org != null) {
                p.organisationId = org.id();
            }
            if (kind == ImportKind.REQUIREMENTS) {
                p.requirement = requirement(row, p);
                if (p.problems.isEmpty()) {
                    check(p, () -> RequirementRules.checkComplete(p.requirement));
                }
            } else {
                p.supplyItem = supplyItem(row, p);
                if (p.problems.isEmpty()) {
                    check(p, () -> SupplyRules.check(p.supplyItem));
                }
            }
            result.add(p);
        }
        if (result.isEmpty()) {
            throw new BusinessRuleException("error.import.empty");
        }
        return result;
    }

    private static void check(Parsed p, Runnable rule) {
        try {
            rule.run();
        } catch (BusinessRuleException refusal) {
            p.problems.add(new RowProblem(p.row, "", refusal.messageKey(),
                    Arrays.stream(refusal.arguments()).map(String::valueOf).toList()));
        }
    }

    private RequirementForm requirement(Map<String, String> row, Parsed p) {
        RequirementForm f = new RequirementForm();
        f.setTitle(row.get("title"));
        f.setSceneField(code(ReferenceKind.SCENE_FIELD, row.get("scene_field"), "scene_field", p));
        f.setIndustryField(code(ReferenceKind.INDUSTRY_FIELD, row.get("industry_field"), "industry_field", p));
        f.setZoneArea(code(ReferenceKind.ZONE_AREA, row.get("zone_area"), "zone_area", p));
        f.setPainPoints(row.get("pain_points"));
        f.setExpectedOutcome(row.get("expected_outcome"));
        f.setIndicators(row.get("indicators"));
        f.setBudgetMin(money(row.get("budget_min"), "budget_min", p));
        f.setBudgetMax(money(row.get("budget_max"), "budget_max", p));
        f.setOpenResources(row.get("open_resources"));
        f.setContactName(row.get("contact_name"));
        f.setContactPhone(row.get("contact_phone"));
        return f;
    }

    private SupplyItemForm supplyItem(Map<String, String> row, Parsed p) {
        SupplyItemForm f = new SupplyItemForm();
        f.setName(row.get("name"));
        f.setDescription(row.get("description"));
        String kind = row.getOrDefault("kind", "");
        f.setKind(switch (kind.trim().toUpperCase(Locale.ROOT)) {
            case "", "PRODUCT", "产品" -> SupplyItemKind.PRODUCT;
            case "SOLUTION", "解决方案", "方案" -> SupplyItemKind.SOLUTION;
            case "CAPABILITY", "能力", "技术能力" -> SupplyItemKind.CAPABILITY;
            default -> {
                p.problem("kind", "error.import.kind", kind);
                yield SupplyItemKind.PRODUCT;
            }
        });
        f.setSceneFields(codes(ReferenceKind.SCENE_FIELD, row.get("scene_fields"), "scene_fields", p));
        f.setIndustryFields(codes(ReferenceKind.INDUSTRY_FIELD, row.get("industry_fields"), "industry_fields", p));
        String trl = row.getOrDefault("trl", "").replaceAll("(?i)trl", "").trim();
        try {
            f.setTrl(trl.isBlank() ? null : Integer.valueOf(trl));
        } catch (NumberFormatException e) {
            p.problem("trl", "error.supply.trl-range");
        }
        f.setPriceMin(money(row.get("price_min"), "price_min", p));
        f.setPriceMax(money(row.get("price_max"), "price_max", p));
        f.setReferenceCases(row.get("reference_cases"));
        f.setCertifications(row.get("certifications"));
        return f;
    }

    /** A reference code given as its code, Chinese name or English name; unknown values are a problem. */
    private String code(ReferenceKind kind, String value, String column, Parsed p) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        for (ReferenceEntry e : referenceData.active(kind)) {
            if (e.code().equalsIgnoreCase(v) || e.nameZh().equals(v) || e.nameEn().equalsIgnoreCase(v)) {
                return e.code();
            }
        }
        p.problem(column, "error.import.unknown-value", v);
        return null;
    }

    private Set<String> codes(ReferenceKind kind, String value, String column, Parsed p) {
        Set<String> result = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return result;
        }
        for (String part : value.split("[;；,，、/]")) {
            if (!part.isBlank()) {
                String c = code(kind, part, column, p);
                if (c != null) {
                    result.add(c);
                }
            }
        }
        return result;
    }

    private static BigDecimal money(String value, String column, Parsed p) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", "").replace("¥", "").trim());
            if (amount.scale() > 2) {
                p.problem(column, "error.money.format");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            p.problem(column, "error.import.number", value);
            return null;
        }
    }
}
