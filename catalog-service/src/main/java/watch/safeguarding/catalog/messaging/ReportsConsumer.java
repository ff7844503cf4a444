package watch.safeguarding.catalog.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import watch.safeguarding.catalog.service.ReportRecorder;
import watch.safeguarding.events.ReportParsed;

/**
 * Consumes reports.parsed a poll at a time: the whole batch in one transaction, and the offsets are committed only
 * after it committed. A message that is not a report.parsed/1 event, or that the database refuses on its own, goes to
 * reports.parsed.dlq and the stream goes on. If the database does not answer at all, the method throws: nothing is
 * acknowledged, and the channel stops (readiness DOWN) until the service is restarted, so nothing is skipped.
 */
@ApplicationScoped
public class ReportsConsumer {

    private static final Logger LOG = Logger.getLogger(ReportsConsumer.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    ReportRecorder recorder;
    @Inject
    @Channel("reports-dead-letters")
    MutinyEmitter<String> deadLetters;

    @Incoming("reports-in")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> valid = new ArrayList<>();
        List<ReportParsed> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(parse(record.value()));
                valid.add(record);
            } catch (RuntimeException e) {
                deadLetter(record, e);
            }
        }
        try {
            recorder.recordAll(events);
        } catch (RuntimeException batchFailure) {
            recordOneByOne(valid, events, batchFailure);
        }
    }

    private void recordOneByOne(List<ConsumerRecord<String, String>> records, List<ReportParsed> events, RuntimeException batchFailure) {
        List<Integer> refused = new ArrayList<>();
        List<RuntimeException> reasons = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                recorder.recordAll(List.of(events.get(i)));
            } catch (RuntimeException e) {
                refused.add(i);
                reasons.add(e);
            }
        }
        if (!refused.isEmpty() && !recorder.databaseAnswers()) {
            throw batchFailure;
        }
        for (int i = 0; i < refused.size(); i++) {
            deadLetter(records.get(refused.get(i)), reasons.get(i));
        }
    }

    private ReportParsed parse(String value) {
        ReportParsed event;
        try {
            event = mapper.readValue(value, ReportParsed.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON of a report.parsed event: " + e.getMessage(), e);
        }
        if (event == null || !ReportParsed.SCHEMA.equals(event.schema()) || event.reportId() == null || event.reportId().isBlank()
                || event.reportId().length() > 64) {
            throw new IllegalArgumentException("not a " + ReportParsed.SCHEMA + " event with a reportId of at most 64 characters");
        }
        return event;
    }

    private void deadLetter(ConsumerRecord<String, String> record, RuntimeException reason) {
        LOG.warnf("reports.parsed offset %d of partition %d sent to the dead-letter topic: %s", record.offset(), record.partition(),
                reason.getMessage());
        var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key())
                .withHeaders(new org.apache.kafka.common.header.internals.RecordHeaders()
                        .add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8))
                        .add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8)))
                .build();
        deadLetters.sendMessageAndAwait(Message.of(record.value()).addMetadata(metadata));
    }
}
