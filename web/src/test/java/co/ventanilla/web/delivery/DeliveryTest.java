package co.ventanilla.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeliveryTest {

  @Test
  void gzipOnlyWhenTheBrowserAcceptsIt() {
    assertTrue(CompressionFilter.acceptsGzip("gzip, deflate, br"));
    assertTrue(CompressionFilter.acceptsGzip("br;q=1.0, gzip;q=0.8"));
    assertTrue(CompressionFilter.acceptsGzip("*"));
    assertFalse(CompressionFilter.acceptsGzip(null));
    assertFalse(CompressionFilter.acceptsGzip("br, deflate"));
    assertFalse(CompressionFilter.acceptsGzip("gzip;q=0"));
    assertFalse(CompressionFilter.acceptsGzip("gzip; q=0.000"));
  }

  @Test
  void onlyTextIsCompressed() {
    assertTrue(CompressionFilter.compressible("text/html;charset=UTF-8"));
    assertTrue(CompressionFilter.compressible("application/javascript"));
    assertTrue(CompressionFilter.compressible("text/css"));
    assertTrue(CompressionFilter.compressible("application/json"));
    assertTrue(CompressionFilter.compressible("image/svg+xml"));
    assertFalse(CompressionFilter.compressible("application/pdf"));
    assertFalse(CompressionFilter.compressible("image/png"));
    assertFalse(CompressionFilter.compressible("font/woff2"));
    assertFalse(CompressionFilter.compressible(null));
  }

  @Test
  void aResourceWithoutVersionGetsThisDeploymentsVersion() {
    assertEquals(
        "/jakarta.faces.resource/css/ventanilla.css.xhtml?v=abc",
        VersionedResourceHandler.withVersion(
            "/jakarta.faces.resource/css/ventanilla.css.xhtml", "abc"));
    assertEquals(
        "/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces&v=abc",
        VersionedResourceHandler.withVersion(
            "/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "abc"));
    String primefaces = "/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13";
    assertEquals(primefaces, VersionedResourceHandler.withVersion(primefaces, "abc"));
  }
}
