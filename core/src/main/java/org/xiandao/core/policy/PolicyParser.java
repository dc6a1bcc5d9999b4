package org.xiandao.core.policy;

import java.util.ArrayList;
import java.util.List;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.policy.internal.Checker;
import org.xiandao.core.policy.internal.StatementParser;

/** Reads and checks policy files. A policy that fails either step is not returned at all. */
public final class PolicyParser {

    private PolicyParser() {
    }

    /**
     * @param file     the file name, for error positions
     * @param taxonomy for checking the segment codes a policy names
     * @throws PolicyException with every error found, each at file:line:column with a hint
     */
    public static Policy parse(String file, String text, Taxonomy taxonomy) {
        StatementParser parser = new StatementParser(file);
        Policy policy = parser.parse(text);
        List<PolicyError> errors = new ArrayList<>(parser.errors());
        if (policy != null) {
            errors.addAll(new Checker(policy, taxonomy).check());
        }
        if (!errors.isEmpty()) {
            throw new PolicyException(errors);
        }
        return policy;
    }
}
