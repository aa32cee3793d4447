package com.scenehub.organisation;

import java.util.Set;

/**
 * A self-registration: the organisation and its first user. A mutable bean so that the
 * registration form can bind to it and keep what the user typed when saving is refused.
 */
public class OrganisationRegistration {

    private String name;
    private String creditCode;
    private String legalRepresentative;
    private String zoneArea;
    private String industryField;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private Set<String> roles = Set.of();
    private String username;
    private String password;

    public String name() { return name; }
    public String creditCode() { return creditCode; }
    public String legalRepresentative() { return legalRepresentative; }
    public String zoneArea() { return zoneArea; }
    public String industryField() { return industryField; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String contactEmail() { return contactEmail; }
    public Set<String> roles() { return roles; }
    public String username() { return username; }
    public String password() { return password; }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getZoneArea() { return zoneArea; }
    public void setZoneArea(String zoneArea) { this.zoneArea = zoneArea; }
    public String getIndustryField() { return industryField; }
    public void setIndustryField(String industryField) { this.industryField = industryField; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public Set<String> getRoles() { return roles; }
    public void setRoles(Set<String> roles) { this.roles = roles == null ? Set.of() : Set.copyOf(roles); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
