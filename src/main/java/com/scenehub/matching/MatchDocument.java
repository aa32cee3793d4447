package com.scenehub.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;

/**
 * The matching module's own projection of a record it ranks (a supply item, a provider, a
 * requirement or an opportunity). Hibernate Search indexes it on commit, so every upsert or removal
 * shows in results at once.
 */
@Entity
@Table(name = "match_document")
@Indexed(index = "match_document")
class MatchDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField(projectable = Projectable.YES)
    private MatchKind kind;

    @Column(name = "source_id", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private Long sourceId;

    @Column(name = "owner_organisation_id")
    @GenericField(projectable = Projectable.YES)
    private Long ownerOrganisationId;

    @Column(name = "owner_name", length = 200)
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private Visibility visibility;

    @Column(nullable = false, length = 300)
    @KeywordField(name = "title", projectable = Projectable.YES, searchable = Searchable.NO)
    private String title;

    @Column(length = 8000)
    private String body;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "scene_fields", length = 400)
    @KeywordField(name = "sceneFieldsJoined", projectable = Projectable.YES, searchable = Searchable.NO)
    private String sceneFields;

    @Column(name = "industry_fields", length = 400)
    @KeywordField(name = "industryFieldsJoined", projectable = Projectable.YES, searchable = Searchable.NO)
    private String industryFields;

    @Column(name = "industry_chains", length = 400)
    @KeywordField(name = "industryChainsJoined", projectable = Projectable.YES, searchable = Searchable.NO)
    private String industryChains;

    @Column(name = "zone_area", length = 32)
    @KeywordField(projectable = Projectable.YES)
    private String zoneArea;

    @Column(name = "amount_min", precision = 14, scale = 2)
    @ScaledNumberField(decimalScale = 0, projectable = Projectable.YES)
    private BigDecimal amountMin;

    @Column(name = "amount_max", precision = 14, scale = 2)
    @ScaledNumberField(decimalScale = 0, projectable = Projectable.YES)
    private BigDecimal amountMax;

    @GenericField(projectable = Projectable.YES)
    private Integer trl;

    @Column(name = "completed_projects", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private int completedProjects;

    @Column(name = "accepted_projects", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private int acceptedProjects;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MatchDocument() {
    }

    MatchDocument(MatchKind kind, Long sourceId) {
        this.kind = kind;
        this.sourceId = sourceId;
    }

    /** Takes over everything the source says; the chains are derived by the caller from the fields. */
    void update(MatchSource source, Set<String> chains, Instant now) {
        this.ownerOrganisationId = source.ownerOrganisationId();
        this.ownerName = truncate(source.ownerName(), 200);
        this.visibility = source.visibility();
        this.title = truncate(source.title().strip(), 300);
        this.body = truncate(source.text() == null ? "" : source.text().strip(), 8000);
        this.language = detectLanguage(this.title + " " + this.body);
        this.sceneFields = join(source.sceneFields());
        this.industryFields = join(source.industryFields());
        this.industryChains = join(chains);
        this.zoneArea = source.zoneArea();
        this.amountMin = source.amountMin();
        this.amountMax = source.amountMax();
        this.trl = source.trl();
        this.completedProjects = Math.max(0, source.completedProjects());
        this.acceptedProjects = Math.max(0, source.acceptedProjects());
        this.updatedAt = now;
    }

    void changeTrackRecord(int completed, int accepted, Instant now) {
        this.completedProjects = Math.max(0, completed);
        this.acceptedProjects = Math.max(0, accepted);
        this.updatedAt = now;
    }

    /** "zh" when the text holds Chinese characters, else "en". */
    static String detectLanguage(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String join(Set<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", new TreeSet<>(codes));
    }

    static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }

    /**
     * Title and text as one analysed field per language, so that the engine queries each word with
     * one term clause (a title/text pair of clauses doubled the work of the ranking query, and a
     * separately weighted title did not rank better: docs/benchmarks.md).
     */
    @FullTextField(name = "content_zh", analyzer = MatchingAnalysisConfigurer.CHINESE)
    @FullTextField(name = "content_en", analyzer = MatchingAnalysisConfigurer.ENGLISH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getContent() {
        return body == null || body.isEmpty() ? title : title + "\n" + body;
    }

    @KeywordField(name = "sceneFields")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sceneFields")))
    public Set<String> getSceneFieldCodes() {
        return split(sceneFields);
    }

    @KeywordField(name = "industryFields")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "industryFields")))
    public Set<String> getIndustryFieldCodes() {
        return split(industryFields);
    }

    @KeywordField(name = "industryChains")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "industryChains")))
    public Set<String> getIndustryChainCodes() {
        return split(industryChains);
    }

    Long getId() {
        return id;
    }

    MatchKind getKind() {
        return kind;
    }

    Long getSourceId() {
        return sourceId;
    }

    Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    String getOwnerName() {
        return ownerName;
    }

    Visibility getVisibility() {
        return visibility;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    String getLanguage() {
        return language;
    }

    String getZoneArea() {
        return zoneArea;
    }

    BigDecimal getAmountMin() {
        return amountMin;
    }

    BigDecimal getAmountMax() {
        return amountMax;
    }

    Integer getTrl() {
        return trl;
    }

    int getCompletedProjects() {
        return completedProjects;
    }

    int getAcceptedProjects() {
        return acceptedProjects;
    }
}
