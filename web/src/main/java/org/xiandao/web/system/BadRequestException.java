package org.xiandao.web.system;

/** A request parameter that cannot be used; answered with 400 and a message naming the parameter. */
public final class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
