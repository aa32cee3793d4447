package com.scenehub.shared.domain;

/** The user may not see or change this record (ownership or role). */
public class AccessDeniedException extends BusinessRuleException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
