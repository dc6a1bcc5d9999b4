package org.xiandao.core.document.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's English sentence model from Maven Central (opennlp-models-sentdetect-en 1.3.0). The model is
 * immutable and shared; detectors built on it are cheap and belong to one thread each.
 */
final class EnglishModels {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static volatile SentenceModel sentences;

    private EnglishModels() {}

    static SentenceModel sentences() {
        SentenceModel m = sentences;
        if (m == null) {
            synchronized (EnglishModels.class) {
                if (sentences == null) {
                    try (InputStream in = EnglishModels.class.getResourceAsStream(SENTENCE_MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("OpenNLP sentence model " + SENTENCE_MODEL + " is not on the classpath");
                        }
                        sentences = new SentenceModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                m = sentences;
            }
        }
        return m;
    }
}
