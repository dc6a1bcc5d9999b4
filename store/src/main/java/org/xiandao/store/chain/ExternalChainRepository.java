package org.xiandao.store.chain;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.xiandao.core.chain.external.EtoMapping;
import org.xiandao.core.chain.external.ExternalChain;

/** External chain graphs in the store, one per source; importing a source again replaces it. */
public final class ExternalChainRepository {

    private final Jdbi jdbi;

    public ExternalChainRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void replace(ExternalChain chain, EtoMapping mapping) {
        Map<String, ExternalChain.Provider> providers = new HashMap<>();
        chain.providers().forEach(p -> providers.put(p.id(), p));
        jdbi.useTransaction(h -> {
            for (String table : new String[] {"ext_chain_input", "ext_chain_edge", "ext_chain_share"}) {
                h.createUpdate("DELETE FROM " + table + " WHERE source = :s").bind("s", chain.source()).execute();
            }
            var inputs = h.prepareBatch("INSERT INTO ext_chain_input VALUES (:s, :id, :name, :type, :stage, :segment)");
            chain.inputs().forEach(i -> inputs.bind("s", chain.source()).bind("id", i.id()).bind("name", i.name()).bind("type", i.type())
                    .bind("stage", chain.stageOf(i.id())).bind("segment", mapping.segmentFor(i)).add());
            inputs.execute();
            var edges = h.prepareBatch("INSERT INTO ext_chain_edge VALUES (:s, :from, :to, :kind)");
            chain.edges().forEach(e -> edges.bind("s", chain.source()).bind("from", e.from()).bind("to", e.to()).bind("kind", e.kind().name()).add());
            if (!chain.edges().isEmpty()) {
                edges.execute();
            }
            var shares = h.prepareBatch("INSERT INTO ext_chain_share VALUES (:s, :pid, :pname, :ptype, :country, :provided, :share, :negligible)");
            chain.shares().forEach(x -> {
                ExternalChain.Provider p = providers.get(x.providerId());
                shares.bind("s", chain.source()).bind("pid", x.providerId()).bind("pname", p.name()).bind("ptype", p.type())
                        .bind("country", p.country()).bind("provided", x.providedId()).bind("share", x.share()).bind("negligible", x.negligible()).add();
            });
            if (!chain.shares().isEmpty()) {
                shares.execute();
            }
        });
    }

    /** How many inputs the store holds for a source. */
    public long inputs(String source) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM ext_chain_input WHERE source = :s").bind("s", source).mapTo(Long.class).one());
    }
}
