package com.scenehub.supply;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A manager's call for solutions on a theme, open until its deadline. */
@Entity
@Table(name = "solution_call")
class SolutionCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String theme;

    @Column(length = 4000)
    private String description;

    @Column(name = "scene_fields", length = 400)
    private String sceneFields;

    @Column(name = "industry_fields", length = 400)
    private String industryFields;

    @Column(nullable = false)
    private LocalDate deadline;

    private boolean closed;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SolutionCall() {
    }

    SolutionCall(String theme, String description, Collection<String> sceneFields, Collection<String> industryFields,
            LocalDate deadline, LocalDate today, String openedBy, boolean demo, Instant now) {
        if (theme == null || theme.isBlank()) {
            throw new BusinessRuleException("error.call.theme-required");
        }
        SupplyRules.length(theme, 200);
        SupplyRules.length(description, 4000);
        if (deadline == null || deadline.isBefore(today)) {
            throw new BusinessRuleException("error.call.deadline-past");
        }
        this.theme = theme.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
        this.sceneFields = sceneFields == null ? null : String.join(",", sceneFields);
        this.industryFields = industryFields == null ? null : String.join(",", industryFields);
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.demo = demo;
        this.createdAt = now;
    }

    void close() {
        if (closed) {
            throw new BusinessRuleException("error.call.closed");
        }
        closed = true;
    }

    Long getId() {
        return id;
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).toList();
    }

    SolutionCallSummary summary() {
        return new SolutionCallSummary(id, theme, description, split(sceneFields), split(industryFields), deadline, closed,
                openedBy, createdAt);
    }
}
