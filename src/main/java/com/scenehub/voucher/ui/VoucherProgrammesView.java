package com.scenehub.voucher.ui;

import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.Roles;
import com.scenehub.voucher.ProgrammeForm;
import com.scenehub.voucher.ProgrammeStatus;
import com.scenehub.voucher.ProgrammeSummary;
import com.scenehub.voucher.VoucherService;
import com.scenehub.voucher.VoucherSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Managers create, edit, open and close programmes and issue vouchers to verified enterprises. */
@Route("vouchers/programmes")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.voucher.programmes", order = 42, icon = "vaadin:wallet")
public class VoucherProgrammesView extends Div implements HasDynamicTitle {

    final Grid<ProgrammeSummary> grid = new Grid<>();
    final Button create;
    // Programme form fields (package-private for browserless tests).
    final IntegerField year = new IntegerField();
    final TextField name = new TextField();
    final BigDecimalField budget = VoucherUi.moneyField(this, "voucher.budget");
    final BigDecimalField cap = VoucherUi.moneyField(this, "voucher.cap");
    final TextField faceValues = new TextField();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    /** Coverage ratio (%) per eligible category, by category code; kept while the dialog is open. */
    final Map<String, IntegerField> coverage = new LinkedHashMap<>();
    final FormLayout coverageFields = new FormLayout();
    private final Div coverageBox = new Div();
    private List<String> categoryOrder = List.of();
    final DatePicker claimOpens = VoucherUi.datePicker(this, "voucher.claim-opens");
    final DatePicker claimCloses = VoucherUi.datePicker(this, "voucher.claim-closes");
    final DatePicker useDeadline = VoucherUi.datePicker(this, "voucher.use-deadline");
    final DatePicker redemptionDeadline = VoucherUi.datePicker(this, "voucher.redemption-deadline");
    final TextArea changeReason = new TextArea();
    final Button saveProgramme = new Button();
    // Issue form.
    final MultiSelectComboBox<OrganisationSummary> enterprises = new MultiSelectComboBox<>();
    final Select<BigDecimal> issueFace = new Select<>();
    final Button issueButton = new Button();
    Dialog programmeDialog;
    Dialog issueDialog;
    private ProgrammeSummary editing;
    private ProgrammeSummary issuing;
    private String createKey = VoucherUi.key();
    private String issueKey = VoucherUi.key();
    private final transient VoucherService vouchers;
    private final transient ReferenceDataService referenceData;
    private final transient Clock clock;

    VoucherProgrammesView(VoucherService vouchers, ReferenceDataService referenceData, Clock clock) {
        this.vouchers = vouchers;
        this.referenceData = referenceData;
        this.clock = clock;
        addClassName("sh-page");
        grid.addColumn(ProgrammeSummary::year).setHeader(getTranslation("voucher.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgrammeSummary::name).setHeader(getTranslation("voucher.programme")).setFlexGrow(3)
                .setTooltipGenerator(ProgrammeSummary::name);
        grid.addComponentColumn(this::money).setHeader(getTranslation("voucher.budget")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::dates).setHeader(getTranslation("voucher.deadlines")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(p -> VoucherUi.badge(this, "voucher.programme-status." + p.status(),
                p.status() == ProgrammeStatus.OPEN ? "success" : "contrast")).setHeader(getTranslation("voucher.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        create = new Button(getTranslation("voucher.programme.new"), e -> openProgramme(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("voucher-programme-new");
        name.setId("voucher-programme-name");
        budget.setId("voucher-budget");
        cap.setId("voucher-cap");
        claimOpens.setId("voucher-claim-opens");
        claimCloses.setId("voucher-claim-closes");
        useDeadline.setId("voucher-use-deadline");
        redemptionDeadline.setId("voucher-redemption-deadline");
        saveProgramme.setId("voucher-programme-save");
        enterprises.setId("voucher-issue-enterprises");
        issueButton.setId("voucher-issue-button");
        categories.addValueChangeListener(e -> showCoverage());
        coverageFields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2),
                new FormLayout.ResponsiveStep("600px", 3));
        Span coverageLabel = new Span(getTranslation("voucher.coverage"));
        coverageLabel.addClassName("sh-field-group-label");
        Span coverageHelp = new Span(getTranslation("voucher.coverage-help"));
        coverageHelp.addClassName("sh-field-group-help");
        coverageBox.add(coverageLabel, coverageFields, coverageHelp);
        coverageBox.addClassName("sh-field-group");
        saveProgramme.addClickListener(e -> {
            if (saveProgramme() && programmeDialog != null) {
                programmeDialog.close();
            }
        });
        issueButton.addClickListener(e -> {
            if (issue() && issueDialog != null) {
                issueDialog.close();
            }
        });
        add(new H2(getTranslation("nav.voucher.programmes")), new Paragraph(getTranslation("voucher.programmes.intro")),
                create, grid);
        refresh();
    }

    private Div money(ProgrammeSummary p) {
        Div money = new Div(new Span(getTranslation("voucher.budget-line.total", VoucherUi.money(p.totalBudget()))),
                new Span(getTranslation("voucher.budget-line.available", VoucherUi.money(p.available()))),
                new Span(getTranslation("voucher.budget-line.cap", VoucherUi.money(p.enterpriseCap()))));
        money.addClassName("sh-voucher-dates");
        return money;
    }

    private Div dates(ProgrammeSummary p) {
        Div dates = new Div(new Span(getTranslation("voucher.deadline.claim", VoucherUi.date(p.claimOpens()),
                VoucherUi.date(p.claimCloses()))), new Span(getTranslation("voucher.deadline.use",
                VoucherUi.date(p.useDeadline()))), new Span(getTranslation("voucher.deadline.redeem",
                VoucherUi.date(p.redemptionDeadline()))));
        dates.addClassName("sh-voucher-dates");
        return dates;
    }

    private HorizontalLayout actions(ProgrammeSummary p) {
        HorizontalLayout actions = new HorizontalLayout();
        if (p.status() != ProgrammeStatus.CLOSED) {
            actions.add(button("common.edit", ButtonVariant.LUMO_TERTIARY, () -> openProgramme(p)));
            actions.add(button("voucher.issue", ButtonVariant.LUMO_PRIMARY, () -> openIssue(p)));
        }
        if (p.status() == ProgrammeStatus.DRAFT) {
            actions.add(button("voucher.programme.open", ButtonVariant.LUMO_SUCCESS, () -> {
                VoucherUi.run(() -> vouchers.openProgramme(p.id()), "voucher.programme.opened");
                refresh();
            }));
        }
        if (p.status() == ProgrammeStatus.OPEN) {
            actions.add(button("voucher.programme.close", ButtonVariant.LUMO_ERROR, () -> {
                VoucherUi.run(() -> vouchers.closeProgramme(p.id()), "voucher.programme.closed");
                refresh();
            }));
        }
        return actions;
    }

    private Button button(String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return button;
    }

    void openProgramme(ProgrammeSummary existing) {
        editing = existing;
        programmeDialog = new Dialog();
        programmeDialog.setWidth("820px");
        programmeDialog.setHeaderTitle(getTranslation(existing == null ? "voucher.programme.new" : "voucher.programme.edit"));
        List<String> allCategories = referenceData.active(ReferenceKind.VOUCHER_CATEGORY).stream().map(e -> e.code()).toList();
        LocalDate today = LocalDate.now(clock);
        ProgrammeForm form = existing != null ? existing.form()
                : ProgrammeForm.defaults(today.getYear(), "", new BigDecimal("5000000"), today, allCategories);
        year.setLabel(getTranslation("voucher.year"));
        year.setValue(form.year());
        name.setLabel(getTranslation("voucher.programme.name"));
        name.setValue(form.name());
        name.setMaxLength(200);
        budget.setValue(form.totalBudget());
        budget.setInvalid(false);
        cap.setValue(form.enterpriseCap());
        cap.setInvalid(false);
        faceValues.setLabel(getTranslation("voucher.face-values"));
        faceValues.setHelperText(getTranslation("voucher.face-values-help"));
        faceValues.setValue(String.join(", ", form.faceValues().stream().map(v -> v.stripTrailingZeros().toPlainString()).toList()));
        // A category deactivated since the programme was made stays in it (listed after the active ones).
        categoryOrder = java.util.stream.Stream.concat(allCategories.stream(),
                form.coverage().keySet().stream().filter(c -> !allCategories.contains(c))).toList();
        coverage.clear();
        form.coverage().forEach((code, share) -> coverageField(code).setValue(share.movePointRight(2).intValue()));
        categories.setLabel(getTranslation("voucher.categories"));
        categories.setItems(categoryOrder);
        categories.setItemLabelGenerator(c -> referenceData.label(ReferenceKind.VOUCHER_CATEGORY, c, getLocale()));
        categories.setValue(Set.copyOf(form.coverage().keySet()));
        showCoverage();
        claimOpens.setValue(form.claimOpens());
        claimCloses.setValue(form.claimCloses());
        useDeadline.setValue(form.useDeadline());
        redemptionDeadline.setValue(form.redemptionDeadline());
        for (DatePicker date : List.of(claimOpens, claimCloses, useDeadline, redemptionDeadline)) {
            date.setInvalid(false);
        }
        changeReason.setLabel(getTranslation("voucher.programme.change-reason"));
        changeReason.setVisible(existing != null && existing.status() != ProgrammeStatus.DRAFT);
        changeReason.clear();
        saveProgramme.setText(getTranslation("common.save"));
        saveProgramme.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(year, name, budget, cap, faceValues, categories, coverageBox, claimOpens,
                claimCloses, useDeadline, redemptionDeadline, changeReason);
        layout.setColspan(name, 2);
        layout.setColspan(coverageBox, 2);
        layout.setColspan(changeReason, 2);
        programmeDialog.add(layout);
        programmeDialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> programmeDialog.close()),
                saveProgramme);
        programmeDialog.open();
    }

    /** Reads the form; shows a message beside the first field that cannot be read; null then. */
    ProgrammeForm readForm() {
        BigDecimal total = VoucherUi.positive(this, budget);
        BigDecimal capValue = VoucherUi.positive(this, cap);
        Map<String, BigDecimal> cover = readCoverage();
        List<BigDecimal> faces = new ArrayList<>();
        for (String part : faceValues.getValue().split("[,，\\s]+")) {
            if (!part.isBlank()) {
                BigDecimal v = VoucherUi.parse(part);
                if (v == null) {
                    faceValues.setInvalid(true);
                    faceValues.setErrorMessage(getTranslation("error.voucher.face-values-required"));
                    return null;
                }
                faces.add(v);
            }
        }
        LocalDate[] dates = new LocalDate[4];
        List<DatePicker> dateFields = List.of(claimOpens, claimCloses, useDeadline, redemptionDeadline);
        boolean datesRead = true;
        for (int i = 0; i < 4; i++) {
            dates[i] = VoucherUi.date(this, dateFields.get(i));
            datesRead &= dates[i] != null;
        }
        if (!datesRead) {
            return null;
        }
        if (total == null || capValue == null || cover == null || year.getValue() == null) {
            return null;
        }
        return new ProgrammeForm(year.getValue(), name.getValue(), total, capValue, faces, cover, dates[0], dates[1],
                dates[2], dates[3]);
    }

    /** The ratio field of a category, made (at the default 50 %) when the category is first chosen. */
    private IntegerField coverageField(String code) {
        return coverage.computeIfAbsent(code, c -> {
            IntegerField field = new IntegerField(referenceData.label(ReferenceKind.VOUCHER_CATEGORY, c, getLocale()));
            field.setMin(1);
            field.setMax(100);
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new Span("%"));
            field.setValue(ProgrammeForm.DEFAULT_COVERAGE.movePointRight(2).intValue());
            field.setId("voucher-coverage-" + c);
            return field;
        });
    }

    /** The chosen categories in the reference list's order. */
    private List<String> chosenCategories() {
        return categoryOrder.stream().filter(categories.getValue()::contains).toList();
    }

    /** One ratio field per chosen category; values typed before stay. */
    private void showCoverage() {
        coverageFields.removeAll();
        chosenCategories().forEach(code -> coverageFields.add(coverageField(code)));
        coverageBox.setVisible(!categories.getValue().isEmpty());
    }

    /** The chosen categories' ratios as shares (0.5 for 50 %); null, with the bad fields marked, if any is out of range. */
    private Map<String, BigDecimal> readCoverage() {
        Map<String, BigDecimal> cover = new LinkedHashMap<>();
        boolean allRead = true;
        for (String code : chosenCategories()) {
            IntegerField field = coverageField(code);
            if (field.getValue() == null || field.getValue() < 1 || field.getValue() > 100) {
                field.setErrorMessage(getTranslation("error.voucher.coverage-range"));
                field.setInvalid(true);
                allRead = false;
            } else {
                field.setInvalid(false);
                cover.put(code, BigDecimal.valueOf(field.getValue()).movePointLeft(2));
            }
        }
        return allRead ? cover : null;
    }

    boolean saveProgramme() {
        ProgrammeForm form = readForm();
        if (form == null) {
            return false;
        }
        ProgrammeSummary saved = editing == null
                ? VoucherUi.attempt(() -> vouchers.createProgramme(form, createKey), "common.saved")
                : VoucherUi.attempt(() -> vouchers.updateProgramme(editing.id(), form, changeReason.getValue()),
                        "common.saved");
        if (saved != null) {
            createKey = VoucherUi.key();
            refresh();
            return true;
        }
        return false;
    }

    void openIssue(ProgrammeSummary p) {
        issuing = p;
        issueKey = VoucherUi.key();
        issueDialog = new Dialog();
        issueDialog.setWidth("640px");
        issueDialog.setHeaderTitle(getTranslation("voucher.issue.title", p.name()));
        enterprises.setLabel(getTranslation("voucher.issue.enterprises"));
        enterprises.setItems(vouchers.eligibleEnterprises());
        enterprises.setItemLabelGenerator(OrganisationSummary::name);
        enterprises.clear();
        enterprises.setWidthFull();
        issueFace.setLabel(getTranslation("voucher.face-value"));
        issueFace.setItems(p.faceValues());
        issueFace.setItemLabelGenerator(VoucherUi::money);
        issueFace.setValue(p.faceValues().getFirst());
        issueButton.setText(getTranslation("voucher.issue"));
        issueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issueDialog.add(new Paragraph(getTranslation("voucher.issue.help", VoucherUi.money(p.available()))), enterprises, issueFace);
        issueDialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> issueDialog.close()), issueButton);
        issueDialog.open();
    }

    boolean issue() {
        if (enterprises.getValue().isEmpty()) {
            enterprises.setInvalid(true);
            enterprises.setErrorMessage(getTranslation("error.voucher.no-enterprises"));
            return false;
        }
        List<Long> ids = enterprises.getValue().stream().map(OrganisationSummary::id).toList();
        List<VoucherSummary> issued = VoucherUi.attempt(() -> vouchers.issue(issuing.id(), ids, issueFace.getValue(),
                issueKey), "voucher.issue.done", ids.size());
        if (issued != null) {
            issueKey = VoucherUi.key();
            refresh();
            return true;
        }
        return false;
    }

    void refresh() {
        grid.setItems(vouchers.programmes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.voucher.programmes");
    }
}
