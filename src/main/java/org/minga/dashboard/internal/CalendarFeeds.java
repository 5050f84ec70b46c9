package org.minga.dashboard.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.dashboard.AgendaSource;
import org.minga.platform.CalendarFeedKeys;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ICalendar;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendars to subscribe to in any calendar client (RFC 5545, with VTIMEZONE): the sessions of bodies, service
 * fairs, citizen dialogues and workshops of a territory's subtree ({@code /calendar/territories/{id}.ics}, for people
 * who are logged in or send their credentials), and a personal feed at a secret address that needs no login and can
 * be revoked ({@code /calendar/feeds/{secret}.ics}: what the user's territories hold, read as the user is now). The
 * feeds hold the events from 90 days ago to a year ahead; each body's own calendar stays at
 * {@code /governance/bodies/{id}/calendar.ics}.
 */
@Requires(Capability.READ_AGGREGATES)
@Controller
record CalendarFeeds(List<AgendaSource> sources, Territories territories, TerritoryTree tree,
        Jurisdictions jurisdictions, Times times, CalendarFeedKeys keys,
        @Value("${minga.base-url:http://localhost:8080}") String baseUrl) {

    static final int PER_SOURCE = 2000;

    @GetMapping("/calendar/territories/{id:\\d+}.ics")
    ResponseEntity<byte[]> territory(@PathVariable long id) {
        TerritoryView t = territories.requireVisible(id, CurrentUsers.require());
        return ics("Agenda de " + t.name(), times.zoneOf(t.jurisdictionId()), events(List.of(t)),
                "agenda-" + t.code());
    }

    @Requires(Capability.PUBLIC)
    @GetMapping("/calendar/feeds/{secret}.ics")
    ResponseEntity<byte[]> personal(@PathVariable String secret) {
        CurrentUser user = keys.userOf(secret)
                .orElseThrow(() -> new NotFoundException("Esta dirección de calendario no existe o fue revocada."));
        return ics("Minga · " + user.fullName(), times.zoneOf(user.jurisdictionId()), events(places(user)),
                "minga-personal");
    }

    @GetMapping("/calendar")
    String page(Model model) {
        CurrentUser user = CurrentUsers.require();
        List<TerritoryView> choices = new ArrayList<>();
        for (TerritoryView root : places(user)) {
            choices.add(root);
            choices.addAll(tree.children(user, root.id()));
        }
        model.addAttribute("territories", choices);
        model.addAttribute("personalSince", keys.inForceSince(user.id()).map(times::at).orElse(null));
        return "dashboard/calendar";
    }

    /** A new secret address, shown in this answer only (never kept in the session). */
    @PostMapping("/calendar/personal")
    String create(Model model) {
        String secret = keys.create(CurrentUsers.require());
        model.addAttribute("personalUrl", baseUrl.replaceAll("/+$", "") + "/calendar/feeds/" + secret + ".ics");
        return page(model);
    }

    @PostMapping("/calendar/personal/revoke")
    String revoke(RedirectAttributes redirect) {
        keys.revoke(CurrentUsers.require());
        redirect.addFlashAttribute("message", "La dirección secreta de su calendario quedó revocada.");
        return "redirect:/calendar";
    }

    /** The territories a user's personal feed covers: the tops of what they see in each jurisdiction. */
    private List<TerritoryView> places(CurrentUser user) {
        List<TerritoryView> out = new ArrayList<>();
        for (Jurisdiction j : jurisdictions.visibleTo(user)) {
            out.addAll(tree.roots(user, j.id()));
        }
        return out;
    }

    private List<ICalendar.Event> events(List<TerritoryView> places) {
        Map<String, ICalendar.Event> events = new LinkedHashMap<>();
        for (TerritoryView t : places) {
            ZoneId zone = times.zoneOf(t.jurisdictionId());
            LocalDate today = LocalDate.now(zone);
            for (AgendaSource source : sources) {
                for (AgendaSource.AgendaItem i : source.upcoming(t.jurisdictionId(), t.path(), today.minusDays(90),
                        today.plusDays(365), PER_SOURCE)) {
                    events.putIfAbsent(i.uid(), new ICalendar.Event(i.uid() + "@minga", zone, i.start(), i.end(),
                            i.title(), i.place(),
                            i.territoryName() == null ? null : i.kind() + " · " + i.territoryName(),
                            baseUrl.replaceAll("/+$", "") + i.href(), "CONFIRMED", 0, i.kind()));
                }
            }
        }
        return new ArrayList<>(events.values());
    }

    private static ResponseEntity<byte[]> ics(String name, ZoneId zone, List<ICalendar.Event> events, String file) {
        String body = ICalendar.calendar(name, zone, events, Instant.now());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + ".ics\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
