package org.minga.privacy.internal;

import java.util.Base64;
import java.util.HexFormat;

import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.privacy.AuthorizationView;
import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalDataHolder;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The image kept as an authorization's evidence (the photo of the signed form or the signature drawn on a phone), for
 * those who may read the person's record: checked against the SHA-256 taken when it was received (an altered image is
 * not shown), each view on the person's access log, never kept by a cache.
 */
@Component
record AuthorizationEvidenceView(ConsentService consents, AuthorizationEvidenceRepository evidence,
        PersonalDataAccess accessLog, @Lazy PersonalDataHolder holder) {

    ResponseEntity<byte[]> image(long authorizationId, CurrentUser user) {
        AuthorizationView a = consents.authorization(authorizationId);
        if (a.personId() == null) {
            throw new NotFoundException("La autorización " + authorizationId + " no existe.");
        }
        holder.requireVisible(a.personId(), user);
        AuthorizationEvidenceRepository.Stored image = evidence.find(authorizationId)
                .orElseThrow(() -> new NotFoundException("La autorización " + authorizationId
                        + " no tiene imagen de evidencia: su evidencia es la que describe su constancia."));
        if (!EvidenceImage.sha256(image.content()).equals(image.sha256())) {
            throw new ConflictException("La imagen de evidencia de la autorización " + authorizationId
                    + " no coincide con la huella SHA-256 registrada al recibirla (" + image.sha256()
                    + "): fue alterada y no se muestra. Informe al oficial de protección de datos.");
        }
        accessLog.logView(PersonalDataAccess.PERSON, a.personId(), a.jurisdictionId(), "EVIDENCE_IMAGE");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("evidencia-autorizacion-" + authorizationId + extension(image.mediaType()))
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(image.sha256())) + ":")
                .body(image.content());
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }
}
