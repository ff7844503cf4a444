package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import watch.safeguarding.parser.Council;
import watch.safeguarding.parser.Gazetteer;

class TitleCouncilTest {

    private static final TitleCouncil TITLES = new TitleCouncil(Gazetteer.builtIn());

    private static String code(String title, String date) {
        Council c = TITLES.find(title, LocalDate.parse(date));
        return c == null ? null : c.code();
    }

    @Test
    void theTitleFormsOfThreeFrameworks() {
        assertEquals("E06000046", code("Inspection of the Isle of Wight local authority children's services",
                "2023-10-30"));
        assertEquals("E08000025", code("1 Birmingham City Council Inspection of services for children in need of help "
                + "and protection, children looked after and care leavers", "2014-03-18"));
        assertEquals("E09000006", code("London Borough of Bromley Inspection of services for children", "2016-04-11"));
        assertEquals("E09000033", code("1 City of Westminster Inspection of children's social care services",
                "2019-09-09"));
        assertEquals("E10000020", code("Inspection of looked after children services Norfolk County Council",
                "2013-07-08"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals("E06000022", code("Bath and North East Somerset Inspection of services", "2017-04-24"));
        assertEquals("E06000010", code("Kingston upon Hull Inspection of services", "2014-11-18"));
        assertEquals("E06000003", code("Borough of Redcar and Cleveland", "2017-01-16"));
    }

    @Test
    void theAuthorityInForceOnTheInspectionDate() {
        assertEquals("E10000021", code("Northamptonshire County Council Inspection of children's social care services",
                "2019-05-13"));
        assertEquals("E06000061", code("Inspection of North Northamptonshire Council children's services",
                "2022-06-06"));
        assertEquals("E10000027", code("Somerset County Council", "2015-01-20"));
        assertEquals("E06000066", code("Inspection of Somerset Council children's services", "2024-02-05"));
        assertEquals("E08000019", code("Sheffield City Council", "2019-07-15"));
        assertEquals("E10000002", code("Buckinghamshire County Council", "2018-01-08"));
        assertEquals("E06000060", code("Inspection of Buckinghamshire Council children's services", "2021-12-06"));
    }

    @Test
    void noCouncilInTheTitle() {
        assertNull(code("Inspection of services for children in need of help and protection", "2016-01-01"));
    }
}
