package watch.safeguarding.catalog.service;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.parser.Gazetteer;

/**
 * Keeps the council table equal to the gazetteer built into the parser (idempotent: runs at every start), and serves
 * the councils from memory, since they only change with a new gazetteer.
 */
@ApplicationScoped
public class CouncilDirectory {

    private volatile Map<String, Council> byCode = Map.of();

    /** Every council by GSS code, in name order. */
    public Map<String, Council> byCode() {
        return byCode;
    }

    @Transactional
    public int synchronise(Gazetteer gazetteer) {
        ImportLock.hold(Council.getEntityManager());
        Map<String, Council> stored = Council.<Council>listAll().stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
        for (watch.safeguarding.parser.Council source : gazetteer.councils()) {
            Council council = stored.get(source.code());
            if (council == null) {
                council = new Council();
                council.code = source.code();
            }
            council.name = source.name();
            council.officialName = source.officialName();
            council.type = source.type();
            council.region = source.region();
            council.ofstedUrn = source.ofstedUrn();
            council.dfeCode = source.dfeCode();
            council.validFrom = source.validFrom();
            council.validTo = source.validTo();
            council.successors = String.join(",", source.successors());
            council.persist();
            stored.put(council.code, council);
        }
        Map<String, Council> sorted = new java.util.LinkedHashMap<>();
        stored.values().stream().sorted(java.util.Comparator.comparing((Council c) -> c.name)).forEach(c -> sorted.put(c.code, c));
        byCode = java.util.Collections.unmodifiableMap(sorted);
        return gazetteer.councils().size();
    }
}
