package org.minga.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Every page reachable from the menu, as every demo role and as a citizen, at 1366 x 768 and at 360 x 740 (issue 17):
 * fails on an unresolved {@code ??key??}, an UPPER_SNAKE or upper-case code, a raw double ({@code 44.44444444444444},
 * {@code 1.0E7}, {@code 5000000.0}) in the visible text, an HTTP 5xx, a page wider than a 360 px screen, and any
 * axe-core violation of impact critical or serious. What it visits: the menu's areas, and from each the links of the
 * page that stay in the area (one page per address shape: {@code /households/17} and {@code /households/18} are one),
 * at most {@link #MAX_PAGES} per role; each page is loaded once and checked at both widths. A screenshot of every
 * page at 360 px is kept in {@code target/crawl/}, with the list of what failed ({@code report.txt}). It runs in CI
 * with the other browser tests ({@code -Pbrowser}, one Spring context), alone with {@code -Pcrawl}.
 */
@Tag("crawl")
class CrawlBrowserTests extends BrowserTest {

    static final int MAX_PAGES = 45;
    static final Path OUT = Path.of("target", "crawl");

    /** Upper-case words that are names, not codes: acronyms of entities, programmes, instruments, standards, headings. */
    static final Set<String> ACRONYMS = Set.of("SISBEN", "PLADECO", "CLOPS", "CLIP", "HSDS", "DAFP", "ICBF", "SDIS",
            "DABS",
            "SDS",
            "SDMUJER", "IDRD", "DANE", "ODS", "PDET", "CSV", "XLSX", "JSON", "PDF", "ADX", "DHIS", "UPZ", "UPC", "SGP",
            "PIC", "MIPG", "CONPES", "IPS", "EPS", "ESE", "SENA", "APS", "ICAL", "HTML", "API", "URL", "NIST",
            "GEOJSON",
            "CIIU", "DIVIPOLA", "SCRD", "SDDE", "UNAL", "CNPV", "IDECA", "FIES", "UNICEF", "MECUC", "SMTP",
            // headings of the official practice formats (DAFP, FT-1311), written in capitals on purpose
            "PROCEDIMIENTO", "FORMATO", "CÓDIGO", "VERSIÓN", "CONCLUSIONES", "ANEXOS", "LGBTIQ", "LGBTI", "CADE",
            "SUPERCADE",
            "MAS", "RUT", "NIT", "CDMB", "JAL", "ONG", "BOGOTA", "BOGOTÁ", "FT-1311", "GNU", "AGPL",
            "OSM");

    static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    static final Pattern UPPER_CODE = Pattern
            .compile("(?<![\\p{L}\\d_-])[A-ZÁÉÍÓÚÑ]{2,}(?:_[A-Z0-9ÁÉÍÓÚÑ]+)*(?![\\p{L}\\d_-])");
    static final Pattern RAW_DOUBLE = Pattern
            .compile("\\b\\d+\\.\\d{5,}\\b|\\b\\d(?:\\.\\d+)?E-?\\d+\\b|\\b\\d{4,}\\.0\\b");
    static final Pattern SKIP = Pattern.compile(
            "^/(logout|api/|login|h2|actuator|v3/|swagger)|\\.(csv|xlsx|pdf|json|geojson|ics|zip|png|jpg|svg)(\\?|$)"
                    + "|[?&](format|lang|download)=|/(export|download|certificate|print)(/|\\?|$)");

    static String axe;

    /** A fresh report for this run (the roles append to it). */
    @org.junit.jupiter.api.BeforeAll
    void freshReport() throws IOException {
        Files.deleteIfExists(OUT.resolve("report.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(ciudadano)", "admin", "distrito", "zona.norte", "local.suba", "campo.suba", "evaluador",
            "consulta.kennedy", "cucuta", "salud.bogota", "privacidad.bogota"})
    void everyPageReachableFromTheMenuReadsWellOnALaptopAndOnAPhone(String user) throws IOException {
        page.setViewportSize(1366, 768);
        boolean citizen = user.startsWith("(");
        if (citizen) {
            page.navigate(url("/"));
        } else {
            logIn(user);
        }
        List<String> problems = new ArrayList<>();
        int visited = crawl(user, citizen, problems);
        report(user, visited, problems);
        assertThat(problems).as("%s: %d pages visited at 1366 and 360 px", user, visited).isEmpty();
    }

    /**
     * Visits the menu's areas and the links inside each area, one page per address shape, in the order found: each
     * page is loaded once, checked at 1366 px, then narrowed to 360 px and checked again (the layout follows the
     * width; nothing is loaded twice, which keeps the crawl of every role within CI's time). Answers how many pages.
     */
    private int crawl(String user, boolean citizen, List<String> problems) throws IOException {
        Set<String> shapes = new java.util.HashSet<>();
        Deque<String[]> queue = new ArrayDeque<>(); // {path, area}
        for (String href : links(citizen ? "main a[href]" : "#app-nav a[href]")) {
            queue.add(new String[]{href, area(href)});
        }
        queue.addFirst(new String[]{"/", "/"});
        boolean first = true;
        while (!queue.isEmpty() && shapes.size() < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0];
            if (SKIP.matcher(path).find() || !shapes.add(shape(path))) {
                continue;
            }
            page.setViewportSize(1366, 768);
            Response r = page.navigate(url(path));
            if (r == null) {
                continue;
            }
            if (r.status() >= 500) {
                problems.add(path + ": HTTP " + r.status());
                continue;
            }
            if (!String.valueOf(r.headers().get("content-type")).startsWith("text/html")) {
                continue;
            }
            List<String> found = links("main a[href]");
            problems.addAll(check(user, path, 1366));
            page.setViewportSize(360, 740);
            problems.addAll(check(user, path, 360));
            if (first) { // the home page's links are the menu's; deeper pages add links of their own area
                first = false;
                continue;
            }
            for (String href : found) {
                if (area(href).equals(next[1]) && !shapes.contains(shape(href))) {
                    queue.add(new String[]{href, next[1]});
                }
            }
        }
        return shapes.size();
    }

    @SuppressWarnings("unchecked")
    private List<String> links(String selector) {
        List<String> hrefs = (List<String>) page.evalOnSelectorAll(selector,
                "els => els.map(a => a.getAttribute('href'))");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            if (href == null || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")) {
                continue;
            }
            String path = href.startsWith("http") ? href.replaceFirst("^https?://localhost:" + port, "") : href;
            if (path.startsWith("/") && !path.startsWith("//")) {
                paths.add(path.replaceFirst("#.*", ""));
            }
        }
        return paths;
    }

    private static String area(String path) {
        Matcher m = Pattern.compile("^/[^/?]*").matcher(path);
        return m.find() ? m.group() : "/";
    }

    /** {@code /households/17?tab=2} and {@code /households/18?tab=5} have one shape. */
    static String shape(String path) {
        return path.replaceAll("\\d+", "9").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "u");
    }

    /** What the page already loaded shows at {@code width}. */
    @SuppressWarnings("unchecked")
    private List<String> check(String user, String path, int width) throws IOException {
        List<String> problems = new ArrayList<>();
        String where = path + " @" + width + ": ";
        Map<String, Object> seen = (Map<String, Object>) page.evaluate(
                "() => ({text: document.body.innerText, wide: document.documentElement.scrollWidth,"
                        + " inner: window.innerWidth,"
                        + " shownAsCode: [...document.querySelectorAll('code')].map(c => c.innerText)})");
        String text = (String) seen.get("text");
        // an identifier marked as such (<code>: a catalogue's code the API takes) is meant to be read as a code
        String words = text;
        for (String code : (List<String>) seen.get("shownAsCode")) {
            words = words.replace(code, "");
        }
        find(UNRESOLVED, text, where + "message key not resolved: ", problems);
        find(RAW_DOUBLE, text, where + "raw number: ", problems);
        List<String> codes = codes(words);
        if (!codes.isEmpty()) {
            problems.add(where + "codes instead of words: " + codes);
        }
        int wide = ((Number) seen.get("wide")).intValue();
        int inner = ((Number) seen.get("inner")).intValue();
        if (width == 360 && wide > inner + 1) {
            problems.add(where + "the page is " + wide + " px wide on a " + inner + " px screen");
        }
        if (Boolean.TRUE.equals(page.evaluate("() => typeof axe === 'undefined'"))) {
            page.evaluate(axe());
        }
        List<String> violations = (List<String>) page.evaluate("async () => (await axe.run(document,"
                + " {resultTypes: ['violations']})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))");
        violations.forEach(v -> problems.add(where + "axe " + v));
        if (width == 360 || !problems.isEmpty()) {
            Path shot = OUT.resolve(user).resolve(shape(path).replaceAll("[^A-Za-z0-9]+", "_") + "-" + width + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(!problems.isEmpty()));
        }
        return problems;
    }

    /**
     * Upper-case words that look like codes: any with an underscore, and words of four or more capitals inside a
     * line that is not itself written in capitals (a heading of an official format in capitals is not a code; "Plan
     * ACTIVO" or a cell reading "PRESENCIAL" is).
     */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> upper = new ArrayList<>();
            Matcher m = UPPER_CODE.matcher(line);
            while (m.find()) {
                if (!ACRONYMS.contains(m.group())) {
                    upper.add(m.group());
                }
            }
            long words = Pattern.compile("\\p{L}{4,}").matcher(line).results().count();
            long capitals = upper.stream().filter(w -> w.length() >= 4).count();
            boolean capsLine = capitals >= 2 && capitals * 2 > words;
            for (String word : upper) {
                if ((word.contains("_") || word.length() >= 4 && !capsLine) && !codes.contains(word)) {
                    codes.add(word);
                }
            }
        }
        return codes;
    }

    private static void find(Pattern pattern, String text, String what, List<String> problems) {
        Matcher m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find() && found.size() < 5) {
            found.add(m.group());
        }
        if (!found.isEmpty()) {
            problems.add(what + found);
        }
    }

    private static synchronized String axe() throws IOException {
        if (axe == null) {
            try (InputStream in = CrawlBrowserTests.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                assertThat(in).as("axe.min.js from com.deque.html.axe-core:playwright").isNotNull();
                axe = new String(in.readAllBytes(), UTF_8);
            }
        }
        return axe;
    }

    private static void report(String user, int visited, List<String> problems) throws IOException {
        Files.createDirectories(OUT);
        StringBuilder sb = new StringBuilder("== " + user + ": " + visited + " pages, " + problems.size()
                + " problems\n");
        problems.forEach(p -> sb.append("  ").append(p).append('\n'));
        Files.writeString(OUT.resolve("report.txt"), sb, UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
