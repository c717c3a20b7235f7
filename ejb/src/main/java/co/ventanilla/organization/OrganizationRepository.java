package co.ventanilla.organization;

import java.util.List;
import java.util.Optional;

/** Where areas and the escalation ladder are kept. */
public interface OrganizationRepository {

  void store(Area area);

  Optional<Area> findArea(String name);

  /** Every area, active or not, by name. */
  List<Area> areas();

  /** The level {@code level} (1–4) of the escalation ladder. */
  Optional<EscalationLevel> escalationLevel(int level);
}
