-- Territory geometry: one shape (GeoJSON Polygon or MultiPolygon, WGS84 lon/lat) per territory, with its
-- bounding box, centroid and approximate area, plus a per-jurisdiction revision that every change bumps
-- so each instance knows when to rebuild its in-memory spatial index.

create table territory_geometry (
    territory_id    bigint        primary key references territory (id) on delete cascade,
    jurisdiction_id bigint        not null references jurisdiction (id),
    geojson         text          not null,      -- the geometry object only, RFC 7946 order (lon, lat)
    min_lon         double precision not null,
    min_lat         double precision not null,
    max_lon         double precision not null,
    max_lat         double precision not null,
    centroid_lat    double precision not null,
    centroid_lon    double precision not null,
    area_km2        double precision not null check (area_km2 >= 0),
    attribution     varchar(300),                -- source and licence of the shape, shown on maps
    updated_at      timestamptz   not null default now(),
    updated_by      varchar(60)
);
create index territory_geometry_jurisdiction_idx on territory_geometry (jurisdiction_id);

create table geometry_revision (
    jurisdiction_id bigint  primary key references jurisdiction (id),
    revision        bigint  not null default 0,
    updated_at      timestamptz not null default now()
);
