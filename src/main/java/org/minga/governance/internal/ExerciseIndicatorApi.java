package org.minga.governance.internal;

import java.util.List;

import org.minga.governance.internal.ExerciseIndicators.IndicatorForm;
import org.minga.governance.internal.ExerciseIndicators.IndicatorView;
import org.minga.governance.internal.ExerciseIndicators.MeasurementForm;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A demonstration exercise's own indicators: baseline, target, measurements and progress. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/demonstration-exercises/{id}/indicators")
record ExerciseIndicatorApi(ExerciseIndicators indicators) {

    @GetMapping
    List<IndicatorView> list(@PathVariable long id) {
        return indicators.of(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorView define(@PathVariable long id, @RequestBody IndicatorForm form) {
        return indicators.define(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/{indicatorId}/measurements")
    IndicatorView measure(@PathVariable long id, @PathVariable long indicatorId, @RequestBody MeasurementForm form) {
        return indicators.measure(id, indicatorId, form, CurrentUsers.requireWriter());
    }
}
