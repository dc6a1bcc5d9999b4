package org.xiandao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.xiandao.store.Store;
import org.xiandao.store.document.DocumentIngest;
import org.xiandao.store.indicator.IndicatorFiles;

/**
 * The demo's documents and indicators: the project's own invented sample articles (each marked invented),
 * the sourced Shanghai R&D series, and any documents the user points at. They ship in the jar under
 * {@code samples/}, listed in {@code samples/index.txt}.
 */
final class DemoSamples {

    private DemoSamples() {}

    static void load(Store store, Path extra) {
        DocumentIngest ingest = new DocumentIngest(store);
        int documents = 0;
        for (String name : index()) {
            byte[] bytes = resource(name);
            if (name.startsWith("articles/")) {
                DocumentIngest.Outcome o = ingest.ingest(Path.of(name), Path.of(name).getFileName().toString(), bytes);
                if (o.status() == DocumentIngest.Outcome.Status.REJECTED) {
                    throw new IllegalStateException("shipped sample " + name + " was rejected: " + o.message());
                }
                documents++;
            } else if (name.startsWith("indicators/")) {
                try {
                    store.indicators().add(IndicatorFiles.read(name, new String(bytes, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (extra != null) {
            try {
                for (Path f : DocumentIngest.expand(List.of(extra))) {
                    DocumentIngest.Outcome o = ingest.ingest(f);
                    if (o.status() == DocumentIngest.Outcome.Status.REJECTED) {
                        Output.people().printf("rejected %s: %s%n", f, o.message());
                    } else {
                        documents++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Output.people().printf("Ingested %d documents (the samples are invented and say so).%n", documents);
    }

    static List<String> index() {
        return new String(resource("index.txt"), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoSamples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
