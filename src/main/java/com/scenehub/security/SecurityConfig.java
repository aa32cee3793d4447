package com.scenehub.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Web and method security: Vaadin views by their access annotations, services by @RolesAllowed. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(LoginProtectionProperties.class)
class SecurityConfig {

    /** The login view's route; the view lives in the shell, which may depend on this module. */
    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/api/public/**", "/files/public/**").permitAll()
                .requestMatchers("/images/**", "/icons/**", "/styles/**").permitAll());
        // The JSON API for integrations authenticates with HTTP Basic; the UI uses the login form.
        http.httpBasic(Customizer.withDefaults());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and able to read other adaptive hashes should the default change
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
