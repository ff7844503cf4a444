package watch.safeguarding.alert.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5", "2001:db8::/32"));

    @Test
    void withoutATrustedPeerTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", behindProxies.of("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("203.0.113.9", new ClientAddress(List.of()).of("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void theClientIsTheLastAddressNoTrustedProxyOwns() {
        // the client sent a forged first entry; the proxies appended the real address
        assertEquals("198.51.100.7", behindProxies.of("10.1.2.3", List.of("1.2.3.4, 198.51.100.7, 192.168.1.5")));
        assertEquals("198.51.100.7", behindProxies.of("10.1.2.3", List.of("1.2.3.4", "198.51.100.7")));
        assertEquals("2001:db9::1", behindProxies.of("2001:db8::7", List.of("2001:db9::1")));
        // every hop trusted: the farthest one
        assertEquals("10.9.9.9", behindProxies.of("10.1.2.3", List.of("10.9.9.9")));
        // no header: the proxy itself
        assertEquals("10.1.2.3", behindProxies.of("10.1.2.3", List.of()));
    }
}
