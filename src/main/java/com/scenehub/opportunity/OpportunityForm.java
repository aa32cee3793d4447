package com.scenehub.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a manager types into the opportunity design form. */
public class OpportunityForm {

    private Set<Long> requirementIds = new LinkedHashSet<>();
    private String title;
    private String summary;
    private String scope;
    private String indicators;
    private String sceneField;
    private String industryField;
    private String zoneArea;
    private BigDecimal budget;
    private String supportPolicy;
    private SelectionMode selectionMode = SelectionMode.OPEN_COMPETITION;
    private List<Criterion> criteria = new ArrayList<>();
    private String eligibility;
    private Instant windowOpens;
    private Instant windowCloses;

    public static OpportunityForm of(OpportunityDetails d) {
        OpportunityForm f = new OpportunityForm();
        f.requirementIds = new LinkedHashSet<>(d.requirementIds());
        f.title = d.title();
        f.summary = d.summary();
        f.scope = d.scope();
        f.indicators = d.indicators();
        f.sceneField = d.sceneField();
        f.industryField = d.industryField();
        f.zoneArea = d.zoneArea();
        f.budget = d.budget();
        f.supportPolicy = d.supportPolicy();
        f.selectionMode = d.selectionMode();
        f.criteria = new ArrayList<>(d.criteria());
        f.eligibility = d.eligibility();
        f.windowOpens = d.windowOpens();
        f.windowCloses = d.windowCloses();
        return f;
    }

    public Set<Long> getRequirementIds() { return requirementIds; }
    public void setRequirementIds(Set<Long> requirementIds) { this.requirementIds = requirementIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(requirementIds); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getIndicators() { return indicators; }
    public void setIndicators(String indicators) { this.indicators = indicators; }
    public String getSceneField() { return sceneField; }
    public void setSceneField(String sceneField) { this.sceneField = sceneField; }
    public String getIndustryField() { return industryField; }
    public void setIndustryField(String industryField) { this.industryField = industryField; }
    public String getZoneArea() { return zoneArea; }
    public void setZoneArea(String zoneArea) { this.zoneArea = zoneArea; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public String getSupportPolicy() { return supportPolicy; }
    public void setSupportPolicy(String supportPolicy) { this.supportPolicy = supportPolicy; }
    public SelectionMode getSelectionMode() { return selectionMode; }
    public void setSelectionMode(SelectionMode selectionMode) { this.selectionMode = selectionMode; }
    public List<Criterion> getCriteria() { return criteria; }
    public void setCriteria(List<Criterion> criteria) { this.criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria); }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public Instant getWindowOpens() { return windowOpens; }
    public void setWindowOpens(Instant windowOpens) { this.windowOpens = windowOpens; }
    public Instant getWindowCloses() { return windowCloses; }
    public void setWindowCloses(Instant windowCloses) { this.windowCloses = windowCloses; }
}
