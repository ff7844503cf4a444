package watch.safeguarding.alert.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateData;
import watch.safeguarding.parser.Gazetteer;

/** The councils people can choose: current English councils with children's services, from the parser's gazetteer. */
@ApplicationScoped
public class CouncilDirectory {

    @TemplateData
    public record CouncilOption(String code, String name, String region) {
    }

    @TemplateData
    public record Region(String name, List<CouncilOption> councils) {
    }

    private final List<Region> regions;
    private final Map<String, CouncilOption> byCode = new LinkedHashMap<>();

    public CouncilDirectory() {
        Map<String, List<CouncilOption>> grouped = new TreeMap<>();
        for (var council : Gazetteer.builtIn().councils()) {
            if (council.validTo() != null || council.region() == null || council.region().isBlank()) {
                continue;
            }
            CouncilOption option = new CouncilOption(council.code(), council.name(), council.region());
            byCode.put(option.code(), option);
            grouped.computeIfAbsent(option.region(), r -> new ArrayList<>()).add(option);
        }
        List<Region> list = new ArrayList<>();
        grouped.forEach((region, councils) -> {
            councils.sort(Comparator.comparing(CouncilOption::name));
            list.add(new Region(region, List.copyOf(councils)));
        });
        this.regions = List.copyOf(list);
    }

    public List<Region> regions() {
        return regions;
    }

    public Optional<CouncilOption> council(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean isRegion(String name) {
        return regions.stream().anyMatch(r -> r.name().equals(name));
    }
}
