package org.minga.virtual.internal;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.virtual.internal.VirtualFiguresReadModel.Figures;
import org.minga.platform.TableExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a moderator brings from a virtual territory (a contribution, the start of a referral) and the figures of a
 * virtual territory and a campaign, as JSON: bind, call one service, answer.
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record VirtualIntakeApi(VirtualIntake intake, VirtualFigures figures) {

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/virtual-territories/{id}/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    VirtualIntake.Recorded contribution(@PathVariable long id, @RequestBody VirtualIntake.ContributionCommand c) {
        return intake.contribution(id, c, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/virtual-territories/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    VirtualIntake.Recorded referral(@PathVariable long id, @RequestBody VirtualIntake.ReferralCommand c) {
        return intake.referral(id, c, CurrentUsers.require());
    }

    @GetMapping("/api/v1/virtual-territories/{id}/figures")
    Figures ofVirtualTerritory(@PathVariable long id) {
        return figures.ofVirtualTerritory(id, CurrentUsers.require());
    }

    /** The virtual territories the user reads with their reach and figures, as XLSX or CSV. */
    @GetMapping("/api/v1/virtual-territories/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format) {
        return TableExport.of("territorios-virtuales", format, VirtualFigures.COLUMNS,
                figures.table(CurrentUsers.require()));
    }

    @GetMapping("/api/v1/campaigns/{id}/figures")
    Figures ofCampaign(@PathVariable long id) {
        return figures.ofCampaign(id, CurrentUsers.require());
    }
}
