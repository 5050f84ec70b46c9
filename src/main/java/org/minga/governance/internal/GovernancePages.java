package org.minga.governance.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;
import java.util.List;

import org.minga.governance.internal.BodyService.BodyView;
import org.minga.governance.internal.SessionService.MinutesForm;
import org.minga.governance.internal.SessionService.SessionView;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Governance pages: bodies, sessions and their minutes, "mis compromisos", barriers with their trail, measures. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
class GovernancePages {

    private final BodyService bodies;
    private final SessionService sessions;
    private final CommitmentService commitments;
    private final BarrierService barriers;
    private final MeasureService measures;
    private final ActaPdf pdf;
    private final Access access;
    private final ExerciseService exercises;
    private final Territories territories;

    GovernancePages(BodyService bodies, SessionService sessions, CommitmentService commitments, BarrierService barriers,
            MeasureService measures, ActaPdf pdf, Access access, ExerciseService exercises,
            Territories territories) {
        this.exercises = exercises;
        this.territories = territories;
        this.bodies = bodies;
        this.sessions = sessions;
        this.commitments = commitments;
        this.barriers = barriers;
        this.measures = measures;
        this.pdf = pdf;
        this.access = access;
    }

    @GetMapping("/governance")
    String index(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("bodies",
                bodies.list(j, user, Gov.parse(Gov.Level.class, level).orElse(null), null, PageRequest.of(page, 100)));
        model.addAttribute("mine", commitments.mine(user, false, PageRequest.of(0, 5)));
        model.addAttribute("templates", BodyTemplate.values());
        model.addAttribute("types", BodyService.options(Gov.BodyType.class));
        model.addAttribute("levels", BodyService.options(Gov.Level.class));
        model.addAttribute("periodicities", BodyService.options(Gov.Periodicity.class));
        return "governance/index";
    }

    @GetMapping("/governance/bodies/{id:\\d+}")
    String body(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        BodyView b = bodies.requireVisible(id, user);
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        LocalDate today = LocalDate.now(j.zoneId());
        model.addAttribute("b", b);
        model.addAttribute("members", bodies.members(id));
        model.addAttribute("children", bodies.children(id));
        model.addAttribute("sessions", sessions.ofBody(id, PageRequest.of(0, 20)));
        model.addAttribute("open", commitments.ofBody(b, "open", PageRequest.of(0, 50)));
        model.addAttribute("overdue", commitments.ofBody(b, "overdue", PageRequest.of(0, 50)));
        model.addAttribute("barriers", barriers.list(j, user, id, null, PageRequest.of(0, 20)));
        model.addAttribute("m",
                measures.of(j.id(), id, b.territoryPath(), today, CommitmentService.overdueCutoff(j, today)));
        model.addAttribute("canEdit", bodies.canEdit(b, user));
        model.addAttribute("roles", BodyService.options(Gov.MemberRole.class));
        model.addAttribute("barrierTypes", org.minga.governance.BarrierType.values());
        model.addAttribute("types", BodyService.options(Gov.BodyType.class));
        model.addAttribute("levels", BodyService.options(Gov.Level.class));
        model.addAttribute("periodicities", BodyService.options(Gov.Periodicity.class));
        return "governance/body";
    }

    @GetMapping("/governance/bodies/{id:\\d+}/calendar.ics")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        return GovernanceApi.ics(bodies.requireVisible(id, CurrentUsers.require()), sessions, access);
    }

    @GetMapping("/governance/sessions/{id:\\d+}")
    String session(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        SessionView s = sessions.requireVisible(id, user);
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", new MinutesForm(s.minutes(), s.decisions(), s.version()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        BodyView b = bodies.byId(s.bodyId()).orElseThrow();
        model.addAttribute("s", s);
        model.addAttribute("b", b);
        model.addAttribute("canEdit", bodies.canEdit(b, user) && !s.closed());
        model.addAttribute("attendance", sessions.attendance(s));
        model.addAttribute("quorum", sessions.quorum(s));
        model.addAttribute("made", commitments.ofSession(id));
        model.addAttribute("review", commitments.ofBody(b, "open", PageRequest.of(0, 50)));
        model.addAttribute("attendanceOptions", Gov.AttendanceStatus.values());
        return "governance/session";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/minutes")
    String saveMinutes(@PathVariable long id, MinutesForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        try {
            sessions.saveMinutes(id, form, user);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/governance/sessions/" + id;
        } catch (ConflictException e) {
            // the text typed is kept on the page so nothing is lost; the stored minutes are shown beside it
            model.addAttribute("conflict", e.getMessage());
            model.addAttribute("minutesForm", form);
            return session(id, model);
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("minutesForm", form);
            return session(id, model);
        }
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        try {
            sessions.approve(id, version, user);
            return "redirect:/governance/sessions/" + id;
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return session(id, model);
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return session(id, model);
        }
    }

    @GetMapping("/governance/sessions/{id:\\d+}/acta.pdf")
    ResponseEntity<byte[]> acta(@PathVariable long id) {
        return GovernanceApi.acta(id, sessions, bodies, commitments, pdf);
    }

    @GetMapping("/governance/commitments")
    String mine(@RequestParam(required = false) String filter, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("results", commitments.mine(user, "all".equals(filter), PageRequest.of(page, 50)));
        model.addAttribute("filter", filter);
        return "governance/commitments";
    }

    /** The open or overdue commitments of a territory and everything below it (linked from the measures page). */
    @GetMapping("/governance/territories/{id:\\d+}/commitments")
    String territoryCommitments(@PathVariable long id, @RequestParam(required = false) String filter,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        TerritoryView t = territories.requireVisible(id, user);
        String f = "overdue".equals(filter) ? "overdue" : "open";
        model.addAttribute("territory", t);
        model.addAttribute("filter", f);
        model.addAttribute("results",
                commitments.ofTerritory(access.jurisdiction(t.jurisdictionId()), t.path(), user, f,
                        PageRequest.of(page, 50)));
        return "governance/territory-commitments";
    }

    @GetMapping("/governance/commitments/{id:\\d+}")
    String commitment(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        CommitmentService.CommitmentView c = commitments.requireVisible(id, user);
        model.addAttribute("c", c);
        model.addAttribute("bodySessions", sessions.ofBody(c.bodyId(), PageRequest.of(0, 12)).items());
        model.addAttribute("co", commitments.coResponsible(id));
        model.addAttribute("notes", commitments.notes(id));
        model.addAttribute("evidence", commitments.evidence(id));
        model.addAttribute("statuses", Gov.CommitmentStatus.values());
        return "governance/commitment";
    }

    @GetMapping("/governance/barriers/{id:\\d+}")
    String barrier(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        BarrierService.BarrierView x = barriers.requireVisible(id, user);
        BodyView current = bodies.byId(x.currentBodyId()).orElseThrow();
        boolean open = x.status() != Gov.BarrierStatus.RESOLVED && x.status() != Gov.BarrierStatus.CLOSED;
        model.addAttribute("x", x);
        model.addAttribute("trail", barriers.trail(id));
        model.addAttribute("canAct", open && bodies.canEdit(current, user));
        model.addAttribute("canEscalate", current.parentId() != null);
        return "governance/barrier";
    }

    @GetMapping("/governance/measures")
    String measuresPage(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        LocalDate today = LocalDate.now(j.zoneId());
        model.addAttribute("m",
                measures.of(j.id(), null, access.prefix(user), today, CommitmentService.overdueCutoff(j, today)));
        model.addAttribute("rows",
                measures.byTerritory(j.id(), access.prefix(user), today, CommitmentService.overdueCutoff(j, today)));
        model.addAttribute("jurisdiction", j);
        return "governance/measures";
    }

    // ---- writes: each redirects back; problems travel as a flash list ------------------------------

    private interface Action {
        String run();
    }

    private static String attempt(String back, RedirectAttributes redirect, Action action) {
        try {
            String target = action.run();
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + (target == null ? back : target);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problems", e.errors());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:" + back;
    }

    private static java.util.List<String> split(String s) {
        return s == null ? List.of()
                : java.util.Arrays.stream(s.split("[,;]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies")
    String createBody(BodyService.BodyForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance", redirect, () -> "/governance/bodies/" + bodies.create(form, user).id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/members")
    String addMember(@PathVariable long id, BodyService.MemberForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> {
            bodies.addMember(id, form, user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/edit")
    String editBody(@PathVariable long id, BodyService.BodyForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> {
            bodies.update(id, form, user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/members/{memberId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> {
            bodies.removeMember(id, memberId, user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/sessions")
    String createSession(@PathVariable long id, @RequestParam(required = false) java.time.LocalDateTime startsAt,
            @RequestParam(required = false) String place, @RequestParam(required = false) String link,
            @RequestParam(required = false) String agenda, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> "/governance/sessions/"
                + sessions.create(new SessionService.SessionForm(id, startsAt, null, place, link, agenda, null), user)
                        .id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/calendar")
    String calendar(@PathVariable long id, BodyService.CalendarForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> {
            bodies.generateCalendar(id, form, user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/barriers")
    String raise(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) String territoryCode, @RequestParam(required = false) String services,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (String s : split(services)) {
                if (!s.matches("\\d{1,18}")) {
                    throw new ValidationException("serviceIds", "El servicio '" + s + "' no es un número de servicio.");
                }
                ids.add(Long.parseLong(s));
            }
            return "/governance/barriers/"
                    + barriers.raise(new BarrierService.BarrierForm(id, kind, type, title, description,
                            territoryCode, ids), user).id();
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/barriers/{id:\\d+}/act")
    String act(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        BarrierService.StepForm form = new BarrierService.StepForm(note, version);
        return attempt("/governance/barriers/" + id, redirect, () -> {
            switch (action) {
                case "escalate" -> barriers.escalate(id, form, user);
                case "return" -> barriers.returnWithGuidance(id, form, user);
                case "resolve" -> barriers.resolve(id, form, user);
                default -> throw new ValidationException("action", "La acción '" + action + "' no existe.");
            }
            return null;
        });
    }

    @GetMapping("/governance/barriers")
    String barriersPage(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("results", barriers.list(access.pageJurisdiction(jurisdiction, user), user, null, status,
                PageRequest.of(page, 50)));
        return "governance/barriers";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/attendance")
    String attendance(@PathVariable long id, @RequestParam java.util.Map<String, String> params,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/sessions/" + id, redirect, () -> {
            java.util.Map<Long, String> marks = new java.util.HashMap<>();
            params.forEach((k, v) -> {
                if (k.matches("a_\\d{1,18}")) {
                    marks.put(Long.parseLong(k.substring(2)), v);
                }
            });
            String v = params.get("version");
            sessions.recordAttendance(id,
                    new SessionService.AttendanceForm(marks, v == null || !v.matches("\\d{1,9}") ? null
                            : Integer.parseInt(v)),
                    user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/commitments")
    String addCommitment(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long responsibleMemberId,
            @RequestParam(required = false) String responsibleActorCode,
            @RequestParam(required = false) String responsibleUsername,
            @RequestParam(required = false) String coResponsible,
            @RequestParam(required = false) String strategicGoal, @RequestParam(required = false) LocalDate dueDate,
            @RequestParam(required = false) Integer dueInBusinessDays, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        SessionView s = sessions.requireVisible(id, user);
        return attempt("/governance/sessions/" + id, redirect, () -> {
            commitments.create(new CommitmentService.CommitmentForm(s.bodyId(), id, title, null, responsibleActorCode,
                    responsibleMemberId, null, responsibleUsername, split(coResponsible), strategicGoal, dueDate,
                    dueInBusinessDays), user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/commitments/{id:\\d+}/progress")
    String progress(@PathVariable long id, CommitmentService.ProgressForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/commitments/" + id, redirect, () -> {
            commitments.progress(id, form, user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/commitments/{id:\\d+}/evidence")
    String evidence(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/commitments/" + id, redirect, () -> {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                commitments.addEvidence(id,
                        hasFile && (name == null || name.isBlank()) ? file.getOriginalFilename() : name, url,
                        hasFile ? file.getContentType() : null, hasFile ? file.getBytes() : null, user);
            } catch (java.io.IOException e) {
                throw new ValidationException("file", "No se pudo leer el archivo.");
            }
            return null;
        });
    }

    @GetMapping("/governance/commitments/{id:\\d+}/evidence/{evidenceId:\\d+}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId) {
        CommitmentService.EvidenceFile f = commitments.evidenceFile(id, evidenceId, CurrentUsers.require());
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(f.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }

    // ---- demonstration exercises -------------------------------------------------------------------

    @GetMapping("/governance/exercises")
    String exercisesPage(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("results", exercises.list(j, user, PageRequest.of(page, 50)));
        return "governance/exercises";
    }

    @GetMapping("/governance/exercises/{id:\\d+}")
    String exercise(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ExerciseService.ExerciseView e = exercises.requireVisible(id, user);
        model.addAttribute("e", e);
        model.addAttribute("canEdit", access.canEdit(user, e.jurisdictionId(), e.territoryPath()));
        return "governance/exercise";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises")
    String createExercise(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) String objective,
            @RequestParam(required = false) String territoryCode, @RequestParam(required = false) String bodyCode,
            @RequestParam(required = false) String actors, @RequestParam(required = false) LocalDate startDate,
            @RequestParam(required = false) LocalDate endDate, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/exercises", redirect, () -> "/governance/exercises/" + exercises.create(
                new ExerciseService.ExerciseForm(jurisdiction, code, name, objective, territoryCode, bodyCode,
                        split(actors),
                        List.of(), startDate, endDate),
                user).id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/milestones")
    String milestone(@PathVariable long id, ExerciseService.MilestoneForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/exercises/" + id, redirect, () -> {
            exercises.addMilestone(id, form, user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/notes")
    String exerciseNote(@PathVariable long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/exercises/" + id, redirect, () -> {
            exercises.addNote(id, note, user);
            return null;
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/evaluation")
    String evaluate(@PathVariable long id, ExerciseService.EvaluationForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/exercises/" + id, redirect, () -> {
            exercises.evaluate(id, form, user);
            return null;
        });
    }
}
