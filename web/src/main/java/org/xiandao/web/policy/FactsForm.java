package org.xiandao.web.policy;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.money.ChineseAmount;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Field;
import org.xiandao.core.policy.Unit;
import org.xiandao.core.policy.ast.Definitions;
import org.xiandao.web.system.BadRequestException;

/**
 * Reads an enterprise's figures typed into the calculator form. A blank field is unknown, and the
 * policies that need it say so; a malformed one is rejected by name.
 */
final class FactsForm {

    private FactsForm() {
    }

    static Facts read(Context ctx, Taxonomy taxonomy, Map<String, Definitions.Input> inputs) {
        Map<String, Object> values = new HashMap<>();
        for (Field f : Field.values()) {
            String v = ctx.queryParam(f.key());
            if (v != null && !v.isBlank()) {
                values.put(f.key(), parse(f.key(), f.unit(), v.strip()));
            }
        }
        for (Definitions.Input in : inputs.values()) {
            String v = ctx.queryParam(in.name());
            if (v != null && !v.isBlank()) {
                values.put(in.name(), parse(in.name(), in.unit(), v.strip()));
            }
        }
        if (values.containsKey("district") && District.find((String) values.get("district")).isEmpty()) {
            throw new BadRequestException("district", "unknown district '" + values.get("district") + "'");
        }
        values.computeIfPresent("district", (k, v) -> District.find((String) v).orElseThrow().name());
        List<String> segments = new ArrayList<>();
        String s = ctx.queryParam("segments");
        if (s != null) {
            for (String code : s.split("[|,; ]+")) {
                if (code.isBlank()) {
                    continue;
                }
                String c = code.strip().toUpperCase(java.util.Locale.ROOT);
                if (!taxonomy.contains(c)) {
                    throw new BadRequestException("segments", "unknown segment '" + c + "'; nearest codes: "
                            + String.join(", ", taxonomy.nearestCodes(c, 3)));
                }
                segments.add(c);
            }
        }
        return new Facts("form", values, java.util.Set.copyOf(segments));
    }

    private static Object parse(String name, Unit unit, String v) {
        try {
            return switch (unit) {
                case YUAN -> (double) ChineseAmount.parseYuan(v);
                case RATIO -> v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
                case NUMBER -> Double.parseDouble(v.replace(",", ""));
                case DATE -> LocalDate.parse(v);
                case BOOL -> {
                    if (Arrays.asList("true", "yes", "1", "是").contains(v.toLowerCase(java.util.Locale.ROOT))) {
                        yield Boolean.TRUE;
                    }
                    if (Arrays.asList("false", "no", "0", "否").contains(v.toLowerCase(java.util.Locale.ROOT))) {
                        yield Boolean.FALSE;
                    }
                    throw new BadRequestException(name, name + " must be yes or no, was '" + v + "'");
                }
                case TEXT -> v;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BadRequestException(name, name + ": '" + v + "' is not "
                    + (unit == Unit.YUAN ? "an amount (e.g. 1200万)" : unit == Unit.DATE ? "a date (YYYY-MM-DD)" : unit == Unit.RATIO ? "a share (e.g. 12%)" : "a number"));
        }
    }
}
