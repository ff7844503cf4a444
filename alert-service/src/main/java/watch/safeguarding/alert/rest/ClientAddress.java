package watch.safeguarding.alert.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;
import watch.safeguarding.alert.config.AlertConfig;

/**
 * The client's IP for rate limiting. Behind proxies, the connection comes from the last proxy: when that address is one
 * of the configured trusted proxies, X-Forwarded-For is read from its end, skipping further trusted proxies, and the
 * first address no trusted proxy owns is the client (earlier entries are whatever the client sent, so never trusted).
 */
@ApplicationScoped
public class ClientAddress {

    private final List<Network> trusted;

    @Inject
    public ClientAddress(AlertConfig config) {
        this(config.rateLimit().trustedProxies().orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Network::parse).toList();
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return of(peer, request.headers().getAll("X-Forwarded-For"));
    }

    String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        String client = peer;
        for (int h = forwardedFor.size() - 1; h >= 0; h--) {
            String[] hops = forwardedFor.get(h).split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (hop.isEmpty()) {
                    continue;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    return hop;
                }
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = Network.bytes(address);
        return bytes != null && trusted.stream().anyMatch(n -> n.contains(bytes));
    }

    /** An address or a CIDR block, IPv4 or IPv6. */
    record Network(byte[] base, int prefix) {
        static Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            byte[] base = bytes(slash < 0 ? cidr : cidr.substring(0, slash));
            if (base == null) {
                throw new IllegalArgumentException("alert.rate-limit.trusted-proxies: '" + cidr + "' is not an IP address or CIDR block");
            }
            return new Network(base, slash < 0 ? base.length * 8 : Integer.parseInt(cidr.substring(slash + 1)));
        }

        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (base[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The bytes of a literal IP address; null for anything else (never a name lookup). */
        static byte[] bytes(String literal) {
            String s = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
            if (!s.matches("[0-9.]+") && !s.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
                return null;
            }
            try {
                return InetAddress.getByName(s).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
