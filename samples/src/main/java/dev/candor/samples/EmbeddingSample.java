package dev.candor.samples;

import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import dev.candor.model.Issue;
import dev.candor.model.IssueStatus;
import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Option;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Severity;
import dev.candor.model.TextItem;
import dev.candor.model.Visibility;
import dev.candor.render.RenderOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Embedding Candor in a few lines: build a project in code, then render the executive PDF and the
 * client-financial HTML.
 *
 * <p>Run: {@code java dev.candor.samples.EmbeddingSample [OUT_DIR]}.
 *
 * @since 0.1
 */
public final class EmbeddingSample {
  private EmbeddingSample() {}

  /** Renders into {@code args[0]} (default {@code target/samples/embedding}). */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "target/samples/embedding");
    run(out).forEach(p -> System.out.println("wrote " + p));
  }

  /** Renders the two reports into {@code out} and returns their paths. */
  public static List<Path> run(Path out) {
    Project project = project();
    // A fixed clock makes "days left" reproducible; production code uses Candor.create().
    Candor candor = Candor.builder().clock(Clock.fixed(project.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();

    Path pdf = out.resolve(project.id() + "-executive.pdf");
    candor.renderToFile(candor.view(project, Audience.executive()), "pdf", RenderOptions.defaults(), pdf);

    Path html = out.resolve(project.id() + "-client-financial.html");
    candor.renderToFile(candor.view(project, Audience.clientFinancial()), "html", RenderOptions.defaults(), html);
    return List.of(pdf, html);
  }

  /** A small CRM rollout, built in code. */
  public static Project project() {
    return Project.builder()
        .id("crm-rollout")
        .name("CRM rollout")
        .client("Harbor Insurance")
        .deliveryOrganisation("Lumen Consulting")
        .sponsor("Grace Okafor")
        .projectManager("Daniel Brandt")
        .asOf(LocalDate.of(2026, 5, 15))
        .phase("Build")
        .plannedStart(LocalDate.of(2026, 2, 2))
        .plannedFinish(LocalDate.of(2026, 7, 31))
        .currency("EUR")
        .addSummary(TextItem.of("Build is two weeks behind on data migration; go-live holds if the sandbox decision is made by 22 May."))
        .addAccomplishment(TextItem.of("Sales pipeline module accepted by the client."))
        .addNextPeriodPlan(TextItem.of("Second migration rehearsal with production-sized data."))
        .addMilestone(new Milestone("M1", "Design signed off", LocalDate.of(2026, 3, 13), null, LocalDate.of(2026, 3, 13),
            MilestoneStatus.DONE, Party.DELIVERY, true, true, List.of(), null, Visibility.CLIENT))
        .addMilestone(new Milestone("M2", "Data migration rehearsed", LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 12), null,
            MilestoneStatus.IN_PROGRESS, Party.DELIVERY, true, false, List.of(), null, Visibility.CLIENT))
        .addMilestone(new Milestone("M3", "Go-live", LocalDate.of(2026, 7, 31), LocalDate.of(2026, 7, 31), null,
            MilestoneStatus.PLANNED, Party.DELIVERY, true, true, List.of(), null, Visibility.CLIENT))
        .addIssue(new Issue("I1", "No production-sized sandbox for the migration rehearsal",
            "The rehearsal needs a sandbox with a full data copy; the current one holds 10% of the records.",
            Severity.HIGH, LocalDate.of(2026, 5, 8), "Daniel Brandt", IssueStatus.AWAITING_DECISION, 14, new BigDecimal("18000"),
            List.of(
                new Option("I1-A", "Rent a full-copy sandbox for two months", new BigDecimal("6500"), 0,
                    List.of("Go-live date holds"), List.of("Extra licence cost")),
                new Option("I1-B", "Rehearse on the partial sandbox", BigDecimal.ZERO, 14,
                    List.of("No extra cost"), List.of("Performance problems found late"))),
            "I1-A", "Grace Okafor", LocalDate.of(2026, 5, 22), new BigDecimal("4000"), null, "M2", Visibility.CLIENT))
        .financials(new Financials(new BigDecimal("480000"), new BigDecimal("560000"), new BigDecimal("231000"),
            new BigDecimal("214000"), null, null, new BigDecimal("240000"), new BigDecimal("200000"),
            List.of(
                new FinancialPeriod(LocalDate.of(2026, 3, 31), new BigDecimal("120000"), new BigDecimal("118000"), new BigDecimal("121000")),
                new FinancialPeriod(LocalDate.of(2026, 4, 30), new BigDecimal("200000"), new BigDecimal("186000"), new BigDecimal("199000"))),
            List.of()))
        .build();
  }
}
