package com.scenehub.supply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SolutionCallRepository extends JpaRepository<SolutionCall, Long> {

    List<SolutionCall> findAllByOrderByDeadlineDesc();
}
