package org.xiandao.store.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real third-party data kept beside the repository ({@code ../shared/data}), never copied into
 * it. Looks in {@code XIANDAO_SHARED_DATA}, then in {@code shared/data} beside every folder above the
 * working directory, then in {@code /work/shared/data}; a test whose data is absent is skipped with a
 * message naming the folder.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path folder(String name) {
        String env = System.getenv("XIANDAO_SHARED_DATA");
        if (env != null && Files.isDirectory(Path.of(env, name))) {
            return Path.of(env, name);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path fallback = Path.of("/work/shared/data", name);
        Assumptions.assumeTrue(Files.isDirectory(fallback), "real data folder shared/data/" + name
                + " is absent (set XIANDAO_SHARED_DATA to the folder that holds it); skipping");
        return fallback;
    }
}
