package com.careervault.api.documents;

import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The caller's document library ({@code /api/documents}, docs/documents.md): upload a file as a new document
 * or a new version of one, list the library, read a document, download a version's bytes. Every call is keyed
 * by the token's subject: another user's document answers 404 like a missing one.
 * <p>
 * Downloads are streamed by the API rather than redirected to a pre-signed S3 URL: the web app sends its bearer
 * token with {@code fetch}, which a cross-origin redirect would need CORS on the bucket for, and under
 * docker-compose the URL would name a host only containers resolve. The bytes pass through, buffer by buffer.
 */
@Tag(name = OpenApiConfiguration.TAG_DOCUMENTS)
@RestController
@RequestMapping("/api/documents")
public class DocumentController {

    private static final Pattern UUID_PATTERN = DocumentUploads.UUID_PATTERN;
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

    private final DocumentUploads uploads;
    private final LibraryStore library;
    private final ContentAddressedStore store;

    public DocumentController(DocumentUploads uploads, LibraryStore library, ContentAddressedStore store) {
        this.uploads = uploads;
        this.library = library;
        this.store = store;
    }

    /** The multipart body of an upload, for the OpenAPI document. */
    @Schema(name = "DocumentUpload", description = "A file to add to the library, as multipart/form-data.")
    public record Upload(
            @Schema(description = "The file: PDF, DOCX, plain text or Markdown (the type is checked from its "
                    + "bytes), 1 byte to the size limit. Its name is shown sanitized (no path, no control "
                    + "characters).", type = "string", format = "binary",
                    requiredMode = Schema.RequiredMode.REQUIRED) String file,
            @Schema(description = "The document's name, 1 to 100 characters; required for a new document, "
                    + "ignored for a new version (the document keeps its name).", example = "Resume",
                    maxLength = DocumentUploads.NAME_MAX) String name,
            @Schema(description = "What the document is; required for a new document, ignored for a new "
                    + "version.", allowableValues = {"resume", "cover_letter", "other"}) String kind,
            @Schema(description = "To add a new version to one of the caller's documents: its id.", format = "uuid",
                    example = "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d") String documentId) {
    }

    /** The answer of an upload. */
    @Schema(name = "DocumentVersionAdded", description = "The new version and its document as it is now.")
    public record Added(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Document document,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DocumentVersion version) {
    }

    @Operation(operationId = "uploadDocument", summary = "Upload a document or a new version of one",
            description = "Adds the file as version 1 of a new document (`name` and `kind` required) or as the "
                    + "next version of the caller's document `document_id`. The type is checked from the bytes "
                    + "(Apache Tika, and the package's `[Content_Types].xml` for DOCX), never from the name or "
                    + "the part's `Content-Type`: PDF, DOCX, plain text and Markdown (text whose name ends with "
                    + "`.md` or `.markdown`) are accepted. A file whose name ends with the extension of another "
                    + "accepted type (a PDF named `.docx`) is refused (`document-type-mismatch`) rather than "
                    + "stored under a misleading name. The bytes are stored once per caller however many "
                    + "versions have them (their SHA-256 is the key), and each version counts against the "
                    + "caller's quota with its size. The log gets `careervault.document.version-added.v1` with "
                    + "ids, SHA-256, size and types only. A refused upload leaves no object, item or event.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = Upload.class),
                    encoding = @Encoding(name = "file", contentType = "application/pdf, "
                            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
                            + "text/plain, text/markdown"))))
    @ApiResponse(responseCode = "201", description = "Stored: the new version and its document.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The document's URL.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Added.class)))
    @ApiResponse(responseCode = "404", description = "`document_id` is not one of the caller's documents.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "413", description = "`payload-too-large`: the file is larger than the limit "
            + "(member `max_bytes`; refused as soon as it passes it). `document-quota-exceeded`: it does not fit "
            + "in what is left of the caller's quota (member `max_bytes`). Nothing was stored.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "415", description = "`unsupported-document-type`: the bytes are not PDF, DOCX, "
            + "plain text or Markdown (an executable, an image, HTML, a ZIP that is no Word document or is out "
            + "of limits, such as a zip bomb). `document-type-mismatch`: the name's extension claims another "
            + "accepted type. Both name the field `file`; nothing was stored.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Added>> upload(@AuthenticationPrincipal Jwt token, ServerWebExchange exchange) {
        String userId = token.getSubject();
        return exchange.getMultipartData()
                .flatMap(parts -> uploads.upload(userId, form(parts)))
                .map(added -> ResponseEntity.created(URI.create("/api/documents/" + added.document().documentId()))
                        .body(new Added(added.document(), added.version())));
    }

    private static DocumentUploads.Form form(MultiValueMap<String, Part> parts) {
        Part file = parts.getFirst(DocumentProblems.FILE);
        String fileName = file instanceof FilePart filePart ? filePart.filename() : null;
        return new DocumentUploads.Form(field(parts, "name"), field(parts, "kind"), field(parts, "document_id"),
                fileName, file == null ? null : file.content());
    }

    private static String field(MultiValueMap<String, Part> parts, String name) {
        return parts.getFirst(name) instanceof FormFieldPart field ? field.value() : null;
    }

    @Operation(operationId = "listDocuments", summary = "The caller's document library",
            description = "Every document with its versions (newest first), the most recently updated document "
                    + "first, and how much of the quota the versions take.")
    @ApiResponse(responseCode = "200", description = "The library.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<DocumentLibrary> list(@AuthenticationPrincipal Jwt token) {
        return library.library(token.getSubject());
    }

    @Operation(operationId = "getDocument", summary = "One document with its versions",
            description = "The caller's document and its versions, newest first. Another user's document "
                    + "answers 404, like a missing one.")
    @ApiResponse(responseCode = "200", description = "The document.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The document's id.",
            schema = @Schema(type = "string", format = "uuid"))
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Document> get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        if (!UUID_PATTERN.matcher(id).matches()) {
            return Mono.error(notFound());
        }
        return library.document(token.getSubject(), id).map(found -> found.orElseThrow(DocumentController::notFound));
    }

    @Operation(operationId = "downloadDocumentVersion", summary = "Download a version's bytes",
            description = "The version's bytes exactly as uploaded, streamed by the API (not a redirect to the "
                    + "object store), with its media type, `Content-Disposition: attachment` and the sanitized "
                    + "file name, and `X-Content-Type-Options: nosniff`. Only for the owner: another user's "
                    + "document answers 404, like a missing one.")
    @ApiResponse(responseCode = "200", description = "The bytes.", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string", format = "binary"))})
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The document's id.",
            schema = @Schema(type = "string", format = "uuid"))
    @Parameter(name = "n", in = ParameterIn.PATH, description = "The version's number.",
            schema = @Schema(type = "integer", minimum = "1"))
    @GetMapping(path = "/{id}/versions/{n}/content")
    public Mono<ResponseEntity<Flux<DataBuffer>>> download(@AuthenticationPrincipal Jwt token,
            @PathVariable String id, @PathVariable String n) {
        if (!UUID_PATTERN.matcher(id).matches() || !VERSION.matcher(n).matches()) {
            return Mono.error(notFound());
        }
        String userId = token.getSubject();
        int number = Integer.parseInt(n);
        return library.document(userId, id)
                .map(found -> found.flatMap(document -> document.versions().stream()
                        .filter(version -> version.version() == number).findFirst())
                        .orElseThrow(DocumentController::notFound))
                .map(version -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(version.mediaType()))
                        .contentLength(version.size())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(version.fileName(), StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .eTag("\"" + version.sha256() + "\"")
                        .body(store.get(userId, version.sha256())
                                .map(DefaultDataBufferFactory.sharedInstance::wrap)));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such document");
    }
}
