package org.xiandao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiandao.core.document.Fact;
import org.xiandao.store.Store;
import org.xiandao.store.document.DocumentIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read text or HTML documents (files or folders) and store their facts with their sources.",
            "Ingesting the same document again changes nothing. A file that cannot be read is reported and left out;",
            "exit 65 when no file could be ingested."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text (.txt) or HTML files, or folders of them.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        List<Path> all = DocumentIngest.expand(files);
        int ingested = 0;
        int already = 0;
        int rejected = 0;
        List<Map<String, Object>> json = new ArrayList<>();
        try (Store store = common.open()) {
            DocumentIngest ingest = new DocumentIngest(store);
            ProgressBar bar = all.size() > 20 ? new ProgressBar(Output.people(), "ingest", all.size()) : null;
            int done = 0;
            for (Path f : all) {
                DocumentIngest.Outcome o = ingest.ingest(f);
                switch (o.status()) {
                    case INGESTED -> {
                        ingested++;
                        if (bar == null) {
                            Output.people().printf("ingested %s: document %s, %d facts, %d organisations linked, %d for review%s%n", f,
                                    o.message(), o.extraction().facts().size(), o.linked(), o.forReview(),
                                    o.extraction().document().invented() ? " (invented sample)" : "");
                        }
                        json.add(document(o));
                    }
                    case ALREADY_STORED -> {
                        already++;
                        if (bar == null) {
                            Output.people().printf("unchanged %s: %s%n", f, o.message());
                        }
                    }
                    case REJECTED -> {
                        rejected++;
                        Output.people().printf("rejected %s: %s%n", f, o.message());
                    }
                }
                done++;
                if (bar != null) {
                    bar.update(done);
                }
            }
            if (bar != null) {
                bar.close();
            }
            Output.people().printf("%d ingested, %d already in the store, %d rejected.%n", ingested, already, rejected);
        }
        if (common.json) {
            Output.json(json);
        }
        return ingested == 0 && rejected > 0 ? 65 : 0;
    }

    private static Map<String, Object> document(DocumentIngest.Outcome o) {
        Map<String, Object> d = new LinkedHashMap<>();
        var doc = o.extraction().document();
        d.put("file", o.file().toString());
        d.put("id", doc.id());
        d.put("title", doc.title());
        d.put("published", doc.published().toString());
        d.put("invented", doc.invented());
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Fact f : o.extraction().facts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", f.type().label());
            m.put("subject", f.subject());
            m.put("predicate", f.predicate());
            m.put("object", f.object());
            m.put("attributes", f.attributes());
            if (f.evidence() != null) {
                m.put("span", List.of(f.evidence().start(), f.evidence().end()));
                m.put("evidence", f.evidence().of(doc.text()));
            }
            facts.add(m);
        }
        d.put("facts", facts);
        return d;
    }
}
