package com.scenehub.shared.security;

import java.util.List;

/** The platform's roles (DESIGN §4). Constants so that annotations and services name them one way. */
public final class Roles {

    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String PROVIDER = "PROVIDER";
    public static final String AGENCY = "AGENCY";
    public static final String MANAGER = "MANAGER";
    public static final String EXPERT = "EXPERT";
    public static final String ADMIN = "ADMIN";

    /** Roles an organisation may apply for when it registers itself. */
    public static final List<String> ORGANISATION_ROLES = List.of(ENTERPRISE, PROVIDER, AGENCY);

    public static final List<String> ALL = List.of(ENTERPRISE, PROVIDER, AGENCY, MANAGER, EXPERT, ADMIN);

    private Roles() {
    }
}
