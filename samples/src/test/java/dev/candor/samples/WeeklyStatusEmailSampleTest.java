package dev.candor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import dev.candor.Candor;
import dev.candor.render.Renderers;
import dev.candor.render.markdown.MarkdownRenderer;
import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import dev.candor.testing.ViewFixtures;
import dev.candor.view.ReportView;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WeeklyStatusEmailSampleTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  /** Stand-ins for renderers not merged yet, so the mail plumbing is tested today. */
  private static final class Stub implements Renderer {
    private final String id;
    private final String type;
    private final String body;

    Stub(String id, String type, String body) {
      this.id = id;
      this.type = type;
      this.body = body;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String mediaType() {
      return type;
    }

    @Override
    public String fileExtension() {
      return id;
    }

    @Override
    public int spiVersion() {
      return SPI_VERSION;
    }

    @Override
    public void render(RenderContext context, OutputStream out) throws IOException {
      out.write(body.replace("{title}", context.view().meta().subjectName()).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void message_fixtureViewOverRealSmtp_mimeStructureArrives() throws Exception {
    Candor candor = Candor.builder()
        .renderers(Renderers.of(new MarkdownRenderer(),
            new Stub("html-email", "text/html", "<table><tr><td>{title}</td></tr></table>"),
            new Stub("pdf", "application/pdf", "%PDF-1.7 stub")))
        .build();
    ReportView view = ViewFixtures.everyBlock(false);
    Session session = WeeklyStatusEmailSample.session("127.0.0.1", SMTP.getSmtp().getPort());

    Transport.send(WeeklyStatusEmailSample.message(candor, view, "fixture-sponsor", session, "status@candor.example", "pm@client.example"));

    assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage m = SMTP.getReceivedMessages()[0];
    assertThat(m.getSubject()).contains(view.meta().subjectName());
    Multipart mixed = (Multipart) m.getContent();
    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat((String) alternative.getBodyPart(0).getContent()).contains(view.meta().audienceName(), view.meta().asOf());
    assertThat((String) alternative.getBodyPart(1).getContent()).isEqualTo("<table><tr><td>" + view.meta().subjectName() + "</td></tr></table>");
    assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("fixture-sponsor.pdf");
    assertThat(mixed.getBodyPart(1).getContentType()).startsWith("application/pdf");
  }

  @Test
  void main_sendsHtmlBodyPlainTextAlternativeAndPdf() throws Exception {
    Needs.renderers("html-email", "md", "pdf");
    Needs.views();
    int port = SMTP.getSmtp().getPort();

    WeeklyStatusEmailSample.main(new String[] {"127.0.0.1", Integer.toString(port), "sponsor@client.example"});

    assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("sponsor@client.example");
    assertThat(m.getSubject()).startsWith("Status ").contains("Sponsor report");

    Multipart mixed = (Multipart) m.getContent();
    assertThat(mixed.getContentType()).startsWith("multipart/mixed");
    assertThat(mixed.getCount()).isEqualTo(2);

    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat(alternative.getContentType()).startsWith("multipart/alternative");
    BodyPart plain = alternative.getBodyPart(0);
    BodyPart html = alternative.getBodyPart(1);
    assertThat(plain.getContentType()).startsWith("text/plain");
    assertThat(html.getContentType()).startsWith("text/html");
    assertThat((String) html.getContent()).containsIgnoringCase("<table");
    assertThat(((String) plain.getContent()).strip()).isNotEmpty();

    BodyPart pdf = mixed.getBodyPart(1);
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(pdf.getFileName()).endsWith("-sponsor.pdf");
    try (InputStream in = pdf.getInputStream()) {
      assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
  }
}
