package co.ventanilla.satisfaction;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs and checks link tokens with the configured key ({@value
 * SatisfactionSettings#RATING_SECRET}) or, when none is set, the key generated once and kept in the
 * database, so that links keep working after a restart and on every node.
 */
@ApplicationScoped
public class LinkSigner {

  private static final Logger LOG = Logger.getLogger(LinkSigner.class.getName());

  @Inject SatisfactionSettings settings;
  @EJB SecretStore store;

  private volatile byte[] key;

  public LinkSigner() {}

  /** A signer with a fixed key, for use outside a container. */
  public static LinkSigner withKey(String key) {
    LinkSigner s = new LinkSigner();
    s.key = key.getBytes(StandardCharsets.UTF_8);
    return s;
  }

  public String sign(LinkToken token) {
    return token.sign(key());
  }

  public Optional<LinkToken> verify(String text, LinkToken.Purpose purpose) {
    return LinkToken.verify(text, key(), purpose);
  }

  private byte[] key() {
    byte[] k = key;
    if (k == null) {
      Optional<String> configured = settings.secret();
      String secret;
      if (configured.isPresent()) {
        secret = configured.get();
      } else {
        secret = store.secret("link-signing");
        LOG.info(
            "Rating and survey links are signed with the key generated and kept in the database;"
                + " set "
                + SatisfactionSettings.RATING_SECRET
                + " to choose it");
      }
      k = secret.getBytes(StandardCharsets.UTF_8);
      key = k;
    }
    return k;
  }
}
