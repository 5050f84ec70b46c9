package org.minga.platform;

import static org.minga.platform.Capability.*;
import static org.minga.platform.Reach.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The one access policy of Minga: which role holds which capability, and over which reach. Pages and API ask it
 * through {@link Requires} on every handler; services ask it for the {@link AccessScope} of a capability instead
 * of working out a user's territory themselves. The README shows this table; {@code AccessPolicyTests} keeps the
 * two equal.
 */
@Component
public record AccessPolicy(org.springframework.beans.factory.ObjectProvider<TerritoryLookup> territories) {

    private static final Map<Role, Map<Capability, Reach>> TABLE = table();

    // looked up when needed: the territory module implements it and itself asks this policy for scopes
    private static Map<Role, Map<Capability, Reach>> table() {
        Map<Role, Map<Capability, Reach>> t = new EnumMap<>(Role.class);
        t.put(Role.ADMINISTRATOR, grants(
                SIGNED_IN, OWN, READ_TERRITORIAL_INFO, TERRITORY, READ_AGGREGATES, TERRITORY,
                MANAGE_TERRITORY, TERRITORY, CONFIGURE_JURISDICTION, TERRITORY, MANAGE_ACTORS_AND_OFFER, TERRITORY,
                RUN_GOVERNANCE, TERRITORY, RUN_PARTICIPATION, TERRITORY, RUN_FAIRS, TERRITORY,
                REGISTER_AT_FAIRS, TERRITORY, MANAGE_PLANS, TERRITORY, READ_PERSONAL_DATA, TERRITORY,
                RECORD_PERSONAL_DATA, TERRITORY, REGISTER_DATA_REQUESTS, TERRITORY, DOCUMENT_PRACTICES, TERRITORY,
                MANAGE_PRACTICES, TERRITORY, ADMINISTER_USERS, TERRITORY, ANSWER_REFERRALS, TERRITORY,
                RUN_TRAINING, TERRITORY));
        Map<Capability, Reach> territorial = grants(
                SIGNED_IN, OWN, READ_TERRITORIAL_INFO, TERRITORY, READ_AGGREGATES, TERRITORY,
                MANAGE_TERRITORY, TERRITORY, MANAGE_ACTORS_AND_OFFER, TERRITORY, RUN_GOVERNANCE, TERRITORY,
                RUN_PARTICIPATION, TERRITORY, RUN_FAIRS, TERRITORY, REGISTER_AT_FAIRS, TERRITORY,
                MANAGE_PLANS, TERRITORY, READ_PERSONAL_DATA, TERRITORY, RECORD_PERSONAL_DATA, TERRITORY,
                REGISTER_DATA_REQUESTS, TERRITORY, DOCUMENT_PRACTICES, TERRITORY, RUN_TRAINING, TERRITORY);
        Map<Capability, Reach> district = new EnumMap<>(territorial);
        district.put(CONFIGURE_JURISDICTION, TERRITORY);
        district.put(MANAGE_PRACTICES, TERRITORY);
        t.put(Role.DISTRICT, district);
        t.put(Role.ZONAL, territorial);
        t.put(Role.LOCAL, territorial);
        t.put(Role.FIELD_TEAM, grants(
                SIGNED_IN, OWN, READ_TERRITORIAL_INFO, TERRITORY, READ_AGGREGATES, TERRITORY,
                RUN_PARTICIPATION, TERRITORY, REGISTER_AT_FAIRS, TERRITORY, READ_PERSONAL_DATA, TERRITORY,
                RECORD_PERSONAL_DATA, TERRITORY, REGISTER_DATA_REQUESTS, TERRITORY));
        t.put(Role.PRACTICE_EVALUATOR, grants(
                SIGNED_IN, OWN, READ_TERRITORIAL_INFO, JURISDICTION, READ_AGGREGATES, JURISDICTION,
                EVALUATE_PRACTICES, JURISDICTION));
        t.put(Role.READ_ONLY, grants(
                SIGNED_IN, OWN, READ_TERRITORIAL_INFO, TERRITORY, READ_AGGREGATES, TERRITORY));
        t.put(Role.ENTITY_STAFF, grants(
                SIGNED_IN, OWN, READ_TERRITORIAL_INFO, ENTITY, READ_AGGREGATES, JURISDICTION,
                REGISTER_AT_FAIRS, ENTITY, ANSWER_REFERRALS, ENTITY));
        t.put(Role.PRIVACY_OFFICER, grants(
                SIGNED_IN, OWN, READ_TERRITORIAL_INFO, JURISDICTION, READ_AGGREGATES, JURISDICTION,
                REGISTER_DATA_REQUESTS, JURISDICTION, PROCESS_DATA_REQUESTS, JURISDICTION,
                READ_ACCESS_LOG, JURISDICTION));
        t.put(Role.SYSTEM, grants(READ_TERRITORIAL_INFO, JURISDICTION, ADVANCE_CARE_ROUTES, JURISDICTION));
        for (Map<Capability, Reach> grants : t.values()) {
            grants.put(PUBLIC, ALL);
        }
        Map<Role, Map<Capability, Reach>> frozen = new EnumMap<>(Role.class);
        t.forEach((role, grants) -> frozen.put(role, Collections.unmodifiableMap(new EnumMap<>(grants))));
        return Collections.unmodifiableMap(frozen);
    }

    private static Map<Capability, Reach> grants(Object... pairs) {
        Map<Capability, Reach> m = new EnumMap<>(Capability.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Capability) pairs[i], (Reach) pairs[i + 1]);
        }
        return m;
    }

    /** One role's row of the table, for the README, the administration page and the tests. */
    public static Map<Capability, Reach> grantsOf(Role role) {
        return TABLE.getOrDefault(role, Map.of());
    }

    /** The reach a role holds a capability with ({@link Reach#NONE} when it does not hold it). */
    public static Reach reach(Role role, Capability capability) {
        return TABLE.getOrDefault(role, Map.of()).getOrDefault(capability, NONE);
    }

    /** The reach an anonymous visitor holds a capability with: only what is public. */
    public static Reach anonymousReach(Capability capability) {
        return capability == PUBLIC ? ALL : NONE;
    }

    /** True when the role holds the capability over some reach. */
    public static boolean holds(Role role, Capability capability) {
        return reach(role, capability) != NONE;
    }

    /**
     * The capabilities a handler declares with {@link Requires}: on the method, else on its class; empty when it
     * declares none. The interceptor that guards every request and the authorization matrix test read it here.
     */
    public static java.util.Optional<Capability[]> declaredOn(java.lang.reflect.Method method, Class<?> type) {
        Requires onMethod = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(method,
                Requires.class);
        if (onMethod != null) {
            return java.util.Optional.of(onMethod.value());
        }
        return java.util.Optional.ofNullable(
                org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(type, Requires.class))
                .map(Requires::value);
    }

    /**
     * True when the user holds the capability over some records of this jurisdiction (their subtree of it, the
     * whole of it, or their entity's records in it), before narrowing to a territory.
     */
    public static boolean reachesJurisdiction(CurrentUser user, Capability capability, long jurisdictionId) {
        return user != null && holds(user.role(), capability)
                && (user.jurisdictionId() == null || user.jurisdictionId() == jurisdictionId);
    }

    /**
     * True when the user holds the capability by territory over the whole jurisdiction, not only a subtree of it:
     * decisions for the whole jurisdiction (its levels, which users work for an entity).
     */
    public static boolean reachesWholeJurisdiction(CurrentUser user, Capability capability, long jurisdictionId) {
        if (user == null) {
            return false;
        }
        Reach r = reach(user.role(), capability);
        boolean byTerritory = r == TERRITORY || r == JURISDICTION || r == ALL;
        return byTerritory && (user.jurisdictionId() == null || user.jurisdictionId() == jurisdictionId)
                && (r != TERRITORY || user.territoryId() == null);
    }

    /** True when the user holds the capability over every jurisdiction (an administrator of all of them). */
    public static boolean reachesAllJurisdictions(CurrentUser user, Capability capability) {
        return user != null && holds(user.role(), capability) && user.jurisdictionId() == null;
    }

    /** The roles an account may have that hold the capability by territory: whom a territory's news concerns. */
    public static java.util.Set<Role> rolesByTerritory(Capability capability) {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            Reach reach = reach(r, capability);
            if (r.assignable() && (reach == TERRITORY || reach == JURISDICTION || reach == ALL)) {
                roles.add(r);
            }
        }
        return roles;
    }

    public boolean allows(CurrentUser user, Capability capability) {
        return user != null && holds(user.role(), capability);
    }

    /** True when the user holds any of the capabilities. */
    public boolean allowsAny(CurrentUser user, Capability... capabilities) {
        for (Capability c : capabilities) {
            if (allows(user, c)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses, with a message naming the role and what it may not do, when the user lacks the capability. */
    public void require(CurrentUser user, Capability capability) {
        if (user == null) {
            throw new ForbiddenException("Debe iniciar sesión.");
        }
        if (!allows(user, capability)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no permite " + capability.label() + ".");
        }
    }

    /**
     * The records the user reaches with the capability. A territorial reach narrows to the user's territory
     * subtree (the whole jurisdiction when the user has none); an administrator of all jurisdictions reaches all.
     * Entity reach gives no territory: the owning module narrows to the user's entities.
     */
    public AccessScope scope(CurrentUser user, Capability capability) {
        Reach reach = user == null ? anonymousReach(capability) : reach(user.role(), capability);
        if (reach == NONE) {
            return AccessScope.NOTHING;
        }
        if (reach == ALL || (user != null && user.jurisdictionId() == null)) {
            return reach == OWN || reach == ENTITY ? new AccessScope(reach, null, AccessScope.NO_PATH)
                    : AccessScope.EVERYTHING;
        }
        if (user == null) {
            return AccessScope.NOTHING;
        }
        return switch (reach) {
            case OWN, ENTITY -> new AccessScope(reach, user.jurisdictionId(), AccessScope.NO_PATH);
            case JURISDICTION -> new AccessScope(JURISDICTION, user.jurisdictionId(), null);
            case TERRITORY -> user.territoryId() == null
                    ? new AccessScope(TERRITORY, user.jurisdictionId(), null)
                    // a user whose territory vanished reaches nothing rather than everything
                    : new AccessScope(TERRITORY, user.jurisdictionId(), territoryPath(user.territoryId()));
            default -> AccessScope.NOTHING;
        };
    }

    /**
     * The path of the user's territory, read once per web request (a request asks for scopes many times: the field
     * day's sync once per change); outside a request, every time.
     */
    private String territoryPath(long territoryId) {
        return org.minga.platform.internal.web.RequestMemo.get(AccessPolicy.class.getName() + ".path." + territoryId,
                () -> territories.getObject().pathOf(territoryId).orElse(AccessScope.NO_PATH));
    }

    /** True when the user holds the capability over a record of this jurisdiction and territory path. */
    public boolean covers(CurrentUser user, Capability capability, long jurisdictionId, String path) {
        return scope(user, capability).includes(jurisdictionId, path);
    }

    /**
     * Refuses a record outside the user's reach as if it did not exist (404, so ids of other territories reveal
     * nothing), and a user without the capability with 403.
     */
    public void requireCovers(CurrentUser user, Capability capability, long jurisdictionId, String path, String what) {
        require(user, capability);
        if (!covers(user, capability, jurisdictionId, path)) {
            throw new NotFoundException("No existe " + what + " en su alcance.");
        }
    }
}
