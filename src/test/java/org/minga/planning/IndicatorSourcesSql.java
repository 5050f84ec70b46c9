package org.minga.planning;

import java.util.Map;

/** The situation room's figures written by hand with plain SQL: for the tests and the dashboard benchmark. */
public final class IndicatorSourcesSql {

    private IndicatorSourcesSql() {
    }

    /** The same figures by hand, days on the jurisdiction's clock: :j jurisdiction, :prefix the subtree ("/1/5/%"), :from and :to the period. */
    public static final Map<String, String> BY_HAND = Map.ofEntries(
            Map.entry("household.characterised",
                    "select count(distinct household_id) from characterization where jurisdiction_id = :j and territory_path like :prefix and answered_on <= :to"),
            Map.entry("household.people",
                    "select count(*) from person where jurisdiction_id = :j and territory_path like :prefix and (created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to"),
            Map.entry("household.open-alerts",
                    "select count(*) from alert where jurisdiction_id = :j and territory_path like :prefix and (created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to and (closed_at is null or (closed_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date > :to)"),
            Map.entry("attention.count",
                    "select count(*) from attention where jurisdiction_id = :j and territory_path like :prefix and attended_on >= :from and attended_on <= :to"),
            Map.entry("actor.social-assets",
                    "select count(*) from social_asset where jurisdiction_id = :j and territory_path like :prefix and status = 'ACTIVE' and (created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to"),
            Map.entry("offer.services",
                    "select count(*) from offer_service s where s.jurisdiction_id = :j and s.status = 'ACTIVE' and (s.created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to and (s.offered_everywhere or exists (select 1 from offer_service_territory x where x.service_id = s.id and (x.territory_path like :prefix or :path like x.territory_path || '%')))"),
            Map.entry("referral.open",
                    "select count(*) from referral where jurisdiction_id = :j and territory_path like :prefix and created_on <= :to and status in ('CREATED', 'SENT', 'RECEIVED', 'ACCEPTED', 'IN_ATTENTION')"),
            Map.entry("referral.overdue",
                    "select count(*) from referral where jurisdiction_id = :j and territory_path like :prefix and created_on <= :to and status in ('CREATED', 'SENT', 'RECEIVED', 'ACCEPTED', 'IN_ATTENTION') and due_on < :to and due_on < (now() at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date"),
            Map.entry("referral.closed-loop-share",
                    "select 100.0 * sum(case when status in ('ATTENDED', 'CLOSED') then 1 else 0 end) / nullif(sum(case when status not in ('CREATED', 'CANCELLED') then 1 else 0 end), 0) from referral where jurisdiction_id = :j and territory_path like :prefix and created_on >= :from and created_on <= :to"),
            Map.entry("governance.commitments-pending",
                    "select count(*) from gov_commitment where jurisdiction_id = :j and territory_path like :prefix and status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and (created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to"),
            Map.entry("governance.commitments-overdue",
                    "select count(*) from gov_commitment where jurisdiction_id = :j and territory_path like :prefix and status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and due_date < :to and due_date < (now() at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date"),
            Map.entry("governance.commitments-fulfilled-share",
                    "select 100.0 * sum(case when status = 'DONE' then 1 else 0 end) / nullif(sum(case when status <> 'CANCELLED' then 1 else 0 end), 0) from gov_commitment where jurisdiction_id = :j and territory_path like :prefix and due_date >= :from and due_date <= :to"),
            Map.entry("participation.workshop-participants",
                    "select coalesce(sum(counted_attendance), 0) from participation_space where jurisdiction_id = :j and territory_path like :prefix and held_on >= :from and held_on <= :to and held_on <= (now() at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date and kind <> 'DIALOGUE'"),
            Map.entry("training.people-trained",
                    "select count(*) from training_participant where jurisdiction_id = :j and territory_path like :prefix and status = 'COMPLETED' and completed_on >= :from and completed_on <= :to"),
            Map.entry("training.hours",
                    "select coalesce(sum(s.hours), 0) from training_attendance a join training_session s on s.id = a.session_id join training_participant x on x.id = a.participant_id where x.jurisdiction_id = :j and x.territory_path like :prefix and s.held_on >= :from and s.held_on <= :to"),
            Map.entry("training.completion-share",
                    "select 100.0 * sum(case when x.status = 'COMPLETED' then 1 else 0 end) / nullif(count(*), 0) from training_participant x join training_programme g on g.id = x.programme_id where g.status = 'CLOSED' and x.jurisdiction_id = :j and x.territory_path like :prefix"),
            Map.entry("training.satisfaction",
                    "select 100.0 * sum(case when a.satisfaction >= 4 then 1 else 0 end) / nullif(count(a.satisfaction), 0) from training_attendance a join training_session s on s.id = a.session_id join training_participant x on x.id = a.participant_id where x.jurisdiction_id = :j and x.territory_path like :prefix and s.held_on >= :from and s.held_on <= :to"),
            Map.entry("training.technical-assistance",
                    "select count(*) from technical_assistance where jurisdiction_id = :j and territory_path like :prefix and held_on >= :from and held_on <= :to"),
            Map.entry("planning.budget-execution",
                    "select 100.0 * sum(r.executed) / nullif(sum(r.planned), 0) from plan_action_resource r join plan_action a on a.id = r.plan_action_id join action_plan ap on ap.id = a.action_plan_id join plan pl on pl.id = ap.plan_id where pl.jurisdiction_id = :j and pl.territory_path like :prefix and a.starts_on <= :to and a.ends_on >= :from and a.status <> 'CANCELLED'"),
            Map.entry("planning.overdue-actions",
                    "select count(*) from plan_action a join action_plan ap on ap.id = a.action_plan_id join plan pl on pl.id = ap.plan_id where pl.jurisdiction_id = :j and pl.territory_path like :prefix and a.ends_on < :to and a.status in ('PLANNED', 'IN_PROGRESS')"),
            Map.entry("governance.demonstration-exercises",
                    "select count(*) from gov_exercise where jurisdiction_id = :j and territory_path like :prefix and status <> 'PLANNED' and (start_date is null or start_date <= :to) and (end_date is null or end_date >= :from)"),
            Map.entry("referral.started",
                    "select count(*) from referral where jurisdiction_id = :j and territory_path like :prefix and status <> 'CANCELLED' and created_on >= :from and created_on <= :to"),
            Map.entry("planning.actions-reached",
                    "select count(distinct a.id) from plan_action a join action_plan ap on ap.id = a.action_plan_id where ap.jurisdiction_id = :j and a.starts_on <= :to and a.ends_on >= :from and a.status in ('IN_PROGRESS', 'DONE') and exists (select 1 from plan_action_territory t where t.plan_action_id = a.id and t.territory_path like :prefix)"),
            Map.entry("participation.process-stages-on-time",
                    "select 100.0 * sum(case when s.status = 'DONE' and s.done_on <= s.ends_on then 1 else 0 end) / nullif(count(*), 0) from process_stage s join participatory_process x on x.id = s.process_id where x.jurisdiction_id = :j and s.ends_on >= :from and s.ends_on <= :to and (s.status = 'DONE' or s.ends_on < (now() at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date) and (select t.path from territory t where t.jurisdiction_id = :j and t.parent_id is null) like :prefix"),
            Map.entry("participation.spaces-held",
                    "select count(*) from participation_space where jurisdiction_id = :j and territory_path like :prefix and held_on >= :from and held_on <= :to and held_on <= (now() at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date"),
            Map.entry("participation.virtual-contributions",
                    "select count(*) from contribution c where c.jurisdiction_id = :j and c.virtual_territory_id is not null and c.territory_path like :prefix and (c.created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date between :from and :to"),
            Map.entry("virtual.reach",
                    "select coalesce(sum(m.members), 0) from virtual_territory v join lateral (select r.members from virtual_territory_reach r where r.virtual_territory_id = v.id and r.measured_on <= :to order by r.measured_on desc limit 1) m on true where v.jurisdiction_id = :j and v.territory_path like :prefix"),
            Map.entry("virtual.online-sessions",
                    "select count(*) from online_session where jurisdiction_id = :j and territory_path like :prefix and held_on >= :from and held_on <= :to"),
            Map.entry("virtual.health-education-sessions",
                    "select count(*) from online_session where jurisdiction_id = :j and territory_path like :prefix and health_topic is not null and held_on >= :from and held_on <= :to"),
            Map.entry("virtual.online-attendance",
                    "select count(*) from online_session_attendance a join online_session s on s.id = a.online_session_id where s.jurisdiction_id = :j and s.territory_path like :prefix and s.held_on >= :from and s.held_on <= :to"),
            Map.entry("virtual.referrals-started",
                    "select count(*) from virtual_intake i join virtual_territory v on v.id = i.virtual_territory_id where v.jurisdiction_id = :j and i.kind = 'REFERRAL' and i.territory_path like :prefix and i.recorded_on >= :from and i.recorded_on <= :to"));

}
