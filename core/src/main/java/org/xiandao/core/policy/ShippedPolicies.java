package org.xiandao.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xiandao.core.chain.Taxonomy;

/** The policies shipped in the repository's {@code policies/} folder, read from the classpath. */
public final class ShippedPolicies {

    private ShippedPolicies() {
    }

    /** File names listed in {@code policies/INDEX}, one per line. */
    public static List<String> names() {
        return read("INDEX").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static List<Policy> load(Taxonomy taxonomy) {
        List<Policy> out = new ArrayList<>();
        for (String name : names()) {
            out.add(PolicyParser.parse(name, read(name), taxonomy));
        }
        return out;
    }

    public static String read(String name) {
        try (InputStream in = ShippedPolicies.class.getResourceAsStream("/policies/" + name)) {
            if (in == null) {
                throw new IllegalStateException("shipped policy file " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
