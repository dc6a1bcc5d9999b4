package org.xiandao.core.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy file that does not parse or does not check; nothing of it is loaded. */
public final class PolicyException extends IllegalArgumentException {

    private final List<PolicyError> errors;

    public PolicyException(List<PolicyError> errors) {
        super(errors.stream().map(PolicyError::toString).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    public List<PolicyError> errors() {
        return errors;
    }
}
