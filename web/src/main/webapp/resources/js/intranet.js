/*
 * Tells the user why an AJAX request of the intranet failed, instead of leaving the screen as it
 * was: a refusal (403) shows the reason the server gave (header X-Ventanilla-Reason, "No tiene
 * acceso al caso ..."), an ended session (401) asks to log in again, anything else asks
 * to reload. The texts come from the bundle through the data-* attributes of #ajaxError.
 */
(function ($) {
  'use strict';

  /** The reason the server gave: header X-Ventanilla-Reason (AccessDeniedHandlerFactory). */
  function reasonOf(xhr) {
    var header = xhr && xhr.getResponseHeader ? xhr.getResponseHeader('X-Ventanilla-Reason') : null;
    if (!header) {
      return '';
    }
    try {
      return decodeURIComponent(header).trim();
    } catch (malformed) {
      return '';
    }
  }

  $(document).on('pfAjaxError', function (event, xhr) {
    var box = document.getElementById('ajaxError');
    if (!box) {
      return;
    }
    var status = xhr ? xhr.status : 0;
    var text;
    if (status === 403) {
      text = reasonOf(xhr) || box.dataset.forbidden;
    } else if (status === 401) {
      text = box.dataset.expired;
    } else {
      text = box.dataset.failed;
    }
    document.getElementById('ajaxErrorText').textContent = text;
    box.hidden = false;
  });

  $(document).on('click', '.vt-ajax-error-close', function () {
    document.getElementById('ajaxError').hidden = true;
  });
})(jQuery);
