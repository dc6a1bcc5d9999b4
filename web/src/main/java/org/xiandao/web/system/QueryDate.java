package org.xiandao.web.system;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date query parameter (YYYY-MM-DD) that defaults to today; anything else is a 400 naming the parameter. */
public final class QueryDate {

    private QueryDate() {
    }

    public static LocalDate orToday(Context ctx, String name) {
        String d = ctx.queryParam(name);
        try {
            return d == null || d.isBlank() ? LocalDate.now() : LocalDate.parse(d.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name, name + " must be YYYY-MM-DD, got '" + d + "'");
        }
    }
}
