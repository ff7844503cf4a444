package watch.safeguarding.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import watch.safeguarding.catalog.service.Csv;

class CsvTest {

    @Test
    void fieldsThatNeedItAreQuotedAndLinesEndInCrLf() {
        assertEquals("code,name,n\r\nE1,\"Bournemouth, Christchurch and Poole\",1\r\nE2,\"say \"\"hi\"\"\",\r\n",
                Csv.table(List.of("code", "name", "n"), List.of(List.of("E1", "Bournemouth, Christchurch and Poole", 1),
                        Arrays.asList("E2", "say \"hi\"", null))));
        assertEquals("a,b\r\n", Csv.table(List.of("a", "b"), List.of()));
    }

    @Test
    void rowsAreReadByTheirHeaderWithQuotedCommasAndBlankLinesSkipped() throws Exception {
        List<Map<String, String>> rows = Csv.rows(new StringReader("urn,name,grade\n1,\"A, B\",Good\n\n2,\"line\nbreak\",\"\"\"q\"\"\"\n"));
        assertEquals(2, rows.size());
        assertEquals(Map.of("urn", "1", "name", "A, B", "grade", "Good"), rows.get(0));
        assertEquals("line\nbreak", rows.get(1).get("name"));
        assertEquals("\"q\"", rows.get(1).get("grade"));
    }
}
