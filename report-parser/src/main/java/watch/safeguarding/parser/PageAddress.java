package watch.safeguarding.parser;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a page's address says: the words of its last segment, which often are the story's headline. */
final class PageAddress {

    private static final Pattern HOST = Pattern.compile("^[a-zA-Z]+://[^/]*");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern CHILDRENS_SERVICES = Pattern.compile("childrens?-(s-)?(services|social-care)");

    private PageAddress() {
    }

    /** The lower-case words of the address's last segment ("/news/x-downgraded-to-inadequate/?utm=1"). */
    static List<String> lastSegmentWords(String url) {
        if (url == null) {
            return List.of();
        }
        String path = TRAILING_SLASHES.matcher(QUERY.matcher(HOST.matcher(url).replaceFirst("")).replaceFirst(""))
                .replaceFirst("");
        return NON_LETTERS.splitAsStream(path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** The last segment reads as a headline about an inspection (headline-address-words.txt). */
    static boolean readsAsHeadline(String url) {
        return lastSegmentWords(url).stream().anyMatch(Lexicon.HEADLINE_ADDRESS_WORDS::contains);
    }

    /** "/x-childrens-services-rated-inadequate-by-ofsted": the address names children's services. */
    static boolean namesChildrensServices(String url) {
        return url != null && CHILDRENS_SERVICES.matcher(url.toLowerCase(Locale.ROOT)).find();
    }
}
