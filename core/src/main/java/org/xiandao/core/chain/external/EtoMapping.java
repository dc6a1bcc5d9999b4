package org.xiandao.core.chain.external;

import java.util.List;
import java.util.Locale;

/**
 * Maps ETO inputs to Xiandao's IC segments: by keywords in the input's name first (lithography → IC-5.1,
 * photoresist → IC-6.2, …), then by its type and stage (tools → IC-5, materials → IC-6, design → IC-2,
 * fabrication → IC-3, assembly and test → IC-4). The keyword table is Xiandao's own reading of the
 * ETO names, not part of the dataset.
 */
public final class EtoMapping {

    private record Rule(String keyword, String segment) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("eda", "IC-1.1"), new Rule("electronic design automation", "IC-1.1"), new Rule("core ip", "IC-1.2"),
            new Rule("photoresist", "IC-6.2"), new Rule("photomask", "IC-6.3"), new Rule("mask writer", "IC-5.1"),
            new Rule("lithograph", "IC-5.1"), new Rule("scanner", "IC-5.1"), new Rule("stepper", "IC-5.1"),
            new Rule("deposition", "IC-5.2"), new Rule("cvd", "IC-5.2"), new Rule("ald", "IC-5.2"), new Rule("pvd", "IC-5.2"),
            new Rule("etch", "IC-5.3"), new Rule("clean", "IC-5.3"), new Rule("cmp", "IC-5.4"), new Rule("chemical mechanical", "IC-5.4"),
            new Rule("implant", "IC-5.5"), new Rule("metrology", "IC-5.6"), new Rule("inspection", "IC-5.6"), new Rule("process control", "IC-5.6"),
            new Rule("dicing", "IC-5.7"), new Rule("bond", "IC-5.7"), new Rule("test", "IC-5.7"), new Rule("probe", "IC-5.7"),
            new Rule("wafer", "IC-6.1"), new Rule("gas", "IC-6.4"), new Rule("wet chemical", "IC-6.5"),
            new Rule("target", "IC-6.7"), new Rule("substrate", "IC-6.8"), new Rule("lead frame", "IC-6.8"), new Rule("packaging material", "IC-6.8"),
            new Rule("gpu", "IC-2.1"), new Rule("cpu", "IC-2.1"), new Rule("fpga", "IC-2.1"), new Rule("ai asic", "IC-2.2"));

    public String segmentFor(ExternalChain.Input input) {
        String name = input.name().toLowerCase(Locale.ROOT);
        boolean tool = "tool_resource".equals(input.type());
        boolean material = "material_resource".equals(input.type());
        for (Rule r : RULES) {
            if (name.contains(r.keyword())) {
                // A tool named after what it works on (a wafer handler) is still a tool.
                if (tool && r.segment().startsWith("IC-6")) {
                    continue;
                }
                if (material && r.segment().startsWith("IC-5")) {
                    continue;
                }
                return r.segment();
            }
        }
        if (tool) {
            return "IC-5";
        }
        if (material) {
            return "IC-6";
        }
        return switch (input.stageId() == null ? "" : input.stageId()) {
            case "S1" -> "IC-2";
            case "S2" -> "IC-3";
            case "S3" -> "IC-4";
            default -> "IC";
        };
    }
}
