package com.scenehub.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchSynonymRepository extends JpaRepository<MatchSynonym, Long> {

    List<MatchSynonym> findAllByOrderById();
}
