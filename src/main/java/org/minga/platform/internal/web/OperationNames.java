package org.minga.platform.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Operation ids of the OpenAPI document named after what they do, from the HTTP method and the path: {@code GET
 * /api/v1/actors} is {@code listActors}, {@code GET /api/v1/actors/{id}} {@code getActor}, {@code POST
 * /api/v1/barriers/{id}/escalate} {@code escalateBarrier}, {@code POST /api/v1/fairs/{id}/attendances}
 * {@code addFairAttendance}. Method and path are unique, so the ids are too; a client generator gets stable names
 * instead of springdoc's {@code get_1} and {@code list_12}, which change when a controller is added.
 */
final class OperationNames {

    /** Last path segments that are an action on what precedes them, not a resource. */
    private static final Set<String> ACTIONS = Set.of("approve", "escalate", "resolve", "return", "close",
            "withdraw", "merge", "publish", "submit", "run", "send", "read", "read-all", "answer", "apply", "group",
            "evaluate", "locate", "export", "transitions");
    /** Action segments whose verb is spelled otherwise. */
    private static final java.util.Map<String, String> ACTION_VERBS = java.util.Map.of("transitions", "transition");
    /** Segments that name a format or a view, kept as they are (not made singular). */
    private static final Set<String> UNCOUNTED = Set.of("hsds", "status", "analysis", "progress", "evidence",
            "minutes", "attendance", "workload", "devolution", "geometry", "ancestry", "dashboard", "crosstab",
            "held", "evaluation", "calendar", "results", "figures", "counts", "changes", "sources", "people", "sdg",
            "adx", "dhis2", "pdf", "inbox", "map", "types", "needs");

    private OperationNames() {
    }

    /** The id of {@code method} on {@code path} (a path of the document, with its {@code {variables}}). */
    static String of(String method, String path) {
        return of(method, path, true);
    }

    /**
     * The id, with the resources before the last one made singular ({@code listAlertRules}) or kept as written
     * ({@code listAlertsRules}), which tells {@code /territories/geometry} from {@code /territories/{id}/geometry}.
     */
    static String of(String method, String path, boolean singularPrefixes) {
        String m = method.toUpperCase(Locale.ROOT);
        List<String> segments = new ArrayList<>(List.of(path.replaceFirst("^/api/v\\d+/?", "").split("/")));
        segments.removeIf(String::isEmpty);
        boolean item = !segments.isEmpty() && variable(segments.get(segments.size() - 1));
        List<String> statics = new ArrayList<>();
        List<Boolean> beforeVariable = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!variable(segments.get(i))) {
                statics.add(segments.get(i));
                beforeVariable.add(i + 1 < segments.size() && variable(segments.get(i + 1)));
            }
        }
        String action = null;
        int lastIndex = statics.size() - 1;
        if (lastIndex >= 0 && !beforeVariable.get(lastIndex) && ACTIONS.contains(statics.get(lastIndex))
                && !m.equals("GET") || lastIndex >= 0 && statics.get(lastIndex).equals("locate")) {
            action = statics.remove(lastIndex);
            beforeVariable.remove(lastIndex);
        } else if (m.equals("GET") && statics.contains("export")) {
            action = "export";
            beforeVariable.remove(statics.indexOf("export"));
            statics.remove("export");
        }
        StringBuilder id = new StringBuilder(action != null ? camel(action, false)
                : verb(m, statics.isEmpty() ? null : statics.get(statics.size() - 1), item, segments));
        for (int i = 0; i < statics.size(); i++) {
            boolean last = i == statics.size() - 1;
            boolean singular = beforeVariable.get(i) || !last && singularPrefixes
                    || last && !item && action == null && m.equals("POST");
            id.append(camel(singular ? singular(statics.get(i)) : statics.get(i), true));
        }
        return id.toString();
    }

    private static String verb(String method, String last, boolean item, List<String> segments) {
        boolean subResource = segments.size() >= 2 && variable(segments.get(segments.size() - 2));
        return switch (method) {
            case "GET" -> item || last == null || !plural(last) ? "get" : "list";
            case "POST" -> item ? "update" : subResource ? "add" : "create";
            case "PUT", "PATCH" -> item ? "update" : "set";
            case "DELETE" -> segments.size() > 2 ? "remove" : "delete";
            default -> method.toLowerCase(Locale.ROOT);
        };
    }

    private static boolean plural(String segment) {
        String s = segment.replaceFirst("\\..*$", "");
        return s.equals("children") || s.endsWith("s") && !UNCOUNTED.contains(s) && !s.endsWith("ss");
    }

    static String singular(String segment) {
        String s = segment;
        if (UNCOUNTED.contains(s) || s.contains(".")) {
            return s;
        }
        if (s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("sses")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("s") && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean variable(String segment) {
        return segment.startsWith("{");
    }

    private static List<String> words(String segment) {
        return List.of(segment.split("[-_.]"));
    }

    private static String camel(String segment, boolean capitalFirst) {
        StringBuilder out = new StringBuilder();
        for (String w : words(segment)) {
            if (!w.isEmpty()) {
                out.append(out.isEmpty() && !capitalFirst ? w.charAt(0) : Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return ACTION_VERBS.getOrDefault(out.toString(), out.toString());
    }

    /** "listActorContacts" as a sentence: "List actor contacts". */
    static String summary(String operationId) {
        String spaced = operationId.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
