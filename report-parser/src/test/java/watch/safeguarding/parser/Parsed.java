package watch.safeguarding.parser;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import watch.safeguarding.events.Outcome;

/**
 * The outcomes of a text in a form tests compare at a glance: "E06000005 overall inadequate new". These tests are of
 * the rules of language (what is a grade, whose, which area, which time), so they read the rules' own decisions; the
 * learned decisions are measured on the labelled corpora by cross-validation.
 */
final class Parsed {

    static final ReportParser RULES = new ReportParser(Gazetteer.builtIn(), null);
    private static final ReportParser PARSER = RULES;

    private Parsed() {
    }

    static Set<String> tuples(String text) {
        return collect(text, o -> o.councilCode() + " " + o.area() + " " + o.rating() + " " + o.status());
    }

    /** As {@link #tuples}, with the year last. */
    static Set<String> withYears(String text) {
        return collect(text, o -> o.councilCode() + " " + o.area() + " " + o.rating() + " " + o.status() + " " + o.year());
    }

    /** The councils of the alerting outcomes. */
    static Set<String> alerting(String text) {
        return collect(text, o -> o.alerting() ? o.councilCode() : null);
    }

    private static Set<String> collect(String text, Function<Outcome, String> form) {
        Set<String> out = new TreeSet<>();
        for (Outcome o : PARSER.parse(text).outcomes()) {
            String s = form.apply(o);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
