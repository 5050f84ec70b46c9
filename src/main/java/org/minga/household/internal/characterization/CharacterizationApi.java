package org.minga.household.internal.characterization;

import java.net.URI;
import java.util.List;

import org.minga.household.internal.characterization.CharacterizationRecords.CharacterizationCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Instruments and characterisations as JSON. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record CharacterizationApi(InstrumentService instruments, CharacterizationService characterizations,
        CharacterizationReadModel reads, HouseholdReadModel households, ScopeQueries access) {

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/instruments")
    PageResult<InstrumentView> instruments(@RequestParam(required = false) String jurisdiction) {
        List<InstrumentView> all = instruments
                .instruments(access.jurisdiction(jurisdiction, CurrentUsers.require()).id());
        return new PageResult<>(all, 0, Math.max(1, all.size()), all.size());
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/instruments")
    ResponseEntity<InstrumentView> createInstrument(@RequestBody InstrumentCommand c) {
        InstrumentView v = instruments.create(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/instruments/" + v.id())).body(v);
    }

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/instruments/{id}")
    InstrumentView instrument(@PathVariable long id, @RequestParam(required = false) Integer version) {
        InstrumentView v = instruments.instrument(id, version);
        instruments.visibleInstrument(id, CurrentUsers.require());
        return v;
    }

    record Publish(InstrumentDefinition definition, Integer version) {
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/instruments/{id}/versions")
    InstrumentView publish(@PathVariable long id, @RequestBody Publish body) {
        return instruments.publish(id, body.definition(), body.version() == null ? -1 : body.version(),
                CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/characterizations")
    ResponseEntity<CharacterizationView> characterize(@RequestBody CharacterizationCommand c) {
        CharacterizationView v = characterizations.characterize(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/characterizations/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/characterizations/{id}")
    CharacterizationView characterization(@PathVariable long id) {
        return reads.view(id, CurrentUsers.require());
    }

    @GetMapping("/api/v1/characterizations")
    PageResult<CharacterizationView> characterizations(@RequestParam long household) {
        households.viewHousehold(household, CurrentUsers.require());
        List<CharacterizationView> all = reads.ofHousehold(household);
        return new PageResult<>(all, 0, Math.max(1, all.size()), all.size());
    }
}
