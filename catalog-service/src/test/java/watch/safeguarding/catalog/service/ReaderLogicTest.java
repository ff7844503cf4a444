package watch.safeguarding.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import watch.safeguarding.catalog.service.CatalogViews.JudgementView;
import watch.safeguarding.catalog.service.ReaderQueries.Current;
import watch.safeguarding.parser.Gazetteer;

/** The pages' plain logic, without a container: the map's layout, runs of grades, highlighting, the timeline. */
class ReaderLogicTest {

    @Test
    void theBundledMapHasEveryCurrentCouncilOnceAndNoFormerOne() {
        Set<String> current = Gazetteer.builtIn().councils().stream().filter(c -> c.validTo() == null)
                .map(watch.safeguarding.parser.Council::code).collect(Collectors.toSet());
        Set<String> mapped = HexMap.bundled().cells().stream().map(HexMap.Cell::code).collect(Collectors.toSet());
        assertEquals(current, mapped);
        assertEquals(mapped.size(), HexMap.bundled().cells().size());
        // reorganised councils as they are today
        assertTrue(mapped.containsAll(List.of("E06000061", "E06000062", "E06000063", "E06000064", "E06000058")));
        assertTrue(!mapped.contains("E10000021") && !mapped.contains("E10000006"), "no Northamptonshire or Cumbria county");
    }

    @Test
    void everyHexagonTouchesAnotherAndTheyDoNotOverlap() {
        HexMap map = HexMap.bundled();
        Set<String> cells = new HashSet<>();
        map.cells().forEach(c -> cells.add(c.col() + "," + c.row()));
        for (HexMap.Cell c : map.cells()) {
            int shift = (c.row() & 1) == 1 ? 0 : -1;
            List<String> neighbours = List.of((c.col() - 1) + "," + c.row(), (c.col() + 1) + "," + c.row(),
                    (c.col() + shift) + "," + (c.row() - 1), (c.col() + shift + 1) + "," + (c.row() - 1),
                    (c.col() + shift) + "," + (c.row() + 1), (c.col() + shift + 1) + "," + (c.row() + 1));
            assertTrue(neighbours.stream().anyMatch(cells::contains) || c.code().equals("E06000053"), c + " stands alone");
        }
        List<HexMap.Hex> hexes = map.hexes();
        for (int i = 0; i < hexes.size(); i++) {
            for (int j = i + 1; j < hexes.size(); j++) {
                double d = Math.hypot(hexes.get(i).x() - hexes.get(j).x(), hexes.get(i).y() - hexes.get(j).y());
                assertTrue(d > 17, hexes.get(i).code() + " overlaps " + hexes.get(j).code());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> HexMap.parse(List.of("E1,1,1", "E2,1,1")), "two councils in one cell");
    }

    @Test
    void sinceWhenFollowsTheRunOfTheCurrentGrade() {
        Current latest = new Current("inadequate", 2025, LocalDate.of(2025, 5, 1), 3);
        Current before = new Current("inadequate", 2022, LocalDate.of(2022, 2, 1), 2);
        Current good = new Current("good", 2019, null, 1);
        assertEquals(before, ReaderQueries.runStart(List.of(latest, before, good)));
        assertEquals(latest, ReaderQueries.runStart(List.of(latest, good, before)));
        assertEquals(latest, ReaderQueries.runStart(List.of(latest)));
    }

    @Test
    void highlightsEscapeTheTextAndMarkOnlyTheMatches() {
        String marked = "a <b> & " + ReaderQueries.MATCH_START + "word" + ReaderQueries.MATCH_END + " \"q\" " + ReaderQueries.MATCH_END
                + ReaderQueries.MATCH_START + "open";
        assertEquals("a &lt;b&gt; &amp; <mark>word</mark> &quot;q&quot; <mark>open</mark>", Highlight.html(marked));
    }

    @Test
    void theTimelinePlacesEachJudgementOnItsAreaRowAtItsDate() {
        JudgementView dated = view(1, "overall", "good", 2019, LocalDate.of(2019, 7, 2), true, false);
        JudgementView yearOnly = view(2, "overall", "inadequate", 2012, null, false, true);
        JudgementView leaders = view(3, "leadership", "good", 2019, LocalDate.of(2019, 7, 2), true, false);
        JudgementView undated = view(4, "care_leavers", "good", null, null, false, false);
        Timeline.Chart chart = Timeline.of(Stream.of(dated, yearOnly, leaders, undated).map(j -> new Timeline.Cell(j, 1, 1, false)).toList(),
                2026, cell -> "#j-" + cell.shown().id());
        assertEquals(List.of("Overall effectiveness", "Impact of leaders"), chart.rows().stream().map(Timeline.Row::label).toList(),
                "rows in the vocabulary's order; a judgement without a date has no place on it");
        assertEquals(3, chart.marks().size());
        Map<Long, Timeline.Mark> marks = chart.marks().stream().collect(Collectors.toMap(Timeline.Mark::id, m -> m));
        assertEquals(marks.get(1L).x(), marks.get(3L).x(), "same date, same place");
        assertTrue(Double.parseDouble(marks.get(2L).x()) < Double.parseDouble(marks.get(1L).x()));
        assertEquals(marks.get(1L).y(), marks.get(2L).y());
        assertTrue(marks.get(2L).disputed() && !marks.get(2L).official() && marks.get(2L).title().contains("disputed"));
        assertEquals("#j-2", marks.get(2L).href());
        assertEquals(2009, chart.ticks().get(0).year());
        assertEquals(2027, chart.ticks().get(chart.ticks().size() - 1).year());
    }

    @Test
    void aCellOfSeveralJudgementsIsOneMarkSayingHowManyAndWhetherTheyAgree() {
        JudgementView official = view(1, "overall", "requires_improvement", 2019, LocalDate.of(2019, 7, 2), true, false);
        JudgementView agreed = view(2, "leadership", "good", 2019, LocalDate.of(2019, 7, 2), true, false);
        Timeline.Chart chart = Timeline.of(List.of(new Timeline.Cell(official, 3, 2, true), new Timeline.Cell(agreed, 4, 2, false)), 2026,
                cell -> "#j-" + cell.shown().id() + "-" + cell.listed());
        Map<Long, Timeline.Mark> marks = chart.marks().stream().collect(Collectors.toMap(Timeline.Mark::id, m -> m));
        assertTrue(marks.get(1L).disputed() && marks.get(1L).title().contains("2 judgements that year"), "grades that disagree");
        assertFalse(marks.get(2L).disputed(), "two judgements of one grade agree");
        assertEquals("#j-1-3", marks.get(1L).href());
    }

    private static JudgementView view(long id, String area, String rating, Integer year, LocalDate published, boolean official, boolean conflict) {
        return new JudgementView(id, "j-" + id, "E06000005", "Darlington", "North East", area, rating, year, published, null, null,
                null, "new", official, conflict, false, false, 1.0, List.of());
    }
}
