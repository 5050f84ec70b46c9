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
}
