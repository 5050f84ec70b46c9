package org.minga.territory;

/** A level of one jurisdiction's tree, e.g. Bogotá: distrito (0) > zona (1) > localidad (2) > upz (3) > barrio (4). */
public record TerritoryLevelView(long id, long jurisdictionId, String code, String name, int rank) {
}
