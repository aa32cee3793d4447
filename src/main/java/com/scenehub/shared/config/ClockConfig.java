package com.scenehub.shared.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for all rules about time, so that tests can control deadlines. */
@Configuration
public class ClockConfig {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
