package org.xiandao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyError;
import org.xiandao.core.policy.PolicyException;
import org.xiandao.core.policy.PolicyParser;
import org.xiandao.core.policy.ShippedPolicies;
import picocli.CommandLine.Option;

/** Where the policy commands read policies from: a folder of .policy files, or the shipped ones. */
final class PolicySource {

    @Option(names = "--policies", paramLabel = "DIR", description = "Folder of .policy files (default: the shipped policies).")
    Path folder;

    List<Policy> load(Taxonomy taxonomy) {
        return folder == null ? ShippedPolicies.load(taxonomy) : fromFolder(folder, taxonomy);
    }

    /** Every .policy file of a folder; all files are checked and every error of every file reported. */
    static List<Policy> fromFolder(Path folder, Taxonomy taxonomy) {
        if (!Files.isDirectory(folder)) {
            throw new UsageProblem(folder + " is not a folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".policy")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return parseAll(files, taxonomy);
    }

    static List<Policy> parseAll(List<Path> files, Taxonomy taxonomy) {
        List<Policy> policies = new ArrayList<>();
        List<PolicyError> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                policies.add(PolicyParser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), taxonomy));
            } catch (PolicyException e) {
                errors.addAll(e.errors());
            } catch (IOException e) {
                errors.add(new PolicyError(new org.xiandao.core.policy.SourcePosition(f.toString(), 0, 0), "cannot be read: " + e.getMessage(), null));
            }
        }
        if (!errors.isEmpty()) {
            throw new PolicyException(errors);
        }
        return policies;
    }
}
