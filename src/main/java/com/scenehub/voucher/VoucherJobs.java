package com.scenehub.voucher;

import com.scenehub.shared.security.Roles;
import com.scenehub.shared.security.SystemUser;
import java.util.Set;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily expiry and reminder jobs. ShedLock (table {@code shedlock}) makes each run on one node
 * only when the app runs on several; the work itself is also safe to repeat.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
@ConditionalOnProperty(name = "scenehub.voucher.jobs.enabled", havingValue = "true", matchIfMissing = true)
class VoucherJobs {

    private static final Logger log = LoggerFactory.getLogger(VoucherJobs.class);
    private static final Set<String> SYSTEM_ROLES = Set.of(Roles.MANAGER);

    private final VoucherService vouchers;

    VoucherJobs(VoucherService vouchers) {
        this.vouchers = vouchers;
    }

    @Bean
    LockProvider voucherLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    /** Shortly after midnight in the zone: vouchers past their use deadline return their value. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "voucher-expiry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void expire() {
        int expired = SystemUser.callAs("voucher-jobs", SYSTEM_ROLES, vouchers::expireDue);
        log.info("Voucher expiry: {} vouchers returned value to their programme", expired);
    }

    @Scheduled(cron = "0 0 9 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "voucher-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void remind() {
        int sent = SystemUser.callAs("voucher-jobs", SYSTEM_ROLES, vouchers::sendReminders);
        log.info("Voucher reminders: {} sent", sent);
    }
}
