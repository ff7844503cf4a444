package watch.safeguarding.alert.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import watch.safeguarding.events.JudgementRecorded;

public class JudgementRecordedDeserializer extends ObjectMapperDeserializer<JudgementRecorded> {

    public JudgementRecordedDeserializer() {
        super(JudgementRecorded.class);
    }
}
