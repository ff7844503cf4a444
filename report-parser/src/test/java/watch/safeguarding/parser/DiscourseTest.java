package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static watch.safeguarding.parser.Parsed.tuples;
import static watch.safeguarding.parser.Parsed.withYears;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Constructs that span clauses, lines and sentences: area lists, wrapped tables, readers' comments, the story's
 * subject, standing grades and the time a clause gives. All texts are written for the test.
 */
class DiscourseTest {



    @Test
    void aTextAboutOfstedAndVulnerableChildrenIsAboutChildrensServices() {
        assertEquals(Set.of("E06000020 overall requires_improvement new"),
                tuples("Date: 26 August 2016\nTelford & Wrekin Council has been given a 'requires improvement' rating by Ofsted "
                        + "for the way it deals with vulnerable children and those in care."));
        assertEquals(Set.of(), tuples("Date: 28 August 2018\n'Devastating report' reveals second 'inadequate' children's home "
                + "run by Suffolk County Council, which looks after vulnerable children, Ofsted said."));
    }

    @Test
    void aFearAfterTheGradeGivesNoCandidateForTheModelToWeigh() {
        String text = "URL: https://news.example/norfolk-ofsted\nPublished: 3 May 2017\n\nNorfolk awaits Ofsted\n\n"
                + "Norfolk County Council's children's services will be inspected soon. Another inadequate rating would "
                + "almost certainly lead to government intervention.";
        assertEquals(java.util.List.of(), Parsed.RULES.candidates(text, false));
    }

    @Test
    void poorInAStoryAboutAChildrensHomeIsAPlainWord() {
        assertEquals(Set.of(), tuples("URL: https://news.example/x-childrens-home\n\nA council-run children's home has "
                + "received a scathing review from Ofsted. The home is owned by Darlington Council.\nThe quality of care at the "
                + "service was branded 'poor', inspectors said."));
        assertEquals(Set.of("E06000005 annual_rating performs_poorly new"), tuples("URL: https://news.example/x-rating\n\n"
                + "Darlington Council's children's services were branded 'poor' in the annual rating, inspectors said."));
    }

    @Test
    void aListOfAreasBeforeTheGradeGivesEachOfThem() {
        assertEquals(Set.of("E06000018 overall good new", "E06000018 leadership good new", "E06000018 help_and_protection good new",
                        "E06000018 children_in_care good new"),
                tuples("Date: 3 May 2023\nNottingham City Council's children's services have been rated good by Ofsted. Inspectors "
                        + "judged the impact of leaders, the experiences and progress of children who need help and protection, and "
                        + "the experiences and progress of children in care to be good."));
    }

    @Test
    void aColonListAfterEveryAreaNamesTheAreas() {
        assertEquals(Set.of("E06000018 overall outstanding new", "E06000018 leadership outstanding new",
                        "E06000018 care_leavers outstanding new"),
                tuples("Date: 3 May 2023\nOfsted judged Nottingham City Council's children's services outstanding in every area: "
                        + "the impact of leaders and the experiences and progress of care leavers."));
    }

    @Test
    void aCountedListUnderTheSingleInspectionFrameworkIsARoundupOfPublishedGrades() {
        assertEquals(Set.of("E08000025 overall inadequate previous", "E06000039 overall inadequate previous",
                        "E08000026 overall inadequate previous"),
                tuples("Ofsted's report on children's services under the single inspection framework, introduced in November 2013\nThe three judged "
                        + "inadequate in this latest report are: Birmingham; Slough and Coventry."));
    }

    @Test
    void theseServicesAreTheOnesTheSentenceBeforeNamed() {
        assertEquals(Set.of("E06000018 overall good new", "E06000018 children_in_care requires_improvement new",
                        "E06000018 care_leavers requires_improvement new"),
                tuples("Date: 3 May 2016\nOfsted rated Nottingham City Council's children's services good. The support for "
                        + "children looked after and care leavers has improved. However, these services still require "
                        + "improvement to be good."));
    }

    @Test
    void aGradeInEveryAreaIsTheOverallGradeAndEachAreaTheTextNames() {
        assertEquals(Set.of("E06000018 overall good new"),
                tuples("Date: 3 May 2024\nOfsted has rated Nottingham City Council's children's services good in all four areas."));
        assertEquals(Set.of("E06000018 overall good new", "E06000018 leadership good new", "E06000018 care_leavers good new"),
                tuples("Date: 3 May 2024\nOfsted has inspected Nottingham City Council's children's services. It looked at "
                        + "the impact of leaders and at care leavers. Every area was rated good."));
    }

    @Test
    void theAnnualAssessmentsGradedTheServicesAsAWhole() {
        assertEquals(Set.of("E06000018 annual_rating inadequate previous"),
                tuples("Date: 3 May 2012\nIn 2007 Ofsted's annual performance assessment judged Nottingham City Council's children's "
                        + "services inadequate overall."));
        // undated, about the annual assessments, and naming no later year than theirs
        assertEquals(Set.of("E06000018 annual_rating inadequate new", "E06000018 annual_rating adequate previous"),
                tuples("Ofsted's annual performance assessments\nNottingham City Council's children's services were graded "
                        + "inadequate overall, down from adequate in 2007."));
    }

    @Test
    void asWasAndAsDidAddTheNextArea() {
        assertEquals(Set.of("E06000018 overall inadequate new", "E06000018 leadership inadequate new",
                        "E06000018 help_and_protection inadequate new"),
                tuples("Date: 3 May 2023\nNottingham City Council's children's services were rated inadequate by Ofsted. The impact "
                        + "of leaders was also judged inadequate, as was the help and protection of children."));
    }

    @Test
    void aTableCellWrappedOverLinesIsOneRow() {
        assertEquals(Set.of("E06000018 help_and_protection requires_improvement new"),
                tuples("Date: 3 May 2023\nOfsted inspection of Nottingham City Council children's services\n"
                        + "The experiences and progress of children who need help and\nprotection\nRequires improvement"));
    }

    @Test
    void readersCommentsAreNotTheStory() {
        String story = "Date: 3 May 2023\nNottingham City Council's children's services have been rated good by Ofsted.\n\n";
        assertEquals(Set.of("E06000018 overall good new"),
                tuples(story + "Comments (3)\nNottsLad: Derby City Council will be rated inadequate next, guaranteed.\n"
                        + "Jo_B: Derby City Council's children's services are inadequate and always were.\n"));
    }

    @Test
    void aSpeculativeWillIsNoGrade() {
        assertEquals(Set.of(), tuples("Date: 3 May 2023\nCouncillors fear Derby City Council's children's services will be "
                + "rated inadequate by Ofsted. They'll be inadequate, one said."));
    }

    @Test
    void aChildrensHomeStaysTheSubjectUntilChildrensServicesAreNamed() {
        assertEquals(Set.of("E06000015 overall good previous"),
                tuples("Date: 3 May 2023\nA children's home run by Derby City Council has been rated inadequate by Ofsted. "
                        + "Inspectors judged the leadership of the home inadequate. Inspectors rated its leadership and management "
                        + "inadequate too. Derby City Council's children's services were rated good by Ofsted in 2019."));
        assertEquals(Set.of(), tuples("Date: 3 May 2023\nDerby's youth justice service has been rated inadequate by HM "
                + "Inspectorate of Probation. Inspectors rated governance and leadership inadequate."));
    }

    @Test
    void anAbolishedCouncilIsAPlaceNotTheSubjectOfANewGrade() {
        assertEquals(Set.of("E06000064 overall inadequate new"),
                tuples("Date: 3 May 2024\nChildren in parts of Cumbria were left at risk, according to an Ofsted report that "
                        + "rated the children's services inadequate. Westmorland and Furness Council's children's services "
                        + "were rated inadequate by Ofsted."));
    }

    @Test
    void councilsListedAfterInAreTargetsNotPlaces() {
        assertEquals(Set.of("E08000035 overall good new", "E10000014 overall good new", "E08000009 overall good new"),
                tuples("Date: 3 May 2015\nOfsted judged children's services in Leeds, Hampshire and Trafford good."));
    }

    @Test
    void placesAcrossWhichStoriesRangeAreNotTheSubjectOfTheNextGrade() {
        assertEquals(Set.of("E08000031 overall good new", "E08000031 leadership good new"),
                tuples("Date: 3 May 2017\nChildren's services in Wolverhampton have been rated good by Ofsted. See more "
                        + "stories from across Birmingham here. Inspectors ranked leadership as good."));
        // nor a place joined to such a place
        assertEquals(Set.of("E08000026 overall good new", "E08000026 overall inadequate previous"),
                tuples("Date: 3 May 2017\nOfsted rated Coventry City Council's children's services good. See more stories "
                        + "from Solihull and Warwickshire here. Children's services were branded \"inadequate\" in 2014."));
    }

    @Test
    void aListOfBulletsAfterAColonNamesTheAreas() {
        assertEquals(Set.of("E08000024 help_and_protection inadequate new", "E08000024 adoption inadequate new",
                        "E08000024 children_in_care inadequate new"),
                tuples("Date: 3 May 2015\nOfsted has published its report on Sunderland City Council's children's services.\n"
                        + "Among the areas ruled inadequate are:\n\n  \u2022 Child protection\n  \u2022 Adoption\n  \u2022 Children in care\n"));
    }

    @Test
    void bulletsOfAreaDashGradeGiveEachAreaItsGrade() {
        assertEquals(Set.of("E06000013 overall outstanding new", "E06000013 help_and_protection good new",
                        "E06000013 adoption outstanding new", "E06000013 leadership outstanding new"),
                tuples("Date: 3 September 2017\nNorth Lincolnshire Council's children's services rated outstanding by Ofsted\n\n"
                        + "Below are some of the findings:\n\n  \u2022 Children who need help and protection \u2013 good\n"
                        + "  \u2022 Adoption performance \u2013 outstanding\n"
                        + "  \u2022 Leadership, management and governance \u2013 outstanding\n"));
    }

    @Test
    void aPhraseWithWithGradesItsOwnArea() {
        assertEquals(Set.of("E06000058 children_in_care requires_improvement new", "E06000058 care_leavers requires_improvement new",
                        "E06000058 overall inadequate new"),
                tuples("Date: 3 May 2022\nOfsted has inspected BCP Council's children's services. The council was judged to be "
                        + "requires improvement to be good for the experiences and progress of children in care and care leavers, "
                        + "with overall effectiveness as inadequate."));
    }

    @Test
    void anAreaWhoseNameHasCommasIsNoRelativeClauseOfTheAreaBefore() {
        assertEquals(Set.of("E08000008 help_and_protection inadequate new", "E08000008 leadership inadequate new"),
                tuples("Date: 9 December 2016\nOfsted has inspected Tameside Council's children's services. Both the children "
                        + "who need protection service and the leadership, management and governance were rated inadequate."));
    }

    @Test
    void anAnnualRatingToldAfterTheLastOfThemIsAnEarlierOne() {
        assertEquals(Set.of("E10000008 annual_rating performs_poorly previous"),
                tuples("Date: 3 May 2013\nOfsted's new inspections of children's services have begun. Record keeping, "
                        + "for example, was blamed when Devon was rated 'poor' by Ofsted."));
        assertEquals(Set.of("E10000008 annual_rating performs_poorly new"),
                tuples("Date: 3 December 2010\nOfsted's annual ratings of children's services are out. Record keeping, "
                        + "for example, was blamed when Devon was rated 'poor' by Ofsted."));
    }

    @Test
    void aGradeGivenAcrossTheAreasAColonListsTakesThem() {
        assertEquals(Set.of("E06000027 overall good new", "E06000027 leadership good new", "E06000027 help_and_protection good new",
                        "E06000027 children_in_care good new"),
                tuples("Date: 3 February 2026\nOfsted has rated Torbay Council's children's services as good.\n\nThe Good "
                        + "rating, following the inspection in January, applies across all of these areas:\n\n"
                        + "  \u2022 The impact of leaders on social work practice with children and families\n"
                        + "  \u2022 The experiences and progress of children who need help and protection\n"
                        + "  \u2022 The experiences and progress of children in care\n"));
    }

    @Test
    void areasAfterExceptTakeTheirOwnGrade() {
        assertEquals(Set.of("E10000012 overall outstanding new", "E10000012 children_in_care good new", "E10000012 care_leavers good new"),
                tuples("Date: 3 May 2019\nOfsted awarded Essex County Council outstanding in all areas except \"the "
                        + "experiences and progress of children in care and care leavers\", which it found to be \"good\"."));
    }

    @Test
    void locatorsAndPartnersAreNotTargets() {
        assertEquals(Set.of("E06000028 annual_rating performs_well new", "E06000029 annual_rating performs_adequately new"),
                tuples("Date: 9 December 2010\nIn Ofsted's annual rating of children's services, in Dorset, Bournemouth performs "
                        + "well, while neighbouring Poole performs adequately."));
        assertEquals(Set.of("E09000030 overall good new"),
                tuples("Date: 9 April 2019\nTower Hamlets, which shares some services with Hackney, has been rated good by Ofsted "
                        + "for its children's services."));
    }

    @Test
    void councilsAfterASubordinatorAreAnotherClausesSubject() {
        assertEquals(Set.of("E09000030 overall good new"),
                tuples("Date: 9 April 2019\nTower Hamlets children's services climb to 'good' in Ofsted inspection as Croydon "
                        + "and Brent await theirs."));
        assertEquals(Set.of("E08000025 annual_rating performs_poorly new", "E08000006 annual_rating performs_poorly new",
                        "E06000031 annual_rating performs_poorly new"),
                tuples("Date: 9 December 2010\nIn Ofsted's annual ratings of children's services, Birmingham City Council was "
                        + "rated as performing poorly, as were Salford and Peterborough."));
    }

    @Test
    void aTimeOfAnotherClauseIsNotTheGradesTime() {
        assertEquals(Set.of("E06000061 overall requires_improvement new 2025"),
                withYears("Date: 3 March 2025\nNorth Northamptonshire's children's services were judged by Ofsted to require "
                        + "improvement - the first time since the county council was abolished in 2021."));
        assertEquals(Set.of("E09000014 overall requires_improvement new 2024"),
                withYears("Date: 3 March 2024\nIn Haringey, where the death of a child in 2007 changed child protection, children's "
                        + "services were judged by Ofsted to require improvement to be good."));
        assertEquals(Set.of("E08000025 overall good new 2025"),
                withYears("Date: 3 March 2025\nBirmingham's children's services, delivered since 2018 by a trust, have been "
                        + "judged good by Ofsted."));
    }

    @Test
    void aSentenceOpeningWithItsTimeDatesItsGrade() {
        assertEquals(Set.of("E08000025 overall good new 2025", "E08000025 safeguarding inadequate previous 2012"),
                withYears("Date: 3 March 2025\nBirmingham's children's services have been judged good by Ofsted. In 2012 an "
                        + "inspection of safeguarding and looked after children's services judged the overall effectiveness of "
                        + "safeguarding in the city to be inadequate."));
    }

    @Test
    void standingGradesAreContext() {
        assertEquals(Set.of("E08000002 overall inadequate new", "E08000007 overall good previous", "E08000010 overall good previous",
                        "E08000003 overall requires_improvement previous"),
                tuples("Date: 3 March 2025\nBury Council's children's services have been rated inadequate by Ofsted. Stockport "
                        + "and Wigan are currently rated good, while Manchester is rated requires improvement."));
        assertEquals(Set.of("E06000012 overall inadequate new", "E06000013 overall outstanding previous"),
                tuples("Date: 3 March 2025\nNorth East Lincolnshire Council's children's services have been rated inadequate by "
                        + "Ofsted. North Lincolnshire Council, which is rated outstanding, has offered support."));
        assertEquals(Set.of("E06000034 overall inadequate previous"),
                tuples("Date: 3 March 2025\nAn Ofsted monitoring visit to Thurrock Council's children's services found progress. "
                        + "Monitoring visits do not change the grade, which remains inadequate until a full re-inspection."));
    }

    @Test
    void aFollowUpStoryPlacesTheGradeInThePast() {
        assertEquals(Set.of("E08000034 overall inadequate previous"),
                tuples("Date: 20 December 2016\nKirklees Council's children's services are to be overseen by a commissioner, "
                        + "after the council was rated inadequate by Ofsted last month. Ofsted rated Kirklees Council's children's "
                        + "services inadequate in November 2016."));
        assertEquals(Set.of("E06000021 overall inadequate previous"),
                tuples("Date: 10 June 2024\nA commissioner will oversee Stoke-on-Trent City Council. The move follows the Ofsted "
                        + "inspection published in March which rated the city council's children's services inadequate."));
    }

    @Test
    void anInspectionsFieldworkMonthDoesNotMakeItsGradeOld() {
        assertEquals(Set.of("E08000028 overall requires_improvement new"),
                tuples("Date: 19 July 2022\nOfsted has graded Sandwell Council's children's services as requires improvement to be "
                        + "good in its latest inspection, carried out in April and May."));
    }

    @Test
    void movingOutOfAGradeMakesItTheEarlierOne() {
        assertEquals(Set.of("E08000008 overall inadequate previous"),
                tuples("Issued: 30 August 2019\nTameside Council's children's services have moved out of inadequate following "
                        + "their latest Ofsted inspection, published today."));
    }

    @Test
    void gradingScalesKindsOfGradeAndPartialCountsAreNotOutcomes() {
        assertEquals(Set.of("E09000030 overall outstanding new", "E09000030 overall inadequate previous",
                        "E09000030 overall good previous"),
                tuples("Date: 10 July 2024\nTower Hamlets Council's children's services have been rated outstanding by Ofsted, "
                        + "completing a turnaround for a council that was rated inadequate in 2017 and good in 2019."));
        assertEquals(Set.of(), tuples("Date: 10 July 2026\nUnder Ofsted's new children's services framework for Thurrock Council "
                + "and others, an inadequate judgement in any single area can trigger intervention."));
        assertEquals(Set.of(), tuples("Date: 10 July 2026\nOfsted has found that children's services in Thurrock are good in "
                + "three of the four areas it inspects."));
        assertEquals(Set.of(), tuples("Date: 10 July 2014\nOfsted inspected Thurrock's children's services. A local authority "
                + "that is inadequate has services where there are widespread failures."));
    }

    @Test
    void theLowestAndTopRatingsAreGrades() {
        assertEquals(Set.of("E08000017 annual_rating performs_poorly new", "E08000025 annual_rating performs_poorly new"),
                tuples("Date: 9 December 2010\nIn Ofsted's annual rating of children's services, Doncaster and Birmingham received "
                        + "the lowest of the four ratings."));
        // kept: the grade is new, and was the council's before
        assertEquals(Set.of("E06000013 overall outstanding new", "E06000013 overall outstanding previous"),
                tuples("Date: 9 December 2022\nNorth Lincolnshire Council's children's services have kept the top rating from "
                        + "Ofsted."));
    }

    @Test
    void theCapacityToImproveIsNotAGradeOfTheServices() {
        assertEquals(Set.of("E06000023 safeguarding adequate new"),
                tuples("Date: 9 March 2011\nAn Ofsted inspection rated the overall effectiveness of safeguarding services in "
                        + "Bristol as adequate, with the capacity to improve judged good."));
    }

    @Test
    void aSpeakersCouncilIsTheOneItsServicesBelongTo() {
        assertEquals(Set.of("E09000014 safeguarding inadequate new", "E08000024 safeguarding good new"),
                tuples("Date: 4 May 2011\nOfsted found Haringey Council's safeguarding services inadequate. A spokesman for "
                        + "Sunderland City Council said its safeguarding services had been judged good by Ofsted."));
    }

    @Test
    void theCountyIsTheCountyCouncilNamedLast() {
        assertEquals(Set.of("E10000017 overall inadequate previous", "E10000017 overall good previous"),
                tuples("Date: 4 May 2025\nLancashire County Council runs children's services around Blackburn with Darwen. "
                        + "Blackburn with Darwen is a separate council. The county's children's services were rated inadequate by "
                        + "Ofsted in 2015 but had improved to good by 2023."));
    }

    @Test
    void otherRegulatorsAndRangesAreNotChildrensServicesGrades() {
        assertEquals(Set.of(), tuples("Date: 4 May 2025\nThurrock Council's adult social care has been rated requires "
                + "improvement by the Care Quality Commission, which took over from Ofsted-style inspections of children's services."));
        assertEquals(Set.of(), tuples("Date: 4 May 2025\nA spokesman said most of Thurrock Council's children's services had "
                + "been judged good or better by Ofsted."));
    }

    @Test
    void aNameWithCommasIsOneCouncilAndAnOldOfficialNameTheOldCouncil() {
        assertEquals(Set.of("E06000058 overall inadequate new"),
                tuples("Date: 4 May 2021\nChildren's services run by Bournemouth, Christchurch and Poole Council have been "
                        + "rated inadequate by Ofsted."));
        assertEquals(Set.of("E10000027 overall inadequate new"),
                tuples("Somerset County Council's children's services have been rated inadequate by Ofsted."));
    }

    @Test
    void councilPapersOnAHostedDemocracySiteNameTheirCouncil() {
        assertEquals(Set.of("E08000008 overall inadequate new"),
                tuples("URL: https://tameside.moderngov.co.uk/mgAi.aspx?ID=1\n\nMinutes\nMembers were advised that the overall "
                        + "effectiveness of children's services had been judged by Ofsted to be inadequate."));
    }

    @Test
    void fromOneGradeToAnotherSharesTheVerb() {
        assertEquals(Set.of("E06000016 overall good previous", "E06000016 overall requires_improvement new"),
                tuples("Date: 4 May 2025\nIn the latest Ofsted inspection of children's services, Leicester City Council has "
                        + "dropped from good to requires improvement."));
    }

    @Test
    void aWhenClauseTakesTheYearBeforeIt() {
        assertEquals(Set.of("E09000027 overall good new 2024", "E09000021 overall good previous 2022"),
                withYears("Date: 28 March 2024\nRichmond upon Thames children's services have been rated good by Ofsted. The "
                        + "result follows Ofsted's inspection of Kingston in 2022, when the Royal Borough's services, also "
                        + "delivered by the same company, were rated good."));
    }

    @Test
    void aQuotedGradeOfSomethingElseIsAnAdjective() {
        assertEquals(Set.of("E08000037 overall good new"),
                tuples("Date: 28 March 2024\nGateshead Council's children's services have been rated good by Ofsted. "
                        + "Inspectors highlighted the borough's \"outstanding\" work with care leavers."));
        assertEquals(Set.of("E08000037 overall inadequate new"),
                tuples("Date: 28 March 2024\nOfsted inspectors found Gateshead's \"inadequate\" children's services were failing."));
    }
}
