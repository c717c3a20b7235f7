package co.ventanilla.integration.mail;

import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;

/**
 * Reads a mail's bytes from the server without asking the server to describe it first.
 *
 * <p>Jakarta Mail loads the IMAP {@code ENVELOPE} (sender, subject, date, size) before it answers
 * {@code getSize()}, {@code getFrom()} or {@code getReceivedDate()}; for some real mail (a bounce
 * from {@code MAILER-DAEMON <>}, a {@code From:} without a domain) the server's envelope cannot be
 * parsed and every one of those calls throws {@code Failed to load IMAP envelope}. Such a mail was
 * read again on every poll, forever. Here the raw MIME is fetched with {@code BODY.PEEK[]}, which
 * needs no envelope, and, if even that fails, by its UID with a plain {@code UID FETCH}; only the
 * bytes are trusted, and they are parsed by {@link MailTranslator}.
 */
final class RawMail {

  private static final Logger LOG = Logger.getLogger(RawMail.class.getName());

  private RawMail() {}

  /**
   * The mail exactly as the server keeps it, not flagging it {@code \Seen} (peek).
   *
   * @throws MessagingException when neither way gives the bytes
   */
  static byte[] read(Message mail) throws MessagingException, IOException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      mail.writeTo(out); // BODY.PEEK[]: does not set \Seen, does not need the envelope
      return out.toByteArray();
    } catch (MessagingException | IOException | RuntimeException e) {
      if (serverTrouble(e) || !(mail instanceof IMAPMessage imap)) {
        throw e;
      }
      try {
        IMAPFolder folder = (IMAPFolder) imap.getFolder();
        long uid = folder.getUID(imap);
        byte[] raw = fetchByUid(folder, uid);
        if (raw == null) {
          throw e;
        }
        LOG.warning(
            () ->
                "Mail UID "
                    + uid
                    + " could not be read as a message ("
                    + e.getMessage()
                    + "); read by UID instead, "
                    + raw.length
                    + " bytes");
        return raw;
      } catch (MessagingException | RuntimeException fallback) {
        if (fallback != e) {
          e.addSuppressed(fallback);
        }
        throw e;
      }
    }
  }

  /**
   * The raw bytes of the mail with {@code uid} in {@code folder} (open), by {@code UID FETCH uid
   * (BODY.PEEK[])}; {@code null} when the server sends none.
   */
  static byte[] fetchByUid(IMAPFolder folder, long uid) throws MessagingException {
    return (byte[])
        folder.doCommand(
            protocol -> {
              Response[] responses = protocol.command("UID FETCH " + uid + " (BODY.PEEK[])", null);
              byte[] found = null;
              for (Response r : responses) {
                if (r instanceof FetchResponse fetch) {
                  BODY body = fetch.getItem(BODY.class);
                  if (body != null && body.getByteArray() != null) {
                    found = body.getByteArray().getNewBytes();
                  }
                }
              }
              protocol.handleResult(responses[responses.length - 1]);
              return found;
            });
  }

  /**
   * When our server received the mail (IMAP {@code INTERNALDATE}); {@code null} when it cannot tell
   * (the same envelope failure) or tells nothing.
   */
  static Instant deliveredAt(Message mail) {
    try {
      Date received = mail.getReceivedDate();
      return received == null ? null : received.toInstant();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether {@code e} is the server's or the connection's trouble (closed, timed out), not the
   * mail's: then nothing is counted against the mail.
   */
  static boolean serverTrouble(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FolderClosedException
          || t instanceof StoreClosedException
          || t instanceof ConnectionException
          || t instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
