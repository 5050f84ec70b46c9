package org.minga.offer.internal.domain;

import java.time.Instant;
import java.util.List;

import org.minga.actor.Sector;
import org.minga.offer.Channel;
import org.minga.offer.EligibilityRules;
import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.offer.Sex;
import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service of the institutional offer (oferta): what an actor provides, to whom ({@link EligibilityRules}: age,
 * sex, population groups, SISBEN IV groups), through which channels and with which requirements. Registered once,
 * then revised as a whole; its {@link ServiceStatus} says whether it is given today.
 *
 * <p>Mapped by Spring Data JDBC to the {@code offer_service} table (only mapping annotations). Its areas and
 * locations, and the narrow eligibility row the offer's search reads, are written by the repository's statements
 * after the service itself; the public {@code uid} and the areas' paths are the database's.
 */
@Table("offer_service")
public class Service extends CatalogueEntry<Service> {

    /** Everything a person states about a service, each part already checked against the catalogues. */
    public record Terms(String code, long providerId, String name, String description, Sector sector,
            List<Need> needs, String valueGroups, Integer minAge, Integer maxAge, Sex sex,
            List<ValueGroup> populationGroups, List<String> sisbenGroups, String eligibilityNotes,
            String requiredDocuments, String cost, List<Channel> channels, String howToApply, String legalBasis,
            String url, String email, String phone, ServiceStatus status, boolean offeredEverywhere,
            String searchKey) {

        public Terms {
            require(code, "code", "El código es obligatorio.");
            require(name, "name", "El nombre es obligatorio.");
            require(description, "description", "La descripción en lenguaje claro es obligatoria.");
            if (minAge != null && maxAge != null && minAge > maxAge) {
                throw new ValidationException("maxAge", "La edad mínima (" + minAge
                        + ") no puede ser mayor que la edad máxima (" + maxAge + ").");
            }
            needs = List.copyOf(needs);
            populationGroups = List.copyOf(populationGroups);
            sisbenGroups = List.copyOf(sisbenGroups);
            channels = List.copyOf(channels);
            sex = sex == null ? Sex.ANY : sex;
            status = status == null ? ServiceStatus.ACTIVE : status;
        }

        private static void require(String value, String field, String message) {
            if (value == null || value.isBlank()) {
                throw new ValidationException(field, message);
            }
        }
    }

    private long providerId;
    private String description;
    private Sector sector;
    private List<Need> needs;
    private String valueGroups;
    private Integer minAge;
    private Integer maxAge;
    private Sex sex;
    private List<ValueGroup> populationGroups;
    private List<String> sisbenGroups;
    private String eligibilityNotes;
    private String requiredDocuments;
    private String cost;
    private List<Channel> channels;
    private String howToApply;
    private String legalBasis;
    private String url;
    private String email;
    private String phone;
    private ServiceStatus status;
    private boolean offeredEverywhere;
    private String searchKey;
    private Instant updatedAt;

    private Service() {
    }

    /** A new service of a jurisdiction. */
    public static Service register(long jurisdictionId, Terms terms, Instant now) {
        Service s = new Service();
        s.apply(jurisdictionId, terms, now);
        return s;
    }

    /** The service as now stated; the version says whether someone else changed it meanwhile. */
    public void revise(Terms terms, Instant now) {
        apply(jurisdictionId(), terms, now);
    }

    private void apply(long jurisdictionId, Terms t, Instant now) {
        catalogue(jurisdictionId, t.code(), t.name());
        providerId = t.providerId();
        description = t.description();
        sector = t.sector();
        needs = t.needs();
        valueGroups = t.valueGroups();
        minAge = t.minAge();
        maxAge = t.maxAge();
        sex = t.sex();
        populationGroups = t.populationGroups();
        sisbenGroups = t.sisbenGroups();
        eligibilityNotes = t.eligibilityNotes();
        requiredDocuments = t.requiredDocuments();
        cost = t.cost();
        channels = t.channels();
        howToApply = t.howToApply();
        legalBasis = t.legalBasis();
        url = t.url();
        email = t.email();
        phone = t.phone();
        status = t.status();
        offeredEverywhere = t.offeredEverywhere();
        searchKey = t.searchKey();
        updatedAt = now;
    }

    public ServiceStatus status() {
        return status;
    }

    public boolean active() {
        return status == ServiceStatus.ACTIVE;
    }
}
