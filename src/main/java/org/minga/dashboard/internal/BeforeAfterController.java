package org.minga.dashboard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.platform.TableExport;
import org.minga.platform.ValidationException;
import org.minga.territory.RunComparison;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;

/** The before/after report of an index: its page and its exports (PDF, XLSX). */
@Requires(Capability.READ_AGGREGATES)
@Controller
record BeforeAfterController(BeforeAfterReports reports, TemplateEngine templates) {

    @GetMapping("/dashboard/before-after")
    String page(@RequestParam(name = "runs", required = false) List<Long> runs, Model model) {
        model.addAttribute("report", reports.report(runs, CurrentUsers.require()));
        model.addAttribute("runs", runs);
        return "dashboard/before-after";
    }

    @GetMapping("/dashboard/before-after/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "runs", required = false) List<Long> runs,
            @RequestParam(defaultValue = "xlsx") String format) {
        BeforeAfterReport r = reports.report(runs, CurrentUsers.require());
        String name = "antes-y-despues-" + r.comparison().runs().stream().map(c -> String.valueOf(c.year()))
                .collect(Collectors.joining("-"));
        if ("pdf".equalsIgnoreCase(format)) {
            return DashboardController.pdf(templates, "dashboard/before-after-pdf", "report", r, name,
                    "el PDF del antes y después");
        }
        if (!"xlsx".equalsIgnoreCase(format) && !"csv".equalsIgnoreCase(format)) {
            throw new ValidationException("format", "El formato '" + format + "' no existe: use pdf, xlsx o csv.");
        }
        return TableExport.of(name, format, header(r), rows(r));
    }

    /** One column per run (rank and score), the change, the movers, each intervention, the situation at each end. */
    static List<String> header(BeforeAfterReport r) {
        List<String> h = new ArrayList<>(List.of("Código", "Territorio"));
        for (RunComparison.Column c : r.comparison().runs()) {
            h.add("Puesto " + c.year());
            h.add("Puntaje " + c.year());
        }
        h.addAll(List.of("Cambio de puntaje", "Puestos ganados", "Variables que lo movieron"));
        r.interventions().forEach(m -> h.add(m.label() + " (" + r.from() + " a " + r.after() + ")"));
        for (BeforeAfterReport.Measure m : r.situation()) {
            h.add(m.label() + " al " + r.before());
            h.add(m.label() + " al " + r.after());
        }
        return h;
    }

    static List<List<Object>> rows(BeforeAfterReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (BeforeAfterReport.TerritoryRow t : r.rows()) {
            RunComparison.Row i = t.index();
            List<Object> row = new ArrayList<>(Arrays.asList(i.code(), i.name()));
            for (RunComparison.Cell cell : i.cells()) {
                row.add(cell.rank());
                row.add(cell.score());
            }
            row.add(i.scoreChange());
            row.add(i.rankChange());
            row.add(i.movers().stream().map(m -> m.name() + " " + (m.points().signum() > 0 ? "+" : "")
                    + m.points().toPlainString()).collect(Collectors.joining("; ")));
            t.interventions().forEach(v -> row.add(number(v)));
            for (int k = 0; k < r.situation().size(); k++) {
                row.add(number(t.before().get(k)));
                row.add(number(t.after().get(k)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static BigDecimal number(Double v) {
        return DashboardController.value(v);
    }
}
