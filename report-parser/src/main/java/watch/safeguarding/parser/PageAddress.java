package watch.safeguarding.parser;

import java.util.List;
import java.util.Locale;

/** What a page's address says: the words of its last segment, which often are the story's headline. */
final class PageAddress {

    private PageAddress() {
    }

    /** The lower-case words of the address's last segment ("/news/newham-downgraded-to-inadequate/?x=1"). */
    static List<String> lastSegmentWords(String url) {
        if (url == null) {
            return List.of();
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return List.of(path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).split("[^a-z]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
    }

    /** The last segment reads as a headline about an inspection (headline-address-words.txt). */
    static boolean readsAsHeadline(String url) {
        return lastSegmentWords(url).stream().anyMatch(Lexicon.HEADLINE_ADDRESS_WORDS::contains);
    }

    /** "/middlesbrough-childrens-services-rated-inadequate-by-ofsted": the address names children's services. */
    static boolean namesChildrensServices(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).matches(".*childrens?-(s-)?(services|social-care).*");
    }
}
