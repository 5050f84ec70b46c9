package org.minga.territory.internal.tree;

import org.minga.territory.TerritoryLevelView;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A level of one jurisdiction's territorial tree (nivel territorial: distrito, localidad, UPZ, barrio; municipio,
 * comuna, corregimiento, vereda). Rank 0 is the root; levels may share a rank (comuna and corregimiento), and a
 * territory's parent is always of a higher level (a lower rank). Its code is unique in the jurisdiction.
 */
@Table("territory_level")
public class TerritoryLevel {

    /** The deepest rank a level may have. */
    static final int MAX_RANK = 20;

    @Id
    private Long id;
    private final long jurisdictionId;
    private final String code;
    private final String name;
    private final int rank;

    TerritoryLevel(Long id, long jurisdictionId, String code, String name, int rank) {
        if (code == null || !code.matches("[a-z][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("level code: lower case, digits, - or _, at most 40: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("level name is required");
        }
        if (rank < 0 || rank > MAX_RANK) {
            throw new IllegalArgumentException("level rank between 0 and " + MAX_RANK + ": " + rank);
        }
        this.id = id;
        this.jurisdictionId = jurisdictionId;
        this.code = code;
        this.name = name.strip();
        this.rank = rank;
    }

    /** A new level of the jurisdiction's tree; the caller has checked the code is free. */
    static TerritoryLevel define(long jurisdictionId, String code, String name, int rank) {
        return new TerritoryLevel(null, jurisdictionId, code, name, rank);
    }

    public Long id() {
        return id;
    }

    public TerritoryLevelView view() {
        return new TerritoryLevelView(id, jurisdictionId, code, name, rank);
    }
}
