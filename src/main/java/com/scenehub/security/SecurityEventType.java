package com.scenehub.security;

/** Kinds of security log entries. */
public enum SecurityEventType {
    LOGIN_SUCCESS, LOGIN_FAILURE, LOCKOUT, LOGOUT, ACCOUNT_CREATED, ROLE_CHANGE, ACCOUNT_DISABLED,
    ACCOUNT_ENABLED, PASSWORD_RESET, ACCOUNT_UNLOCKED
}
