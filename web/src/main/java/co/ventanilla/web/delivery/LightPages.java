package co.ventanilla.web.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * The public pages a citizen opens on a phone (filing, status, and the login page that shares their
 * template) are built from plain Faces components and {@code ventanilla.css} only: no PrimeFaces
 * widget, so no PrimeFaces script or theme (about 1.2 MB before compression). {@code
 * primefaces.THEME} in {@code web.xml} asks this bean, so every other page keeps the Saga theme.
 *
 * <p>Their scripts (Faces' {@code faces.js} for the few AJAX actions) are moved from the head to
 * the end of the body, so they do not hold up the first paint: {@link ScriptsToBottom}, registered
 * in {@code faces-config.xml} for {@code PreRenderViewEvent}.
 */
@Named
@ApplicationScoped
public class LightPages {

  /** The views rendered without PrimeFaces. */
  static final Set<String> VIEWS = Set.of("/radicar.xhtml", "/consulta.xhtml", "/login.xhtml");

  /** The PrimeFaces theme of the current view: {@code none} for a light page, else Saga. */
  public String getTheme() {
    return isLight(FacesContext.getCurrentInstance()) ? "none" : "saga";
  }

  /** Whether the current view is one of {@link #VIEWS}. */
  static boolean isLight(FacesContext faces) {
    UIViewRoot root = faces == null ? null : faces.getViewRoot();
    return root != null && VIEWS.contains(root.getViewId());
  }

  /** Before a light page renders, moves the scripts its head would load to the end of its body. */
  public static class ScriptsToBottom implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (!isLight(faces) || faces.getPartialViewContext().isAjaxRequest()) {
        return;
      }
      UIViewRoot root = faces.getViewRoot();
      // PrimeFaces' head adds its icon font and its client-side texts to every page; no widget
      // here uses them, so they count as already there (PrimeFaces then leaves them out).
      ResourceHandler resources = faces.getApplication().getResourceHandler();
      resources.markResourceRendered(faces, "primeicons/primeicons.css", "primefaces");
      for (String language : List.of("es", "en", root.getLocale().getLanguage())) {
        resources.markResourceRendered(faces, "locales/locale-" + language + ".js", "primefaces");
      }
      for (UIComponent resource : List.copyOf(root.getComponentResources(faces, "head"))) {
        if ("jakarta.faces.resource.Script".equals(resource.getRendererType())) {
          root.removeComponentResource(faces, resource, "head");
          root.addComponentResource(faces, resource, "body");
        }
      }
    }
  }
}
