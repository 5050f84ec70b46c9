package org.minga.planning.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.minga.planning.internal.ActionPlanReadModel.PlanActionView;
import org.minga.planning.internal.ActionPlanReadModel.ResourceView;
import org.minga.planning.internal.ActionPlanSheets.ActionPlanSheet;
import org.minga.planning.internal.ActionPlanSheets.ActionSheet;
import org.minga.planning.internal.ActionPlanSheets.GoalSheet;
import org.minga.platform.CurrentUser;
import org.minga.platform.Pdf;
import org.minga.platform.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An action plan as a table (CSV or XLSX: one row per resource line, or per action without resources; amounts as
 * numeric cells in the plan's currency) and as a printable PDF with its figures, actions and the work tied to them.
 */
@Component
record ActionPlanExports(ActionPlanSheets sheets, TemplateEngine templates) {

    static final List<String> HEADER = List.of("meta", "codigo_accion", "accion", "responsables",
            "estrategia_coordinacion", "inicio", "fin", "estado", "territorios", "entidad", "linea_inversion",
            "fuente", "tipo_recurso", "descripcion", "planeado", "comprometido", "ejecutado", "moneda",
            "trabajo_vinculado");

    /** The plan as {@code pdf}, {@code xlsx} or {@code csv} (the default). */
    ResponseEntity<byte[]> export(CurrentUser user, long actionPlanId, String format) {
        return "pdf".equalsIgnoreCase(format == null ? "" : format.strip()) ? pdf(user, actionPlanId)
                : table(user, actionPlanId, format);
    }

    ResponseEntity<byte[]> table(CurrentUser user, long actionPlanId, String format) {
        ActionPlanSheet sheet = sheets.sheet(user, actionPlanId);
        List<List<Object>> rows = new ArrayList<>();
        for (GoalSheet g : sheet.goals()) {
            for (ActionSheet s : g.actions()) {
                PlanActionView a = s.action();
                List<Object> action = Arrays.asList(g.goal().code(), a.code(), a.name(),
                        String.join("; ", a.responsibles()), a.coordinationStrategy(), a.startsOn(), a.endsOn(),
                        a.statusLabel(), String.join(", ", a.territories()));
                String works = String.join("; ", s.works().stream().map(w -> w.kindLabel() + ": " + w.title())
                        .toList());
                if (a.resources().isEmpty()) {
                    rows.add(row(action, Arrays.asList(null, null, null, null, null, null, null, null), sheet,
                            works));
                }
                for (ResourceView r : a.resources()) {
                    rows.add(row(action, Arrays.asList(r.entity(), r.investmentLine(), r.sourceCode(),
                            r.kindLabel(), r.description(), r.planned(), r.committed(), r.executed()), sheet, works));
                }
            }
        }
        return TableExport.of("plan-de-accion-" + sheet.actionPlan().code(), format, HEADER, rows);
    }

    ResponseEntity<byte[]> pdf(CurrentUser user, long actionPlanId) {
        ActionPlanSheet sheet = sheets.sheet(user, actionPlanId);
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable("sheet", sheet);
        ctx.setVariable("money", new PlanMoney());
        byte[] body = Pdf.fromXhtml(templates.process("planning/action-plan-pdf", ctx),
                "el plan de acción " + sheet.actionPlan().code());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-de-accion-" + sheet.actionPlan().code() + ".pdf").build().toString())
                .body(body);
    }

    private static List<Object> row(List<Object> action, List<Object> resource, ActionPlanSheet sheet,
            String works) {
        List<Object> row = new ArrayList<>(action);
        row.addAll(resource);
        row.add(sheet.currency());
        row.add(works.isEmpty() ? null : works);
        return row;
    }
}
