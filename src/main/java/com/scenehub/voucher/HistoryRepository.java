package com.scenehub.voucher;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, Long subjectId);
}
