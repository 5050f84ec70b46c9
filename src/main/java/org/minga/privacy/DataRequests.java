package org.minga.privacy;

import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;

/** Data-subject requests (Ley 1581 de 2012, arts. 14 and 15): consulta in 10 business days, reclamo in 15. */
public interface DataRequests {

    DataRequestView create(DataRequestCommand command, CurrentUser user);

    DataRequestView get(long id, CurrentUser user);

    PageResult<DataRequestView> list(Long jurisdictionId, boolean openOnly, CurrentUser user, PageRequest page);

    /** Everything held on the request's person, with the authorizations and the access log. */
    DataRequestExport export(long id, CurrentUser user);

    /**
     * What Minga keeps about the request's person, module by module (label to number of records): what a deletion
     * would erase, for its confirmation.
     */
    Map<String, Map<String, Long>> held(long id, CurrentUser user);

    /** Answers the request; a SUPRESION answered as done anonymises the person. */
    DataRequestView answer(long id, String response, boolean applyDeletion, int version, CurrentUser user);
}
