package watch.safeguarding.catalog.service;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.parser.Gazetteer;

/** Keeps the council table equal to the gazetteer built into the parser (idempotent: runs at every start). */
@ApplicationScoped
public class CouncilDirectory {

    @Transactional
    public int synchronise(Gazetteer gazetteer) {
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
        }
        return gazetteer.councils().size();
    }
}
