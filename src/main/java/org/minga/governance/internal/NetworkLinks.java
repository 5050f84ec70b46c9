package org.minga.governance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.NetworkReadModel.NetworkView;
import org.minga.governance.internal.domain.Network;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social assets, services and care routes a network ties together: tied and untied against the version read,
 * each checked with its owner module to exist in the network's jurisdiction; shown by name and kind while it exists.
 */
@Service
@RequiredArgsConstructor
public class NetworkLinks {

    /**
     * A record to tie or untie: its {@code kind} ({@code social-asset}, {@code service}, {@code care-route}) and
     * {@code targetId}, or {@code link} as the page's picker gives it ({@code kind:id}); against the version read.
     */
    public record LinkForm(String kind, Long targetId, String link, Integer version) {
    }

    /** A record the network ties, as its owner module names it, with its page. */
    public record TiedRecord(String kind, String kindLabel, long id, String title, String detail, String href) {
    }

    private final NetworkRepository repository;
    private final NetworkReadModel read;
    private final NetworkLinkTargets targets;
    private final Access access;
    private final AuditLog audit;

    /** What the network ties that still exists, by kind and title. */
    public List<TiedRecord> tied(long networkId, long jurisdictionId) {
        List<TiedRecord> out = new ArrayList<>();
        for (Network.NetworkLink l : read.links(networkId)) {
            targets.resolve(l.kind(), l.targetId(), jurisdictionId).ifPresent(t -> out.add(new TiedRecord(t.kind(),
                    targets.label(t.kind()), t.id(), t.title(), t.detail(), t.href())));
        }
        out.sort(java.util.Comparator.comparing((TiedRecord t) -> Network.LINK_KINDS.indexOf(t.kind()))
                .thenComparing(TiedRecord::title));
        return out;
    }

    @Transactional
    public List<TiedRecord> tie(long id, LinkForm f, CurrentUser user) {
        NetworkView n = editable(id, f, user);
        Jurisdiction j = access.jurisdiction(n.jurisdictionId());
        Target t = target(j, f);
        repository.change(id, x -> x.tie(t.kind(), t.id(), f.version(), Instant.now()));
        audit.record("UPDATE", "gov_network", id, n.jurisdictionId(), targets.label(t.kind()) + " " + t.title()
                + " articulado a la red " + n.name(), null, null);
        return tied(id, n.jurisdictionId());
    }

    @Transactional
    public List<TiedRecord> untie(long id, LinkForm f, CurrentUser user) {
        NetworkView n = editable(id, f, user);
        Ref r = ref(f);
        if (r == null) {
            throw new ValidationException("link", "Indique el registro que la red deja de articular.");
        }
        repository.change(id, x -> x.untie(r.kind(), r.id(), f.version(), Instant.now()));
        audit.record("UPDATE", "gov_network", id, n.jurisdictionId(), targets.label(r.kind()) + " " + r.id()
                + " retirado de la red " + n.name(), null, null);
        return tied(id, n.jurisdictionId());
    }

    private NetworkView editable(long id, LinkForm f, CurrentUser user) {
        NetworkView n = access.requireVisible(read.byId(id), user, "la red " + id);
        access.requireEditor(user, n.jurisdictionId(), n.territoryPath(), "la red " + n.name());
        if (f.version() == null) {
            throw new ValidationException("version", "Falta la versión de la red que se vio.");
        }
        return n;
    }

    /** A record named by kind and id. */
    private record Ref(String kind, long id) {
    }

    /** The record named, in the network's jurisdiction: a Spanish refusal naming the field otherwise. */
    private Target target(Jurisdiction j, LinkForm f) {
        Ref r = ref(f);
        if (r == null) {
            List<FieldError> errors = new ArrayList<>();
            return targets.named(f.link().strip(), j.id()).orError("link", WHAT, errors)
                    .orElseThrow(() -> new ValidationException(errors));
        }
        if (!Network.LINK_KINDS.contains(r.kind())) {
            throw new ValidationException("kind", "La red no articula registros de tipo «" + r.kind()
                    + "»: indique social-asset (activo social), service (servicio) o care-route (ruta de atención).");
        }
        return targets.resolve(r.kind(), r.id(), j.id()).orElseThrow(() -> new ValidationException(
                f.link() == null ? "targetId" : "link", "No existe en " + j.name() + " ningún registro de tipo «"
                        + targets.label(r.kind()).toLowerCase(Locale.ROOT) + "» con el número " + r.id()
                        + ": la red solo articula activos sociales, servicios y rutas de atención de su jurisdicción."));
    }

    static final String WHAT = "el activo social, servicio o ruta de atención";

    /**
     * The kind and id the form names: {@code kind} and {@code targetId}, or the picker's {@code kind:id}; null when
     * {@code link} is a name typed without the picker.
     */
    private static Ref ref(LinkForm f) {
        if (f.link() != null && !f.link().isBlank()) {
            String typed = f.link().strip();
            int colon = typed.indexOf(':');
            return colon > 0 && typed.substring(colon + 1).matches("\\d{1,18}")
                    ? new Ref(typed.substring(0, colon), Long.parseLong(typed.substring(colon + 1)))
                    : null;
        }
        if (f.kind() == null || f.kind().isBlank()) {
            throw new ValidationException("kind", "Indique el tipo de registro que la red articula: social-asset "
                    + "(activo social), service (servicio) o care-route (ruta de atención).");
        }
        if (f.targetId() == null) {
            throw new ValidationException("targetId", "Indique el número del registro que la red articula.");
        }
        return new Ref(f.kind().strip(), f.targetId());
    }
}
