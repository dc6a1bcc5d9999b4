package org.xiandao.store.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xiandao.core.document.DocumentReader;
import org.xiandao.core.document.DocumentRejectedException;
import org.xiandao.core.document.Extraction;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.SourceDocument;
import org.xiandao.core.document.extract.ChineseLexicon;
import org.xiandao.core.document.extract.FactExtractor;
import org.xiandao.core.document.link.KnownName;
import org.xiandao.core.document.link.OrganisationLinker;
import org.xiandao.core.park.Park;
import org.xiandao.store.Store;

/**
 * Files in, facts out: reads each file, extracts its facts, links its organisations to the store's
 * enterprises, parks and funds, and saves each document whole or not at all. One file's problem does not
 * stop the others.
 */
public final class DocumentIngest {

    /** What happened to one file. */
    public record Outcome(Path file, Status status, String message, Extraction extraction, int linked, int forReview) {
        public enum Status { INGESTED, ALREADY_STORED, REJECTED }
    }

    private final Store store;
    private final DocumentReader reader = new DocumentReader();
    private final FactExtractor extractor;
    private final OrganisationLinker linker;

    public DocumentIngest(Store store) {
        this.store = store;
        List<KnownName> parks = new ArrayList<>();
        for (Park p : store.parks().all()) {
            parks.add(new KnownName(KnownName.Kind.PARK, p.code(), p.nameZh()));
            parks.add(new KnownName(KnownName.Kind.PARK, p.code(), p.nameEn()));
        }
        List<KnownName> known = store.documents().knownNames(parks);
        this.linker = new OrganisationLinker(known);
        this.extractor = new FactExtractor(store.taxonomy(), new ChineseLexicon(known.stream().map(KnownName::name).toList()));
    }

    /** Every regular, non-hidden file under the given files and folders, in name order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> !f.getFileName().toString().endsWith(".facts.tsv")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public Outcome ingest(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return rejected(file, "no such file");
            }
            if (Files.size(file) > 10L * 1024 * 1024) {
                return rejected(file, "the file is " + Files.size(file) / (1024 * 1024) + " MB; documents are limited to 10 MB");
            }
            return ingest(file, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return rejected(file, "cannot read it: " + e.getMessage());
        }
    }

    public Outcome ingest(Path file, String name, byte[] bytes) {
        SourceDocument doc;
        try {
            doc = reader.read(name, bytes);
        } catch (DocumentRejectedException e) {
            return rejected(file, e.getMessage());
        }
        if (store.documents().contains(doc.id())) {
            return new Outcome(file, Outcome.Status.ALREADY_STORED, "already in the store as " + doc.id(), null, 0, 0);
        }
        Extraction extraction = extractor.extract(doc);
        List<OrganisationLinker.Match> links = new ArrayList<>();
        for (Fact f : extraction.of(FactType.ORGANISATION)) {
            links.add(linker.link(f.subject()));
        }
        boolean saved;
        try {
            saved = store.documents().save(extraction, links);
        } catch (RuntimeException e) {
            // The transaction rolled back: nothing of this document is in the store.
            return rejected(file, "could not be stored, nothing was kept: " + e.getMessage());
        }
        if (!saved) {
            return new Outcome(file, Outcome.Status.ALREADY_STORED, "already in the store as " + doc.id(), null, 0, 0);
        }
        int linked = (int) links.stream().filter(l -> l.decision() == OrganisationLinker.Decision.LINK).count();
        return new Outcome(file, Outcome.Status.INGESTED, doc.id(), extraction, linked, links.size() - linked);
    }

    private static Outcome rejected(Path file, String why) {
        return new Outcome(file, Outcome.Status.REJECTED, why, null, 0, 0);
    }
}
