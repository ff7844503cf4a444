package watch.safeguarding.catalog.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** RFC 4180 CSV by Jackson's CSV module: the seed file in, the CSV responses out. */
public final class Csv {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final ObjectReader ROWS = MAPPER.readerFor(new TypeReference<Map<String, String>>() {
    }).with(CsvSchema.emptySchema().withHeader()).with(CsvParser.Feature.SKIP_EMPTY_LINES);
    private static final ObjectWriter LINES = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private Csv() {
    }

    /** The rows of a CSV whose first line names the columns, as column to value; a short row lacks its last columns. */
    public static List<Map<String, String>> rows(Reader csv) throws IOException {
        return ROWS.<Map<String, String>>readValues(csv).readAll();
    }

    /** A header line and one line per row, fields quoted where they need it, CRLF line ends. */
    public static String table(List<String> header, List<? extends List<?>> rows) {
        try {
            return LINES.writeValueAsString(List.of(header)) + (rows.isEmpty() ? "" : LINES.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
