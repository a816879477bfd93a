package com.careervault.api.jobs.capture;

import com.careervault.api.jobs.capture.PostingDraft.Field;
import com.careervault.api.jobs.capture.PostingDraft.Source;
import com.careervault.contracts.jobs.JobFieldLimits;
import com.careervault.contracts.text.UnicodeText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a job posting page the client captured (never fetched here) into a {@link PostingDraft}.
 *
 * <p><b>Where from.</b> The page's schema.org {@code JobPosting}: the first one in its JSON-LD blocks (any
 * number of {@code <script type="application/ld+json">} blocks, each an object, an array, or an
 * {@code @graph}, a posting found at any depth, {@code @id} references resolved across blocks), then the first
 * microdata item of type {@code https://schema.org/JobPosting} (or {@code http://}) for the fields the JSON-LD
 * posting lacks. A block that is not JSON is skipped. The URL falls back to the page's canonical link, its
 * {@code og:url}, then the URL the client says it was at.
 *
 * <p><b>Field shapes.</b> {@code hiringOrganization} an Organization or a name; {@code jobLocation} one or many
 * Places (their PostalAddress as "locality, region, country"), joined with "; ", {@code jobLocationType}
 * {@code TELECOMMUTE} as "Remote", with {@code applicantLocationRequirements} in brackets; {@code baseSalary}
 * a MonetaryAmount whose {@code value} is a number or a QuantitativeValue with {@code minValue}/{@code maxValue}
 * and a {@code unitText} (HOUR, DAY, WEEK, MONTH, YEAR) as "USD 120,000-150,000 per year"; {@code employmentType}
 * one or many of FULL_TIME, PART_TIME, ... as "Full-time, Contractor"; dates (ISO 8601 date or date-time) as
 * their date; {@code description} HTML as plain text ({@link PlainText}). A value of a type that does not fit
 * (a number where an Organization belongs, an object for a date...) is left out, never guessed.
 *
 * <p><b>Safety.</b> Every value is text as a reader sees it: script and style content is never part of one.
 * Values are NFC, without control characters (line breaks only in the description), cut to the job fields'
 * limits; URLs are absolute http(s). Markup is parsed with jsoup, which bounds element nesting
 * ({@value #MAX_DEPTH} levels: deeper elements become siblings), and JSON with Jackson's default read
 * constraints (nesting depth, string and number lengths); microdata items nest at most
 * {@value #MAX_ITEM_DEPTH} levels.
 */
public final class PostingPages {

    static final int MAX_DEPTH = 512;
    static final int MAX_ITEM_DEPTH = 16;
    /** JSON-LD as pages write it: raw line breaks in strings, trailing commas and comments are common. */
    private static final JsonMapper JSON_LD = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}|\\p{Sc}");
    private static final Pattern UNIT = Pattern.compile("\\p{L}{1,20}");
    private static final Pattern HTTP_URL = Pattern.compile(JobFieldLimits.HTTP_URL);
    private static final Map<String, String> EMPLOYMENT_TYPES = Map.of(
            "FULL_TIME", "Full-time", "PART_TIME", "Part-time", "CONTRACTOR", "Contractor",
            "TEMPORARY", "Temporary", "INTERN", "Intern", "VOLUNTEER", "Volunteer", "PER_DIEM", "Per diem",
            "OTHER", "Other");
    /** The most values of a repeated property (locations, employment types) a field is made of. */
    private static final int MAX_VALUES = 20;

    private PostingPages() {
    }

    /** A page sent as text (already decoded): a {@code <meta charset>} in it changes nothing. */
    public static Document parse(String html, String baseUri) {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, baseUri == null ? "" : baseUri);
    }

    /**
     * A page sent as bytes: decoded with {@code charset} when the client named one, otherwise as the page says
     * (a byte order mark, {@code <meta charset>} or {@code http-equiv}), UTF-8 when it says nothing.
     */
    public static Document parse(byte[] html, Charset charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(),
                    baseUri == null ? "" : baseUri, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        } catch (IOException e) {
            // a byte array is never unreadable
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The draft of a parsed page.
     *
     * @param pageUrl where the client was (an absolute http(s) URL, or null): the last fallback of the URL
     */
    public static PostingDraft read(Document page, String pageUrl) {
        Posting jsonLd = jsonLd(page);
        Posting microdata = microdata(page);
        if (jsonLd == null && microdata == null) {
            Field url = pageUrl(page, pageUrl);
            return url == null ? PostingDraft.empty()
                    : new PostingDraft(false, null, null, null, null, null, null, null, url, null);
        }
        List<Posting> postings = new ArrayList<>();
        if (jsonLd != null) {
            postings.add(jsonLd);
        }
        if (microdata != null) {
            postings.add(microdata);
        }
        Field url = first(postings, p -> url(p.text(p.node.get("url")), page.location()));
        return new PostingDraft(true,
                first(postings, p -> line(p.text(p.node.get("hiringOrganization")), JobFieldLimits.COMPANY_MAX)),
                first(postings, p -> line(firstNonNull(p.text(p.node.get("title")), p.text(p.node.get("name"))),
                        JobFieldLimits.POSITION_MAX)),
                first(postings, p -> clip(p.location(), JobFieldLimits.LOCATION_MAX, false)),
                first(postings, p -> clip(p.salary(), JobFieldLimits.SALARY_RANGE_MAX, false)),
                first(postings, p -> clip(p.employmentType(), JobFieldLimits.LOCATION_MAX, false)),
                first(postings, p -> date(p.text(p.node.get("datePosted")))),
                first(postings, p -> date(p.text(p.node.get("validThrough")))),
                url != null ? url : pageUrl(page, pageUrl),
                first(postings, p -> {
                    String html = p.text(p.node.get("description"));
                    return html == null ? null : clip(PlainText.ofHtml(html), JobFieldLimits.JOB_DESCRIPTION_MAX, true);
                }));
    }

    /** The first posting's value, with its source. */
    private static Field first(List<Posting> postings, Function<Posting, String> value) {
        for (Posting posting : postings) {
            String found = value.apply(posting);
            if (found != null) {
                return new Field(found, posting.source);
            }
        }
        return null;
    }

    private static Field pageUrl(Document page, String pageUrl) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : url(canonical.attr("href"), page.location());
        if (url == null) {
            Element og = page.selectFirst("meta[property=og:url][content]");
            url = og == null ? null : url(og.attr("content"), page.location());
        }
        if (url != null) {
            return new Field(url, Source.META);
        }
        String requested = url(pageUrl, null);
        return requested == null ? null : new Field(requested, Source.REQUEST);
    }

    // ---- finding the posting

    /** The first JSON-LD JobPosting of the page, with every {@code @id}-named node of its blocks; null if none. */
    private static Posting jsonLd(Document page) {
        Map<String, JsonNode> ids = new HashMap<>();
        JsonNode posting = null;
        for (Element script : page.select("script[type]")) {
            String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            JsonNode block;
            try {
                block = JSON_LD.readTree(script.data());
            } catch (JacksonException e) {
                continue;
            }
            // depth-first, in document order, without recursion: the parser bounds the depth, this the stack
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(block);
            while (!pending.isEmpty()) {
                JsonNode node = pending.pop();
                if (node.isObject()) {
                    JsonNode id = node.get("@id");
                    if (id != null && id.isString() && node.size() > 1) {
                        ids.putIfAbsent(id.stringValue(), node);
                    }
                    if (posting == null && isJobPosting(node.get("@type"))) {
                        posting = node;
                    }
                }
                if (node.isContainer()) {
                    List<JsonNode> children = new ArrayList<>(node.values());
                    for (int i = children.size() - 1; i >= 0; i--) {
                        pending.push(children.get(i));
                    }
                }
            }
        }
        return posting == null ? null : new Posting(posting, Source.JSON_LD, ids);
    }

    private static boolean isJobPosting(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (one.isString() && isJobPostingType(one.stringValue())) {
                    return true;
                }
            }
            return false;
        }
        return type.isString() && isJobPostingType(type.stringValue());
    }

    /** {@code JobPosting}, {@code schema:JobPosting}, {@code https://schema.org/JobPosting}. */
    private static boolean isJobPostingType(String type) {
        String name = type.strip();
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
        return name.substring(cut + 1).equals("JobPosting")
                && (cut < 0 || name.startsWith("schema:") || name.matches("(?i)https?://(www\\.)?schema\\.org/JobPosting"));
    }

    /** The page's first microdata JobPosting, as the JSON-LD tree it stands for; null if none. */
    private static Posting microdata(Document page) {
        for (Element item : page.select("[itemscope][itemtype]")) {
            for (String type : item.attr("itemtype").strip().split("\\s+")) {
                if (type.matches("(?i)https?://(www\\.)?schema\\.org/JobPosting")) {
                    return new Posting(microdataItem(item, 0), Source.MICRODATA, Map.of());
                }
            }
        }
        return null;
    }

    /**
     * A microdata item as a JSON object: each {@code itemprop} among its descendants (not inside a nested item)
     * with its value: a nested item as an object, {@code meta} its content, links their absolute URL,
     * {@code time} its datetime, other elements their inner HTML (made text later, as JSON-LD strings are).
     */
    private static ObjectNode microdataItem(Element item, int depth) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String[] types = item.attr("itemtype").strip().split("\\s+");
        node.put("@type", types[0]);
        Deque<Element> pending = new ArrayDeque<>();
        List<Element> children = item.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            pending.push(children.get(i));
        }
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            boolean scope = element.hasAttr("itemscope");
            if (element.hasAttr("itemprop")) {
                JsonNode value = scope
                        ? depth + 1 < MAX_ITEM_DEPTH ? microdataItem(element, depth + 1) : null
                        : JsonNodeFactory.instance.stringNode(propertyValue(element));
                if (value != null) {
                    for (String name : element.attr("itemprop").strip().split("\\s+")) {
                        add(node, name.substring(name.lastIndexOf('/') + 1), value);
                    }
                }
            }
            if (!scope) {
                List<Element> inner = element.children();
                for (int i = inner.size() - 1; i >= 0; i--) {
                    pending.push(inner.get(i));
                }
            }
        }
        return node;
    }

    private static void add(ObjectNode node, String name, JsonNode value) {
        JsonNode existing = node.get(name);
        if (existing == null) {
            node.set(name, value);
        } else if (existing.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) existing).add(value);
        } else {
            node.set(name, JsonNodeFactory.instance.arrayNode().add(existing).add(value));
        }
    }

    /** As the microdata specification gives an element's property value. */
    private static String propertyValue(Element element) {
        return switch (element.normalName()) {
            case "meta" -> element.attr("content");
            case "a", "area", "link" -> element.absUrl("href").isEmpty() ? element.attr("href") : element.absUrl("href");
            case "img", "audio", "embed", "iframe", "source", "track", "video" -> element.absUrl("src");
            case "object" -> element.absUrl("data");
            case "time" -> element.hasAttr("datetime") ? element.attr("datetime") : element.html();
            case "data", "meter" -> element.attr("value");
            default -> element.html();
        };
    }

    // ---- reading a posting's fields

    /** One JobPosting node, where it was found, and the nodes its {@code @id} references may name. */
    private record Posting(JsonNode node, Source source, Map<String, JsonNode> ids) {

        /** The node an {@code {"@id": ...}} reference names (itself when it is not one, or names nothing here). */
        JsonNode deref(JsonNode value) {
            if (value != null && value.isObject() && value.size() == 1 && value.has("@id")) {
                JsonNode named = ids.get(value.get("@id").asString());
                return named == null ? value : named;
            }
            return value;
        }

        /** Every value of a property that may be repeated; none for null. */
        List<JsonNode> values(JsonNode value) {
            List<JsonNode> values = new ArrayList<>();
            if (value == null || value.isNull()) {
                return values;
            }
            if (value.isArray()) {
                for (JsonNode one : value) {
                    if (values.size() < MAX_VALUES && !one.isNull()) {
                        values.add(deref(one));
                    }
                }
            } else {
                values.add(deref(value));
            }
            return values;
        }

        /**
         * The text a value stands for: a string, a number, a JSON-LD value object's {@code @value}, a thing's
         * {@code name}, the first of an array that has one; null for anything else.
         */
        String text(JsonNode value) {
            return text(value, 0);
        }

        private String text(JsonNode value, int depth) {
            JsonNode node = deref(value);
            if (node == null || depth > 4) {
                return null;
            }
            if (node.isString()) {
                return node.stringValue().isBlank() ? null : node.stringValue();
            }
            if (node.isNumber()) {
                return node.asString();
            }
            if (node.isObject()) {
                String literal = text(node.get("@value"), depth + 1);
                return literal != null ? literal : text(node.get("name"), depth + 1);
            }
            if (node.isArray()) {
                for (JsonNode one : node) {
                    String found = text(one, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        /** "Remote (USA)", "Austin, TX, US; Denver, CO, US", or both joined with "; ". */
        String location() {
            Set<String> parts = new LinkedHashSet<>();
            boolean remote = values(node.get("jobLocationType")).stream()
                    .anyMatch(type -> "TELECOMMUTE".equalsIgnoreCase(text(type)));
            if (remote) {
                Set<String> where = new LinkedHashSet<>();
                for (JsonNode area : values(node.get("applicantLocationRequirements"))) {
                    String name = inline(text(area));
                    if (name != null) {
                        where.add(name);
                    }
                }
                parts.add(where.isEmpty() ? "Remote" : "Remote (" + String.join(", ", where) + ")");
            }
            for (JsonNode place : values(node.get("jobLocation"))) {
                String one = place(place);
                if (one != null) {
                    parts.add(one);
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }

        private String place(JsonNode place) {
            if (place.isString()) {
                return inline(place.stringValue());
            }
            if (!place.isObject()) {
                return null;
            }
            JsonNode address = deref(place.get("address"));
            if (address != null && address.isString()) {
                return inline(address.stringValue());
            }
            if (address != null && address.isObject()) {
                List<String> lines = new ArrayList<>();
                for (String part : List.of("addressLocality", "addressRegion", "addressCountry")) {
                    String value = inline(text(address.get(part)));
                    if (value != null && !lines.contains(value)) {
                        lines.add(value);
                    }
                }
                if (!lines.isEmpty()) {
                    return String.join(", ", lines);
                }
            }
            return inline(text(place.get("name")));
        }

        /** "USD 120,000-150,000 per year"; null without an amount. */
        String salary() {
            List<JsonNode> salaries = values(node.get("baseSalary"));
            if (salaries.isEmpty()) {
                return null;
            }
            JsonNode salary = salaries.get(0);
            if (salary.isString() || salary.isNumber()) {
                return inline(text(salary));
            }
            if (!salary.isObject()) {
                return null;
            }
            JsonNode value = deref(salary.get("value"));
            BigDecimal min = amount(salary.get("minValue"));
            BigDecimal max = amount(salary.get("maxValue"));
            BigDecimal single = null;
            String unit = text(salary.get("unitText"));
            if (value != null && value.isObject()) {
                min = min != null ? min : amount(value.get("minValue"));
                max = max != null ? max : amount(value.get("maxValue"));
                single = amount(value.get("value"));
                unit = firstNonNull(text(value.get("unitText")), unit);
            } else {
                single = amount(value);
            }
            String amounts;
            if (min != null && max != null) {
                amounts = min.compareTo(max) == 0 ? format(min) : format(min.min(max)) + "-" + format(max.max(min));
            } else if (min != null) {
                amounts = "from " + format(min);
            } else if (max != null) {
                amounts = "up to " + format(max);
            } else if (single != null) {
                amounts = format(single);
            } else {
                return null;
            }
            String currency = firstNonNull(text(salary.get("currency")), text(node.get("salaryCurrency")));
            StringBuilder text = new StringBuilder();
            if (currency != null && CURRENCY.matcher(currency.strip()).matches()) {
                text.append(currency.strip().toUpperCase(Locale.ROOT)).append(' ');
            }
            text.append(amounts);
            if (unit != null && UNIT.matcher(unit.strip()).matches()) {
                text.append(" per ").append(unit.strip().toLowerCase(Locale.ROOT));
            }
            return text.toString();
        }

        /** A non-negative amount: a JSON number or a numeric string ("80,000" too); null otherwise. */
        private BigDecimal amount(JsonNode value) {
            JsonNode node = deref(value);
            BigDecimal amount = null;
            if (node != null && node.isNumber()) {
                amount = node.decimalValue();
            } else if (node != null && node.isString()) {
                String digits = node.stringValue().strip().replace(",", "").replace("_", "");
                if (digits.matches("\\d{1,15}(\\.\\d{1,4})?")) {
                    amount = new BigDecimal(digits);
                }
            }
            return amount != null && amount.signum() >= 0 && amount.compareTo(BigDecimal.TEN.pow(15)) < 0
                    ? amount : null;
        }

        /** "Full-time, Contractor": the schema.org values named for people, others as written. */
        String employmentType() {
            Set<String> types = new LinkedHashSet<>();
            for (JsonNode one : values(node.get("employmentType"))) {
                String text = one.isString() ? one.stringValue() : null;
                if (text == null) {
                    continue;
                }
                for (String type : text.split(",")) {
                    String key = type.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                    String named = EMPLOYMENT_TYPES.getOrDefault(key, inline(type));
                    if (named != null && types.size() < MAX_VALUES) {
                        types.add(named);
                    }
                }
            }
            return types.isEmpty() ? null : String.join(", ", types);
        }
    }

    private static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }

    // ---- clean values

    /** HTML text on one line; null when blank. */
    private static String inline(String html) {
        if (html == null) {
            return null;
        }
        String text = PlainText.lineOfHtml(html);
        return text.isEmpty() ? null : text;
    }

    private static String line(String html, int max) {
        return clip(inline(html), max, false);
    }

    /** The date of an ISO 8601 date or date-time ({@code 2026-11-20}); null for anything else. */
    private static String date(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(matcher.group(1)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An absolute http(s) URL, a relative one resolved against {@code base}; null for anything else. */
    static String url(String text, String base) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String url = Parser.unescapeEntities(text.strip(), true);
        if (!HTTP_URL.matcher(url).matches() && base != null && !base.isEmpty()) {
            try {
                url = URI.create(base).resolve(url).toString();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return HTTP_URL.matcher(url).matches() && url.chars().noneMatch(c -> c <= 0x20 || c == 0x7f)
                && UnicodeText.length(url) <= JobFieldLimits.URL_MAX ? url : null;
    }

    /**
     * Text fit for a job field: NFC, well-formed, no control characters (but line breaks when {@code lines}),
     * white space at the ends removed, at most {@code max} code points (cut at a word when one is near); null
     * when nothing is left.
     */
    static String clip(String text, int max, boolean lines) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        String normalized = UnicodeText.nfc(text);
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.SURROGATE) {
                continue;
            }
            if (c == '\n' && lines) {
                clean.append('\n');
            } else if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(c);
            }
        }
        String stripped = clean.toString().strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            String cut = stripped.substring(0, stripped.offsetByCodePoints(0, max - 1));
            int space = cut.lastIndexOf(' ');
            if (space > max * 4 / 5) {
                cut = cut.substring(0, space);
            }
            stripped = cut.strip() + "…";
        }
        return stripped.isEmpty() ? null : stripped;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
