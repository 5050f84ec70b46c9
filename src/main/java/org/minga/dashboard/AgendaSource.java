package org.minga.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Upcoming events a module owns (sessions of bodies, service fairs, participatory spaces), for the agenda of
 * the situation room. A module declares one bean in its own internal package.
 */
public interface AgendaSource {

    /** What kind of event this source gives, in Spanish, plural: "Ferias de servicios". */
    String label();

    /**
     * Events in the subtree of the territory with materialised path {@code territoryPath} ("/1/5/"), starting
     * between {@code from} and {@code to} (inclusive), soonest first, at most {@code limit}.
     */
    List<AgendaItem> upcoming(long jurisdictionId, String territoryPath, LocalDate from, LocalDate to, int limit);

    /**
     * One event on its jurisdiction's clock: {@code href} is its page in Minga, {@code uid} a stable unique name (the
     * iCalendar UID, so a calendar client updates the event instead of adding another), {@code end} when it ends.
     */
    record AgendaItem(String kind, String title, LocalDateTime start, String place, String territoryName, String href,
            LocalDateTime end, String uid) {
    }
}
