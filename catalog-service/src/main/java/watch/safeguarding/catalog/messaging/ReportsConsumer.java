package watch.safeguarding.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import watch.safeguarding.catalog.service.ReportRecorder;
import watch.safeguarding.events.ReportParsed;

/**
 * Consumes reports.parsed. The value is parsed here rather than by a deserializer so that a malformed message fails
 * this method and goes to the dead-letter topic, and the stream goes on; the offset is acknowledged only after the
 * recorder's transaction committed.
 */
@ApplicationScoped
public class ReportsConsumer {

    @Inject
    ObjectMapper mapper;
    @Inject
    ReportRecorder recorder;

    @Incoming("reports-in")
    @Blocking
    public void consume(String value) throws JsonProcessingException {
        ReportParsed event = mapper.readValue(value, ReportParsed.class);
        if (!ReportParsed.SCHEMA.equals(event.schema()) || event.reportId() == null || event.reportId().isBlank()) {
            throw new IllegalArgumentException("not a " + ReportParsed.SCHEMA + " event with a reportId");
        }
        recorder.record(event);
    }
}
