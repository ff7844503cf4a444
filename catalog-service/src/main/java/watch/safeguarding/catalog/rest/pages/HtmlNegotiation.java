package watch.safeguarding.catalog.rest.pages;

import java.util.regex.Pattern;

/**
 * Whether a request for one of the API's paths gets the readers' page instead of JSON: only when the client asks for
 * HTML by name at least as much as for JSON (a browser does; curl's and most clients' {@code *}{@code /*} does not),
 * so every existing API client keeps getting exactly what it got.
 */
final class HtmlNegotiation {

    /** The API paths that have a page: /councils, /councils/{code}, /judgements, /reports, /reports/{id}. */
    private static final Pattern PAGE_PATHS = Pattern.compile("/(councils|judgements|reports)(/[^/]+)?/?");

    private HtmlNegotiation() {
    }

    static boolean hasPage(String path) {
        return PAGE_PATHS.matcher(path).matches();
    }

    static boolean prefersHtml(String accept) {
        if (accept == null) {
            return false;
        }
        double html = -1;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            double q = quality(parts);
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, q);
            } else if (type.equals("application/json") || type.equals("text/csv") || type.equals("application/*")) {
                json = Math.max(json, q);
            }
        }
        return html > 0 && html >= json;
    }

    /** Whether an Accept-Encoding header takes gzip, by name or as "*", with a quality above 0. */
    static boolean takesGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && quality(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
