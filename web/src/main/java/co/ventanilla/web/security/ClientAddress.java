package co.ventanilla.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the records keep it: the connection's peer. {@code X-Forwarded-For} is
 * not trusted (any client can send it); behind a reverse proxy, configure Payara's network listener
 * to take the proxy's header instead.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request) {
    return request == null ? null : request.getRemoteAddr();
  }
}
