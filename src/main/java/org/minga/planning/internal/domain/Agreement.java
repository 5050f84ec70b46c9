package org.minga.planning.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A convenio or contrato interadministrativo that funds actions of an {@link ActionPlan}: two parties or more, an
 * object, a value in the plan's currency, a period, the actions and the services of the offer it pays for and its
 * documents. Who manages the
 * plan is told before it expires.
 *
 * <p>Mapped by Spring Data JDBC to {@code agreement} with its parties, funded actions and documents.
 */
@Table("agreement")
public class Agreement extends Aggregate<Agreement> {

    /** What a new agreement needs; the funded actions already checked to belong to the action plan. */
    public record Draft(long jurisdictionId, long actionPlanId, String territoryPath, String code, AgreementKind kind,
            List<String> parties, String object, BigDecimal value, Currency currency, LocalDate startsOn,
            LocalDate endsOn, List<Long> fundedActions, List<Long> fundedServices, List<AgreementDocument> documents) {

        public Draft {
            if (code == null || code.isBlank()) {
                throw new ValidationException("code", "Indique el número o código del convenio.");
            }
            if (kind == null) {
                throw new ValidationException("kind", "Elija si es un convenio o un contrato interadministrativo.");
            }
            parties = parties == null ? List.of()
                    : parties.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                            .distinct().toList();
            if (parties.size() < 2) {
                throw new ValidationException("parties", "Un convenio tiene al menos dos partes (una por línea).");
            }
            if (object == null || object.isBlank()) {
                throw new ValidationException("object", "Indique el objeto del convenio.");
            }
            if (startsOn == null || endsOn == null) {
                throw new ValidationException("startsOn", "Indique las fechas de inicio y de fin del convenio.");
            }
            if (endsOn.isBefore(startsOn)) {
                throw new ValidationException("endsOn", "La fecha de fin no puede ser anterior a la de inicio.");
            }
            fundedActions = fundedActions == null ? List.of() : List.copyOf(fundedActions);
            fundedServices = fundedServices == null ? List.of() : List.copyOf(fundedServices);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    private long jurisdictionId;
    private long actionPlanId;
    private String territoryPath;
    private String code;
    private AgreementKind kind;
    private String object;
    private BigDecimal value;
    private String currency;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @MappedCollection(idColumn = "agreement_id", keyColumn = "position")
    private List<AgreementParty> parties = new ArrayList<>();
    @MappedCollection(idColumn = "agreement_id")
    private Set<FundedAction> funds = new LinkedHashSet<>();
    @MappedCollection(idColumn = "agreement_id")
    private Set<FundedService> services = new LinkedHashSet<>();
    @MappedCollection(idColumn = "agreement_id", keyColumn = "position")
    private List<AgreementDocument> documents = new ArrayList<>();

    private Agreement() {
    }

    public static Agreement sign(Draft d) {
        Agreement a = new Agreement();
        a.jurisdictionId = d.jurisdictionId();
        a.actionPlanId = d.actionPlanId();
        a.territoryPath = d.territoryPath();
        a.code = d.code().strip();
        a.kind = d.kind();
        a.object = d.object().strip();
        a.value = Money.checked("value", "el valor del convenio", d.value(), d.currency()).amount();
        a.currency = d.currency().getCurrencyCode();
        a.startsOn = d.startsOn();
        a.endsOn = d.endsOn();
        a.parties = new ArrayList<>(d.parties().stream().map(AgreementParty::new).toList());
        a.funds = new LinkedHashSet<>(d.fundedActions().stream().map(FundedAction::new).toList());
        a.services = new LinkedHashSet<>(d.fundedServices().stream().map(FundedService::new).toList());
        for (AgreementDocument doc : d.documents()) {
            a.attach(doc);
        }
        return a;
    }

    /** Adds a document: a title and an http(s) link. */
    public final void attach(AgreementDocument doc) {
        if (doc.title() == null || doc.title().isBlank()) {
            throw new ValidationException("documentTitle", "Indique el título del documento.");
        }
        if (doc.url() == null || !doc.url().strip().matches("(?i)https?://\\S+")) {
            throw new ValidationException("documentUrl",
                    "El enlace del documento debe empezar por http:// o https://.");
        }
        documents.add(new AgreementDocument(doc.title().strip(), doc.url().strip()));
    }

    public String code() {
        return code;
    }
}
