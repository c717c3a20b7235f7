package co.ventanilla.config.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

  @Test
  void serverPartDropsTheSchemaAndParameters() {
    assertEquals(
        "jdbc:mariadb://127.0.0.1:3306/",
        TestDatabase.serverPart("jdbc:mariadb://127.0.0.1:3306/ventanilla?useSsl=false"));
    assertEquals(
        "jdbc:mariadb://db.example:3307/",
        TestDatabase.serverPart("jdbc:mariadb://db.example:3307"));
  }
}
