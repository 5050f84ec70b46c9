package org.minga.platform;

import java.util.List;
import java.util.Optional;

/** Read access to jurisdictions. */
public interface Jurisdictions {

    List<Jurisdiction> all();

    /** The jurisdictions the user's scope includes. */
    List<Jurisdiction> visibleTo(CurrentUser user);

    Optional<Jurisdiction> byId(long id);

    Optional<Jurisdiction> byCode(String code);

    /** The jurisdiction with this code if the user may see it; otherwise {@link NotFoundException}. */
    Jurisdiction requireVisible(String code, CurrentUser user);

    /**
     * The jurisdiction a request is about: the one named by {@code code} when given (and visible to the
     * user), else the user's own. An administrator of all jurisdictions must name one: a
     * {@link ValidationException} on field {@code jurisdiction} says so.
     */
    Jurisdiction namedOrOwn(String code, CurrentUser user);

    /** Creates a jurisdiction (administrators only); validates the code and the time zone. */
    Jurisdiction create(NewJurisdiction command);

    /** The municipalities a department groups, by name (empty for a municipality). */
    List<Jurisdiction> members(long departmentId);

    /**
     * Creates a department (administrators only) grouping existing municipalities: {@code code} is the DANE department
     * code (two digits, "54") or a Chilean region's (two digits); each member must exist and belong to no other.
     */
    Jurisdiction createDepartment(String code, String name, String country, String timeZone, List<String> memberCodes);
}
