package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static watch.safeguarding.parser.Parsed.alerting;
import static watch.safeguarding.parser.Parsed.tuples;
import static watch.safeguarding.parser.Parsed.withYears;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import watch.safeguarding.events.Outcome;

/** One test (at least) per construct the parser handles; all texts are written for the test. */
class ReportParserTest {

    private final ReportParser parser = Parsed.RULES;



    @Test
    void councilNamedAsXCouncilRatedInadequate() {
        String text = "Ofsted inspection: Darlington Borough Council's children's services have been rated "
                + "inadequate by Ofsted inspectors.";
        assertEquals(Set.of("E06000005 overall inadequate new"), tuples(text));
        Outcome o = parser.parse(text).outcomes().get(0);
        assertTrue(o.alerting());
        assertEquals("Darlington", o.council());
        assertTrue(o.confidence() > 0.5 && o.confidence() <= 1.0);
        assertTrue(o.evidence().contains("rated inadequate"));
    }

    @Test
    void longestMatchWinsForNamesInsideNames() {
        assertEquals(Set.of("E06000013 overall inadequate new"),
                tuples("North Lincolnshire Council's children's services were rated inadequate by Ofsted."));
        assertEquals(Set.of("E06000010 overall good new"),
                tuples("Children's services in Kingston upon Hull have been judged good by Ofsted inspectors."));
        assertEquals(Set.of("E09000021 overall good new"),
                tuples("Ofsted has rated Kingston Council's children's services as good."));
    }

    @Test
    void hyphenatedCompoundIsNotTheShorterCouncil() {
        assertEquals(Set.of(), tuples("Children's services in Newcastle-under-Lyme were rated inadequate by Ofsted."));
    }

    @Test
    void authorityThatExistedAtTheTime() {
        assertEquals(Set.of("E10000021 overall inadequate new"),
                tuples("Published: 1 August 2019\n\nOfsted has rated Northamptonshire's children's services inadequate."));
        String later = "25 November 2022\n\nWest Northamptonshire Council welcomed the Ofsted report on children's services. "
                + "Ofsted has rated the local authority's children's services as 'Requires Improvement to be Good', "
                + "having previously been judged as 'Inadequate' since 2019.";
        assertEquals(Set.of("E06000062 overall requires_improvement new", "E10000021 overall inadequate previous"),
                tuples(later));
        assertEquals(Set.of("E06000058 overall good new"),
                tuples("Published: 3 March 2023\n\nBCP Council's children's services have been rated good by Ofsted."));
    }

    @Test
    void anaphoraCarriesTheCouncilAcrossSentences() {
        String text = "Ofsted inspectors visited Wokingham Borough Council in March. The council's children's "
                + "services were rated inadequate. It was previously rated good.";
        assertEquals(Set.of("E06000041 overall inadequate new", "E06000041 overall good previous"), tuples(text));
    }

    @Test
    void annualRatingsInAList() {
        String text = "Ofsted's annual ratings of children's services were published. Nine councils were rated as "
                + "\"poor\". The others rated as poor are Birmingham, Doncaster and Essex.\n\n"
                + "Camden and Lewisham are all rated as excellent.";
        Set<String> t = tuples(text);
        assertTrue(t.contains("E08000025 annual_rating performs_poorly new"), t.toString());
        assertTrue(t.contains("E08000017 annual_rating performs_poorly new"), t.toString());
        assertTrue(t.contains("E10000012 annual_rating performs_poorly new"), t.toString());
        assertTrue(t.contains("E09000007 annual_rating performs_excellently new"), t.toString());
        assertEquals(Set.of("E08000025", "E08000017", "E10000012"), alerting(text));
    }

    @Test
    void performsPoorlyAnnualRating() {
        String text = "Hartlepool Council has been judged to be performing poorly in Ofsted's annual rating of "
                + "children's services.";
        assertTrue(tuples(text).contains("E06000001 annual_rating performs_poorly new"));
    }

    @Test
    void requiresImprovementToBeGood() {
        assertEquals(Set.of("E08000013 overall requires_improvement new"),
                tuples("St Helens Council's children's services were judged as requires improvement to be good by Ofsted."));
        assertEquals(Set.of("E08000013 overall requires_improvement new"),
                tuples("Children's services in St. Helens 'require improvement', Ofsted inspectors said."));
        assertEquals(Set.of("E08000029 overall good new", "E08000029 children_in_care requires_improvement new"),
                tuples("Date: 3 May 2026\nOfsted rated Solihull Council's children's services good. However, the experiences "
                        + "and progress of children in care still require some improvement to be rated as good."));
    }

    @Test
    void olderSafeguardingAndLookedAfterInspections() {
        String text = "An Ofsted inspection found Sefton Council inadequate for safeguarding children and adequate "
                + "for looked after children.";
        assertEquals(Set.of("E08000014 safeguarding inadequate new", "E08000014 children_in_care adequate new"),
                tuples(text));
    }

    @Test
    void subJudgementsInOneSentence() {
        String text = "Ofsted judged Bradford Council's children's services in three areas: impact of leaders, judged "
                + "requires improvement, experiences of children in care, also judged to require improvement, and "
                + "children who need help and protection, which is judged inadequate.";
        assertEquals(Set.of("E08000032 leadership requires_improvement new",
                "E08000032 children_in_care requires_improvement new",
                "E08000032 help_and_protection inadequate new"), tuples(text));
    }

    @Test
    void judgementTableBrokenAcrossLines() {
        String text = "Suffolk County Council\nInspection of children's social care services by Ofsted\n\n"
                + "Overall effectiveness\nGood\n\nThe impact of leaders on social work practice\nOutstanding\n\n"
                + "The experiences and progress of children who need help and protection\nRequires improvement to be good\n";
        assertEquals(Set.of("E10000029 overall good new", "E10000029 leadership outstanding new",
                "E10000029 help_and_protection requires_improvement new"), tuples(text));
    }

    @Test
    void bulletListOfGrades() {
        String text = "Ofsted rated Kent's children's services against four criteria:\n"
                + "- Overall effectiveness - Outstanding\n"
                + "- The experiences and progress of children in care - Good\n";
        assertEquals(Set.of("E10000016 overall outstanding new", "E10000016 children_in_care good new"), tuples(text));
    }

    @Test
    void changeFromAndToAndNoLonger() {
        assertEquals(Set.of("E06000037 overall good new", "E06000037 overall inadequate previous"),
                tuples("West Berkshire Council's children's services made the jump from 'inadequate' to 'good' at "
                        + "their latest Ofsted inspection."));
        assertEquals(Set.of("E10000015 overall inadequate previous"),
                tuples("Hertfordshire's children's services are no longer inadequate, Ofsted inspectors said."));
    }

    @Test
    void earlierInspectionsWithYearsArePrevious() {
        String text = "Published: 22 November 2022\n\nOfsted has described Cumbria County Council's children's "
                + "services as \"requiring improvement\". The service was judged to be \"inadequate\" during a full "
                + "inspection in 2015.";
        assertEquals(Set.of("E10000006 overall requires_improvement new", "E10000006 overall inadequate previous"),
                tuples(text));
        Outcome prev = parser.parse(text).outcomes().stream().filter(o -> o.status().equals("previous")).findFirst()
                .orElseThrow();
        assertEquals(2015, prev.year());
    }

    @Test
    void hardNegativeSchoolAcademyNurseryAndHome() {
        assertEquals(Set.of(), tuples("Ofsted rated Park Academy in Leeds inadequate. The academy's "
                + "safeguarding was found to be inadequate."));
        assertEquals(Set.of(), tuples("A council-run children's home in Sefton was rated inadequate by Ofsted "
                + "after inspectors found safeguarding failures."));
        assertEquals(Set.of(), tuples("Ofsted rated a nursery in Bury inadequate for safeguarding children."));
    }

    @Test
    void hardNegativeSendAndYouthOffending() {
        assertEquals(Set.of(), tuples("A local area SEND inspection by Ofsted and the CQC found Gloucestershire's "
                + "services were inadequate for children with special educational needs."));
        assertEquals(Set.of(), tuples("The chief inspector of probation found Hounslow's youth offending service "
                + "inadequate at safeguarding young people."));
    }

    @Test
    void hardNegativeSpeculationAndTargets() {
        assertEquals(Set.of(), tuples("Leaders fear Ofsted could rate Norfolk County Council's children's "
                + "services inadequate at the next inspection."));
        assertEquals(Set.of(), tuples("Surrey County Council aims to be rated good by Ofsted in its children's "
                + "services."));
    }

    @Test
    void hardNegativeNationalStatistics() {
        assertEquals(Set.of(), tuples("Ofsted says a third of councils are rated inadequate for children's "
                + "services, while 17 local authorities were judged inadequate this year."));
    }

    @Test
    void hardNegativeWelshCouncil() {
        assertEquals(Set.of(), tuples("Care Inspectorate Wales inspected Gwynedd Council's children's services. "
                + "Inspectors found services were inadequate in places."));
    }

    @Test
    void scaleDescriptionIsNotAJudgement() {
        assertEquals(Set.of(), tuples("Hackney Council was inspected by Ofsted. Ofsted uses four grades - "
                + "outstanding, good, requires improvement and inadequate."));
        // however the rest of the text reads, the scale sentence grades nobody
        assertEquals(Set.of("E09000012 overall good new"), tuples("Date: 3 May 2024\nOfsted rated Hackney Council's "
                + "children's services good. Ofsted uses four grades - outstanding, good, requires improvement, and inadequate."));
    }

    @Test
    void goodNeedsRatingContext() {
        assertEquals(Set.of(), tuples("Ofsted inspectors said Leeds City Council's social workers do good work "
                + "with children in care and there is good practice."));
    }

    @Test
    void relatedStoriesAreDropped() {
        String text = "Ofsted praises Derby children's services\n\nDerby City Council's children's services were "
                + "rated good by Ofsted.\n\nRelated Stories\n\nMedway children's services rated inadequate\n"
                + "Swindon council rated outstanding by Ofsted\n";
        assertEquals(Set.of("E06000015 overall good new"), tuples(text));
    }

    @Test
    void publishedDateAndDefaultYear() {
        ParsedReport r = parser.parse("Children's services inadequate\n\nBy A Reporter\nMonday, February 28, 2011\n\n"
                + "Cornwall Council has been rated inadequate for safeguarding children by Ofsted.");
        assertEquals(LocalDate.of(2011, 2, 28), r.publishedDate());
        assertEquals(2011, r.outcomes().get(0).year());
        assertEquals(LocalDate.of(2015, 9, 1),
                parser.parse("By Neil Reporter\n\n| 01 September 2015\n\nText about Ofsted.").publishedDate());
        assertEquals(LocalDate.of(2018, 3, 12), parser.parse("Monday 12 March 2018\n\nText.").publishedDate());
        assertNull(parser.parse("Copyright 2015 BBC.\n\nText.").publishedDate());
    }

    @Test
    void urlLineIsMetadata() {
        ParsedReport r = parser.parse("URL: https://www.kent.gov.uk/news/2022-07-05/ofsted\n\nOfsted rated the "
                + "council's children's services as outstanding.");
        assertEquals("https://www.kent.gov.uk/news/2022-07-05/ofsted", r.url());
        assertFalse(r.text().contains("URL:"));
        assertEquals(LocalDate.of(2022, 7, 5), r.publishedDate());
        // the council's own site identifies "the council"
        assertEquals(Set.of("E10000016 overall outstanding new"),
                tuples("URL: https://www.kent.gov.uk/news/ofsted\n\nOfsted rated the council's children's services as outstanding."));
    }

    @Test
    void councilsMentioned() {
        ParsedReport r = parser.parse("Leaders from Kent County Council and Medway Council met Ofsted.");
        assertEquals(List.of("E10000016", "E06000035"), r.councilsMentioned().stream().map(c -> c.code()).toList());
    }

    @Test
    void htmlBoilerplateIsDropped() {
        String html = "<!DOCTYPE html><html><head><title>Ofsted: Kent rated</title><style>p{}</style>"
                + "<script>var inadequate = 1;</script></head><body><nav>Home | News | Medway rated inadequate</nav>"
                + "<header>Site header</header><article><h1>Kent's children's services rated good</h1>"
                + "<p>Kent County Council's children's services have been rated good by Ofsted.</p></article>"
                + "<aside>Swindon council rated inadequate by Ofsted</aside><div class=\"cookie-banner\">We use cookies"
                + "</div><!-- Thurrock rated inadequate --><form>Search</form>"
                + "<footer>Footer: Hull rated inadequate</footer></body></html>";
        ParsedReport r = parser.parseHtml(html);
        assertEquals(1, r.outcomes().size(), r.outcomes().toString());
        assertEquals("E10000016", r.outcomes().get(0).councilCode());
        assertEquals("good", r.outcomes().get(0).rating());
        assertEquals("Ofsted: Kent rated", r.title());
        assertFalse(r.text().contains("cookies"));
        assertFalse(r.text().contains("var inadequate"));
    }

    @Test
    void plainTextTitleSkipsBylinesAndDates() {
        String story = "\nKent County Council's children's services have been rated good by Ofsted.";
        assertEquals("Kent rated good", parser.parse("Published: 3 May 2022\nBy A Reporter\nKent rated good\n" + story).title());
        assertEquals("Kent rated good", parser.parse("Tuesday 3 May 2022 10:32\n\nKent rated good\n" + story).title());
        assertEquals("Kent rated good", parser.parse("Date: 2022-05-03\nTitle: Kent rated good\n" + story).title());
        assertEquals(LocalDate.of(2022, 5, 3), parser.parse("Published: 3 May 2022\nKent rated good\n" + story).publishedDate());
        assertNull(parser.parse("By A Reporter\n" + story.strip()).title());
    }

    @Test
    void unannouncedAloneMeansTheOldSafeguardingInspectionOnlyBefore2014() {
        assertEquals(Set.of("E06000015 safeguarding inadequate new"),
                tuples("Date: 12 June 2012\nAn unannounced Ofsted inspection has judged safeguarding services for "
                        + "children in Derby as inadequate."));
        assertEquals(Set.of("E06000015 safeguarding inadequate new"),
                tuples("Date: 12 June 2012\nAfter an unannounced inspection, Ofsted rated Derby City Council "
                        + "inadequate for children's services."));
        assertEquals(Set.of("E06000015 overall inadequate new"),
                tuples("Date: 12 June 2019\nAfter an unannounced inspection, Ofsted rated Derby City Council "
                        + "inadequate for children's services."));
    }

    @Test
    void anAreaLessRestatementOfTheSafeguardingGradeAddsNoOverallGrade() {
        String text = "Ofsted found Slough Borough Council inadequate for the overall effectiveness of safeguarding "
                + "children and adequate for looked-after children.\n\nThe leader said: \"Being judged inadequate is "
                + "a blow for our residents.\"";
        assertEquals(Set.of("E06000039 safeguarding inadequate new", "E06000039 children_in_care adequate new"),
                tuples(text));
        // an ILACS overall grade stated without an area is still the overall grade
        assertEquals(Set.of("E06000039 overall inadequate new", "E06000039 children_in_care inadequate new"),
                tuples("Slough Borough Council's children's services have been rated inadequate by Ofsted. "
                        + "Services for children in care were also judged inadequate."));
    }


    @Test
    void eachGradeInASentenceKeepsTheYearOfItsOwnClause() {
        assertEquals(Set.of("E08000029 overall inadequate previous 2019", "E08000029 overall requires_improvement new 2022"),
                withYears("Date: 20 June 2022\nSolihull children's services, rated inadequate by Ofsted in 2019, have "
                        + "been upgraded to requires improvement."));
        assertEquals(Set.of("E08000029 overall inadequate previous 2019", "E08000029 overall requires_improvement previous 2021"),
                withYears("Date: 20 June 2022\nNeighbouring Solihull, rated inadequate in 2019, was upgraded to "
                        + "requires improvement last year by Ofsted children's services inspectors."));
        // a grade demoted to an earlier one has no year unless the text gives one, if only as "two years after"
        assertEquals(Set.of("E08000032 overall requires_improvement new 2023", "E08000032 overall inadequate previous null"),
                withYears("Date: 14 October 2023\nBradford children's services have been rated requires improvement by "
                        + "Ofsted, after they were found to be inadequate."));
        assertEquals(Set.of("E06000066 overall requires_improvement new 2025", "E10000027 overall good previous 2022"),
                withYears("Date: 14 October 2025\nSomerset's children's services have been rated requires improvement by "
                        + "Ofsted, three years after being rated good."));
    }

    @Test
    void anUndatedTextMeansTheCouncilsOfTheLatestYearItNames() {
        assertEquals(Set.of("E10000009 overall good new"),
                tuples("Ofsted children's services report 2016\n\nOfsted has rated Dorset's children's services good."));
    }

    @Test
    void aGradeOfAuthoritiesInGeneralIsNoCandidateForTheStorysCouncil() {
        String text = "Date: 3 May 2023\nNottingham City Council's children's services were rated good by Ofsted. "
                + "Councils rated inadequate by Ofsted will get a commissioner.";
        assertEquals(List.of("good"), Parsed.RULES.candidates(text, false).stream().map(Candidate::rating).toList());
    }

    @Test
    void monthsOrWeeksAfterAGradeMakeItAnEarlierOne() {
        assertEquals(Set.of("E09000014 overall inadequate previous 2025"),
                withYears("Date: 14 March 2026\nThe commissioner was appointed six months after Ofsted rated Haringey's "
                        + "children's services inadequate."));
    }

    @Test
    void outOfSpecialMeasuresIsNotOutOfTheGrade() {
        assertEquals(Set.of("E09000030 overall good new"), tuples("Date: 9 April 2019\nTower Hamlets Council's "
                + "children's services have moved out of special measures after Ofsted rated them good."));
        assertEquals(Set.of("E09000030 overall inadequate previous"), tuples("Date: 9 April 2019\nTower Hamlets "
                + "Council's children's services have moved out of 'inadequate' after an Ofsted inspection."));
    }

    @Test
    void anAreaBeforeASubordinateClauseIsNotTheGradesArea() {
        assertEquals(Set.of("E08000032 overall inadequate previous"), tuples("Date: 14 October 2023\nInspectors said "
                + "leaders in Bradford had made progress since the last Ofsted inspection of children's services in "
                + "2021, when the council was judged inadequate overall."));
    }

    @Test
    void aLastUpdatedDateStandsInForAMissingPublicationDate() {
        String story = "\nTower Hamlets Council's children's services were rated good by Ofsted.";
        assertEquals(LocalDate.of(2019, 4, 9), parser.parse("Headline\nLast updated: 9 April 2019\n" + story).publishedDate());
        assertEquals(LocalDate.of(2019, 4, 2), parser.parse("Headline\nPublished: 2 April 2019\nLast updated: 9 April 2019\n"
                + story).publishedDate());
    }

    @Test
    void nullAndEmptyInputs() {
        assertNotNull(parser.parse(null));
        assertEquals(List.of(), parser.parse(null).outcomes());
        assertEquals(List.of(), parser.parse("").outcomes());
        assertEquals(List.of(), parser.parseHtml(null).outcomes());
        assertEquals(List.of(), parser.parseHtml("").outcomes());
        assertEquals(List.of(), parser.parse("URL:").outcomes());
    }

    @Test
    void gazetteerBuiltIn() {
        Gazetteer g = Gazetteer.builtIn();
        assertEquals(172, g.councils().size());
        Council kent = g.byCode("E10000016").orElseThrow();
        assertEquals("Kent", kent.name());
        assertTrue(kent.aliases().contains("KCC"));
        Council northants = g.byCode("E10000021").orElseThrow();
        assertEquals(LocalDate.of(2021, 3, 31), northants.validTo());
        assertEquals(List.of("E06000061", "E06000062"), northants.successors());
        assertTrue(g.byCode("E99999999").isEmpty());
        assertEquals("E09000002", g.byUrl("https://modgov.lbbd.gov.uk/x").orElseThrow().code());
        assertTrue(g.byUrl("https://example.com").isEmpty());
        // a council's own gov.uk site the data lists no domain for, named by its first label
        assertEquals("E06000039", g.byUrl("http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=1").orElseThrow().code());
        assertEquals("E06000038", g.byUrl("https://democracy.reading.gov.uk/x").orElseThrow().code());
        assertTrue(g.byUrl("https://www.chiseldon-pc.gov.uk/news").isEmpty());
        assertTrue(ReportParser.withBuiltInGazetteer() == ReportParser.withBuiltInGazetteer());
    }
}
