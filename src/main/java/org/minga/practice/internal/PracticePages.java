package org.minga.practice.internal;

import org.minga.platform.Labels;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages where entities document practices and the managers move them through evaluation and publication. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record PracticePages(Labels labels, PracticeService practices, PracticeTransitions transitions, FormatCatalog formats,
        EvaluationService evaluations, EvidenceService evidence, AttachmentService attachments, PracticeJson documents,
        Jurisdictions jurisdictions, PracticeSheet sheet, PracticeAutosave autosaves) {

    @GetMapping("/practices")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("page", practices.list(user, status, q, PageRequest.of(page, 25)));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", PracticeStatus.values());
        model.addAttribute("canAuthor", AccessPolicy.holds(user.role(), Capability.DOCUMENT_PRACTICES));
        model.addAttribute("canManage", AccessPolicy.holds(user.role(), Capability.MANAGE_PRACTICES));
        model.addAttribute("myEvaluations", evaluations.mine(user).size());
        return "practice/list";
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @GetMapping("/practices/new")
    String newForm(Model model) {
        CurrentUser user = CurrentUsers.require();
        return newPage(new NewPractice(null, null, null, null, null, null, Year.now().getValue(), null, null, null),
                List.of(), user, model);
    }

    private String newPage(NewPractice form, List<FieldError> errors, CurrentUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formats", formats.latest());
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(user));
        return "practice/new";
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices")
    String create(@RequestParam(required = false) Long formatId, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String title, @RequestParam(required = false) String entityName,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String process,
            @RequestParam(required = false) Integer year, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        NewPractice cmd = new NewPractice(formatId, jurisdiction, title, entityName, sector, process, year, null, null,
                null);
        try {
            GoodPractice p = practices.create(cmd, user);
            redirect.addFlashAttribute("notice",
                    "Se creó el borrador «" + p.title() + "». Diligencie el formato: se guarda solo mientras escribe.");
            return "redirect:/practices/" + p.id() + "/edit";
        } catch (ValidationException e) {
            return newPage(cmd, e.errors(), user, model);
        }
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/import")
    String importJson(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUsers.require();
        try {
            PracticeJson.Document doc = documents.read(new String(file.getBytes(), StandardCharsets.UTF_8));
            GoodPractice p = documents.importDocument(doc, user);
            redirect.addFlashAttribute("notice", "Se importó «" + p.title() + "» como borrador.");
            return "redirect:/practices/" + p.id();
        } catch (ValidationException e) {
            return newPage(new NewPractice(null, null, null, null, null, null, Year.now().getValue(), null, null, null),
                    e.errors(), user, model);
        }
    }

    @GetMapping("/practices/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        GoodPractice p = practices.requireVisible(id, user);
        sheet.fill(model, p, false);
        model.addAttribute("canEdit", PracticeService.canAuthor(user, p.jurisdictionId()) && p.status().editable());
        model.addAttribute("canManage", PracticeService.canManage(user, p.jurisdictionId()));
        model.addAttribute("assignments", evaluations.assignmentsOf(p.id()));
        model.addAttribute("evaluators", evaluations.evaluators(p.jurisdictionId()));
        model.addAttribute("linkTypes", LinkType.values());
        model.addAttribute("versions", practices.versions(p.id()));
        return "practice/detail";
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @GetMapping("/practices/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        GoodPractice p = practices.requireVisible(id, user);
        if (!p.status().editable()) {
            throw new ConflictException(
                    "La práctica está «" + labels.spanish(p.status()) + "» y no se puede modificar.");
        }
        return editPage(p, List.of(), model);
    }

    private String editPage(GoodPractice p, List<FieldError> errors, Model model) {
        PracticeFormat format = formats.require(p.formatId());
        model.addAttribute("view", PracticeView.of(p, format));
        model.addAttribute("p", p);
        model.addAttribute("format", format);
        model.addAttribute("errors", errors);
        model.addAttribute("attachments", attachments.list(p.id()));
        return "practice/edit";
    }

    /** Saves the form; with {@code X-Autosave} (the page's script) answers JSON instead of a page. */
    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/{id}")
    Object save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "X-Autosave", required = false) String autosave, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        GoodPractice p = practices.requireVisible(id, user);
        PracticeFormat format = formats.require(p.formatId());
        Map<String, Object> answers = AnswerParams.parse(format.definition(), params);
        String share = params.getFirst("shareAuthorized");
        PracticeForm form = new PracticeForm(intOrNull(params.getFirst("version")), params.getFirst("title"),
                params.getFirst("entityName"), params.getFirst("sector"), params.getFirst("process"),
                intOrNull(params.getFirst("year")), null,
                share == null || share.isBlank() ? null : "si".equals(share), answers, autosave != null);
        if (autosave != null) {
            try {
                PracticeAutosave.Draft draft = autosaves.save(id, form, user);
                GoodPractice saved = draft.saved();
                return ResponseEntity.ok(Map.of("version", saved.version(), "errors", draft.skipped(), "savedAt",
                        saved.updatedAt()
                                .atZoneSameInstant(jurisdictions.byId(saved.jurisdictionId()).orElseThrow().zoneId())
                                .toLocalTime()
                                .withNano(0).toString()));
            } catch (ValidationException e) {
                return ResponseEntity.unprocessableEntity().body(Map.of("errors", e.errors()));
            } catch (ConflictException e) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("errors",
                        List.of(new FieldError("version", e.getMessage()))));
            }
        }
        try {
            GoodPractice saved = practices.save(id, form, user);
            if ("submit".equals(params.getFirst("action"))) {
                transitions.submit(id, saved.version(), user);
                redirect.addFlashAttribute("notice", "La práctica fue enviada a evaluación.");
                return "redirect:/practices/" + id;
            }
            redirect.addFlashAttribute("notice",
                    "Cambios guardados (versión " + practices.versions(id).get(0).number() + ").");
            return "redirect:/practices/" + id + "/edit";
        } catch (ValidationException e) {
            GoodPractice current = practices.require(id);
            GoodPractice shown = new GoodPractice(current.id(), current.jurisdictionId(), current.territoryId(),
                    current.formatId(),
                    form.title() == null ? current.title() : form.title(),
                    form.entityName() == null ? current.entityName() : form.entityName(), current.entityActorRef(),
                    form.sector(), form.process(), Answers.level(format.definition(), answers, current.level()),
                    form.year() == null ? current.year() : form.year(), current.status(), answers,
                    current.observations(),
                    form.shareAuthorized() == null ? current.shareAuthorized() : form.shareAuthorized(),
                    current.createdBy(), current.createdAt(), current.updatedBy(), current.updatedAt(),
                    current.publishedAt(), current.version());
            return editPage(shown, e.errors(), model);
        }
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        try {
            transitions.submit(id, version, user);
            redirect.addFlashAttribute("notice", "La práctica fue enviada a evaluación.");
            return "redirect:/practices/" + id;
        } catch (ValidationException e) {
            return editPage(practices.require(id), e.errors(), model);
        }
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practices/{id}/return")
    String returnIt(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String observations, RedirectAttributes redirect) {
        return act(id, redirect,
                () -> transitions.returnWithObservations(id, version, observations, CurrentUsers.require()),
                "La práctica fue devuelta con observaciones a la entidad.");
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practices/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> transitions.publish(id, version, CurrentUsers.require()),
                "La práctica fue publicada en el banco público.");
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practices/{id}/assignments")
    String assign(@PathVariable long id, @RequestParam(required = false) Long evaluatorId,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (evaluatorId == null) {
                throw new ValidationException("evaluatorId", "Elija el evaluador.");
            }
            return evaluations.assign(id, evaluatorId, CurrentUsers.require());
        }, "Evaluador asignado.");
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/{id}/links")
    String link(@PathVariable long id, @RequestParam(required = false) String linkType,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String label,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        GoodPractice p = practices.requireVisible(id, user);
        return act(id, redirect, () -> {
            if (!PracticeService.canAuthor(user, p.jurisdictionId())) {
                throw new org.minga.platform.ForbiddenException("Su rol no enlaza evidencias.");
            }
            return evidence.add(id, null, p.jurisdictionId(), linkType, reference, label, user);
        }, "Evidencia enlazada.");
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/{id}/links/{linkId}/delete")
    String unlink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        GoodPractice p = practices.requireVisible(id, user);
        return act(id, redirect, () -> {
            if (!PracticeService.canAuthor(user, p.jurisdictionId())) {
                throw new org.minga.platform.ForbiddenException("Su rol no quita evidencias.");
            }
            if (evidence.ofPractice(id, p.jurisdictionId()).stream().noneMatch(l -> l.id() == linkId)) {
                throw new org.minga.platform.NotFoundException("El enlace no es de esta práctica.");
            }
            evidence.remove(linkId, p.jurisdictionId(), user);
            return null;
        }, "Evidencia quitada.");
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String description, Model model, RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUsers.require();
        try {
            attachments.add(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(),
                    file == null ? null : file.getBytes(), description, user);
            redirect.addFlashAttribute("notice", "Anexo agregado.");
            return "redirect:/practices/" + id + "/edit#anexos";
        } catch (ValidationException e) {
            return editPage(practices.requireVisible(id, user), e.errors(), model);
        }
    }

    @GetMapping("/practices/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        practices.requireVisible(id, CurrentUsers.require());
        return download(attachments.file(id, attachmentId));
    }

    static ResponseEntity<byte[]> download(AttachmentService.File f) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(),
                        StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(f.contentType())).body(f.data());
    }

    @GetMapping("/practices/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        GoodPractice p = practices.requireVisible(id, CurrentUsers.require());
        return sheet.pdf(p);
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] bytes, GoodPractice p) {
        String name = "buena-practica-" + p.id() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }

    @GetMapping("/practices/{id}/versions")
    String versions(@PathVariable long id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        CurrentUser user = CurrentUsers.require();
        GoodPractice p = practices.requireVisible(id, user);
        PracticeFormat format = formats.require(p.formatId());
        List<PracticeReadModel.PracticeVersion> versions = practices.versions(id);
        model.addAttribute("p", p);
        model.addAttribute("versions", versions);
        if (versions.size() >= 2 || (from != null && to != null)) {
            PracticeReadModel.PracticeVersion newer = pick(versions, to, 0);
            PracticeReadModel.PracticeVersion older = pick(versions, from, 1);
            model.addAttribute("older", older);
            model.addAttribute("newer", newer);
            model.addAttribute("changes", changes(format.definition(), older, newer));
        }
        return "practice/versions";
    }

    private static PracticeReadModel.PracticeVersion pick(List<PracticeReadModel.PracticeVersion> versions,
            Integer number,
            int fallbackIndex) {
        if (number != null) {
            return versions.stream().filter(v -> v.number() == number).findFirst()
                    .orElseThrow(
                            () -> new org.minga.platform.NotFoundException("La versión " + number + " no existe."));
        }
        return versions.get(Math.min(fallbackIndex, versions.size() - 1));
    }

    /** The questions whose answers differ between two versions, with a word-level difference. */
    static List<Change> changes(FormatDefinition def, PracticeReadModel.PracticeVersion older,
            PracticeReadModel.PracticeVersion newer) {
        List<Change> out = new ArrayList<>();
        if (!older.title().equals(newer.title())) {
            out.add(new Change("Nombre de la práctica", TextDiff.diff(older.title(), newer.title())));
        }
        for (FormatDefinition.Item q : def.questions()) {
            String a = Answers.asText(q, older.answers().get(q.key()));
            String b = Answers.asText(q, newer.answers().get(q.key()));
            if (!a.equals(b)) {
                out.add(new Change(q.label(), TextDiff.diff(a, b)));
            }
        }
        return out;
    }

    record Change(String question, List<TextDiff.Segment> segments) {
    }

    private String act(long id, RedirectAttributes redirect, java.util.function.Supplier<Object> action,
            String notice) {
        try {
            var unused = action.get(); // the page shows the notice, not the changed record
            redirect.addFlashAttribute("notice", notice);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problems", e.errors().stream().map(FieldError::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return "redirect:/practices/" + id;
    }

    private static Integer intOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("year", "«" + s + "» no es un número entero.");
        }
    }
}
