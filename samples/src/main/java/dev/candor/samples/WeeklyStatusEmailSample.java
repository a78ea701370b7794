package dev.candor.samples;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The weekly status e-mail: an e-mail-safe HTML body, the Markdown report as the plain-text
 * alternative, and the PDF attached, sent over SMTP with Jakarta Mail (Eclipse Angus).
 *
 * <p>Run: {@code java dev.candor.samples.WeeklyStatusEmailSample SMTP_HOST SMTP_PORT TO [PROJECT]
 * [PREVIOUS]}.
 *
 * @since 0.1
 */
public final class WeeklyStatusEmailSample {
  private WeeklyStatusEmailSample() {}

  /** Sends the sponsor report of {@code data/project.json} (or args[3]) to {@code args[2]}. */
  public static void main(String[] args) throws MessagingException {
    if (args.length < 3) {
      System.err.println("usage: WeeklyStatusEmailSample SMTP_HOST SMTP_PORT TO [PROJECT] [PREVIOUS]");
      System.exit(2);
    }
    Project project = CandorIO.readProject(Path.of(args.length > 3 ? args[3] : "data/project.json"));
    Project previous = CandorIO.readProject(Path.of(args.length > 4 ? args[4] : "data/project-previous.json"));
    MimeMessage m = message(project, previous, Audience.sponsor(), session(args[0], Integer.parseInt(args[1])),
        "status@candor.example", args[2]);
    Transport.send(m);
    System.out.println("sent '" + m.getSubject() + "' to " + args[2]);
  }

  /** A session for a plain SMTP server (add authentication and STARTTLS for a real relay). */
  public static Session session(String host, int port) {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    return Session.getInstance(props);
  }

  /** Builds the message: multipart/mixed of (text/plain + text/html alternatives) and the PDF. */
  public static MimeMessage message(
      Project project, @Nullable Project previous, Audience audience, Session session, String from, String to)
      throws MessagingException {
    Candor candor = Candor.builder().clock(Clock.fixed(project.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    ReportView view = candor.view(project, audience, previous);
    MimeMessage m = message(candor, view, project.id() + "-" + audience.id(), session, from, to);
    m.setSentDate(new Date(project.asOf().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
    return m;
  }

  /**
   * Builds the message for a prepared view with the "md", "html-email" and "pdf" renderers of
   * {@code candor}; the PDF is attached as {@code <fileStem>.pdf}.
   */
  public static MimeMessage message(Candor candor, ReportView view, String fileStem, Session session, String from, String to)
      throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(render(candor, view, "md"), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(render(candor, view, "html-email"), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text); // least preferred first
    alternative.addBodyPart(html);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);

    MimeBodyPart pdf = new MimeBodyPart();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    candor.render(view, "pdf", RenderOptions.defaults(), bytes);
    pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes.toByteArray(), "application/pdf")));
    pdf.setFileName(fileStem + ".pdf");
    pdf.setDisposition(MimeBodyPart.ATTACHMENT);

    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(body);
    mixed.addBodyPart(pdf);

    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(from));
    m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    m.setSubject("Status " + view.meta().asOf() + ": " + view.meta().subjectName() + " (" + view.meta().audienceName() + ")", "UTF-8");
    m.setContent(mixed);
    return m;
  }

  private static String render(Candor candor, ReportView view, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    candor.render(view, format, RenderOptions.defaults(), out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
