package com.scenehub.voucher;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyStatusRepository extends JpaRepository<AgencyStatus, Long> {
}
