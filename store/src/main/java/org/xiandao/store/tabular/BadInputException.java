package org.xiandao.store.tabular;

import java.util.List;

/** Input that was rejected as a whole; nothing was changed. Carries every problem found, not just the first. */
public final class BadInputException extends RuntimeException {

    private final List<Problem> problems;

    public BadInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems, first: " + problems.get(0);
    }
}
