package com.scenehub.shared.domain;

import java.util.Arrays;

/**
 * A refused action whose reason the user must read in their own language: it carries a translation
 * key and its arguments rather than a finished sentence.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
