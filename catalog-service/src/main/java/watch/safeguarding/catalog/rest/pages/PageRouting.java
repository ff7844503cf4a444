package watch.safeguarding.catalog.rest.pages;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sends browsers to the pages at the API's own paths: a GET of /councils/E06000005 that prefers HTML is answered by
 * {@link PageResource} at /pages/councils/E06000005, so a link in an email or a page opens a page while API clients
 * get JSON as before. Every answer on those paths varies by Accept, so caches keep the two apart.
 */
public class PageRouting {

    static final String PREFIX = "/pages";

    @ServerRequestFilter(preMatching = true)
    public void route(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && HtmlNegotiation.hasPage(path)
                && HtmlNegotiation.prefersHtml(request.getHeaderString(HttpHeaders.ACCEPT))) {
            URI uri = request.getUriInfo().getRequestUri();
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(PREFIX + path).build());
        }
    }

    @ServerResponseFilter
    public void vary(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (HtmlNegotiation.hasPage(path) || path.startsWith(PREFIX + "/")) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
