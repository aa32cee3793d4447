package com.scenehub.referencedata;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceItemRepository extends JpaRepository<ReferenceItem, Long> {

    List<ReferenceItem> findByKindOrderBySortOrderAscCodeAsc(ReferenceKind kind);

    Optional<ReferenceItem> findByKindAndCode(ReferenceKind kind, String code);

    boolean existsByKindAndCode(ReferenceKind kind, String code);
}
