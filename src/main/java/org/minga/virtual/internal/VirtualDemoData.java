package org.minga.virtual.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.virtual.internal.Campaigns.PieceCommand;
import org.minga.virtual.internal.Campaigns.PlanCommand;
import org.minga.virtual.internal.OnlineSessions.ScheduleCommand;
import org.minga.virtual.internal.VirtualIntake.ContributionCommand;
import org.minga.virtual.internal.VirtualTerritories.ReachCommand;
import org.minga.virtual.internal.VirtualTerritories.RegisterCommand;
import org.minga.virtual.internal.VirtualTerritories.StewardCommand;
import org.minga.virtual.internal.domain.SessionMaterial;
import org.springframework.stereotype.Component;

/**
 * The demo of virtual territories (issue 21, point 7): the WhatsApp community of the El Rincón micro-territory in
 * Suba and the localidad's Facebook group, with their reach over the last months; a campaign inviting to Suba's
 * service fair with its e-mail piece, approved and running; two online health-education sessions with attendance
 * ticked on their public form; and contributions heard in both communities, one after a session, one after the
 * campaign. Loads after participation's and referral's demo.
 */
@Component
record VirtualDemoData(VirtualTerritories territories, Campaigns campaigns, OnlineSessions sessions,
        VirtualIntake intake, OnlineSessionRepository sessionRepository, Jurisdictions jurisdictions)
        implements
            DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "virtual";
    }

    @Override
    public int order() {
        return 960;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresent(this::suba);
    }

    private void suba(Jurisdiction j) {
        LocalDate today = LocalDate.now(j.zoneId());
        long whatsapp = territories.register(new RegisterCommand(j.code(), "B-SUBA-06", "VT-WA-RINCON",
                "Comunidad de WhatsApp El Rincón", "MESSAGING_COMMUNITY", "https://chat.whatsapp.com/",
                "Solo temas del barrio; respeto; sin publicidad ni cadenas. Las moderadoras llevan a Minga lo que se"
                        + " pide.",
                List.of("B-SUBA-06", "B-SUBA-07"), List.of("Cuidadoras", "Personas mayores"),
                List.of(new StewardCommand("Marleny Rodríguez", "ADMINISTRATOR"),
                        new StewardCommand("Yeison Cárdenas", "MODERATOR"))),
                LOADER);
        long facebook = territories.register(new RegisterCommand(j.code(), "11", "VT-FB-SUBA",
                "Grupo de Facebook Suba Participa", "SOCIAL_NETWORK_GROUP", "https://www.facebook.com/groups/",
                "Grupo público de la localidad: información de servicios y convocatorias; se responde en 48 horas.",
                List.of("UPZ27", "UPZ28", "UPZ71"), List.of("Jóvenes", "Familias"),
                List.of(new StewardCommand("Equipo local Suba", "ADMINISTRATOR"),
                        new StewardCommand("Laura Betancourt", "MODERATOR"))),
                LOADER);
        int[][] counts = {{148, 0}, {171, 0}, {203, 0}, {2310, 2950}, {2480, 3120}, {2795, 3390}};
        for (int m = 0; m < 3; m++) {
            LocalDate on = today.minusMonths(2 - m).withDayOfMonth(1);
            territories.recordReach(whatsapp, new ReachCommand(on, counts[m][0], counts[m][1]), LOADER);
            territories.recordReach(facebook, new ReachCommand(on, counts[m + 3][0], counts[m + 3][1]), LOADER);
        }
        long campaign = fairCampaign(j, today);
        long dengue = sessions.schedule(whatsapp, new ScheduleCommand("PEDAGOGICAL",
                "Dengue: cómo evitar criaderos en casa", today.minusDays(1), "https://meet.jit.si/minga-suba-dengue",
                "1. Qué es el dengue y cómo se transmite\n2. Criaderos en casa\n3. Cuándo consultar", "Dengue", null,
                List.of(new SessionMaterial("Guía de prevención del dengue",
                        "https://www.minsalud.gov.co/salud/publica/PET/Paginas/dengue.aspx"))),
                LOADER);
        long mental = sessions.schedule(facebook, new ScheduleCommand("DIALOGIC",
                "Hablemos de salud mental en la juventud", today, "https://meet.jit.si/minga-suba-salud-mental",
                "Conversación con jóvenes de Suba: qué nos preocupa y dónde buscar ayuda", "Salud mental", campaign,
                List.of()), LOADER);
        tick(dengue, 14);
        tick(mental, 22);
        intake.contribution(whatsapp, new ContributionCommand("NEED",
                "En Costa Azul hay agua estancada en el lote junto al parque desde hace semanas: piden fumigación.",
                "Dengue", "B-SUBA-07", null, dengue), LOADER);
        intake.contribution(facebook, new ContributionCommand("SUGGESTION",
                "Que la feria de servicios tenga una carpa de orientación en salud mental para jóvenes.",
                "Salud mental", "UPZ71", campaign, null), LOADER);
        intake.contribution(facebook, new ContributionCommand("COMPLAINT",
                "No contestan en la línea para pedir cita de psicología.", "Salud mental", null, null, mental),
                LOADER);
    }

    private long fairCampaign(Jurisdiction j, LocalDate today) {
        long id = campaigns.plan(new PlanCommand(j.code(), "11", "CAMP-FERIA-SUBA", "Feria de servicios de Suba",
                "Invitar a las familias de Suba a la feria de servicios: salud, cuidado, empleo y trámites en un solo"
                        + " lugar.",
                "Familias, cuidadoras, jóvenes y personas mayores de Suba", today.minusDays(7),
                today.plusDays(21), List.of("UPZ27", "UPZ28", "UPZ71"), List.of("VT-WA-RINCON", "VT-FB-SUBA")),
                LOADER);
        long piece = campaigns.draftPiece(id, new PieceCommand("Invitación por correo a la feria", "IMAGE",
                "Este sábado, feria de servicios en el parque de Suba: lleve su documento.", null, "image/png",
                FAIR_POSTER), LOADER);
        campaigns.approvePiece(piece, 1, LOADER);
        long link = campaigns.draftPiece(id, new PieceCommand("Enlace al directorio de servicios", "LINK",
                "Consulte los servicios que estarán en la feria.", "/directory", null, null), LOADER);
        campaigns.approvePiece(link, 1, LOADER);
        campaigns.launch(id, LOADER);
        return id;
    }

    private void tick(long session, int attendees) {
        String token = sessionRepository.findById(session).orElseThrow().publicToken();
        for (int i = 0; i < attendees; i++) {
            sessions.registerByForm(token);
        }
    }

    /** A small PNG poster (a 1x1 pixel stands in for the designed piece). */
    private static final String FAIR_POSTER = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
}
