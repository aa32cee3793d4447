package com.scenehub.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return principal(account);
    }

    AccountPrincipal principal(Account account) {
        return new AccountPrincipal(account.getId(), account.getOrganisationId(), account.getUsername(),
                account.getDisplayName(), account.getRoles(), account.getLocale(), account.getPasswordHash(),
                account.isEnabled(), account.isLocked(clock.instant()));
    }
}
