package org.xiandao.store.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiandao.core.document.link.KnownName;
import org.xiandao.store.indicator.IndicatorFiles;
import org.xiandao.store.testing.SharedData;
import org.xiandao.store.testing.TestStores;
import org.xiandao.store.testing.TestStores.Backend;
import org.xiandao.store.testing.TestStores.TestStore;

/** Ingest on both databases: whole documents or nothing, idempotent, links and review decisions, indicators. */
class DocumentIngestTest {

    @TempDir
    Path temp;

    private static final String ARTICLE = """
            Lingang chipmaker plans new line
            DATE: 2025-04-02
            SOURCE: Example Wire
            INVENTED: yes

            Wang Lei, chairman of Lingang Special Area operator Harbour Chips Technology, said the firm will build a pilot line in Lingang Special Area next year.
            Its revenue grew 18 percent to 2.4 billion yuan last year, he said.
            """;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void ingestIsWholeAndIdempotentAndLinksOrQueues(Backend backend) throws Exception {
        try (TestStore t = TestStores.open(backend, temp)) {
            DocumentIngest ingest = new DocumentIngest(t.store());
            Path file = Files.writeString(temp.resolve("a.txt"), ARTICLE);
            DocumentIngest.Outcome first = ingest.ingest(file);
            assertThat(first.status()).as(first.message()).isEqualTo(DocumentIngest.Outcome.Status.INGESTED);
            long facts = t.store().documents().facts(new FactQuery(null, null, null, null, null, 5000, 0)).size();
            assertThat(facts).isEqualTo(first.extraction().facts().size()).isPositive();
            assertThat(new DocumentIngest(t.store()).ingest(file).status()).isEqualTo(DocumentIngest.Outcome.Status.ALREADY_STORED);
            assertThat(t.store().documents().count()).isEqualTo(1);
            assertThat(t.store().documents().facts(new FactQuery(null, null, null, null, null, 5000, 0))).hasSize((int) facts);

            // The park is in the store, so it links; the invented company waits for review.
            assertThat(t.store().documents().link("Lingang Special Area").orElseThrow().status()).isEqualTo("LINKED");
            OrgLink pending = t.store().documents().link("Harbour Chips Technology").orElseThrow();
            assertThat(pending.status()).isEqualTo("PENDING");
            assertThat(t.store().documents().decide("Harbour Chips Technology", "ACCEPTED", null)).isTrue();
            assertThat(t.store().documents().decide("Harbour Chips Technology", "REJECTED", null)).as("decided once").isFalse();
            assertThat(t.store().documents().knownNames(List.of())).contains(
                    new KnownName(KnownName.Kind.ORGANISATION, "Harbour Chips Technology", "Harbour Chips Technology"));

            assertThat(t.store().documents().facts(new FactQuery("quantity", null, null, "2024", null, 10, 0)))
                    .anyMatch(f -> f.predicate().equals("revenue") && f.attributes().get("value_base").equals("2400000000"));
            assertThat(t.store().documents().facts(new FactQuery(null, "Wang Lei", null, null, null, 10, 0)))
                    .anyMatch(f -> f.object().equals("chairman"));
            assertThat(t.store().indicators().series("Harbour Chips Technology", "revenue")).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void rejectedFilesLeaveNothing(Backend backend) throws Exception {
        try (TestStore t = TestStores.open(backend, temp)) {
            DocumentIngest ingest = new DocumentIngest(t.store());
            Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
            Path binary = Files.write(temp.resolve("x.bin"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 1, 2});
            Path noDate = Files.writeString(temp.resolve("n.txt"), "Title\n\nNo date anywhere in this text.");
            Path noBody = Files.writeString(temp.resolve("h.html"), "<html><head><title>x</title><meta name=date content=2024-01-01></head><body></body></html>");
            Path gbk = Files.write(temp.resolve("g.txt"), "标题\n日期: 2024-01-24\n\n上海市市长龚正表示，今年将推动集成电路产业发展。".getBytes("GBK"));
            for (Path p : List.of(empty, binary, noDate, noBody)) {
                DocumentIngest.Outcome o = ingest.ingest(p);
                assertThat(o.status()).as(p.toString()).isEqualTo(DocumentIngest.Outcome.Status.REJECTED);
                assertThat(o.message()).isNotBlank();
            }
            assertThat(t.store().documents().count()).isZero();
            assertThat(t.store().documents().links(null)).isEmpty();
            DocumentIngest.Outcome g = ingest.ingest(gbk);
            assertThat(g.status()).isEqualTo(DocumentIngest.Outcome.Status.INGESTED);
            assertThat(g.extraction().document().encoding()).isEqualTo("GB18030");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void worldBankCsvAndSourcedSeriesSideBySide(Backend backend) throws Exception {
        Path wdi;
        try (var files = Files.list(SharedData.folder("worldbank-wdi"))) {
            wdi = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        Path sourced = Files.writeString(temp.resolve("s.csv"), """
                region,metric,period,kind,value,unit,source,source_url,note
                Shanghai,R&D expenditure / GDP,2003,actual,1.93,%,Yearbook,http://a,
                Shanghai,R&D expenditure / GDP,2003,actual,2.06,%,Bureau release,http://b,
                Shanghai,R&D expenditure / GDP,2025,target,4.5,%,Target,,about
                """, StandardCharsets.UTF_8);
        try (TestStore t = TestStores.open(backend, temp)) {
            var points = IndicatorFiles.read(wdi);
            t.store().indicators().add(points);
            var china = t.store().indicators().series("China", "R&D expenditure / GDP");
            assertThat(china).isNotEmpty().allMatch(p -> p.source().startsWith("World Bank WDI GB.XPD.RSDV.GD.ZS"));
            t.store().indicators().add(IndicatorFiles.read(sourced));
            t.store().indicators().add(IndicatorFiles.read(sourced));
            var sh = t.store().indicators().series("Shanghai", "R&D expenditure / GDP");
            assertThat(sh).hasSize(3);
            assertThat(sh.stream().filter(p -> p.period().equals("2003")).map(p -> p.value())).containsExactlyInAnyOrder(1.93, 2.06);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void oneDocumentGivingTwoValuesForOnePeriodKeepsBoth(Backend backend) throws Exception {
        String text = """
                Two estimates
                DATE: 2025-02-01
                SOURCE: Example Wire

                Shanghai's economy grew 5.1 percent last year, the statistics bureau said.
                A later revision put the growth of Shanghai's economy at 5.3 percent last year.
                """;
        try (TestStore t = TestStores.open(backend, temp)) {
            DocumentIngest.Outcome o = new DocumentIngest(t.store()).ingest(Files.writeString(temp.resolve("two.txt"), text));
            assertThat(o.status()).as(o.message()).isEqualTo(DocumentIngest.Outcome.Status.INGESTED);
            assertThat(t.store().indicators().series("Shanghai", "GDP growth")).extracting(p -> p.value()).containsExactly(5.1, 5.3);
        }
    }
}
