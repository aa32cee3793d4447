package com.scenehub.security;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    List<SecurityEvent> findByUsernameOrderByOccurredAtDescIdDesc(String username);
}
