package org.xiandao.core.chain.external;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.chain.EdgeKind;

/**
 * A supply-chain graph from outside, in the ETO layout (Georgetown CSET): inputs in stages, {@code goes_into}
 * and {@code is_type_of} edges, providers (countries and organisations) and their market shares.
 */
public record ExternalChain(String source, List<Input> inputs, Map<String, String> stages, List<Edge> edges,
                            List<Provider> providers, List<Share> shares) {

    public record Input(String id, String name, String type, String stageId) {
    }

    public record Edge(String from, String to, EdgeKind kind) {
    }

    public record Provider(String id, String name, String type, String country) {
        public boolean isCountry() {
            return "country".equals(type);
        }
    }

    /** A provider's share of an input or stage; {@code share} is null when the file gives none. */
    public record Share(String providerId, String providedId, Double share, boolean negligible) {
    }

    /** An input where one country holds much of the world market and China little. */
    public record Finding(String inputId, String name, String stage, String topCountry, double topShare, Double chinaShare,
                          List<String> goesInto, String segment) {
    }

    /** Country shares of one input or stage, largest first; countries marked negligible count as 0. */
    public Map<String, Double> countryShares(String providedId) {
        Map<String, Provider> byId = new LinkedHashMap<>();
        providers.forEach(p -> byId.put(p.id(), p));
        Map<String, Double> out = new LinkedHashMap<>();
        shares.stream().filter(s -> s.providedId().equals(providedId))
                .filter(s -> byId.containsKey(s.providerId()) && byId.get(s.providerId()).isCountry())
                .sorted(Comparator.comparing((Share s) -> s.share() == null ? 0 : s.share()).reversed())
                .forEach(s -> out.put(byId.get(s.providerId()).name(), s.share() == null ? 0.0 : s.share()));
        return out;
    }

    /**
     * Inputs where one country provides at least {@code topAtLeast} of the world market and China less than
     * {@code chinaBelow} (China not listed counts as below), with their stage, what they go into and the
     * taxonomy segment they map to.
     */
    public List<Finding> concentratedAbroad(double topAtLeast, double chinaBelow, EtoMapping mapping) {
        List<Finding> out = new ArrayList<>();
        for (Input in : inputs) {
            Map<String, Double> c = countryShares(in.id());
            if (c.isEmpty()) {
                continue;
            }
            var top = c.entrySet().iterator().next();
            Double china = c.get("CHN");
            if (top.getValue() >= topAtLeast && !top.getKey().equals("CHN") && (china == null || china < chinaBelow)) {
                List<String> into = edges.stream().filter(e -> e.kind() == EdgeKind.GOES_INTO && e.from().equals(in.id()))
                        .map(e -> nameOf(e.to())).toList();
                out.add(new Finding(in.id(), in.name(), stageOf(in.id()), top.getKey(), top.getValue(), china, into, mapping.segmentFor(in)));
            }
        }
        out.sort(Comparator.comparingDouble(Finding::topShare).reversed().thenComparing(Finding::inputId));
        return out;
    }

    /**
     * The stage an input belongs to: its own, or for tools and materials (which the dataset leaves
     * without one) the stage of the first input downstream that has one, following goes_into and is_type_of.
     */
    public String stageOf(String inputId) {
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(inputId));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!seen.add(id)) {
                continue;
            }
            if (stages.containsKey(id)) {
                return stages.get(id);
            }
            String own = inputs.stream().filter(i -> i.id().equals(id)).map(Input::stageId).findFirst().orElse("");
            if (own != null && !own.isEmpty()) {
                return stages.getOrDefault(own, own);
            }
            edges.stream().filter(e -> e.from().equals(id)).forEach(e -> queue.add(e.to()));
        }
        return "unknown";
    }

    private String nameOf(String id) {
        return inputs.stream().filter(i -> i.id().equals(id)).map(Input::name).findFirst().orElse(stages.getOrDefault(id, id));
    }
}
