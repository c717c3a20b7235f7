package co.ventanilla.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Where intake records are kept. */
@ApplicationScoped
public class IntakeRecords {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public IntakeRecords() {}

  /** For use outside a container. */
  public IntakeRecords(EntityManager em) {
    this.em = em;
  }

  public Optional<IntakeRecord> findBySourceKey(String sourceKey) {
    return em.createNamedQuery(IntakeRecord.BY_SOURCE_KEY, IntakeRecord.class)
        .setParameter("key", sourceKey)
        .getResultStream()
        .findFirst();
  }

  /**
   * The SHA-256 of the published text of the policy {@code version} ({@code
   * privacy_policy_version}); a verbal consent's {@code verbal:} prefix is not part of the version.
   */
  public Optional<String> policySha256(String version) {
    if (version == null) {
      return Optional.empty();
    }
    String v = version.startsWith("verbal:") ? version.substring("verbal:".length()) : version;
    return em.createNativeQuery("SELECT sha256 FROM privacy_policy_version WHERE version = ?")
        .setParameter(1, v)
        .getResultStream()
        .findFirst()
        .map(Object::toString);
  }

  public void store(IntakeRecord record) {
    em.persist(record);
  }
}
