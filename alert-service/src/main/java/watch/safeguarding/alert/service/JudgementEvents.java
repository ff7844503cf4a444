package watch.safeguarding.alert.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.events.Vocabulary;

/** Reads judgements.recorded messages; what it refuses can never be processed, however often it is retried. */
@ApplicationScoped
public class JudgementEvents {

    private final ObjectMapper json;

    public JudgementEvents(ObjectMapper json) {
        this.json = json;
    }

    public JudgementRecorded parse(String payload) {
        JudgementRecorded judgement;
        try {
            judgement = payload == null ? null : json.readValue(payload, JudgementRecorded.class);
        } catch (JsonProcessingException e) {
            throw new InvalidJudgementException("not JSON of a judgement.recorded event: " + e.getOriginalMessage(), e);
        }
        if (judgement == null || blank(judgement.judgementId()) || judgement.judgementId().length() > 255 || judgement.council() == null
                || blank(judgement.council().code()) || judgement.council().code().length() > 32) {
            throw new InvalidJudgementException("a judgement.recorded event needs a judgementId (at most 255 characters) and a council code");
        }
        if (!Vocabulary.RATINGS.containsKey(judgement.rating())) {
            throw new InvalidJudgementException("rating '" + judgement.rating() + "' is not one of " + Vocabulary.RATINGS.keySet());
        }
        if (judgement.area() != null && !Vocabulary.AREAS.containsKey(judgement.area())) {
            throw new InvalidJudgementException("area '" + judgement.area() + "' is not one of " + Vocabulary.AREAS.keySet());
        }
        if (!Vocabulary.STATUSES.contains(judgement.status())) {
            throw new InvalidJudgementException("status '" + judgement.status() + "' is not one of " + Vocabulary.STATUSES);
        }
        return judgement;
    }

    public String write(JudgementRecorded judgement) {
        try {
            return json.writeValueAsString(judgement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
