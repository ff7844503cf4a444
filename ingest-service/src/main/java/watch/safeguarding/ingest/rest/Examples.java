package watch.safeguarding.ingest.rest;

/** OpenAPI examples, one per format and answer; kept apart so that the resource reads as code. */
final class Examples {

    static final String TEXT = """
            Published: 20 November 2026

            Children's services at Rutland County Council have been rated inadequate by Ofsted. Inspectors judged \
            the help and protection of children in the county inadequate, in a report published on Friday.
            """;

    static final String HTML = """
            <!doctype html><html><head><meta charset="utf-8"><title>Rutland children's services rated inadequate</title>
            <link rel="canonical" href="https://news.example.org/rutland-ofsted"></head>
            <body><nav>Home | News</nav><article><h1>Rutland children's services rated inadequate</h1>
            <p>Children's services at Rutland County Council have been rated inadequate by Ofsted.</p></article></body></html>
            """;

    static final String JSON = """
            {"text": "Children's services at Rutland County Council have been rated inadequate by Ofsted.",
             "url": "https://news.example.org/rutland-ofsted", "title": "Rutland children's services rated inadequate",
             "publisher": "Example News", "publishedDate": "2026-11-20"}
            """;

    static final String JSON_HTML = """
            {"html": "<html><body><p>Children's services at Rutland County Council have been rated inadequate by Ofsted.</p></body></html>",
             "url": "https://news.example.org/rutland-ofsted", "publisher": "Example News"}
            """;

    static final String NDJSON = """
            {"text": "Children's services at Rutland County Council have been rated inadequate by Ofsted.", "publisher": "Example News"}
            {"html": "<p>Kent County Council's children's services were judged outstanding.</p>", "url": "https://news.example.org/kent"}
            {"title": "a line without text or html is rejected on its own"}
            """;

    static final String ACCEPTED = """
            {"reportId": "5b0e8f3c7d2a41e69c1f0a2b3c4d5e6f",
             "location": "http://127.0.0.1:8081/reports/5b0e8f3c7d2a41e69c1f0a2b3c4d5e6f",
             "source": {"url": "https://news.example.org/rutland-ofsted", "publisher": "Example News",
                        "title": "Rutland children's services rated inadequate", "publishedDate": "2026-11-20"},
             "outcomes": [{"councilCode": "E06000017", "council": "Rutland", "area": "overall", "rating": "inadequate",
                           "status": "new", "year": 2026,
                           "evidence": "Children's services at Rutland County Council have been rated inadequate by Ofsted.",
                           "confidence": 0.93}],
             "councilsMentioned": [{"code": "E06000017", "name": "Rutland"}],
             "parserVersion": "1.0"}
            """;

    static final String ANALYSIS = """
            {"reportId": "5b0e8f3c7d2a41e69c1f0a2b3c4d5e6f",
             "source": {"url": null, "publisher": null, "title": null, "publishedDate": "2026-11-20"},
             "text": "Children's services at Rutland County Council have been rated inadequate by Ofsted.",
             "outcomes": [{"councilCode": "E06000017", "council": "Rutland", "area": "overall", "rating": "inadequate",
                           "status": "new", "year": 2026, "evidence": "...", "confidence": 0.93}],
             "councilsMentioned": [{"code": "E06000017", "name": "Rutland"}],
             "parserVersion": "1.0"}
            """;

    static final String BULK = """
            {"results": [
              {"line": 1, "status": 202, "reportId": "5b0e8f3c7d2a41e69c1f0a2b3c4d5e6f",
               "location": "http://127.0.0.1:8081/reports/5b0e8f3c7d2a41e69c1f0a2b3c4d5e6f",
               "outcomes": [{"councilCode": "E06000017", "council": "Rutland", "area": "overall", "rating": "inadequate",
                             "status": "new", "year": null, "evidence": "...", "confidence": 0.9}],
               "councilsMentioned": [{"code": "E06000017", "name": "Rutland"}]},
              {"line": 3, "status": 400, "problem": {"type": "https://safeguarding.watch/problems/missing-field",
               "title": "Missing required field", "status": 400,
               "detail": "One of the fields 'text' (the report as plain text) or 'html' (a web page) is required.",
               "errors": [{"field": "text", "message": "required unless 'html' is given"},
                          {"field": "html", "message": "required unless 'text' is given"}]}}],
             "accepted": 1, "rejected": 1}
            """;

    static final String MALFORMED = """
            {"type": "https://safeguarding.watch/problems/malformed-json", "title": "Malformed JSON", "status": 400,
             "detail": "The JSON is malformed at line 1, column 12: Unexpected character ('}' (code 125)): was expecting a colon to separate field name and value.",
             "instance": "/reports", "line": 1, "column": 12}
            """;

    static final String MISSING = """
            {"type": "https://safeguarding.watch/problems/invalid-field", "title": "Invalid field", "status": 400,
             "detail": "Invalid field 'publishedDate': publishedDate must be a date as yyyy-MM-dd.", "instance": "/reports",
             "errors": [{"field": "publishedDate", "message": "must be a date as yyyy-MM-dd"}]}
            """;

    static final String ENCODING = """
            {"type": "https://safeguarding.watch/problems/invalid-encoding", "title": "Body is not valid UTF-8", "status": 400,
             "detail": "Byte 17 of the body (0xe9) is not valid UTF-8. Send UTF-8, or declare the charset the text is in, e.g. Content-Type: text/plain; charset=windows-1252. Invalid bytes are refused, not replaced.",
             "instance": "/reports", "charset": "UTF-8", "byteOffset": 17}
            """;

    static final String UNAUTHORIZED = """
            {"type": "https://safeguarding.watch/problems/missing-api-key", "title": "API key required", "status": 401,
             "detail": "This endpoint needs an API key in the X-API-Key header, e.g. -H 'X-API-Key: <your key>'. Ask the Safeguarding Watch operators for a key.",
             "instance": "/reports"}
            """;

    static final String TOO_LARGE = """
            {"type": "https://safeguarding.watch/problems/body-too-large", "title": "Body too large", "status": 413,
             "detail": "The body is larger than the limit of 5242880 bytes. Post the article rather than the whole site, or split a bulk upload.",
             "instance": "/reports", "maxBytes": 5242880}
            """;

    static final String ENCRYPTED_PDF = """
            {"type": "https://safeguarding.watch/problems/encrypted-pdf", "title": "Encrypted PDF", "status": 422,
             "detail": "The PDF is encrypted and needs a password to open. Send an unprotected copy (Ofsted publishes its reports without passwords).",
             "instance": "/reports", "pdfProblem": "ENCRYPTED"}
            """;

    static final String UNSUPPORTED = """
            {"type": "https://safeguarding.watch/problems/unsupported-media-type", "title": "Unsupported media type", "status": 415,
             "detail": "POST /reports takes text/plain, text/html, application/json, application/pdf, application/x-ndjson (bulk) or multipart/form-data (files); POST /reports/parse takes text/plain, text/html, application/json or application/pdf. Set the Content-Type header accordingly.",
             "instance": "/reports"}
            """;

    static final String UNAVAILABLE = """
            {"type": "https://safeguarding.watch/problems/broker-unavailable", "title": "Not accepted: the message broker is unavailable",
             "status": 503, "detail": "The report was not accepted because the message broker did not acknowledge it in time. Retry after 5 s; posting the same text again is safe, it keeps the same reportId and is stored once. (Only if the broker stored it but its acknowledgement was lost can it still appear under this reportId; the catalog keeps one copy per reportId however often it arrives.)",
             "instance": "/reports", "reportId": "5b0e8f3c7d2a41e69c1f0a2b3c4d5e6f", "retryAfterSeconds": 5}
            """;

    private Examples() {
    }
}
