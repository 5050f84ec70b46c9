package org.minga.fair.internal;

import org.minga.fair.internal.domain.FairStatus;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minga.fair.internal.FairRecords.*;
import org.minga.household.DocumentType;
import org.minga.offer.Need;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.MingaException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TableExport;
import org.minga.platform.ValidationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schedule, a fair's page (who comes, checklist, results, lessons), the stand's registration page, reports. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record FairPages(FairReadModel read, FairResultsReadModel results, FairAccess access, FairQueries queries,
        FairPlanning planning, Jurisdictions jurisdictions, FairPdf pdf, org.minga.planning.PlanActions planActions,
        org.minga.territory.TerritoryGroups groups, FairCommunityInput community) {

    private static final Locale ES = Locale.forLanguageTag("es-CO");

    Jurisdiction jurisdiction(String code, CurrentUser u) {
        if ((code == null || code.isBlank()) && u.jurisdictionId() == null) {
            List<Jurisdiction> all = jurisdictions.visibleTo(u);
            return all.stream().filter(j -> j.code().equals("54001")).findFirst().orElse(all.get(0));
        }
        return jurisdictions.namedOrOwn(code, u);
    }

    @GetMapping("/fairs")
    String schedule(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, Model model) {
        CurrentUser u = CurrentUsers.require();
        Jurisdiction j = jurisdiction(jurisdiction, u);
        int y = year == null ? LocalDate.now(j.zoneId()).getYear() : year;
        PageResult<FairView> list = queries.schedule(j, y, status, u, new PageRequest(0, PageResult.MAX_SIZE));
        Map<String, List<FairView>> byMonth = new LinkedHashMap<>();
        for (FairView f : list.items()) {
            String month = f.date().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, ES);
            byMonth.computeIfAbsent(month.substring(0, 1).toUpperCase(ES) + month.substring(1), k -> new ArrayList<>())
                    .add(f);
        }
        model.addAttribute("jurisdiction", j);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(u));
        model.addAttribute("year", y);
        model.addAttribute("status", status);
        model.addAttribute("statuses", FairStatus.values());
        model.addAttribute("fairs", list.items());
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("canPlan", AccessPolicy.holds(u.role(), Capability.RUN_FAIRS));
        return "fair/list";
    }

    @Requires(Capability.RUN_FAIRS)
    @GetMapping("/fairs/new")
    String newForm(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser u = CurrentUsers.require();
        Jurisdiction j = jurisdiction(jurisdiction, u);
        formModel(model, j, u, null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form",
                    new FairForm(j.code(), null, null, null, null, null, java.time.LocalTime.of(7, 0),
                            java.time.LocalTime.of(13, 0), null, null, "PLANEADA", null));
        }
        return "fair/form";
    }

    private void formModel(Model model, Jurisdiction j, CurrentUser u, FairView fair) {
        model.addAttribute("jurisdiction", j);
        model.addAttribute("barrios", queries.barrioOptions(j, u));
        // saved groups of barrios by shared needs (territory's clusterings), offered as target groups
        model.addAttribute("barrioGroups", groups.of(j.id(), u).stream().filter(g -> g.levelCode().equals("barrio"))
                .toList());
        model.addAttribute("statuses", FairStatus.values());
        model.addAttribute("fair", fair);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs")
    String create(FairForm form, Model model) {
        CurrentUser u = CurrentUsers.require();
        try {
            return "redirect:/fairs/" + planning.create(form, u).id();
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", form);
            formModel(model, jurisdiction(form.jurisdiction(), u), u, null);
            return "fair/form";
        }
    }

    @Requires(Capability.RUN_FAIRS)
    @GetMapping("/fairs/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser u = CurrentUsers.require();
        FairView f = access.requireVisible(id, u);
        access.requirePlanner(f, u);
        Jurisdiction j = jurisdictions.byId(f.jurisdictionId()).orElseThrow();
        model.addAttribute("form", new FairForm(j.code(), f.code(), f.name(), f.program(), f.territoryId(), f.date(),
                f.startsAt(), f.endsAt(), f.site(), f.focus(), f.status(), f.version()));
        formModel(model, j, u, f);
        return "fair/form";
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}")
    String update(@PathVariable long id, FairForm form, Model model) {
        CurrentUser u = CurrentUsers.require();
        try {
            planning.update(id, form, u);
            return "redirect:/fairs/" + id;
        } catch (ValidationException e) {
            FairView f = access.requireVisible(id, u);
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", form);
            formModel(model, jurisdictions.byId(f.jurisdictionId()).orElseThrow(), u, f);
            return "fair/form";
        }
    }

    @GetMapping("/fairs/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser u = CurrentUsers.require();
        FairView f = access.requireVisible(id, u);
        model.addAttribute("fair", f);
        model.addAttribute("participants", read.participants(id));
        model.addAttribute("services", read.services(id));
        model.addAttribute("tasks", read.tasks(id));
        model.addAttribute("lessons", read.lessons(id));
        model.addAttribute("planActions", planActions.servedBy("fair", id));
        model.addAttribute("results", results.results(id));
        model.addAttribute("communityInputs", community.of(f));
        model.addAttribute("inputRoles", org.minga.fair.internal.domain.CommunityInputRole.values());
        boolean planner = access.canPlan(f, u);
        model.addAttribute("canPlan", planner);
        model.addAttribute("canRegister",
                !access.registrableEntities(f, u).isEmpty() && !f.status().equals("CANCELADA"));
        if (planner) {
            model.addAttribute("offerServices", queries.offerServices(f.jurisdictionId()));
            model.addAttribute("actors", queries.actorOptions(f.jurisdictionId()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "fair/detail";
    }

    private String back(long id, Runnable action, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (MingaException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("fair", e.getMessage())));
        }
        return "redirect:/fairs/" + id;
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}/participants")
    String addParticipant(@PathVariable long id, ParticipantForm form, RedirectAttributes redirect) {
        return back(id, () -> planning.addParticipant(id, form, CurrentUsers.require()), redirect);
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}/services")
    String addService(@PathVariable long id, @RequestParam(required = false) Long serviceId,
            @RequestParam(required = false) Long actorId, RedirectAttributes redirect) {
        return back(id, () -> planning.addService(id, serviceId, actorId, CurrentUsers.require()), redirect);
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}/tasks")
    String addTask(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String owner, RedirectAttributes redirect) {
        return back(id, () -> planning.addTask(id, name, owner, CurrentUsers.require()), redirect);
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}/tasks/{taskId:\\d+}")
    String updateTask(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return back(id, () -> planning.updateTask(id, taskId, owner, status, version, CurrentUsers.require()),
                redirect);
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}/lessons")
    String addLesson(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return back(id, () -> planning.addLesson(id, text, CurrentUsers.require()), redirect);
    }

    /** A dialogue, workshop or survey linked to the fair's planning or evaluation (issue 24). */
    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}/community-inputs")
    String addCommunityInput(@PathVariable long id, InputCommand form, RedirectAttributes redirect) {
        return back(id, () -> community.link(id, form, CurrentUsers.require()), redirect);
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/fairs/{id:\\d+}/community-inputs/{inputId:\\d+}/delete")
    String removeCommunityInput(@PathVariable long id, @PathVariable long inputId, RedirectAttributes redirect) {
        return back(id, () -> community.unlink(id, inputId, CurrentUsers.require()), redirect);
    }

    /** The stand's page, made for a phone: works offline through the device's queue. */
    @Requires(Capability.REGISTER_AT_FAIRS)
    @GetMapping("/fairs/{id:\\d+}/register")
    String register(@PathVariable long id, Model model) {
        CurrentUser u = CurrentUsers.require();
        FairView f = access.requireVisible(id, u);
        List<Participant> entities = access.registrableEntities(f, u);
        if (entities.isEmpty()) {
            throw new org.minga.platform.ForbiddenException(
                    "Usted no es personal de una entidad que participe en la jornada "
                            + f.name() + ": no puede registrar atenciones en ella.");
        }
        model.addAttribute("fair", f);
        model.addAttribute("entities", entities);
        model.addAttribute("services", read.services(id));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("needs", Need.values());
        return "fair/register";
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/fairs/compare")
    String compare(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Integer year,
            Model model) {
        CurrentUser u = CurrentUsers.require();
        Jurisdiction j = jurisdiction(jurisdiction, u);
        int y = year == null ? LocalDate.now(j.zoneId()).getYear() : year;
        List<Comparison> rows = queries.compare(j, y, u);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(u));
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute("heldCodes", String.join(",", queries.heldTerritoryCodes(j, y, u)));
        return "fair/compare";
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/fairs/{id:\\d+}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        CurrentUser u = CurrentUsers.require();
        FairView f = access.requireVisible(id, u);
        byte[] body = pdf.render(f, read.participants(id), read.tasks(id), read.lessons(id), results.results(id),
                community.of(f), jurisdictions.byId(f.jurisdictionId()).orElseThrow());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jornada-" + f.code() + ".pdf\"")
                .body(body);
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/fairs/{id:\\d+}/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        CurrentUser u = CurrentUsers.require();
        FairView f = access.requireVisible(id, u);
        Results r = results.results(id);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("Total", "Personas atendidas (únicas)", null, null, r.people()));
        rows.add(Arrays.asList("Total", "Atenciones", null, r.attentions(), null));
        rows.add(Arrays.asList("Total", "Canalizaciones", null, null, r.referrals()));
        for (Count c : r.byService()) {
            rows.add(Arrays.asList("Servicio", c.label(), nz(c.detail()), c.attentions(), c.people()));
        }
        for (Count c : r.byEntity()) {
            rows.add(Arrays.asList("Entidad", c.label(), null, c.attentions(), c.people()));
        }
        addPeople(rows, "Grupo de edad", r.byAgeGroup());
        addPeople(rows, "Sexo", r.bySex());
        addPeople(rows, "Grupo poblacional", r.byPopulationGroup());
        addPeople(rows, "Canalizaciones por estado", r.referralsByStatus());
        for (CommunityInput c : community.of(f)) {
            String what = "Comunidad (" + c.roleLabel() + ")";
            String title = c.title() == null ? c.kindLabel() + " " + c.recordId() : c.title();
            rows.add(Arrays.asList(what, title, c.kindLabel(), null, null));
            c.figures().forEach(x -> rows.add(Arrays.asList(what, title + " · " + x.label(), x.value(), null, null)));
            c.agreements().forEach(a -> rows.add(Arrays.asList(what, title + " · Acuerdo", a, null, null)));
        }
        return TableExport.of("jornada-" + f.code(), "xlsx",
                List.of("Dimensión", "Categoría", "Entidad", "Atenciones", "Personas"), rows);
    }

    /** Counts of people: numbers in the XLSX, as the attentions are. */
    private static void addPeople(List<List<Object>> rows, String dimension, List<Count> counts) {
        for (Count c : counts) {
            rows.add(Arrays.asList(dimension, c.label(), null, null, c.people()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
