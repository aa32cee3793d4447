package com.scenehub.supply;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a provider types into the supply item form. */
public class SupplyItemForm {

    private SupplyItemKind kind = SupplyItemKind.PRODUCT;
    private Long callId;
    private String name;
    private String description;
    private Set<String> sceneFields = new LinkedHashSet<>();
    private Set<String> industryFields = new LinkedHashSet<>();
    private Integer trl;
    private BigDecimal priceMin;
    private BigDecimal priceMax;
    private String referenceCases;
    private String certifications;

    public static SupplyItemForm of(SupplyItemSummary s) {
        SupplyItemForm f = new SupplyItemForm();
        f.kind = s.kind();
        f.callId = s.callId();
        f.name = s.name();
        f.description = s.description();
        f.sceneFields = new LinkedHashSet<>(s.sceneFields());
        f.industryFields = new LinkedHashSet<>(s.industryFields());
        f.trl = s.trl();
        f.priceMin = s.priceMin();
        f.priceMax = s.priceMax();
        f.referenceCases = s.referenceCases();
        f.certifications = s.certifications();
        return f;
    }

    public SupplyItemKind getKind() { return kind; }
    public void setKind(SupplyItemKind kind) { this.kind = kind; }
    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<String> getSceneFields() { return sceneFields; }
    public void setSceneFields(Set<String> sceneFields) { this.sceneFields = sceneFields == null ? new LinkedHashSet<>() : new LinkedHashSet<>(sceneFields); }
    public Set<String> getIndustryFields() { return industryFields; }
    public void setIndustryFields(Set<String> industryFields) { this.industryFields = industryFields == null ? new LinkedHashSet<>() : new LinkedHashSet<>(industryFields); }
    public Integer getTrl() { return trl; }
    public void setTrl(Integer trl) { this.trl = trl; }
    public BigDecimal getPriceMin() { return priceMin; }
    public void setPriceMin(BigDecimal priceMin) { this.priceMin = priceMin; }
    public BigDecimal getPriceMax() { return priceMax; }
    public void setPriceMax(BigDecimal priceMax) { this.priceMax = priceMax; }
    public String getReferenceCases() { return referenceCases; }
    public void setReferenceCases(String referenceCases) { this.referenceCases = referenceCases; }
    public String getCertifications() { return certifications; }
    public void setCertifications(String certifications) { this.certifications = certifications; }
}
