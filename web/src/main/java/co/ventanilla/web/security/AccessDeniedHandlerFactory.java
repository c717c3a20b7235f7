package co.ventanilla.web.security;

import co.ventanilla.cases.access.CaseAccessDenied;
import co.ventanilla.staff.NotAuthenticated;
import co.ventanilla.staff.RoleRequired;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns a refused access met while rendering a page or running an AJAX action into the HTTP answer
 * it is: {@code 403} with the Spanish reason for a case one may not see or act on (a URL typed by
 * hand, an AJAX call with another radicado), {@code 401} when the session ran out. Other exceptions
 * go on to Faces' and PrimeFaces' handling.
 */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {

  /** Request attribute with the reason the error pages show ({@code error/403.xhtml}). */
  public static final String ERROR_MESSAGE = "co.ventanilla.error";

  /**
   * Response header with the reason, URL-encoded in UTF-8, for an AJAX request: its error page is
   * rendered as a partial response that carries no text, so {@code resources/js/intranet.js} reads
   * the reason from here to tell the person why nothing happened.
   */
  public static final String REASON_HEADER = "X-Ventanilla-Reason";

  public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        if (thrown instanceof ViewExpiredException expired && reloaded(expired)) {
          events.remove();
          continue;
        }
        Throwable cause = thrown;
        while (cause != null
            && !(cause instanceof CaseAccessDenied)
            && !(cause instanceof RoleRequired)
            && !(cause instanceof NotAuthenticated)) {
          cause = cause.getCause();
        }
        if (cause != null) {
          events.remove();
          answer(cause);
        }
      }
      getWrapped().handle();
    }

    /**
     * A view that cannot be restored (the session ran out, the server restarted, or someone sent a
     * forged {@code ViewState}) in an AJAX request: Faces would answer a partial "error" naming the
     * exception in English, which the page cannot show. The browser is sent to the same page afresh
     * instead (and from there to the login when the session is gone). Whole-page posts go to the
     * error page of {@code web.xml}.
     */
    private static boolean reloaded(ViewExpiredException expired) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces == null || !faces.getPartialViewContext().isAjaxRequest()) {
        return false;
      }
      ExternalContext external = faces.getExternalContext();
      try {
        if (!external.isResponseCommitted()) {
          external.responseReset();
          external.redirect(
              external.getRequestContextPath()
                  + (expired.getViewId() == null ? "/" : expired.getViewId()));
        }
      } catch (IOException e) {
        throw new FacesException(e);
      }
      faces.responseComplete();
      return true;
    }

    private static void answer(Throwable refusal) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      int status =
          refusal instanceof NotAuthenticated
              ? HttpServletResponse.SC_UNAUTHORIZED
              : HttpServletResponse.SC_FORBIDDEN;
      String message =
          refusal instanceof CaseAccessDenied denied
              ? denied.message(co.ventanilla.web.i18n.Texts.of(faces).locale())
              : refusal.getMessage();
      try {
        if (!external.isResponseCommitted()) {
          external.getRequestMap().put(ERROR_MESSAGE, message);
          external.responseReset();
          if (message != null && faces.getPartialViewContext().isAjaxRequest()) {
            external.setResponseHeader(
                REASON_HEADER,
                java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
          }
          external.responseSendError(status, message);
        }
      } catch (IOException e) {
        throw new FacesException(e);
      }
      faces.responseComplete();
    }
  }
}
