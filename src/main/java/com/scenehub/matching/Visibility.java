package com.scenehub.matching;

/** Who may find a match document: everyone (published), or only its owner organisation and staff. */
public enum Visibility {
    PUBLIC, OWNER_ONLY
}
