import java.util.Properties;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes N reports.parsed events (about 1.5 KB each, one outcome) as ingest would. Usage: ProduceReports BOOTSTRAP N TAG */
public class ProduceReports {
    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", args[0]);
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("linger.ms", "5");
        int n = Integer.parseInt(args[1]);
        String tag = args[2];
        String[] codes = {"E06000001", "E06000002", "E06000003", "E06000004", "E06000005", "E08000025", "E10000016", "E09000021"};
        String filler = "Inspectors found that children's services had improved in several areas. ".repeat(18);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            Future<?> last = null;
            for (int i = 0; i < n; i++) {
                String id = tag + "-" + i;
                String code = codes[i % codes.length];
                String json = "{\"schema\":\"report.parsed/1\",\"reportId\":\"" + id + "\",\"receivedAt\":\"2026-11-22T10:00:00Z\","
                        + "\"source\":{\"url\":\"https://news.example/" + id + "\",\"publisher\":\"Bench\",\"title\":\"Story " + id
                        + "\",\"publishedDate\":\"2026-11-20\"},\"text\":\"" + filler + id + "\",\"outcomes\":[{\"councilCode\":\"" + code
                        + "\",\"council\":\"c\",\"area\":\"overall\",\"rating\":\"good\",\"status\":\"previous\",\"year\":" + (2010 + i % 15)
                        + ",\"evidence\":\"It was rated good.\",\"confidence\":0.9}],\"councilsMentioned\":[],\"parserVersion\":\"" + tag + "\"}";
                last = producer.send(new ProducerRecord<>("reports.parsed", id, json));
            }
            last.get();
        }
    }
}
