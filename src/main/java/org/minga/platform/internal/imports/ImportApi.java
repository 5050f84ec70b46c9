package org.minga.platform.internal.imports;

import org.minga.platform.PersonalDataReads;
import org.springframework.beans.factory.ObjectProvider;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.List;

import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Imports through the API: upload a file, follow its job, download its error report and the templates. */
@Requires({Capability.MANAGE_TERRITORY, Capability.RECORD_PERSONAL_DATA, Capability.MANAGE_ACTORS_AND_OFFER,
        Capability.MANAGE_PLANS})
@RestController
@RequestMapping("/api/v1/imports")
record ImportApi(ImportJobs jobs, ImportHandlers handlers, ObjectProvider<PersonalDataReads> reads) {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobJson> create(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "jurisdiction", required = false) String jurisdiction) {
        ImportJob job = jobs.submit(ImportRequest.of(type, jurisdiction, file));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(job.id())
                .toUri();
        return ResponseEntity.accepted().location(location).body(json(job, null));
    }

    @GetMapping("/{id}")
    ImportJobJson get(@PathVariable long id) {
        ImportJob job = jobs.require(id);
        logRows(job, "VIEW");
        return json(job, jobs.allErrors(job));
    }

    @GetMapping("/{id}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable long id) {
        ImportJob job = jobs.require(id);
        logRows(job, "EXPORT");
        return csv(ImportCsvFiles.errorReport(jobs.allErrors(job)), "importacion-" + id + "-errores.csv");
    }

    /** The errors quote the rows of the file (documents, names): reading them is a read of personal data. */
    private void logRows(ImportJob job, String action) {
        if (job.errorCount() > 0) {
            reads.ifAvailable(
                    r -> r.logRead(PersonalDataReads.IMPORT, List.of(job.id()), job.jurisdictionId(), action));
        }
    }

    @GetMapping
    PageResult<ImportJobJson> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return jobs.visible(PageRequest.of(page, size)).map(job -> json(job, null));
    }

    @GetMapping("/types")
    List<ImportTypeJson> types() {
        return handlers.all().stream().map(ImportTypeJson::of).toList();
    }

    @GetMapping("/types/{type}/template.csv")
    ResponseEntity<byte[]> template(@PathVariable String type) {
        var handler = handlers.byType(type).filter(h -> h.tabular())
                .orElseThrow(() -> new NotFoundException("No existe una plantilla para el tipo «" + type + "»."));
        return csv(ImportCsvFiles.template(handler.columns()), "plantilla-" + handler.type() + ".csv");
    }

    static ResponseEntity<byte[]> csv(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(CSV).body(body);
    }

    private ImportJobJson json(ImportJob job, List<org.minga.platform.ImportError> errors) {
        return ImportJobJson.of(job, handlers.labelOf(job.type()), errors);
    }
}
