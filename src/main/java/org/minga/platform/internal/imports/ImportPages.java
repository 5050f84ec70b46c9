package org.minga.platform.internal.imports;

import org.minga.platform.PersonalDataReads;
import org.springframework.beans.factory.ObjectProvider;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import jakarta.servlet.http.HttpServletResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import pages: upload a file, follow its job with a live progress bar, read its errors. */
@Requires({Capability.MANAGE_TERRITORY, Capability.RECORD_PERSONAL_DATA, Capability.MANAGE_ACTORS_AND_OFFER,
        Capability.MANAGE_PLANS})
@Controller
record ImportPages(ImportJobs jobs, ImportHandlers handlers, Jurisdictions jurisdictions,
        ObjectProvider<PersonalDataReads> reads) {

    static final int ERRORS_PER_PAGE = 100;
    static final int RECENT_PER_PAGE = 20;

    @GetMapping("/imports")
    String form(@RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = jobs.requireImporter();
        fillForm(model, user, type, null, Map.of(), page);
        return "imports/index";
    }

    /** The columns of a type, for the form when the type changes (HTMX). */
    @GetMapping("/imports/columns")
    String columns(@RequestParam(required = false) String type, Model model) {
        jobs.requireImporter();
        model.addAttribute("selected", selected(type));
        return "imports/fragments/columns :: columns";
    }

    @PostMapping("/imports")
    String submit(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "jurisdiction", required = false) String jurisdiction,
            Model model, HttpServletResponse response) {
        CurrentUser user = jobs.requireImporter();
        try {
            ImportJob job = jobs.submit(ImportRequest.of(type, jurisdiction, file));
            return "redirect:/imports/" + job.id();
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.merge(error.field(), error.message(), (a, b) -> a + " " + b);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fillForm(model, user, type, jurisdiction, errors, 0);
            return "imports/index";
        }
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable long id, @RequestParam(required = false) Integer errorsPage, Model model) {
        fillJob(model, jobs.require(id), errorsPage);
        return "imports/job";
    }

    /** The job's status, polled every second while it runs (HTMX); the finished version stops the polling. */
    @GetMapping("/imports/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) Integer errorsPage, Model model) {
        fillJob(model, jobs.require(id), errorsPage);
        return "imports/fragments/job :: job";
    }

    private void fillJob(Model model, ImportJob job, Integer errorsPage) {
        if (job.errorCount() > 0) {
            reads.ifAvailable(
                    r -> r.logRead(PersonalDataReads.IMPORT, List.of(job.id()), job.jurisdictionId(), "VIEW"));
        }
        int pages = Math.max(1,
                (Math.min(job.errorCount(), ImportJobRepository.MAX_STORED_ERRORS) + ERRORS_PER_PAGE - 1)
                        / ERRORS_PER_PAGE);
        int page = Math.min(Math.max(errorsPage == null ? 0 : errorsPage, 0), pages - 1);
        model.addAttribute("job", job);
        model.addAttribute("typeLabel", handlers.labelOf(job.type()));
        model.addAttribute("errors", job.errorCount() == 0 ? List.of()
                : jobs.errors(job, page * ERRORS_PER_PAGE, ERRORS_PER_PAGE));
        model.addAttribute("errorsPage", page);
        model.addAttribute("errorsPages", pages);
    }

    private void fillForm(Model model, CurrentUser user, String type, String jurisdiction, Map<String, String> errors,
            Integer page) {
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        String chosen = jurisdiction;
        if (chosen == null && user.jurisdictionId() != null) {
            chosen = visible.stream().filter(j -> j.id() == user.jurisdictionId()).map(Jurisdiction::code)
                    .findFirst().orElse(null);
        }
        model.addAttribute("types", handlers.all().stream().map(ImportTypeJson::of).toList());
        model.addAttribute("accept", handlers.all().stream().flatMap(h -> h.extensions().stream()).distinct()
                .map(e -> "." + e).collect(java.util.stream.Collectors.joining(",")));
        model.addAttribute("selected", selected(type));
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("chosenJurisdiction", chosen);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("recent", jobs.visible(new PageRequest(page == null || page < 0 ? 0 : page, RECENT_PER_PAGE))
                .map(job -> new RecentJob(job, handlers.labelOf(job.type()))));
    }

    private ImportTypeJson selected(String type) {
        return handlers.byType(type).or(() -> handlers.all().stream().findFirst()).map(ImportTypeJson::of).orElse(null);
    }

    /** A row of the recent imports table. */
    record RecentJob(ImportJob job, String typeLabel) {
    }
}
