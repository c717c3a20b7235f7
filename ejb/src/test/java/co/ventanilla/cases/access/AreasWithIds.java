package co.ventanilla.cases.access;

import co.ventanilla.organization.Area;

/** Areas with the id the database would give them, for rules that compare area ids. */
final class AreasWithIds {

  private AreasWithIds() {}

  static Area area(long id, String name, String leader) {
    Area a = new Area(name, leader, null);
    try {
      var field = Area.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(a, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return a;
  }
}
