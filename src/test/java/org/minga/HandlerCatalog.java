package org.minga;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API handler of Minga, and how to fill the variables of its path: one walk for the tests that
 * call every handler ({@code AuthorizationMatrixTests}, {@code AccessLogCoverageTests}, {@code JsonInputFuzzTests}),
 * so a new handler or a new kind of path variable is taught once. Which record a test puts in a path stays the
 * test's choice (a person who is shown somewhere, an object of a given territory); what a path segment names, and
 * where the variables are, is decided here.
 */
public final class HandlerCatalog {

    /** A path variable, with patterns that may hold braces themselves ({@code {id:\d{1,9}}}). */
    public static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::(?:[^{}]|\\{[^{}]*\\})*)?\\}");

    /** Path segment before a path variable -> the table its ids come from. */
    public static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("persons", "person"), Map.entry("households", "household"),
            Map.entry("characterizations", "characterization"), Map.entry("alerts", "alert"),
            Map.entry("care-plans", "care_plan"), Map.entry("care-settings", "care_setting"),
            Map.entry("field-teams", "field_team"),
            Map.entry("attentions", "attention"), Map.entry("consents", "data_authorization"),
            Map.entry("data-requests", "data_request"), Map.entry("requests", "data_request"),
            Map.entry("access-log", "person"),
            Map.entry("referrals", "referral"), Map.entry("care-routes", "care_route"),
            Map.entry("applications", "care_route_application"), Map.entry("fairs", "fair"),
            Map.entry("spaces", "participation_space"), Map.entry("surveys", "survey"),
            Map.entry("contributions", "contribution"), Map.entry("improvement-actions", "improvement_action"),
            Map.entry("actions", "improvement_action"), Map.entry("bodies", "gov_body"),
            Map.entry("sessions", "gov_session"), Map.entry("commitments", "gov_commitment"),
            Map.entry("barriers", "gov_barrier"), Map.entry("demonstration-exercises", "gov_exercise"),
            Map.entry("exercises", "gov_exercise"), Map.entry("actors", "actor"),
            Map.entry("alliances", "alliance"), Map.entry("social-assets", "social_asset"),
            Map.entry("assets", "social_asset"), Map.entry("services", "offer_service"),
            Map.entry("practices", "practice"), Map.entry("lessons", "practice_lesson"),
            Map.entry("practice-formats", "practice_format"), Map.entry("formats", "practice_format"),
            Map.entry("evaluations", "practice_assignment"), Map.entry("plans", "plan"),
            Map.entry("indicators", "indicator"), Map.entry("territories", "territory"),
            Map.entry("variables", "social_variable"), Map.entry("runs", "prioritization_run"),
            Map.entry("imports", "import_job"), Map.entry("notifications", "notification"),
            Map.entry("users", "app_user"), Map.entry("instruments", "instrument"),
            Map.entry("service_at_locations", "offer_service_location"), Map.entry("organizations", "actor"),
            Map.entry("bank", "practice"), Map.entry("service-deadlines", "offer_service"),
            Map.entry("webhooks", "webhook_subscription"), Map.entry("action-plans", "action_plan"),
            Map.entry("plan-actions", "plan_action"), Map.entry("processes", "participatory_process"),
            Map.entry("service-points", "service_point"), Map.entry("training-programmes", "training_programme"),
            Map.entry("programmes", "training_programme"), Map.entry("training-sessions", "training_session"),
            Map.entry("teams", "training_team"), Map.entry("clusterings", "territory_clustering"),
            Map.entry("groups", "territory_group"), Map.entry("petitions", "gov_petition"),
            Map.entry("networks", "gov_network"), Map.entry("leaderships", "gov_leadership"),
            Map.entry("virtual-territories", "virtual_territory"), Map.entry("virtual", "virtual_territory"),
            Map.entry("campaigns", "campaign"), Map.entry("campaign-pieces", "campaign_piece"),
            Map.entry("l", "campaign_piece"), Map.entry("online-sessions", "online_session"),
            Map.entry("community-inputs", "fair_community_input"));

    private HandlerCatalog() {
    }

    /** One handler for one HTTP method and one path pattern. */
    public record Endpoint(HttpMethod method, String template, HandlerMethod handler) {
    }

    /**
     * A variable of a path: its name, the path segment right before it ("persons" in {@code /persons/{id}}), and
     * whether it is the first variable of the path (the object the path is about; later ones name its parts).
     */
    public record PathVariable(String name, String segment, boolean first) {

        /** The table whose ids the segment names, if any. */
        public Optional<String> table() {
            return segment == null ? Optional.empty() : Optional.ofNullable(TABLES.get(segment));
        }
    }

    /** Minga's handlers (not the framework's), one per method and pattern, in a stable order; no method means GET. */
    public static List<Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
        List<Endpoint> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("org.minga.")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String template : e.getKey().getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    out.add(new Endpoint(HttpMethod.valueOf(m.name()), template, e.getValue()));
                }
            }
        }
        out.sort(Comparator.comparing((Endpoint e) -> e.template()).thenComparing(e -> e.method().name()));
        return out;
    }

    /** The pattern as the OpenAPI document writes it: {@code /fairs/{id:\d+}} becomes {@code /fairs/{id}}. */
    public static String plain(String template) {
        return VARIABLE.matcher(template).replaceAll("{$1}");
    }

    /** The variables of a path pattern, in order. */
    public static List<PathVariable> variables(String template) {
        List<PathVariable> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(template);
        String previous = null;
        int last = 0;
        while (m.find()) {
            // the segment since the previous variable: "/fairs/{id}/attendances/{a}" gives "fairs", then "attendances";
            // two variables in a row ("/x/{a}/{b}") both take "x"
            String[] segments = template.substring(last, m.start()).split("/");
            String segment = segments.length == 0 ? previous : segments[segments.length - 1];
            out.add(new PathVariable(m.group(1), segment, out.isEmpty()));
            previous = segment;
            last = m.end();
        }
        return out;
    }

    /**
     * The path with each variable replaced by the test's value for it; empty when the test has none for one of them
     * (the demo holds no such record).
     */
    public static Optional<String> expand(String template, Function<PathVariable, Optional<String>> valueOf) {
        Matcher m = VARIABLE.matcher(template);
        List<PathVariable> variables = variables(template);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            Optional<String> value = valueOf.apply(variables.get(i++));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }
}
