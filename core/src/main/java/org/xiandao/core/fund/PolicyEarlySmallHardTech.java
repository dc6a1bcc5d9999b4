package org.xiandao.core.fund;

import java.time.LocalDate;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;
import org.xiandao.core.policy.ShippedPolicies;

/**
 * Early / small / hard-tech as the shipped {@code early_small_hardtech} policy defines it. The pool
 * holds an enterprise's latest figures, so those stand in for its figures at the investment date; its
 * age is taken at the investment date.
 */
public final class PolicyEarlySmallHardTech implements EarlySmallHardTech {

    public static final String POLICY_ID = "early_small_hardtech";

    private final Policy policy;
    private final PolicyInterpreter interpreter;

    public PolicyEarlySmallHardTech(Taxonomy taxonomy) {
        this.policy = ShippedPolicies.load(taxonomy).stream().filter(p -> p.id().equals(POLICY_ID)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the shipped policies lack " + POLICY_ID));
        this.interpreter = new PolicyInterpreter(taxonomy);
    }

    @Override
    public boolean test(Enterprise enterprise, LocalDate date) {
        return interpreter.evaluate(policy, Facts.of(enterprise), date).outcome() == Outcome.QUALIFIES;
    }
}
