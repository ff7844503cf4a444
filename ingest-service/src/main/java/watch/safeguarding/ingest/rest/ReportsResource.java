package watch.safeguarding.ingest.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.ObjectMapper;

import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.ingest.service.BodyDecoder;
import watch.safeguarding.ingest.service.IngestMetrics;
import watch.safeguarding.ingest.service.IngestService;
import watch.safeguarding.ingest.service.NdjsonLines;
import watch.safeguarding.ingest.service.PdfInput;
import watch.safeguarding.ingest.service.ProblemException;
import watch.safeguarding.ingest.service.ReportInput;
import watch.safeguarding.ingest.service.ReportJson;

/**
 * The posters' API. Methods are blocking on purpose: they run on worker threads, parsing is CPU work, and each waits
 * (bounded) for the broker's acknowledgement before answering 202.
 */
@Path("/reports")
@ApiKeyRequired
@Tag(name = "reports", description = "Post reports about inspections of councils' children's services")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", description = "No X-API-Key header, or an unknown key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "no key", value = Examples.UNAUTHORIZED)))
@APIResponse(responseCode = "413", description = "Body over ingest.max-body-size (default 5 MB)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
@APIResponse(responseCode = "415", description = "A Content-Type (or charset) this endpoint does not take",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "unsupported", value = Examples.UNSUPPORTED)))
public class ReportsResource {

    static final String NDJSON = "application/x-ndjson";
    private static final MediaType PDF = MediaType.valueOf(PdfInput.MEDIA_TYPE);

    private final IngestService ingest;
    private final IngestMetrics metrics;
    private final ReportJson json;
    private final String catalogUrl;

    public ReportsResource(IngestService ingest, IngestMetrics metrics, ObjectMapper mapper,
            @ConfigProperty(name = "ingest.catalog-url") String catalogUrl) {
        this.ingest = ingest;
        this.metrics = metrics;
        this.json = new ReportJson(mapper);
        this.catalogUrl = catalogUrl.endsWith("/") ? catalogUrl.substring(0, catalogUrl.length() - 1) : catalogUrl;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, NDJSON, PdfInput.MEDIA_TYPE})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Post one report, or many as NDJSON",
            description = "Parses the report, publishes it to reports.parsed and answers 202 once the broker has "
                    + "acknowledged it (acks=all). The reportId is derived from the cleaned text, so posting the same text "
                    + "again gives the same id and the catalog stores it once. Charset: the Content-Type's charset, else a "
                    + "byte order mark, else (HTML) a <meta charset>, else UTF-8; bytes invalid in that charset are refused "
                    + "with 400 invalid-encoding, never replaced. application/x-ndjson takes one JSON report per line and "
                    + "answers 207 with one result per non-blank line: accepted lines are published, bad lines are "
                    + "rejected on their own. application/pdf takes a report PDF (Ofsted's inspection report, say): its "
                    + "text layer is read, and an Ofsted report's judgements are published as official (kind "
                    + "ofsted_report, with the inspection's framework and dates).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "article", summary = "An article's text, pasted",
                            value = Examples.TEXT)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "saved page", summary = "A saved web page: only its visible text is read",
                            value = Examples.HTML)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReportJson"),
                    examples = {@ExampleObject(name = "text with metadata", value = Examples.JSON),
                            @ExampleObject(name = "page with metadata", value = Examples.JSON_HTML)}),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "One JSON report (as for application/json) per line"),
                    examples = @ExampleObject(name = "bulk", summary = "Three lines, the third one invalid",
                            value = Examples.NDJSON)),
            @Content(mediaType = PdfInput.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "A PDF with a text layer, e.g. an Ofsted inspection report as published"))})
    @APIResponse(responseCode = "202", description = "Accepted: the broker has the report",
            headers = @Header(name = "Location", description = "The report in the catalog", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportAccepted.class),
                    examples = @ExampleObject(name = "accepted", value = Examples.ACCEPTED)))
    @APIResponse(responseCode = "207", description = "Bulk (NDJSON): one result per line, each with its own status",
            headers = @Header(name = "Retry-After", description = "When some line got 503", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class),
                    examples = @ExampleObject(name = "mixed", value = Examples.BULK)))
    @APIResponse(responseCode = "400", description = "Empty body, no text, malformed JSON (with line and column), "
            + "missing or invalid fields (named), bytes invalid in the charset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "malformed JSON", value = Examples.MALFORMED),
                            @ExampleObject(name = "invalid field", value = Examples.MISSING),
                            @ExampleObject(name = "invalid bytes", value = Examples.ENCODING)}))
    @APIResponse(responseCode = "422", description = "A PDF without readable text: damaged, encrypted, or scanned "
            + "images only (a body sent as application/pdf that is no PDF at all is 415 not-a-pdf)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "encrypted", value = Examples.ENCRYPTED_PDF)))
    @APIResponse(responseCode = "503", description = "The broker did not acknowledge in time (at most about 10 s): not accepted",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "broker down", value = Examples.UNAVAILABLE)))
    public Response post(byte[] body, HttpHeaders headers) {
        MediaType type = declaredType(body, headers);
        if (type.isCompatible(MediaType.valueOf(NDJSON))) {
            return bulk(NdjsonLines.split(decode(body, type)));
        }
        ReportParsed event = ingest.accept(input(body, type));
        String location = location(event);
        return Response.accepted(ReportAccepted.of(event, location)).location(URI.create(location))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Post reports as files", description = "Each file part is one report: text/plain, text/html, "
            + "application/json or application/pdf (by its Content-Type, else by its name: .txt, .html/.htm, .json, "
            + ".pdf). Answers 207 with one result per part, like NDJSON; a folder of Ofsted report PDFs can be imported "
            + "this way (scripts/import-ofsted.sh).")
    @APIResponse(responseCode = "207", description = "One result per file part",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    public Response postFiles(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("empty-body", "No files",
                    "The multipart body has no file parts; send each report as a file, e.g. curl -F 'file=@story.html'.");
        }
        List<IngestService.Item> items = new ArrayList<>();
        for (FileUpload file : files) {
            items.add(item(() -> {
                byte[] content;
                try {
                    content = Files.readAllBytes(file.uploadedFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return input(content, partType(file), "multipart");
            }));
        }
        return results(items, files.stream().map(FileUpload::fileName).toList());
    }

    @POST
    @Path("/parse")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, PdfInput.MEDIA_TYPE})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Dry run: what POST /reports would find and publish",
            description = "The same analysis and the same validation, nothing published. Needs the same API key, since "
                    + "parsing costs the service CPU.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "article", value = Examples.TEXT)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "saved page", value = Examples.HTML)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReportJson"),
                    examples = @ExampleObject(name = "text with metadata", value = Examples.JSON))})
    @APIResponse(responseCode = "200", description = "What the parser found; nothing was published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportAnalysis.class),
                    examples = @ExampleObject(name = "analysis", value = Examples.ANALYSIS)))
    @APIResponse(responseCode = "400", description = "As for POST /reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportAnalysis parse(byte[] body, HttpHeaders headers) {
        return ReportAnalysis.of(ingest.analyse(input(body, declaredType(body, headers))));
    }

    private Response bulk(List<NdjsonLines.Line> lines) {
        if (lines.isEmpty()) {
            throw emptyBody();
        }
        List<IngestService.Item> items = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (NdjsonLines.Line line : lines) {
            numbers.add(line.number());
            items.add(item(() -> json.read(line.json(), "ndjson")));
        }
        return results(items, null, numbers);
    }

    private interface InputSupplier {
        ReportInput get();
    }

    private IngestService.Item item(InputSupplier input) {
        ReportInput report = null;
        try {
            report = input.get();
            return new IngestService.Item(report, ingest.analyse(report), null);
        } catch (ProblemException problem) {
            return new IngestService.Item(report, null, problem);
        }
    }

    private Response results(List<IngestService.Item> items, List<String> fileNames) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= items.size(); i++) {
            numbers.add(i);
        }
        return results(items, fileNames, numbers);
    }

    /** 207 Multi-Status whatever the mix: each item carries its own status; Retry-After when any item got a 503. */
    private Response results(List<IngestService.Item> items, List<String> fileNames, List<Integer> numbers) {
        List<IngestService.Item> outcomes = ingest.acceptAll(items);
        List<BulkResult.Item> results = new ArrayList<>(outcomes.size());
        int accepted = 0;
        boolean retry = false;
        for (int i = 0; i < outcomes.size(); i++) {
            IngestService.Item item = outcomes.get(i);
            String file = fileNames == null ? null : fileNames.get(i);
            if (item.problem() == null) {
                accepted++;
                ReportParsed event = item.event();
                results.add(new BulkResult.Item(numbers.get(i), file, 202, event.reportId(), location(event), event.outcomes(),
                        event.councilsMentioned(), null, event.kind()));
            } else {
                ProblemException problem = item.problem();
                metrics.rejected(problem.reason());
                retry |= problem.status() == 503;
                results.add(new BulkResult.Item(numbers.get(i), file, problem.status(), null, null, null, null,
                        Problem.of(problem, null), null));
            }
        }
        Response.ResponseBuilder response = Response.status(207).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new BulkResult(results, accepted, results.size() - accepted));
        if (retry) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, ingest.retryAfter().toSeconds()));
        }
        return response.build();
    }

    /** The body's Content-Type; a request without one still reaches these methods, and is told what to set. */
    private static MediaType declaredType(byte[] body, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type != null) {
            return type;
        }
        if (body.length == 0) {
            throw emptyBody();
        }
        throw new ProblemException(415, "unsupported-media-type", "No Content-Type",
                "The request has no Content-Type header. Set it to the report's type: text/plain, text/html, application/json, "
                        + "application/pdf, application/x-ndjson (bulk, POST /reports only) or multipart/form-data (files), "
                        + "e.g. curl -H 'Content-Type: text/plain' --data-binary @story.txt.");
    }

    private ReportInput input(byte[] body, MediaType type) {
        return input(body, type, null);
    }

    private ReportInput input(byte[] body, MediaType type, String format) {
        if (body.length == 0) {
            throw emptyBody();
        }
        if (type.isCompatible(PDF)) {
            return ReportInput.pdf(format != null ? format : "pdf", body);
        }
        String content = decode(body, type);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return json.read(content, format != null ? format : "json");
        }
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return ReportInput.html(format != null ? format : "html", content);
        }
        if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return ReportInput.text(format != null ? format : "text", content);
        }
        throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                "A file must be text/plain, text/html, application/json or application/pdf (or named .txt, .html, .htm, "
                        + ".json or .pdf); got " + type + ".");
    }

    private static String decode(byte[] body, MediaType type) {
        if (body.length == 0) {
            throw emptyBody();
        }
        return BodyDecoder.decode(body, type.getParameters().get(MediaType.CHARSET_PARAMETER),
                type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    /** A part's declared type, or one guessed from its file name when the client sent none or octet-stream. */
    private static MediaType partType(FileUpload file) {
        String declared = file.contentType();
        if (declared != null && !declared.isBlank() && !declared.startsWith(MediaType.APPLICATION_OCTET_STREAM)) {
            MediaType type = mediaType(declared);
            if (file.charSet() != null && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
                type = type.withCharset(file.charSet());
            }
            return type;
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return MediaType.TEXT_HTML_TYPE;
        }
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        if (name.endsWith(".txt")) {
            return MediaType.TEXT_PLAIN_TYPE;
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        return mediaType(declared == null || declared.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : declared);
    }

    /** A part's Content-Type; one that does not parse (e.g. "text/") fails that part alone. */
    private static MediaType mediaType(String declared) {
        try {
            return MediaType.valueOf(declared);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "The part's Content-Type '" + declared + "' is not a media type; give text/plain, text/html or application/json "
                            + "(or name the file .txt, .html, .htm or .json).");
        }
    }

    private String location(ReportParsed event) {
        return catalogUrl + "/reports/" + event.reportId();
    }

    private static ProblemException emptyBody() {
        return ProblemException.badRequest("empty-body", "Empty body",
                "The request has no body. Send the report, e.g. curl -H 'Content-Type: text/plain' --data-binary @story.txt.");
    }
}
