package org.xiandao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import org.xiandao.web.system.Json;

/** Where command output goes: JSON to stdout when asked, sentences for people to stderr. */
final class Output {

    private Output() {
    }

    static PrintStream people() {
        return System.err;
    }

    static void json(Object value) {
        try {
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
