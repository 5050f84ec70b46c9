package org.minga.planning.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.minga.planning.internal.Dhis2Mappings.MappingCommand;
import org.minga.planning.internal.Dhis2Mappings.MappingView;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A jurisdiction's DHIS2 mapping ({@code GET|PUT /api/v1/dhis2/mappings/{code}}, the jurisdiction's DANE/CUT code) and the import of a DHIS2
 * dataValueSets JSON file into its indicator values ({@code POST /api/v1/indicators/import/dhis2}).
 */
@Requires(Capability.READ_AGGREGATES)
@RestController
record Dhis2Api(Dhis2Mappings mappings, Dhis2Import imports, ObjectMapper json) {

    @GetMapping("/api/v1/dhis2/mappings/{code}")
    MappingView mapping(@PathVariable String code) {
        return mappings.view(CurrentUsers.require(), code);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PutMapping("/api/v1/dhis2/mappings/{code}")
    MappingView saveMapping(@PathVariable String code, @RequestBody MappingCommand command) {
        return mappings.save(CurrentUsers.requireWriter(), code, command);
    }

    /** The file as the request's JSON body. */
    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/indicators/import/dhis2")
    Dhis2Imported importJson(@RequestParam String jurisdiction,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Un archivo dataValueSets de DHIS2.", content = @Content(schema = @Schema(implementation = Interop.DataValueSets.class))) @RequestBody JsonNode file) {
        return new Dhis2Imported(imports.load(CurrentUsers.requireWriter(), jurisdiction, file));
    }

    /** The file uploaded as the multipart part {@code file}. */
    @Requires(Capability.MANAGE_PLANS)
    @PostMapping(value = "/api/v1/indicators/import/dhis2", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Dhis2Imported importFile(@RequestParam String jurisdiction, @RequestPart("file") MultipartFile file) {
        return new Dhis2Imported(imports.load(CurrentUsers.requireWriter(), jurisdiction, read(file)));
    }

    /** How many values an import stored (all of the file's, or none and the errors). */
    record Dhis2Imported(int imported) {
    }

    private JsonNode read(MultipartFile file) {
        try {
            return json.readTree(file.getInputStream());
        } catch (IOException e) {
            throw new ValidationException("file", "El archivo no es JSON: " + e.getMessage());
        }
    }
}
