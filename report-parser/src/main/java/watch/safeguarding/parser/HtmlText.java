package watch.safeguarding.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Visible article text of an HTML page, with page furniture dropped. */
final class HtmlText {

    record Page(String text, String url, String title, LocalDate publishedDate) {
    }

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "nav", "header",
            "footer", "aside", "form", "button", "select", "option", "textarea", "iframe", "svg", "canvas", "object",
            "embed", "menu", "dialog", "input", "label", "figure-caption-hidden");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "tr", "td", "th", "table", "section", "article", "main", "blockquote", "dd", "dt", "dl",
            "pre", "hr", "figcaption", "caption", "tbody", "thead", "address", "summary", "details");

    private static final String[] BOILERPLATE_MARKERS = {"cookie", "consent", "gdpr", "newsletter", "related",
            "share", "social", "breadcrumb", "comment", "sidebar", "advert", "promo", "navigation", "navbar", "menu",
            "masthead", "site-header", "site-footer", "subscribe", "banner", "popup", "modal", "skip-link",
            "most-read", "mostread", "trending", "recommended", "read-more", "readmore", "more-stories", "outbrain",
            "taboola"};

    private HtmlText() {
    }

    static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String url = meta(doc, "meta[property=og:url]", "content");
        if (url == null) {
            url = meta(doc, "link[rel=canonical]", "href");
        }
        String title = meta(doc, "meta[property=og:title]", "content");
        if (title == null) {
            String t = doc.title();
            title = t == null || t.isBlank() ? null : t.trim();
        }
        LocalDate published = null;
        String pub = meta(doc, "meta[property=article:published_time]", "content");
        if (pub == null) {
            pub = meta(doc, "meta[name=date]", "content");
        }
        if (pub == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) {
                pub = time.attr("datetime");
            }
        }
        if (pub != null) {
            published = Dates.parseIsoPrefix(pub);
        }

        // collect removals first (iteratively), then detach
        List<Node> drop = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    drop.add(node);
                } else if (node instanceof Element e) {
                    if (e == doc.body() || e == doc || "html".equals(e.normalName()) || "body".equals(e.normalName())) {
                        return;
                    }
                    if (DROP_TAGS.contains(e.normalName()) || isBoilerplate(e)) {
                        drop.add(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, doc);
        for (Node n : drop) {
            if (n.parent() != null) {
                n.remove();
            }
        }
        Element root = doc.selectFirst("article");
        if (root == null || root.text().length() < 200) {
            root = doc.body() != null ? doc.body() : doc;
        }
        StringBuilder sb = new StringBuilder(Math.min(html.length(), 1 << 20));
        Element start = root;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    appendCollapsed(sb, s);
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    newline(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    newline(sb);
                }
            }
        }, start);
        String text = sb.toString().replaceAll("\n{3,}", "\n\n").trim();
        return new Page(text, url, title, published);
    }

    private static boolean isBoilerplate(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
                || role.equals("complementary") || role.equals("search") || role.equals("dialog")) {
            return true;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        String key = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (key.isBlank()) {
            return false;
        }
        for (String m : BOILERPLATE_MARKERS) {
            if (key.contains(m)) {
                // do not drop the main article container just because of a generic class name
                String n = e.normalName();
                if (n.equals("article") || n.equals("main")) {
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    private static void appendCollapsed(StringBuilder sb, String s) {
        boolean space = sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
    }

    private static void newline(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
        }
        sb.setLength(n);
        if (n > 0 && sb.charAt(n - 1) != '\n') {
            sb.append('\n');
        }
    }

    private static String meta(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
