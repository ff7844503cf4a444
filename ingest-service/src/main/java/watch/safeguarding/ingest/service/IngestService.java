package watch.safeguarding.ingest.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.events.Source;
import watch.safeguarding.ingest.messaging.ReportPublisher;
import watch.safeguarding.parser.ParsedReport;
import watch.safeguarding.parser.ReportParser;

/**
 * Parses reports into reports.parsed events and publishes them, waiting for the broker's acknowledgement. A report is
 * accepted only once acknowledged; otherwise it fails with a 503 problem after at most the producer's own deadline
 * (max-block + delivery-timeout), after which the producer never sends that record again.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final ReportParser parser = ReportParser.withBuiltInGazetteer();
    private final ReportPublisher publisher;
    private final IngestMetrics metrics;
    private final Duration deadline;
    private final Duration retryAfter;
    private final Receipt receipt;

    public IngestService(ReportPublisher publisher, IngestMetrics metrics, Receipt receipt,
            @ConfigProperty(name = "ingest.publish.max-block") Duration maxBlock,
            @ConfigProperty(name = "ingest.publish.delivery-timeout") Duration deliveryTimeout,
            @ConfigProperty(name = "ingest.retry-after") Duration retryAfter) {
        this.publisher = publisher;
        this.metrics = metrics;
        // the producer settles every record within max-block + delivery-timeout; the margin only covers scheduling
        this.deadline = maxBlock.plus(deliveryTimeout).plusSeconds(1);
        this.retryAfter = retryAfter;
        this.receipt = receipt;
    }

    /** The dry run: what the parser finds and the event that would be published. */
    public ReportParsed analyse(ReportInput input) {
        ParsedReport parsed = input.pdf() != null ? PdfInput.parse(parser, input.pdf())
                : input.html() ? parser.parseHtml(ControlCharacters.strip(input.content()))
                : parser.parse(ControlCharacters.strip(input.content()));
        String text = parsed.text() == null ? "" : parsed.text();
        if (ReportIds.isBlank(text)) {
            throw ProblemException.badRequest("no-text", "No text",
                    input.html() ? "The page has no visible text to read." : "The report contains only white space.");
        }
        Source source = new Source(
                input.url() != null ? input.url() : parsed.url(),
                input.publisher(),
                input.title() != null ? input.title() : parsed.title(),
                input.publishedDate() != null ? input.publishedDate() : parsed.publishedDate());
        return new ReportParsed(ReportParsed.SCHEMA, ReportIds.of(text), receipt.at(), source, text,
                List.copyOf(parsed.outcomes()), List.copyOf(parsed.councilsMentioned()), ReportParser.VERSION,
                parsed.kind(), parsed.inspection());
    }

    /** Parses and publishes one report; returns once the broker has acknowledged it. */
    public ReportParsed accept(ReportInput input) {
        ReportParsed event = analyse(input);
        Pending pending = send(event);
        await(pending, System.nanoTime() + deadline.toNanos());
        metrics.accepted(input.format(), event.outcomes());
        return event;
    }

    /** A bulk item: either the event to publish or the problem that refused it. */
    public record Item(ReportInput input, ReportParsed event, ProblemException problem) {
    }

    /**
     * Publishes every item that has an event, all in flight together so that a batch costs about one broker round
     * trip, and returns one outcome per item: the acknowledged event, or the problem (parse errors pass through).
     */
    public List<Item> acceptAll(List<Item> items) {
        List<Pending> pending = new ArrayList<>();
        boolean brokerDown = false;
        for (Item item : items) {
            if (item.event() == null) {
                pending.add(null);
            } else if (brokerDown) {
                // one send already waited max-block for the broker; the rest would each wait as long again
                pending.add(new Pending(item.event(), CompletableFuture.failedFuture(new TimeoutException("not sent: broker unavailable")), System.nanoTime()));
            } else {
                Pending sent = send(item.event());
                brokerDown = sent.acked().isCompletedExceptionally();
                pending.add(sent);
            }
        }
        long until = System.nanoTime() + deadline.toNanos();
        List<Item> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (pending.get(i) == null) {
                results.add(item);
                continue;
            }
            try {
                await(pending.get(i), until);
                metrics.accepted(item.input().format(), item.event().outcomes());
                results.add(item);
            } catch (ProblemException problem) {
                results.add(new Item(item.input(), item.event(), problem));
            }
        }
        return results;
    }

    private record Pending(ReportParsed event, CompletableFuture<Void> acked, long sentAt) {
    }

    private Pending send(ReportParsed event) {
        long start = System.nanoTime();
        CompletableFuture<Void> acked = publisher.publish(event);
        acked.whenComplete((ok, failure) -> metrics.published(Duration.ofNanos(System.nanoTime() - start), failure == null));
        return new Pending(event, acked, start);
    }

    private void await(Pending pending, long untilNanos) {
        try {
            pending.acked().get(Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw notPublished(pending.event(), e.getCause());
        } catch (TimeoutException e) {
            throw notPublished(pending.event(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notPublished(pending.event(), e);
        }
    }

    private ProblemException notPublished(ReportParsed event, Throwable cause) {
        if (cause instanceof RecordTooLargeException) {
            return new ProblemException(413, "too-large-to-publish", "Report too large to publish",
                    "The parsed report is larger than the message broker accepts. Post a shorter text, or only the "
                            + "article rather than the whole page.", Map.of("reportId", event.reportId()));
        }
        LOG.warnf("report %s not published: %s", event.reportId(), String.valueOf(cause));
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ProblemException(503, "broker-unavailable", "Not accepted: the message broker is unavailable",
                "The report was not accepted because the message broker did not acknowledge it in time. Retry after "
                        + seconds + " s; posting the same text again is safe, it keeps the same reportId and is stored once. "
                        + "(Only if the broker stored it but its acknowledgement was lost can it still appear under "
                        + "this reportId; the catalog keeps one copy per reportId however often it arrives.)",
                Map.of("reportId", event.reportId(), "retryAfterSeconds", seconds));
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
