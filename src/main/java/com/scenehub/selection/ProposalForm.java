package com.scenehub.selection;

import java.math.BigDecimal;

/** What a provider types into a proposal (a bean for the view's Binder). */
public class ProposalForm {

    private String approach;
    private BigDecimal price;
    private String schedule;
    private String team;

    public ProposalForm() {
    }

    public ProposalForm(String approach, BigDecimal price, String schedule, String team) {
        this.approach = approach;
        this.price = price;
        this.schedule = schedule;
        this.team = team;
    }

    public static ProposalForm of(ProposalDetails p) {
        return new ProposalForm(p.approach(), p.price(), p.schedule(), p.team());
    }

    public String getApproach() { return approach; }
    public void setApproach(String approach) { this.approach = approach; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
}
