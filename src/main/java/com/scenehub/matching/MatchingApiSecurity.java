package com.scenehub.matching;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The matching JSON API is for integrations: HTTP Basic, no session, every request authenticated
 * (401 without credentials). Which records a caller sees is decided by the services.
 */
@Configuration
class MatchingApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain matchingApiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/matching/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
