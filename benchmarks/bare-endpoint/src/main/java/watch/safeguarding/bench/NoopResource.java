package watch.safeguarding.bench;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Reads the whole body, as ingest does, and answers 202. Blocking (a worker thread) like ingest's resource, so the
 * comparison isolates what ingest adds: decoding, parsing, serialising and waiting for the broker.
 */
@Path("/noop")
public class NoopResource {

    @POST
    @Consumes("*/*")
    public Response noop(byte[] body) {
        return Response.accepted().header("X-Body-Bytes", body.length).build();
    }
}
