package com.scenehub.voucher;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findByRequestKey(String requestKey);

    List<Programme> findAllByOrderByYearDescIdDesc();
}
