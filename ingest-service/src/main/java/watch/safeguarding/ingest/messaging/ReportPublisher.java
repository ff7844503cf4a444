package watch.safeguarding.ingest.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Identifier;
import watch.safeguarding.events.ReportParsed;

/**
 * Publishes reports.parsed with a plain KafkaProducer rather than a SmallRye Emitter, for one reason: the deadline.
 * The producer's clock for a record starts inside {@code send()}, which this class calls on the request's own thread,
 * so a record's fate is settled within {@code max.block.ms + delivery.timeout.ms} (3 s + 6 s by default): acknowledged,
 * or failed and never retried again. An Emitter first queues messages in front of the connector's sending thread,
 * where no Kafka timeout runs yet, so a request could give up on a message that is still sent afterwards.
 * <p>
 * acks=all with idempotence on: broker-side retries never duplicate a record, and the record key is the report id,
 * which the catalog deduplicates on.
 */
@ApplicationScoped
public class ReportPublisher {

    private final Producer<String, byte[]> producer;
    private final ObjectMapper mapper;
    private final String topic;

    @Inject
    public ReportPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ObjectMapper mapper,
            @ConfigProperty(name = "ingest.publish.topic") String topic,
            @ConfigProperty(name = "ingest.publish.max-block") Duration maxBlock,
            @ConfigProperty(name = "ingest.publish.request-timeout") Duration requestTimeout,
            @ConfigProperty(name = "ingest.publish.delivery-timeout") Duration deliveryTimeout,
            @ConfigProperty(name = "ingest.publish.linger") Duration linger) {
        this.mapper = mapper;
        this.topic = topic;
        Map<String, Object> config = new HashMap<>();
        // kafka.* from the configuration (bootstrap.servers and anything an operator adds, e.g. security settings);
        // keys meant for the health check's admin client only are left out
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        config.put(ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis());
        // refuses what the broker would refuse anyway (1 MB default), above the 5 MB body limit after JSON escaping
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
    }

    /**
     * Sends the event keyed by its report id. The future completes when the broker has acknowledged it (all in-sync
     * replicas), or fails within the bounded time above; after a failure the producer does not send it again.
     */
    public CompletableFuture<Void> publish(ReportParsed event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            byte[] value = mapper.writeValueAsBytes(event);
            producer.send(new ProducerRecord<>(topic, event.reportId(), value), (metadata, failure) -> {
                if (failure == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(failure);
                }
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.reportId(), e);
        } catch (RuntimeException notSent) {
            // max.block.ms passed without metadata or buffer space: the record never entered the producer
            acked.completeExceptionally(notSent);
        }
        return acked;
    }

    @PreDestroy
    void close() {
        // lets acknowledged-but-unanswered and in-flight records finish, within the delivery timeout
        producer.close(Duration.ofSeconds(10));
    }
}
