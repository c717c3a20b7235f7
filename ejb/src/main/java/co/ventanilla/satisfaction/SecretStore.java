package co.ventanilla.satisfaction;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * Secrets the product generates for itself when none is configured, kept in the database ({@code
 * satisfaction_secret}): the first node to ask inserts a random one ({@code INSERT IGNORE}), every
 * later call and every other node reads that same one.
 */
@Stateless
public class SecretStore {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  /** The secret named {@code name}, 256 random bits in base64, created on first use. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String secret(String name) {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    em.createNativeQuery(
            "INSERT IGNORE INTO satisfaction_secret (name, secret, created_at) VALUES (?, ?, ?)")
        .setParameter(1, name)
        .setParameter(2, Base64.getEncoder().encodeToString(random))
        .setParameter(3, LocalDateTime.now())
        .executeUpdate();
    return (String)
        em.createNativeQuery("SELECT secret FROM satisfaction_secret WHERE name = ?")
            .setParameter(1, name)
            .getSingleResult();
  }
}
