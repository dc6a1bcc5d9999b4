package org.xiandao.store.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need PostgreSQL or Chromium find them through environment variables. On a developer's
 * machine without them such a test is skipped with a message saying what to install; with
 * {@code XIANDAO_REQUIRE_ALL=1} (set by {@code .ci/run}) the same situation fails the build instead,
 * so CI never passes by skipping.
 */
public final class RequiredTools {

    /** Set to 1 to turn every "tool missing" skip into a failure. */
    public static final String REQUIRE_ALL = "XIANDAO_REQUIRE_ALL";

    private RequiredTools() {
    }

    public static boolean allRequired() {
        return "1".equals(System.getenv(REQUIRE_ALL)) || "true".equalsIgnoreCase(System.getenv(REQUIRE_ALL));
    }

    /** Skips the running test, or fails it when every tool is required. */
    public static void missing(String what) {
        if (allRequired()) {
            fail(what + " (" + REQUIRE_ALL + " is set, so this is a failure, not a skip)");
        }
        Assumptions.abort(what);
    }
}
