package org.xiandao.core.policy.ast;

import java.time.LocalDate;
import java.util.List;
import org.xiandao.core.policy.SourcePosition;
import org.xiandao.core.policy.Unit;

/** The declarations a policy file is made of. */
public final class Definitions {

    private Definitions() {
    }

    /** A clause of the regulation the code implements. */
    public record Clause(SourcePosition at, String id, String text, boolean unverified) {
    }

    /** One dated value of a parameter, with the reference it comes from. */
    public record DatedValue(SourcePosition at, LocalDate from, Expr value, String source) {
    }

    /** A number from the regulation, with every value it has had and since when. */
    public record Parameter(SourcePosition at, String name, Unit unit, List<DatedValue> values) {
    }

    /** A fact the enterprise pool does not hold, to be supplied with an application (e.g. a tape-out fee). */
    public record Input(SourcePosition at, String name, Unit unit, String description) {
    }

    /** A named intermediate value. */
    public record Let(SourcePosition at, String name, Expr value) {
    }

    /** One condition of the eligibility rule, tied to its clause. */
    public record Condition(SourcePosition at, String clause, Expr test) {
    }

    /**
     * An exception to the eligibility rule (default logic): when it applies it decides the outcome;
     * two exceptions applying at once is a conflict, reported as an error, never a silent pick.
     */
    public record Exception(SourcePosition at, String name, String clause, Expr when, boolean eligible) {
    }

    /** The amount the policy pays or grants, when the enterprise qualifies. */
    public record Benefit(SourcePosition at, String clause, Expr amount) {
    }

    /** An example enterprise with the outcome the policy must give it. */
    public record Example(SourcePosition at, String name, LocalDate date, List<Assignment> given, List<Assignment> expect) {
    }

    public record Assignment(SourcePosition at, String name, Expr value) {
    }
}
