package com.scenehub.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findByOrganisationIdOrderByUsername(Long organisationId);

    @Query("select a from Account a where a.enabled = true and concat(',', a.roles, ',') like concat('%,', ?1, ',%') order by a.username")
    List<Account> findEnabledWithRole(String role);

    List<Account> findAllByOrderByUsername();
}
