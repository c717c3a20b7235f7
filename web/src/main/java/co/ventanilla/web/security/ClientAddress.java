package co.ventanilla.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The client's address as the records and the limits use it: the connection's peer, unless that
 * peer is one of the reverse proxies named in {@value #TRUSTED_PROXIES} (comma-separated addresses;
 * none by default). Only then is {@code X-Forwarded-For} read, from the right: the first address
 * that is not itself a trusted proxy is the client. Any client can write that header, so from
 * anyone else it is ignored.
 */
public final class ClientAddress {

  /** Configuration key: the addresses of the reverse proxies in front of Ventanilla. */
  public static final String TRUSTED_PROXIES = "ventanilla.trusted-proxies";

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    if (request == null) {
      return null;
    }
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
  }

  static String of(String peer, String forwardedFor, Set<String> trusted) {
    if (peer == null || forwardedFor == null || !trusted.contains(canonical(peer))) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(canonical(hop))) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return peer;
  }

  /**
   * One spelling per address, so that {@code ::1} and {@code 0:0:0:0:0:0:0:1} are the same proxy.
   * Only literal addresses are parsed (no name is ever looked up); anything else stays as written.
   */
  public static String canonical(String address) {
    String a = address.strip();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    boolean literal = a.matches("[0-9.]+") || (a.contains(":") && a.matches("[0-9a-fA-F:.%]+"));
    if (!literal) {
      return a;
    }
    try {
      return java.net.InetAddress.getByName(a).getHostAddress();
    } catch (java.net.UnknownHostException | SecurityException notAnAddress) {
      return a;
    }
  }

  private static Set<String> trustedProxies() {
    String value =
        ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class).orElse("");
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(ClientAddress::canonical)
        .collect(Collectors.toUnmodifiableSet());
  }
}
