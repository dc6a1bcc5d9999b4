package org.xiandao.core.enterprise;

/** Thrown when a text is not a valid GB 32100-2015 unified social credit code. */
public final class InvalidCreditCodeException extends IllegalArgumentException {
    private final String reason;

    InvalidCreditCodeException(String code, String reason) {
        super("'" + code + "' is not a valid unified social credit code: " + reason);
        this.reason = reason;
    }

    /** Why the code is invalid, without the code itself. */
    public String reason() {
        return reason;
    }
}
