package watch.safeguarding.parser;

/** What a whole text is about, from its words and its page address, before any sentence is read. */
final class StoryTopic {

    private StoryTopic() {
    }

    /** The text is about inspections of children's services at all (lower-case text). */
    static boolean aboutChildrensServicesInspections(String lower, String url) {
        boolean inspection = lower.contains("ofsted") || lower.contains("inspect") || lower.contains("ilacs");
        boolean childrenContext = lower.contains("children's services") || lower.contains("childrens services")
                || lower.contains("children's social care") || lower.contains("social care")
                || lower.contains("child protection") || lower.contains("safeguarding")
                || lower.contains("looked after") || lower.contains("looked-after")
                || lower.contains("children in care") || lower.contains("care leavers")
                || lower.contains("help and protection") || lower.contains("annual rating")
                || lower.contains("children and young people's services") || lower.contains("childcare protection")
                || lower.contains("children services") || lower.contains("children's social work")
                || lower.contains("family services") || lower.contains("early help")
                || lower.contains("vulnerable children") || lower.contains("children in need")
                || PageAddress.namesChildrensServices(url);
        boolean otherInspectorate = !lower.contains("ofsted") && (lower.contains("probation")
                || lower.contains("youth offending") || lower.contains("youth justice")
                || lower.contains("care inspectorate") || lower.contains("hmie") || lower.contains("estyn"));
        return inspection && childrenContext && !otherInspectorate;
    }

    /** The text is about the annual performance assessments or annual ratings (to 2011). */
    static boolean annualRatings(String lower) {
        return lower.contains("annual rating") || lower.contains("annual children's services rating")
                || lower.contains("performing poorly")
                || lower.contains("performs poorly") || lower.contains("performing excellently")
                || lower.contains("annual assessment") || performanceAssessments(lower);
    }

    /**
     * The year a text that names none is taken to be of: the 2009-11 annual ratings' first when it speaks their words
     * ("performing poorly"), the performance assessments' last when it names them; else 0 (no year to go on).
     */
    static int undatedEra(String lower) {
        if (lower.contains("performing poorly") || lower.contains("performs poorly") || lower.contains("performing excellently")
                || lower.contains("performs excellently") || lower.contains("performing adequately")
                || lower.contains("performs adequately")) {
            return Lexicon.LAST_ANNUAL_ASSESSMENT + 1;
        }
        return performanceAssessments(lower) ? Lexicon.LAST_ANNUAL_ASSESSMENT : 0;
    }

    /** The annual performance assessments by name (2005-08): "the annual Ofsted performance assessments", "APA". */
    static boolean performanceAssessments(String lower) {
        return lower.contains("performance assessment") || lower.contains(" apa ") || lower.contains(" apas ")
                || lower.contains("(apa)") || lower.contains("(apas)");
    }

    /** The single inspection framework (from late 2013) or ILACS (2018) by name: "under the SIF", "the ILACS framework". */
    static boolean singleInspections(String lower) {
        return lower.contains("single inspection framework") || lower.contains(" sif ") || lower.contains("(sif)")
                || lower.contains(" sif.") || lower.contains(" sif,") || lower.contains("ilacs");
    }

    /**
     * The 2009-13 safeguarding and child protection inspections: their grades default to the safeguarding area. SIF
     * and ILACS inspections (from late 2013) were unannounced too, so the word alone says nothing after that; with no
     * year in the text, the word stands (an "adequate" there is of that era; "requires improvement" is not).
     */
    static boolean childProtectionInspection(String lower, int refYear) {
        return refYear <= Lexicon.FIRST_SIF_YEAR && (lower.contains("protection of children")
                || lower.contains("child protection inspection"))
                || refYear < Lexicon.FIRST_SIF_YEAR && (lower.contains("unannounced") || lower.contains("spot check")
                || lower.contains("spot-check") || lower.contains("surprise inspection"));
    }
}
