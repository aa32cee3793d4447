package com.scenehub.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class CriterionValue {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private int weight;

    protected CriterionValue() {
    }

    CriterionValue(Criterion c) {
        this.name = c.name().trim();
        this.description = c.description() == null || c.description().isBlank() ? null : c.description().trim();
        this.weight = c.weight();
    }

    Criterion criterion() {
        return new Criterion(name, description, weight);
    }
}
