package com.scenehub.shared.domain;

/** The record does not exist, or the user may not know that it exists. */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
