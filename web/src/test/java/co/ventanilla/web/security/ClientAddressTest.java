package co.ventanilla.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
    assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "10.0.0.1", Set.of()));
    assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "10.0.0.1", Set.of("192.0.2.1")));
  }

  @Test
  void behindTrustedProxiesTheClientIsTheFirstUntrustedHopFromTheRight() {
    Set<String> proxies = Set.of("192.0.2.1", "192.0.2.2");

    // a client that forges the header cannot pick its address: the proxies append the real one
    assertEquals(
        "203.0.113.9", ClientAddress.of("192.0.2.1", "1.2.3.4, 203.0.113.9, 192.0.2.2", proxies));
    assertEquals("192.0.2.1", ClientAddress.of("192.0.2.1", " , ", proxies));
  }

  @Test
  void ipv6LoopbackIsOneAddressHoweverItIsWritten() {
    assertEquals(ClientAddress.canonical("::1"), ClientAddress.canonical("0:0:0:0:0:0:0:1"));
    assertEquals(
        "203.0.113.5",
        ClientAddress.of("0:0:0:0:0:0:0:1", "203.0.113.5", Set.of(ClientAddress.canonical("::1"))));
    assertEquals("proxy.example", ClientAddress.canonical("proxy.example"));
  }
}
