package org.xiandao.cli;

/** A command line that parses but makes no sense; exits with 2 like any other usage error. */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
