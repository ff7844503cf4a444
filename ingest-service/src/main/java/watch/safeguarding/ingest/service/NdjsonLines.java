package watch.safeguarding.ingest.service;

import java.util.ArrayList;
import java.util.List;

/** Splits an application/x-ndjson body into its non-blank lines, keeping their 1-based line numbers for the results. */
public final class NdjsonLines {

    public record Line(int number, String json) {
    }

    private NdjsonLines() {
    }

    public static List<Line> split(String body) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            number++;
            String line = body.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isBlank()) {
                lines.add(new Line(number, line));
            }
            start = end + 1;
        }
        return lines;
    }
}
