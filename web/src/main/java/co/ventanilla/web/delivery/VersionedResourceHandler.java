package co.ventanilla.web.delivery;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

/**
 * Puts a version on the URL of every Faces resource that has none (our style sheets, scripts and
 * images, and Faces' own {@code faces.js}), so that {@link ResourceCacheFilter} may let browsers
 * keep it for a year. The version is this deployment's start time: a new WAR, a restart or an
 * upgraded Payara gives new URLs, so a browser never uses an old copy. Resources that carry a
 * version already (PrimeFaces' {@code v=15.0.13}) keep theirs. Faces ignores the parameter when it
 * serves the resource.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

  /** The query parameter that carries the version (the one PrimeFaces uses). */
  public static final String PARAMETER = "v";

  private static final String VERSION = Long.toString(System.currentTimeMillis(), 36);

  public VersionedResourceHandler(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private static Resource versioned(Resource resource) {
    return resource == null ? null : new Versioned(resource);
  }

  /** Adds {@code v=<version>} to a request path that has no version. */
  static String withVersion(String path, String version) {
    if (path == null
        || path.contains("?" + PARAMETER + "=")
        || path.contains("&" + PARAMETER + "=")) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + version;
  }

  private static final class Versioned extends ResourceWrapper {

    Versioned(Resource resource) {
      super(resource);
    }

    @Override
    public String getRequestPath() {
      return withVersion(super.getRequestPath(), VERSION);
    }
  }
}
