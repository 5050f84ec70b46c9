package org.minga.planning;

import java.util.Map;

/** The situation room's figures written by hand with plain SQL: for the tests and the dashboard benchmark. */
public final class IndicatorSourcesSql {

    private IndicatorSourcesSql() {
    }

    /** The same figures by hand, days on the jurisdiction's clock: :j jurisdiction, :prefix the subtree ("/1/5/%"), :from and :to the period. */
    public static final Map<String, String> BY_HAND = Map.ofEntries(
            Map.entry("household.open-alerts.pregnant-adolescent",
                    "select count(*) from alert a join alert_rule r on r.id = a.rule_id where a.jurisdiction_id = :j and r.kind = 'PREGNANT_ADOLESCENT' and a.territory_path like :prefix and (a.created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to and (a.closed_at is null or (a.closed_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date > :to)"),
            Map.entry("household.open-alerts.child-vaccination",
                    "select count(*) from alert a join alert_rule r on r.id = a.rule_id where a.jurisdiction_id = :j and r.kind = 'CHILD_VACCINATION' and a.territory_path like :prefix and (a.created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to and (a.closed_at is null or (a.closed_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date > :to)"),
            Map.entry("household.open-alerts.household-score",
                    "select count(*) from alert a join alert_rule r on r.id = a.rule_id where a.jurisdiction_id = :j and r.kind = 'HOUSEHOLD_SCORE_ABOVE' and a.territory_path like :prefix and (a.created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to and (a.closed_at is null or (a.closed_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date > :to)"),
            Map.entry("household.open-alerts.disability",
                    "select count(*) from alert a join alert_rule r on r.id = a.rule_id where a.jurisdiction_id = :j and r.kind = 'DISABILITY_WITHOUT_CERTIFICATE' and a.territory_path like :prefix and (a.created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to and (a.closed_at is null or (a.closed_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date > :to)"),
            Map.entry("household.open-alerts.older-adult-alone",
                    "select count(*) from alert a join alert_rule r on r.id = a.rule_id where a.jurisdiction_id = :j and r.kind = 'OLDER_ADULT_ALONE' and a.territory_path like :prefix and (a.created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date <= :to and (a.closed_at is null or (a.closed_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date > :to)"),
            Map.entry("household.open-care-needs",
                    "select count(*) from care_plan_action x join care_plan c on c.id = x.care_plan_id where c.jurisdiction_id = :j and c.territory_path like :prefix and c.status = 'ACTIVO' and x.status in ('PENDIENTE', 'EN_CURSO') and x.start_on <= :to"),
            Map.entry("referral.answered",
                    "select count(*) from referral where jurisdiction_id = :j and territory_path like :prefix and created_on >= :from and created_on <= :to and status in ('ATTENDED', 'CLOSED')"),
            Map.entry("governance.commitments-fulfilled",
                    "select count(*) from gov_commitment where jurisdiction_id = :j and territory_path like :prefix and status = 'DONE' and due_date >= :from and due_date <= :to"),
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
            Map.entry("participation.process-stages-on-time",
                    "select 100.0 * sum(case when s.status = 'DONE' and s.done_on <= s.ends_on then 1 else 0 end) / nullif(count(*), 0) from process_stage s join participatory_process x on x.id = s.process_id where x.jurisdiction_id = :j and s.ends_on >= :from and s.ends_on <= :to and (s.status = 'DONE' or s.ends_on < (now() at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date) and (select t.path from territory t where t.jurisdiction_id = :j and t.parent_id is null) like :prefix"),
            Map.entry("participation.spaces-held",
                    "select count(*) from participation_space where jurisdiction_id = :j and territory_path like :prefix and held_on >= :from and held_on <= :to and held_on <= (now() at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))::date"));

}
