/**
 * Accounts, sign-in and the security log: users with their roles and language, password hashing,
 * slowing and locking repeated failed logins, security events, and the ADMIN user administration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and accounts")
package com.scenehub.security;
