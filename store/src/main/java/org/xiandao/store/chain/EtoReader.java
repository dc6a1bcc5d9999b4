package org.xiandao.store.chain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.xiandao.core.chain.EdgeKind;
import org.xiandao.core.chain.external.ExternalChain;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;
import org.xiandao.store.tabular.Table;
import org.xiandao.store.tabular.TableReader;

/**
 * Reads a folder in the ETO supply-chain layout: inputs.csv, stages.csv, sequence.csv, providers.csv,
 * provision.csv. Every problem is reported with file, row and reason (a missing file, an edge naming an
 * unknown input, a share that is not a percentage, a cycle in goes_into); one problem rejects the folder.
 */
public final class EtoReader {

    static final List<String> FILES = List.of("inputs.csv", "stages.csv", "sequence.csv", "providers.csv", "provision.csv");

    private EtoReader() {
    }

    public static ExternalChain read(Path folder) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(Problem.ofFile(folder.toString(), "is not a folder"));
        }
        for (String f : FILES) {
            if (!Files.isRegularFile(folder.resolve(f))) {
                problems.add(Problem.ofFile(f, "is missing from " + folder));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        Table inputs = TableReader.read(folder.resolve("inputs.csv"));
        Table stages = TableReader.read(folder.resolve("stages.csv"));
        Table sequence = TableReader.read(folder.resolve("sequence.csv"));
        Table providers = TableReader.read(folder.resolve("providers.csv"));
        Table provision = TableReader.read(folder.resolve("provision.csv"));

        Map<String, String> stageNames = new LinkedHashMap<>();
        stages.rows().forEach(r -> stageNames.put(r.get("stage_id"), r.get("stage_name")));
        List<ExternalChain.Input> in = new ArrayList<>();
        Set<String> ids = new HashSet<>(stageNames.keySet());
        for (Table.Row r : inputs.rows()) {
            String id = r.get("input_id");
            if (id.isEmpty()) {
                problems.add(new Problem(inputs.file(), r.number(), "input_id", "is empty"));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new Problem(inputs.file(), r.number(), "input_id", id + " appears twice"));
            }
            in.add(new ExternalChain.Input(id, r.get("input_name"), r.get("type"), r.get("stage_id")));
        }
        List<ExternalChain.Edge> edges = new ArrayList<>();
        SimpleDirectedGraph<String, DefaultEdge> goesInto = new SimpleDirectedGraph<>(DefaultEdge.class);
        ids.forEach(goesInto::addVertex);
        for (Table.Row r : sequence.rows()) {
            String from = r.get("input_id");
            if (!ids.contains(from)) {
                problems.add(new Problem(sequence.file(), r.number(), "input_id", "unknown input '" + from + "'"));
                continue;
            }
            for (String[] kind : new String[][] {{"goes_into_id", "GOES_INTO"}, {"is_type_of_id", "IS_TYPE_OF"}}) {
                String to = r.get(kind[0]);
                if (to.isEmpty()) {
                    continue;
                }
                if (!ids.contains(to)) {
                    problems.add(new Problem(sequence.file(), r.number(), kind[0], "unknown input '" + to + "'"));
                    continue;
                }
                edges.add(new ExternalChain.Edge(from, to, EdgeKind.valueOf(kind[1])));
                if (kind[1].equals("GOES_INTO") && !from.equals(to) && !goesInto.containsEdge(from, to)) {
                    goesInto.addEdge(from, to);
                }
            }
        }
        CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(goesInto);
        if (cycles.detectCycles()) {
            problems.add(Problem.ofFile(sequence.file(), "goes_into edges form a cycle through " + String.join(", ", new java.util.TreeSet<>(cycles.findCycles()))));
        }
        List<ExternalChain.Provider> prov = new ArrayList<>();
        Set<String> providerIds = new HashSet<>();
        for (Table.Row r : providers.rows()) {
            providerIds.add(r.get("provider_id"));
            prov.add(new ExternalChain.Provider(r.get("provider_id"), r.get("provider_name"), r.get("provider_type"), r.get("country")));
        }
        List<ExternalChain.Share> shares = new ArrayList<>();
        for (Table.Row r : provision.rows()) {
            if (!providerIds.contains(r.get("provider_id"))) {
                problems.add(new Problem(provision.file(), r.number(), "provider_id", "unknown provider '" + r.get("provider_id") + "'"));
            }
            if (!ids.contains(r.get("provided_id"))) {
                problems.add(new Problem(provision.file(), r.number(), "provided_id", "unknown input '" + r.get("provided_id") + "'"));
            }
            String text = r.get("share_provided");
            Double share = null;
            if (!text.isEmpty()) {
                if (!text.matches("\\d+(\\.\\d+)?%")) {
                    problems.add(new Problem(provision.file(), r.number(), "share_provided", "'" + text + "' is not a percentage such as 61%"));
                } else {
                    share = Double.parseDouble(text.substring(0, text.length() - 1)) / 100;
                    if (share > 1) {
                        problems.add(new Problem(provision.file(), r.number(), "share_provided", text + " is more than 100%"));
                    }
                }
            }
            shares.add(new ExternalChain.Share(r.get("provider_id"), r.get("provided_id"), share, "negligible".equalsIgnoreCase(r.get("negligible_market_share"))));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new ExternalChain(folder.getFileName().toString(), in, stageNames, edges, prov, shares);
    }
}
