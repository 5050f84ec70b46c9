package org.minga.territory.internal.variable;

/** A level of a jurisdiction's territorial tree. */
public record LevelView(long id, String code, String name, int rank) {
}
