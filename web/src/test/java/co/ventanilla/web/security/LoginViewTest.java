package co.ventanilla.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginViewTest {

  @Test
  void afterTheLoginThePageAskedForIsShown() {
    assertEquals(
        "/casos/caso.xhtml?radicado=2026-000001",
        LoginView.safeNext("/casos/caso.xhtml?radicado=2026-000001"));
  }

  @Test
  void anotherSiteIsNeverTheNextPage() {
    assertEquals("/", LoginView.safeNext("https://malo.example/"));
    assertEquals("/", LoginView.safeNext("//malo.example/"));
    assertEquals("/", LoginView.safeNext("/\\malo.example"));
    assertEquals("/", LoginView.safeNext("javascript:alert(1)"));
  }

  @Test
  void withoutANextPageOrWithTheLoginItselfTheHomePageIsShown() {
    assertEquals("/", LoginView.safeNext(null));
    assertEquals("/", LoginView.safeNext("/login.xhtml?next=/"));
  }
}
