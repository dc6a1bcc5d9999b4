package org.xiandao.store.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.core.chain.external.EtoMapping;
import org.xiandao.core.chain.external.ExternalChain;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.store.testing.SharedData;

/** The real ETO advanced-semiconductor supply-chain dataset (CC BY-NC 4.0, read from ../shared/data, never copied). */
class EtoReaderTest {

    @TempDir
    Path temp;

    private static Path eto() {
        return SharedData.folder("eto-supply-chain");
    }

    @Test
    void readsTheRealDataset() throws IOException {
        ExternalChain chain = EtoReader.read(eto());
        long rows;
        try (Reader r = Files.newBufferedReader(eto().resolve("inputs.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords().size();
        }
        assertThat(chain.inputs()).hasSize((int) rows);
        assertThat(chain.stages()).containsKeys("S1", "S2", "S3");
        assertThat(chain.edges()).isNotEmpty();
        EtoMapping mapping = new EtoMapping();
        for (ExternalChain.Input in : chain.inputs()) {
            assertThat(Fixtures.TAXONOMY.contains(mapping.segmentFor(in))).as(in.name()).isTrue();
        }
    }

    @Test
    void findsInputsWhereOneCountryDominatesAndChinaIsSmallAndTheFiguresMatchTheFiles() throws IOException {
        ExternalChain chain = EtoReader.read(eto());
        List<ExternalChain.Finding> findings = chain.concentratedAbroad(0.5, 0.05, new EtoMapping());
        assertThat(findings).isNotEmpty();
        List<CSVRecord> provision;
        try (Reader r = Files.newBufferedReader(eto().resolve("provision.csv"), StandardCharsets.UTF_8)) {
            provision = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        for (ExternalChain.Finding f : findings.subList(0, Math.min(5, findings.size()))) {
            CSVRecord row = provision.stream().filter(x -> x.get("provided_id").equals(f.inputId()) && x.get(0).replace("\uFEFF", "").equals(f.topCountry()))
                    .findFirst().orElseThrow();
            assertThat(Double.parseDouble(row.get("share_provided").replace("%", "")) / 100).as(f.name()).isEqualTo(f.topShare());
            assertThat(f.topShare()).isGreaterThanOrEqualTo(0.5);
            assertThat(f.chinaShare() == null || f.chinaShare() < 0.05).isTrue();
            assertThat(f.stage()).isNotBlank().isNotEqualTo("unknown");
        }
        // EUV scanners are made by one Dutch firm, so the Netherlands holds the whole market.
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.name()).contains("EUV");
            assertThat(f.topCountry()).isEqualTo("NLD");
            assertThat(f.segment()).isEqualTo("IC-5.1");
        });
    }

    private Path copy() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("eto-" + System.nanoTime()));
        try (Stream<Path> files = Files.list(eto())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve("provision.csv"));
        assertThatThrownBy(() -> EtoReader.read(dir)).hasMessageContaining("provision.csv").hasMessageContaining("is missing");
    }

    @Test
    void anEdgeToAnUnknownInputIsARowError() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("sequence.csv"), "Made up,N999,Wafer,N26,,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> EtoReader.read(dir)).hasMessageContaining("sequence.csv: row 95, column input_id: unknown input 'N999'");
    }

    @Test
    void aShareThatIsNotAPercentageIsARowError() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("provision.csv"), "USA,P1,Design,S1,lots,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> EtoReader.read(dir)).hasMessageContaining("provision.csv: row 662, column share_provided: 'lots' is not a percentage");
    }

    @Test
    void aCycleInGoesIntoIsRejected() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("sequence.csv"), "Wafer,N26,Crystal growing furnaces,N8,,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> EtoReader.read(dir)).hasMessageContaining("goes_into edges form a cycle").hasMessageContaining("N26").hasMessageContaining("N8");
    }
}
