package com.scenehub.matching;

import com.scenehub.referencedata.ReferenceDataService;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the matching index in step with the records of other modules. Hibernate Search indexes the
 * change when the surrounding transaction commits, so an upsert or removal shows in results at once.
 * Called by this module's event listeners and by the start-up rebuild; it has no role check because it
 * takes no decision about access (visibility is part of what the caller states).
 */
@Service
public class MatchingIndex {

    private final MatchDocumentRepository documents;
    private final ReferenceDataService referenceData;
    private final Clock clock;

    MatchingIndex(MatchDocumentRepository documents, ReferenceDataService referenceData, Clock clock) {
        this.documents = documents;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /**
     * Adds or replaces the document of a record, in a transaction of its own: listeners for several
     * events of one record run at once, and when two insert the same document the loser's unique-key
     * failure is retried as an update (see the scene listeners).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void upsert(MatchSource source) {
        MatchDocument document = documents.findByKindAndSourceId(source.kind(), source.sourceId())
                .orElseGet(() -> new MatchDocument(source.kind(), source.sourceId()));
        document.update(source, chainsOf(source.industryFields()), clock.instant());
        documents.save(document);
    }

    /** Removes the document of a record (deleted, delisted and not to be found any more, withdrawn). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void remove(MatchKind kind, Long sourceId) {
        documents.findByKindAndSourceId(kind, sourceId).ifPresent(documents::delete);
    }

    /** Sets the provider track record of one document (a supply item of a provider whose projects changed). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    void updateTrackRecord(Long documentId, int completedProjects, int acceptedProjects) {
        documents.findById(documentId).ifPresent(d -> d.changeTrackRecord(completedProjects, acceptedProjects,
                clock.instant()));
    }

    /** Whether the index holds a document of this record. */
    @Transactional(readOnly = true)
    public boolean contains(MatchKind kind, Long sourceId) {
        return documents.findByKindAndSourceId(kind, sourceId).isPresent();
    }

    /** The owner organisation of a record's document, or null. */
    @Transactional(readOnly = true)
    Long ownerOf(MatchKind kind, Long sourceId) {
        return documents.findByKindAndSourceId(kind, sourceId).map(MatchDocument::getOwnerOrganisationId).orElse(null);
    }

    @Transactional(readOnly = true)
    public long count(MatchKind kind) {
        return documents.countByKind(kind);
    }

    Set<String> chainsOf(Set<String> industryFields) {
        Set<String> chains = new TreeSet<>();
        industryFields.stream().map(referenceData::chainOfField).filter(Objects::nonNull).forEach(chains::add);
        return chains;
    }
}
