package org.minga.participation.internal;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.springframework.stereotype.Component;

/**
 * Demo participation: the RedCADE citizen dialogues of seed 001 in Bogotá ({@link RedCadeDemo}) and San Antonio's
 * PLADECO of seed 003 ({@link PladecoDemo}), and the dialogue and survey of the 2024 Suba fair
 * ({@link SubaFairCommunityDemo}).
 */
@Component
record ParticipationDemoData(Jurisdictions jurisdictions, RedCadeDemo redCade,
        PladecoDemo pladeco, SubaFairCommunityDemo subaFair) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "participation";
    }

    @Override
    public int order() {
        return 670;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresent(redCade::load);
        jurisdictions.byCode("11001").ifPresent(subaFair::load);
        jurisdictions.byCode("05601").ifPresent(pladeco::load);
    }
}
