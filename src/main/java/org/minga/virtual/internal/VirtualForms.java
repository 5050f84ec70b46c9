package org.minga.virtual.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.minga.virtual.internal.VirtualViews.StewardView;
import org.minga.virtual.internal.VirtualViews.TerritoryRef;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryView;
import org.minga.virtual.internal.domain.SessionMaterial;
import org.springframework.web.multipart.MultipartFile;

/**
 * The virtual-territory, session and campaign forms as the pages send them: every field as typed (so a refused form
 * comes back as the user left it), lists of codes separated by commas, rows of stewards and materials; each turns
 * into the service's command, refusing a date or a number it cannot read with a Spanish message naming the field.
 */
final class VirtualForms {

    private VirtualForms() {
    }

    /** A virtual territory: the physical territory that runs it, its profile, stewards row by row. */
    record TerritoryForm(String territory, String code, String name, String kind, String address, String rules,
            String reaches, String populationGroups, List<String> stewardName, List<String> stewardRole) {

        static TerritoryForm empty(String territory) {
            return new TerritoryForm(territory, null, null, null, null, null, null, null, List.of(), List.of());
        }

        static TerritoryForm of(VirtualTerritoryView v) {
            return new TerritoryForm(v.territory().code(), v.code(), v.name(), v.kind().name(), v.address(),
                    v.rules(), String.join(", ", v.reaches().stream().map(TerritoryRef::code)
                            .filter(c -> !c.equals(v.territory().code())).toList()),
                    String.join(", ", v.populationGroups()), v.stewards().stream().map(StewardView::name).toList(),
                    v.stewards().stream().map(s -> s.role().name()).toList());
        }

        VirtualTerritories.RegisterCommand command() {
            List<VirtualTerritories.StewardCommand> stewards = new ArrayList<>();
            for (int i = 0; i < rows(stewardName, stewardRole); i++) {
                String n = at(stewardName, i);
                if (n != null && !n.isBlank()) {
                    stewards.add(new VirtualTerritories.StewardCommand(n, at(stewardRole, i)));
                }
            }
            return new VirtualTerritories.RegisterCommand(null, territory, code, name, kind, address, rules,
                    list(reaches), list(populationGroups), stewards);
        }

        /** The stewards' rows: those given and two empty ones to add. */
        public List<String[]> stewardRows() {
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < rows(stewardName, stewardRole); i++) {
                if (at(stewardName, i) != null && !at(stewardName, i).isBlank()) {
                    rows.add(new String[]{at(stewardName, i), at(stewardRole, i)});
                }
            }
            rows.add(new String[]{"", "ADMINISTRATOR"});
            rows.add(new String[]{"", "MODERATOR"});
            return rows;
        }
    }

    /** The reach counted on a date. */
    record ReachForm(String measuredOn, String members, String followers) {

        VirtualTerritories.ReachCommand command() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = date(measuredOn, "measuredOn", "de la medición", errors);
            Integer m = number(members, "members", "miembros", errors);
            Integer f = number(followers, "followers", "seguidores", errors);
            throwIf(errors);
            return new VirtualTerritories.ReachCommand(on, m, f);
        }
    }

    /** An online session with its materials row by row. */
    record SessionForm(String modality, String title, String heldOn, String link, String agenda, String healthTopic,
            String campaignId, List<String> materialTitle, List<String> materialLink) {

        static SessionForm empty(String today) {
            return new SessionForm("PEDAGOGICAL", null, today, null, null, null, null, List.of(), List.of());
        }

        OnlineSessions.ScheduleCommand command() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = date(heldOn, "heldOn", "de la sesión", errors);
            Long campaign = null;
            if (campaignId != null && !campaignId.isBlank()) {
                try {
                    campaign = Long.valueOf(campaignId.strip());
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("campaignId", "Elija la campaña de la lista."));
                }
            }
            List<SessionMaterial> materials = new ArrayList<>();
            for (int i = 0; i < rows(materialTitle, materialLink); i++) {
                String t = at(materialTitle, i);
                String l = at(materialLink, i);
                if ((t != null && !t.isBlank()) || (l != null && !l.isBlank())) {
                    materials.add(new SessionMaterial(t, l));
                }
            }
            throwIf(errors);
            return new OnlineSessions.ScheduleCommand(modality, title, on, link, agenda, healthTopic, campaign,
                    materials);
        }
    }

    /** A campaign: the physical territory that runs it, calendar, territories and virtual territories by code. */
    record CampaignForm(String territory, String code, String name, String objective, String audiences,
            String startsOn, String endsOn, String territories, String virtualTerritories) {

        Campaigns.PlanCommand command() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate from = date(startsOn, "startsOn", "de inicio", errors);
            LocalDate to = date(endsOn, "endsOn", "de cierre", errors);
            throwIf(errors);
            return new Campaigns.PlanCommand(null, territory, code, name, objective, audiences, from, to,
                    list(territories), list(virtualTerritories));
        }
    }

    /** A piece or a new version of it: the image uploaded as a file. */
    record PieceForm(String title, String kind, String body, String link, MultipartFile image) {

        Campaigns.PieceCommand command() {
            if (image == null || image.isEmpty()) {
                return new Campaigns.PieceCommand(title, kind, body, link, null, null);
            }
            try {
                return new Campaigns.PieceCommand(title, kind, body, link, image.getContentType(),
                        Base64.getEncoder().encodeToString(image.getBytes()));
            } catch (IOException e) {
                throw new ValidationException("image", "No se pudo leer la imagen; inténtelo de nuevo.");
            }
        }
    }

    static List<String> list(String codes) {
        return codes == null ? List.of()
                : Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static int rows(List<String> a, List<String> b) {
        return Math.max(a == null ? 0 : a.size(), b == null ? 0 : b.size());
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }

    private static LocalDate date(String text, String field, String what, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null; // the aggregate names a missing date
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "La fecha " + what + " no es válida (aaaa-mm-dd)."));
            return null;
        }
    }

    private static Integer number(String text, String field, String what, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "Indique el número de " + what + "."));
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "El número de " + what + " no es un número entero."));
            return null;
        }
    }

    private static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
