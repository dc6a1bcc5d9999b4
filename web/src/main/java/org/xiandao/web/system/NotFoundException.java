package org.xiandao.web.system;

/** The thing asked for does not exist; answered with 404. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
