package org.xiandao.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void htmlMetaTagsAndArticleText() throws Exception {
        String html = """
                <!doctype html><html><head><title>Fallback</title>
                <meta property="og:title" content="Chipmaker opens line">
                <meta name="author" content="Ada Example"><meta name="keywords" content="chips, Lingang">
                <meta property="article:published_time" content="2025-05-06T08:00:00+08:00">
                <meta property="og:site_name" content="Example News"></head>
                <body><nav>menu</nav><article><h1>Chipmaker opens line</h1><p>First paragraph.</p><p>Second one.</p></article>
                <script>var x = 1;</script></body></html>""";
        SourceDocument d = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.title()).isEqualTo("Chipmaker opens line");
        assertThat(d.author()).isEqualTo("Ada Example");
        assertThat(d.source()).isEqualTo("Example News");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(d.keywords()).containsExactly("chips", "Lingang");
        assertThat(d.text()).isEqualTo("First paragraph.\n\nSecond one.");
    }

    @Test
    void sameBodySameIdentity() throws Exception {
        byte[] a = "Title\nDATE: 2024-01-24\n\nBody text here.".getBytes(StandardCharsets.UTF_8);
        byte[] b = "Title\nDATE: 2024-01-24\n\nBody   text here.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("a.txt", a).id()).isEqualTo(reader.read("b.txt", b).id());
    }

    @Test
    void gbkIsDetectedAndSaidSo() throws Exception {
        String text = "上海集成电路产业\n日期: 2025年3月12日\n\n临港新片区管委会表示，去年产业规模增长百分之十八。";
        SourceDocument d = reader.read("gbk.txt", text.getBytes(Charset.forName("GBK")));
        assertThat(d.encoding()).isEqualTo("GB18030");
        assertThat(d.language()).isEqualTo(SourceDocument.Language.ZH);
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> reader.read("e.txt", new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("e.txt", "  \n ".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("b.bin", new byte[] {1, 2, 0, 4, 5})).hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read("big.txt", new byte[10 * 1024 * 1024 + 1])).hasMessageContaining("10 MB");
        assertThatThrownBy(() -> reader.read("x.html", "<html><head><title>t</title></head><body>  </body></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no body");
        assertThatThrownBy(() -> reader.read("x.html", "<html><head><title>t</title></head></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no body");
        assertThatThrownBy(() -> reader.read("n.txt", "Title\n\nA body without any date at all.".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no publication date");
        byte[] latin1 = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 DATE: 2024-01-01".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("l.txt", latin1)).hasMessageContaining("not UTF-8");
    }
}
