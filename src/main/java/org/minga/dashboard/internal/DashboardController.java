package org.minga.dashboard.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.territory.TerritorialDiagnoses;
import org.minga.platform.NavigationItem;
import org.minga.platform.TableExport;
import org.minga.platform.Pdf;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The situation room page, its exports (XLSX, PDF) and its API. */
@Requires(Capability.READ_AGGREGATES)
@Controller
record DashboardController(Dashboard room, TemplateEngine templates, TerritorialDiagnoses diagnoses,
        org.minga.platform.Jurisdictions jurisdictions) {

    @Bean
    static NavigationItem dashboardNavigation() {
        return NavigationItem.needing("dashboard", "Sala situacional", "/dashboard", 85, Capability.READ_AGGREGATES);
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) Long territory,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String indicator, Model model) {
        CurrentUser user = CurrentUsers.require();
        if (territory == null && user.territoryId() == null && user.jurisdictionId() != null
                && !jurisdictions.members(user.jurisdictionId()).isEmpty()) {
            // a department owns no territory: its room is the view of its municipalities
            return "redirect:/dashboard/department";
        }
        Dashboard.Room r = room.room(user, territory, from, to, indicator);
        model.addAttribute("room", r);
        model.addAttribute("diagnosis", diagnoses.latest(r.territory().id(), user).orElse(null));
        model.addAttribute("sources", room.sources());
        model.addAttribute("maxChild", r.children().stream().filter(c -> c.value() != null)
                .mapToDouble(Dashboard.ChildValue::value).max().orElse(0));
        model.addAttribute("trendMax", Math.max(1, r.trend().stream().filter(p -> p.value() != null)
                .mapToDouble(Dashboard.TrendPoint::value).max().orElse(1)));
        return "dashboard/room";
    }

    @GetMapping("/dashboard/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long territory,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String indicator,
            @RequestParam(defaultValue = "xlsx") String format) {
        Dashboard.Room r = room.room(CurrentUsers.require(), territory, from, to, indicator);
        String name = "sala-situacional-" + r.territory().code();
        if ("pdf".equalsIgnoreCase(format)) {
            return pdf(templates, "dashboard/room-pdf", "room", r, name, "el PDF de la sala situacional");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.Figure f : r.figures()) {
            rows.add(Arrays.asList(r.territory().name(), "Cifra clave", f.label(), value(f.value()), f.unit(),
                    r.from() + " a " + r.to()));
        }
        for (Dashboard.ChildValue c : r.children()) {
            rows.add(Arrays.asList(c.name(), "Desagregación", r.selected().label(), value(c.value()),
                    r.selected().unit(),
                    r.from() + " a " + r.to()));
        }
        for (Dashboard.TrendPoint p : r.trend()) {
            rows.add(Arrays.asList(r.territory().name(), "Tendencia " + p.month(), r.selected().label(),
                    value(p.value()),
                    r.selected().unit(), p.month()));
        }
        return TableExport.of(name, format, List.of("territorio", "tipo", "indicador", "valor", "unidad", "periodo"),
                rows);
    }

    /** The PDF of a template given one variable, as a download named {@code name}.pdf. */
    static ResponseEntity<byte[]> pdf(TemplateEngine templates, String template, String variable, Object value,
            String name, String what) {
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable(variable, value);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".pdf").build().toString())
                .body(Pdf.fromXhtml(templates.process(template, ctx), what));
    }

    /** A figure as a number cell, rounded as the page shows it (one decimal). */
    static java.math.BigDecimal value(Double v) {
        return v == null || !Double.isFinite(v) ? null
                : java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String fmt(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.1f", v);
    }
}
