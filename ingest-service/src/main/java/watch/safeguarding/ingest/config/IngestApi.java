package watch.safeguarding.ingest.config;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's OpenAPI header: the API key scheme and the JSON report's schema (read by hand, so not a Java type). */
@OpenAPIDefinition(
        info = @Info(title = "Safeguarding Watch ingest API", version = "1",
                description = "Post reports about Ofsted inspections of English councils' children's services: plain text, "
                        + "saved web pages, JSON with metadata, NDJSON or files in bulk. Every error is application/problem+json."),
        components = @Components(schemas = @Schema(name = "ReportJson", type = SchemaType.OBJECT,
                description = "One report: exactly one of text and html; the rest optional. Unknown fields are ignored.",
                properties = {
                        @SchemaProperty(name = "text", type = SchemaType.STRING, description = "The report as plain text"),
                        @SchemaProperty(name = "html", type = SchemaType.STRING, description = "A web page; only its visible text is read"),
                        @SchemaProperty(name = "url", type = SchemaType.STRING, format = "uri", description = "Where it was published (http or https)"),
                        @SchemaProperty(name = "title", type = SchemaType.STRING),
                        @SchemaProperty(name = "publisher", type = SchemaType.STRING),
                        @SchemaProperty(name = "publishedDate", type = SchemaType.STRING, format = "date", example = "2026-11-20")})))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-API-Key", description = "Issued by the operators (configured as ingest.api-keys / INGEST_API_KEYS)")
public class IngestApi extends Application {
}
