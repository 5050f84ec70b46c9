package org.minga.privacy;

/** Moves authorizations between person records of the module that stores persons (a merge of duplicates). */
public interface AuthorizationTransfers {

    /**
     * Moves the authorizations of a duplicate person record to the record it was merged into (in the caller's
     * transaction): the duplicate's consent still covers the person. Returns how many moved.
     */
    int transferAuthorizations(long fromPersonId, long toPersonId);
}
