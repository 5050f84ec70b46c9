package org.minga.governance.internal;

import java.util.List;

import org.minga.governance.internal.BarrierReadModel.BarrierView;
import org.minga.governance.internal.BarrierReadModel.StepView;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.CommitmentReadModel.CommitmentView;
import org.minga.governance.internal.CommitmentReadModel.EvidenceView;
import org.minga.governance.internal.CommitmentReadModel.NoteView;
import org.minga.governance.internal.MeasureReadModel.Measures;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.governance.internal.SessionService.AttendanceLine;
import org.minga.governance.internal.SessionService.Quorum;

/** The detail answers of the governance API: the record with what a client reads next to it (issue 18). */
final class GovernanceAnswers {

    private GovernanceAnswers() {
    }

    /** A body with its members, its child bodies, its tiers (a two-tier body's) and the measures of its commitments. */
    record BodyDetail(BodyView body, List<MemberView> members, List<BodyView> children, List<BodyView> tiers,
            Measures measures) {
    }

    /**
     * A session with its attendance, its quorum, the commitments it made and the circulation of its draft acta for
     * comments.
     */
    record SessionDetail(SessionView session, List<AttendanceLine> attendance, Quorum quorum,
            List<CommitmentView> commitments, SessionReadModel.Circulation circulation) {
    }

    /** A commitment with its co-responsible actors, follow-up notes and evidence. */
    record CommitmentDetail(CommitmentView commitment, List<String> coResponsible, List<NoteView> notes,
            List<EvidenceView> evidence) {
    }

    /** A barrier with its escalation trail. */
    record BarrierDetail(BarrierView barrier, List<StepView> trail) {
    }

    /** How many sessions a calendar generation created. */
    record BodyCalendarCreated(int created) {
    }
}
