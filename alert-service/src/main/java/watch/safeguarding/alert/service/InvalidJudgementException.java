package watch.safeguarding.alert.service;

/** A judgements.recorded message that can never be processed (not JSON, not the schema, outside the vocabularies). */
public class InvalidJudgementException extends RuntimeException {

    public InvalidJudgementException(String message) {
        super(message);
    }

    public InvalidJudgementException(String message, Throwable cause) {
        super(message, cause);
    }
}
