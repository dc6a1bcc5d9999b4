package org.xiandao.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;

/** Every shipped policy parses, checks, and passes the examples written inside it. */
class ShippedPoliciesTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();

    @Test
    void theIndexListsEveryPolicyFileInTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "policies"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".policy")).sorted().toList();
            assertThat(ShippedPolicies.names().stream().sorted().toList()).isEqualTo(onDisk);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInEveryPolicyPasses() {
        PolicyTests runner = new PolicyTests(TAXONOMY);
        return ShippedPolicies.load(TAXONOMY).stream().flatMap(p -> {
            assertThat(p.examples()).as(p.id() + " has examples").isNotEmpty();
            return runner.run(p).stream();
        }).map(r -> DynamicTest.dynamicTest(r.policy() + ": " + r.example(),
                () -> assertThat(r.failures()).as(r.at().toString()).isEmpty()));
    }
}
