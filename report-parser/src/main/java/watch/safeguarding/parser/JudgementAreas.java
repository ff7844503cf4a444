package watch.safeguarding.parser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The judgement areas that area mentions stand for in the era of a grade or a text. */
final class JudgementAreas {

    private static final int LAST_CHILD_PROTECTION_INSPECTION_YEAR = 2013;

    private JudgementAreas() {
    }

    /**
     * The judgement areas of the mentions chosen for a grade of the year {@code era}, or the one it implies when
     * they name none.
     */
    static Set<String> forGrade(DocumentState doc, Tokens t, Grade g, List<Area> chosen, int era) {
        Set<String> out = new LinkedHashSet<>();
        boolean ilacsList = false;
        boolean specific = false;
        boolean outcomeStrand = false;
        for (Area a : chosen) {
            String ar = a.area();
            if (ar.equals(Lexicon.LEADERSHIP) || ar.equals(Lexicon.OVERALL) || ar.equals(Lexicon.IN_CARE)
                    || ar.equals(Lexicon.CARE_LEAVERS)) {
                ilacsList = true;
            }
            if (!ar.equals(Lexicon.OVERALL_WEAK) && !ar.equals(Lexicon.OVERALL)) {
                specific = true;
            }
        }
        boolean ofStrand = false;
        for (int i = 0; i < chosen.size(); i++) {
            Area a = chosen.get(i);
            String ar = a.area();
            Area nextArea = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
            boolean modifier = nextArea != null && nextArea.from() - a.to() <= 1
                    && (nextArea.from() == a.to() || t.is(a.to(), "at") || t.is(a.to(), "of") || t.is(a.to(), "for")
                    || t.is(a.to(), "in"));
            // "the economic prospects for looked-after children": the strand's, not the looked-after judgement
            if (ofStrand) {
                ofStrand = false;
                continue;
            }
            switch (ar) {
                case Lexicon.OVERALL_WEAK -> {
                    if (!specific) {
                        out.add(Lexicon.OVERALL);
                    }
                }
                case Lexicon.OVERALL -> {
                    if (!modifier) {
                        out.add(Lexicon.OVERALL);
                    }
                }
                case Lexicon.SAFEGUARDING -> {
                    // the single framework (2014) has no safeguarding judgement: "good for safeguarding" is its help
                    // and protection; in a text about the annual assessments (to 2008), "inadequate in safeguarding"
                    // is their staying-safe outcome, no judgement area
                    if (doc.annual && era > 0 && era <= Lexicon.LAST_ANNUAL_ASSESSMENT) {
                        doc.stayingSafeNamed = true;
                        outcomeStrand = true;
                    } else if (!modifier) {
                        out.add(era >= Lexicon.FIRST_SIF_YEAR ? Lexicon.HELP : Lexicon.SAFEGUARDING);
                    }
                }
                case Lexicon.ALL_AREAS -> {
                    out.add(Lexicon.OVERALL);
                    // "in every area: leaders, ..." names them; a bare "in every area" leaves them to the era
                    doc.allAreas = chosen.stream().allMatch(c -> c.area().equals(Lexicon.ALL_AREAS)
                            || c.area().equals(Lexicon.OVERALL) || c.area().equals(Lexicon.OVERALL_WEAK));
                }
                case Lexicon.STAYING_SAFE, Lexicon.CHILD_PROTECTION -> {
                    // the annual assessments graded five outcomes for children besides the whole; "staying safe" is
                    // one of them, and so is "child protection" in a text that names it: no judgement area
                    boolean strand = era > 0 && era <= Lexicon.LAST_ANNUAL_ASSESSMENT
                            && (ar.equals(Lexicon.STAYING_SAFE) || doc.stayingSafeNamed);
                    if (strand) {
                        doc.stayingSafeNamed = true;
                        outcomeStrand = true;
                    } else {
                        out.add(ilacsList || era >= Lexicon.FIRST_SIF_YEAR && !g.rating().equals("adequate") ? Lexicon.HELP
                                : Lexicon.SAFEGUARDING);
                    }
                }
                case Lexicon.OUTCOME_STRAND -> {
                    outcomeStrand = true;
                    ofStrand = modifier;
                }
                case Lexicon.IN_AND_LEAVING_CARE -> {
                    out.add(Lexicon.IN_CARE);
                    out.add(Lexicon.CARE_LEAVERS);
                }
                default -> out.add(ar);
            }
        }
        if (out.isEmpty() && outcomeStrand) {
            return out;
        }
        if (out.isEmpty()) {
            return implied(doc, g, era);
        } else if (doc.cpInspection && out.size() == 1 && out.contains(Lexicon.OVERALL)
                && !g.rating().equals("requires_improvement")) {
            out.clear();
            out.add(Lexicon.SAFEGUARDING);
        }
        return out;
    }

    /** A grade that names no area: the whole, or safeguarding when a child protection inspection gave it. */
    static Set<String> implied(DocumentState doc, Grade g, int era) {
        doc.areaImplied = true;
        Set<String> out = new LinkedHashSet<>();
        out.add(childProtectionInspection(doc, g, era) ? Lexicon.SAFEGUARDING : Lexicon.OVERALL);
        return out;
    }

    /**
     * A grade with no area named that a safeguarding or child protection inspection gave: the text is about one, or
     * the grade is an "adequate" of 2009-13, when those inspections gave the word that most texts tell of (the
     * looked-after children judgement beside them is named when meant).
     */
    private static boolean childProtectionInspection(DocumentState doc, Grade g, int era) {
        return doc.cpInspection && !g.rating().equals("requires_improvement")
                || g.rating().equals("adequate") && era > Lexicon.LAST_ANNUAL_ASSESSMENT && era <= LAST_CHILD_PROTECTION_INSPECTION_YEAR;
    }

    /**
     * "The inspection looked at three areas: the impact of leaders ...; ... and ...": the areas a sentence lists after
     * a colon, for a grade of "these areas" in the next one; empty for any other sentence.
     */
    static Set<String> listed(Tokens t, int refYear) {
        int colon = -1;
        for (int k = 1; k < t.size && colon < 0; k++) {
            if (Tokens.isPunct(t, k, ':') && (t.is(k - 1, "areas") || t.is(k - 1, "services") || t.is(k - 1, "judgements")
                    || t.is(k - 1, "categories"))) {
                colon = k;
            }
            // "The areas assessed were children who need help and protection, ..." names them with its verb
            if (k == 2 && (t.is(1, "areas") || t.is(1, "categories") || t.is(1, "judgements")) && t.isAny(k + 1, Lexicon.BE)) {
                colon = k + 1;
            }
        }
        if (colon < 0) {
            return Set.of();
        }
        Set<String> out = mentionedFrom(t, colon + 1, refYear);
        return out.size() >= 2 ? out : Set.of();
    }

    /**
     * The judgement areas a sentence without a grade names ("The inspectors reviewed four key areas: how it supports
     * children who need help and protection, children in care, care leavers and leadership"), for a later "each area
     * was rated good" to take.
     */
    static Set<String> named(Tokens t, int refYear) {
        Set<String> out = mentionedFrom(t, 0, refYear);
        out.remove(Lexicon.OVERALL);
        return out;
    }

    private static Set<String> mentionedFrom(Tokens t, int from, int refYear) {
        Set<String> out = new LinkedHashSet<>();
        for (Area a : AreaMentions.find(t)) {
            if (a.from() >= from) {
                switch (a.area()) {
                    case Lexicon.OVERALL_WEAK, Lexicon.ALL_AREAS, Lexicon.ANNUAL, Lexicon.OUTCOME_STRAND -> {
                    }
                    case Lexicon.CHILD_PROTECTION, Lexicon.STAYING_SAFE -> out.add(refYear >= Lexicon.FIRST_SIF_YEAR ? Lexicon.HELP : Lexicon.SAFEGUARDING);
                    case Lexicon.IN_AND_LEAVING_CARE -> {
                        out.add(Lexicon.IN_CARE);
                        out.add(Lexicon.CARE_LEAVERS);
                    }
                    default -> out.add(a.area());
                }
            }
        }
        return out;
    }
}
