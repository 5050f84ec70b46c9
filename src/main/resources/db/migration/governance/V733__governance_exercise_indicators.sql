-- A demonstration exercise's own indicators (issue 24, seed 004): each with its unit, direction, baseline (value
-- and date) and target (value and date), and the measurements taken while the exercise runs.
create table gov_exercise_indicator (
    id             bigint generated always as identity primary key,
    exercise_id    bigint         not null references gov_exercise (id),
    name           varchar(300)   not null,
    unit           varchar(60)    not null,
    higher_better  boolean        not null,
    baseline       numeric(14, 2) not null,
    baseline_on    date           not null,
    target         numeric(14, 2) not null,
    target_on      date           not null,
    version        integer        not null default 0,
    check (target_on > baseline_on)
);
create index gov_exercise_indicator_exercise on gov_exercise_indicator (exercise_id);

create table gov_exercise_measurement (
    indicator_id bigint         not null references gov_exercise_indicator (id) on delete cascade,
    taken_on     date           not null,
    value        numeric(14, 2) not null,
    note         varchar(500),
    primary key (indicator_id, taken_on)
);
