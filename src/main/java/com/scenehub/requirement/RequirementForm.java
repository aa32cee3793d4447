package com.scenehub.requirement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the enterprise types into the requirement form (a bean for the view's Binder). */
public class RequirementForm {

    private String title;
    private String sceneField;
    private String industryField;
    private String zoneArea;
    private String painPoints;
    private String expectedOutcome;
    private String indicators;
    private BigDecimal budgetMin;
    private BigDecimal budgetMax;
    private LocalDate timeframeStart;
    private LocalDate timeframeEnd;
    private String openResources;
    private String contactName;
    private String contactPhone;

    public static RequirementForm of(RequirementSummary r) {
        RequirementForm f = new RequirementForm();
        f.title = r.title();
        f.sceneField = r.sceneField();
        f.industryField = r.industryField();
        f.zoneArea = r.zoneArea();
        f.painPoints = r.painPoints();
        f.expectedOutcome = r.expectedOutcome();
        f.indicators = r.indicators();
        f.budgetMin = r.budgetMin();
        f.budgetMax = r.budgetMax();
        f.timeframeStart = r.timeframeStart();
        f.timeframeEnd = r.timeframeEnd();
        f.openResources = r.openResources();
        f.contactName = r.contactName();
        f.contactPhone = r.contactPhone();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSceneField() { return sceneField; }
    public void setSceneField(String sceneField) { this.sceneField = sceneField; }
    public String getIndustryField() { return industryField; }
    public void setIndustryField(String industryField) { this.industryField = industryField; }
    public String getZoneArea() { return zoneArea; }
    public void setZoneArea(String zoneArea) { this.zoneArea = zoneArea; }
    public String getPainPoints() { return painPoints; }
    public void setPainPoints(String painPoints) { this.painPoints = painPoints; }
    public String getExpectedOutcome() { return expectedOutcome; }
    public void setExpectedOutcome(String expectedOutcome) { this.expectedOutcome = expectedOutcome; }
    public String getIndicators() { return indicators; }
    public void setIndicators(String indicators) { this.indicators = indicators; }
    public BigDecimal getBudgetMin() { return budgetMin; }
    public void setBudgetMin(BigDecimal budgetMin) { this.budgetMin = budgetMin; }
    public BigDecimal getBudgetMax() { return budgetMax; }
    public void setBudgetMax(BigDecimal budgetMax) { this.budgetMax = budgetMax; }
    public LocalDate getTimeframeStart() { return timeframeStart; }
    public void setTimeframeStart(LocalDate timeframeStart) { this.timeframeStart = timeframeStart; }
    public LocalDate getTimeframeEnd() { return timeframeEnd; }
    public void setTimeframeEnd(LocalDate timeframeEnd) { this.timeframeEnd = timeframeEnd; }
    public String getOpenResources() { return openResources; }
    public void setOpenResources(String openResources) { this.openResources = openResources; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
}
