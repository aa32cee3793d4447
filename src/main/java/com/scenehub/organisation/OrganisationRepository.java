package com.scenehub.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findByStatusOrderByCreatedAt(OrganisationStatus status);

    List<Organisation> findAllByOrderByName();

    long countByStatus(OrganisationStatus status);

    boolean existsByDemoTrue();

    @Query("""
            select o from Organisation o where o.id <> ?1 and (o.creditCode = ?2
              or (?3 is not null and o.legalRepresentative = ?3)
              or (?4 is not null and o.contactPhone = ?4)
              or (?5 is not null and lower(o.contactEmail) = lower(?5)))""")
    List<Organisation> findRelatedCandidates(Long id, String creditCode, String legalRepresentative,
            String contactPhone, String contactEmail);

    /** The candidates of {@link #findRelatedCandidates} for many organisations at once (lists never empty). */
    @Query("""
            select o from Organisation o where o.creditCode in ?1 or o.legalRepresentative in ?2
              or o.contactPhone in ?3 or lower(o.contactEmail) in ?4""")
    List<Organisation> findRelatedCandidatesOfAny(java.util.Collection<String> creditCodes,
            java.util.Collection<String> legalRepresentatives, java.util.Collection<String> contactPhones,
            java.util.Collection<String> lowerCaseContactEmails);

    @Query("select o from Organisation o where o.status = com.scenehub.organisation.OrganisationStatus.VERIFIED and o.appliedRoles like concat('%', ?1, '%') order by o.name")
    List<Organisation> findVerifiedWithRole(String role);
}
