package org.minga.fair.internal.domain;

/** Where a fair is held: the barrio or vereda (its id, path in the tree and name). */
public record FairPlace(long territoryId, String territoryPath, String territoryName) {

    public FairPlace {
        if (territoryId <= 0 || territoryPath == null || territoryName == null) {
            throw new IllegalArgumentException("A fair's place is a known territory");
        }
    }
}
