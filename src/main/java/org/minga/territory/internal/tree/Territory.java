package org.minga.territory.internal.tree;

import java.time.Instant;

import org.minga.platform.TextKeys;
import org.minga.territory.AreaType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A territory (territorio): a node of a jurisdiction's territorial tree, of one level, urban, rural or mixed, with
 * its population. Its own fields change here, under optimistic locking; its place in the tree ({@code parent_id},
 * {@code path}, {@code depth}, read only here) changes only through {@link TerritoryPlacement}, which places a new
 * territory and moves a whole subtree at once.
 */
@Table("territory")
public class Territory {

    @Id
    private Long id;
    @ReadOnlyProperty
    private final long jurisdictionId;
    @ReadOnlyProperty
    private final long levelId;
    @ReadOnlyProperty
    private final Long parentId;
    @ReadOnlyProperty
    private final String code;
    private String name;
    private String nameKey;
    private AreaType areaType;
    private Integer population;
    @ReadOnlyProperty
    private final String path;
    @ReadOnlyProperty
    private final int depth;
    private Instant updatedAt;
    @Version
    private Integer version;

    Territory(Long id, long jurisdictionId, long levelId, Long parentId, String code, String name, String nameKey,
            AreaType areaType, Integer population, String path, int depth, Instant updatedAt, Integer version) {
        this.id = id;
        this.jurisdictionId = jurisdictionId;
        this.levelId = levelId;
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.nameKey = nameKey;
        this.areaType = areaType;
        this.population = population;
        this.path = path;
        this.depth = depth;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** New name, area type and population; the level, the code and the place in the tree stay. */
    Territory describe(String name, AreaType areaType, Integer population) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a territory's name has 1 to 200 characters");
        }
        if (areaType == null) {
            throw new IllegalArgumentException("a territory is urban, rural or mixed");
        }
        if (population != null && population < 0) {
            throw new IllegalArgumentException("population is not negative");
        }
        this.name = name;
        this.nameKey = TextKeys.key(name);
        this.areaType = areaType;
        this.population = population;
        this.updatedAt = Instant.now();
        return this;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
