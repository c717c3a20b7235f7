package co.ventanilla.platform;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * Where the current request comes from (the client's address), for the records that must say "from
 * where": login attempts and the access journal. The web layer fills it for each request; work
 * without a request (timers, mail) has none.
 */
@RequestScoped
public class CallerOrigin implements Serializable {

  private static final long serialVersionUID = 1L;

  private String address;

  public String address() {
    return address;
  }

  public void address(String address) {
    this.address = address;
  }
}
