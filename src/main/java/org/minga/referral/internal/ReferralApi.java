package org.minga.referral.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.referral.SystemicDelayReported;
import org.minga.referral.internal.domain.ReferralStatus;
import org.minga.territory.Territories;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals, their transitions, figures, the change feed and webhook subscriptions, as JSON. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record ReferralApi(ReferralQueries queries, ReferralCreation creation, ReferralTransitions transitions,
        ReferralReadModel read, ReferralFiguresReadModel figures, OverdueReferrals overdue, ServiceCatalog catalog,
        ReferralAccess access, WebhookService webhooks, Jurisdictions jurisdictions, Territories territories) {

    record Detail(ReferralViews.ReferralDetail referral, List<ReferralViews.TransitionView> history,
            List<String> allowedTransitions) {
    }

    record DeadlineBody(Integer businessDays) {
    }

    @Requires({Capability.READ_PERSONAL_DATA, Capability.ANSWER_REFERRALS})
    @GetMapping("/api/v1/referrals")
    PageResult<ReferralViews.ReferralRow> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long actor,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(CurrentUsers.require(), new ReferralViews.Filter(status, overdue, actor, q),
                PageRequest.of(page, size));
    }

    @Requires({Capability.ANSWER_REFERRALS, Capability.READ_PERSONAL_DATA})
    @GetMapping("/api/v1/referrals/inbox")
    PageResult<ReferralViews.ReferralRow> inbox(@RequestParam(required = false) Long actor,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.inbox(CurrentUsers.require(), actor, new ReferralViews.Filter(status, overdue, null, null),
                PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/referrals")
    ResponseEntity<ReferralViews.ReferralDetail> create(@RequestBody ReferralViews.ReferralCommand c) {
        ReferralViews.ReferralDetail v = creation.create(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + v.id())).body(v);
    }

    @Requires({Capability.READ_PERSONAL_DATA, Capability.ANSWER_REFERRALS})
    @GetMapping("/api/v1/referrals/{id:\\d+}")
    Detail get(@PathVariable long id) {
        CurrentUser user = CurrentUsers.require();
        ReferralViews.ReferralDetail v = queries.require(id, user);
        org.minga.platform.Times.useJurisdiction(v.jurisdictionId());
        return new Detail(v, read.history(id), queries.allowedFor(v, user).stream().map(ReferralStatus::name).toList());
    }

    @Requires({Capability.RECORD_PERSONAL_DATA, Capability.ANSWER_REFERRALS})
    @PostMapping("/api/v1/referrals/{id:\\d+}/transitions")
    ReferralViews.ReferralDetail transition(@PathVariable long id, @RequestBody ReferralViews.TransitionCommand c) {
        return transitions.transition(id, c, CurrentUsers.require());
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/referrals/figures")
    List<ReferralViews.Figures> figures(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Long territory,
            @RequestParam(required = false) String by) {
        CurrentUser user = CurrentUsers.require();
        return figures.figures(user, jurisdictions.namedOrOwn(jurisdiction, user), territory, by);
    }

    /** Runs the overdue job now for one jurisdiction (it also runs every morning). */
    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/referrals/overdue/run")
    OverdueFlagged runOverdue(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        access.requireManager(user, j.id());
        return new OverdueFlagged(overdue.flagOverdue(j, read.today(j.id())));
    }

    /** How many referrals a run of the overdue job flagged. */
    record OverdueFlagged(int flagged) {
    }

    /** The deadline, in business days, a service now has. */
    record ServiceDeadlineSet(long serviceId, int businessDays) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/referrals/systemic-delays")
    ResponseEntity<SystemicDelayReported> reportDelay(@RequestBody ReferralViews.DelayCommand c) {
        return ResponseEntity.status(201).body(overdue.reportDelay(c, CurrentUsers.requireWriter()));
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PutMapping("/api/v1/referrals/service-deadlines/{serviceId:\\d+}")
    ServiceDeadlineSet serviceDeadline(@PathVariable long serviceId,
            @RequestParam(required = false) String jurisdiction,
            @RequestBody DeadlineBody body) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        catalog.setServiceDays(j, serviceId, body.businessDays() == null ? 0 : body.businessDays(), user);
        return new ServiceDeadlineSet(serviceId, body.businessDays() == null ? 0 : body.businessDays());
    }

    /**
     * The change feed: referral events after {@code after} (a cursor; 0 for the start), oldest first. Entity staff
     * see their entities' referrals, everyone else their territory scope. Answer {@code items} and {@code next}.
     */
    @Requires({Capability.READ_PERSONAL_DATA, Capability.ANSWER_REFERRALS})
    @GetMapping("/api/v1/referrals/changes")
    WebhookService.Feed changes(@RequestParam(required = false, defaultValue = "0") long after,
            @RequestParam(required = false, defaultValue = "100") int limit) {
        CurrentUser user = CurrentUsers.require();
        List<Long> actors = access.entitiesOf(user);
        return webhooks.changes(after, limit, territories.scopeOf(user, Capability.READ_PERSONAL_DATA),
                actors.isEmpty() ? null : actors);
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @GetMapping("/api/v1/referrals/webhooks")
    List<WebhookService.Subscription> subscriptions(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return webhooks.subscriptions(jurisdictions.namedOrOwn(jurisdiction, user), user);
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/referrals/webhooks")
    ResponseEntity<WebhookService.Subscription> subscribe(@RequestParam(required = false) String jurisdiction,
            @RequestBody WebhookService.SubscriptionCommand c) {
        CurrentUser user = CurrentUsers.requireWriter();
        return ResponseEntity.status(201)
                .body(webhooks.subscribe(jurisdictions.namedOrOwn(jurisdiction, user), c, user));
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @DeleteMapping("/api/v1/referrals/webhooks/{id:\\d+}")
    ResponseEntity<Void> unsubscribe(@PathVariable long id, @RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.requireWriter();
        webhooks.unsubscribe(jurisdictions.namedOrOwn(jurisdiction, user), id, user);
        return ResponseEntity.noContent().build();
    }
}
