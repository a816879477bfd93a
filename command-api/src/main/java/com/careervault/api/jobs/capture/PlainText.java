package com.careervault.api.jobs.capture;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML turned into plain text, as a reader sees it: text only (never the content of {@code script}, {@code style},
 * {@code template}, {@code noscript} and other non-text elements), white space collapsed as a browser does,
 * block elements on lines of their own, paragraphs and headings set apart by an empty line, list items as
 * {@code "- item"} lines, {@code <br>} as a line break. The walk is jsoup's iterative traversal, so deeply
 * nested markup costs no stack.
 */
public final class PlainText {

    /** Elements whose content is never text a reader sees. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "head", "select", "textarea", "button", "canvas", "video", "audio");
    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("div", "section", "article", "header", "footer", "main",
            "aside", "nav", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "pre", "figure",
            "figcaption", "form", "fieldset", "address", "hr", "details", "summary", "center");
    /** Blocks set apart from what surrounds them by an empty line. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\r\\n\\u00a0]+");
    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)[^<>]*>");

    private PlainText() {
    }

    /** The text of an HTML fragment, several lines. */
    public static String ofHtml(String html) {
        // text without markup keeps its line breaks (Google's JobPosting description: "<br>, <p>, or \n")
        String source = MARKUP.matcher(html).find() ? html : html.replaceAll("\r\n?|\n", "<br>");
        String text = of(Jsoup.parseBodyFragment(source).body());
        // a description HTML-escaped twice (&lt;p&gt;) reads as markup after one pass: take its text too
        return MARKUP.matcher(text).find() ? of(Jsoup.parseBodyFragment(text).body()) : text;
    }

    /** The text of an HTML fragment on one line (names, titles, places). */
    public static String lineOfHtml(String html) {
        return SPACES.matcher(ofHtml(html)).replaceAll(" ").strip();
    }

    /** The text of a node and its descendants, several lines. */
    public static String of(Node root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element element && node != root) {
                    String name = element.normalName();
                    if (SKIPPED.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("br")) {
                        out.append('\n');
                    } else if (name.equals("li")) {
                        out.append("\n- ");
                    } else if (PARAGRAPHS.contains(name)) {
                        out.append("\n\n");
                    } else if (BLOCKS.contains(name)) {
                        out.append('\n');
                    } else if (name.equals("td") || name.equals("th")) {
                        out.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && node != root) {
                    String name = element.normalName();
                    if (PARAGRAPHS.contains(name)) {
                        out.append("\n\n");
                    } else if (BLOCKS.contains(name)) {
                        out.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return tidy(out);
    }

    /** Each line stripped, runs of empty lines cut to one, none at the start or end. */
    private static String tidy(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int emptyLines = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                emptyLines++;
                continue;
            }
            if (!text.isEmpty()) {
                text.append(emptyLines > 0 ? "\n\n" : "\n");
            }
            text.append(stripped);
            emptyLines = 0;
        }
        return text.toString();
    }
}
