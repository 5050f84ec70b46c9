package org.minga.privacy.internal;

import lombok.RequiredArgsConstructor;
import org.minga.privacy.PersonalDataHolder;
import org.minga.platform.Times;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.Role;
import org.minga.platform.ValidationException;
import org.minga.privacy.DataRequestCommand;
import org.minga.privacy.DataRequestView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for data-subject requests: the list with deadlines, registering one, answering it. */
@Requires(Capability.PROCESS_DATA_REQUESTS)
@Controller
@RequiredArgsConstructor
class PrivacyPages {

    private final DataRequestService requests;
    private final AccessLogService accessLog;
    private final AuthorizationCertificate certificate;
    private final AuthorizationEvidenceView evidence;

    /** The constancia of an authorization (linked from the person's page). */
    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/consents/{id:\\d+}/certificate.pdf")
    org.springframework.http.ResponseEntity<byte[]> certificate(@PathVariable long id) {
        return certificate.pdf(id, CurrentUsers.require());
    }

    /** The image kept as the authorization's evidence (linked from the person's page), each view logged. */
    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/consents/{id}/evidence")
    org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable long id) {
        return evidence.image(id, CurrentUsers.require());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem privacyNavigation() {
            return NavigationItem.needing("privacy", "Protección de datos", "/privacy/requests", 45,
                    Capability.REGISTER_DATA_REQUESTS, Capability.PROCESS_DATA_REQUESTS);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class AccessLogNavigation {
        @Bean
        NavigationItem accessLogNavigation() {
            return NavigationItem.needing("privacy-access-log", "Registro de accesos", "/privacy/access-log", 46,
                    Capability.READ_ACCESS_LOG);
        }
    }

    /**
     * The privacy officer's search of a person by document number, in their jurisdiction, to open the person's
     * access log. The persons found are shown (so the search is itself on the access log).
     */
    @Requires(Capability.READ_ACCESS_LOG)
    @GetMapping("/privacy/access-log")
    String accessLogSearch(@RequestParam(required = false) String document, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("document", document);
        try {
            model.addAttribute("found", accessLog.accessLogSearch(document, user));
        } catch (ValidationException e) {
            model.addAttribute("found", List.of());
            model.addAttribute("errors", e.errors());
        }
        return "privacy/access-log-search";
    }

    /**
     * Who read a person's record: when (on the clock of the person's jurisdiction), from where, which record and
     * through which page or endpoint, newest first, 50 a page. Opening it is itself a read of the person, logged.
     */
    @Requires(Capability.READ_ACCESS_LOG)
    @GetMapping("/privacy/access-log/{personId}")
    String accessLog(@PathVariable long personId, @RequestParam(required = false) Integer page, Model model) {
        PersonalDataHolder.DataSubject person = accessLog.accessLogSubject(personId, CurrentUsers.require());
        Times.useJurisdiction(person.jurisdictionId());
        model.addAttribute("person", person);
        model.addAttribute("entries", accessLog.accessLogPage(person, PageRequest.of(page, 50)));
        return "privacy/access-log";
    }

    /** The same log as a file (CSV or XLSX); the download is logged as an export of the person. */
    @Requires(Capability.READ_ACCESS_LOG)
    @GetMapping("/privacy/access-log/{personId}/export")
    org.springframework.http.ResponseEntity<byte[]> accessLogExport(@PathVariable long personId,
            @RequestParam(required = false) String format) {
        return accessLog.accessLogExport(personId, format, CurrentUsers.require());
    }

    @Requires({Capability.REGISTER_DATA_REQUESTS, Capability.PROCESS_DATA_REQUESTS})
    @GetMapping("/privacy/requests")
    String list(@RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("open", open);
        model.addAttribute("requests", requests.list(null, open, user, PageRequest.of(page, 50)));
        // whoever registers requests follows their own; only the privacy officer opens them
        model.addAttribute("canProcess", AccessPolicy.holds(user.role(), Capability.PROCESS_DATA_REQUESTS));
        model.addAttribute("form", new DataRequestCommand(null, "CONSULTA", null, null, null));
        return "privacy/requests";
    }

    @Requires(Capability.REGISTER_DATA_REQUESTS)
    @PostMapping("/privacy/requests")
    String create(@RequestParam(required = false) Long personId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String requestedBy, @RequestParam(required = false) String details,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        DataRequestCommand form = new DataRequestCommand(personId, kind, receivedOn, requestedBy, details);
        try {
            DataRequestView v = requests.create(form, user);
            return "redirect:/privacy/requests/" + v.id();
        } catch (ValidationException e) {
            model.addAttribute("open", true);
            model.addAttribute("requests", requests.list(null, true, user, PageRequest.of(0, 50)));
            model.addAttribute("canProcess", AccessPolicy.holds(user.role(), Capability.PROCESS_DATA_REQUESTS));
            model.addAttribute("form", form);
            model.addAttribute("errors", e.errors());
            return "privacy/requests";
        }
    }

    @GetMapping("/privacy/requests/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("request", requests.get(id, user));
        model.addAttribute("canReadLog", AccessPolicy.holds(user.role(), Capability.READ_ACCESS_LOG));
        return "privacy/request";
    }

    /**
     * Answers a request. A deletion is executed only after a confirmation page that shows what will be erased,
     * module by module; the confirmation posts again with {@code confirmed=true}.
     */
    @PostMapping("/privacy/requests/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String response,
            @RequestParam(defaultValue = "false") boolean applyDeletion,
            @RequestParam(defaultValue = "false") boolean confirmed, @RequestParam int version,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        if (applyDeletion && !confirmed) {
            model.addAttribute("request", requests.get(id, user));
            model.addAttribute("erasure", requests.erasurePreview(id, user));
            model.addAttribute("response", response);
            model.addAttribute("version", version);
            return "privacy/confirm-deletion";
        }
        try {
            requests.answer(id, response, applyDeletion, version, user);
            redirect.addFlashAttribute("answered", true);
        } catch (ValidationException e) {
            List<FieldError> errors = e.errors();
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/privacy/requests/" + id;
    }
}
