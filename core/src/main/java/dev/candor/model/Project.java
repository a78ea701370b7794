package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One snapshot of a project as of its reporting date: everything every audience may need, once.
 *
 * <p>Immutable. Build one in code with {@link #builder()}, or read one with {@link
 * dev.candor.io.CandorIO}.
 *
 * @param id unique project id
 * @param name project name
 * @param client the customer organisation
 * @param deliveryOrganisation the organisation delivering the project
 * @param sponsor the customer's executive sponsor
 * @param projectManager the delivery project manager
 * @param asOf the reporting (as-of) date of this snapshot
 * @param periodStart first day of the reporting period; a week before as-of when absent
 * @param phase current phase, e.g. "Build"
 * @param plannedStart baseline start
 * @param plannedFinish baseline finish
 * @param forecastFinish current forecast finish; the latest milestone forecast when absent
 * @param currency ISO 4217 currency code of every amount
 * @param goals the sponsor's objectives
 * @param summary narrative summary paragraphs
 * @param accomplishments accomplishments this period
 * @param nextPeriodPlans plans for the next period
 * @param notes further notes
 * @param statusOverride a manual overall rating with its reason
 * @param milestones milestones
 * @param tasks tasks, including customer-owned ones
 * @param issues issues
 * @param risks risks
 * @param changeOrders change orders
 * @param financials money; absent for projects reported without figures
 * @param stakeholders stakeholders
 * @param touchPoints scheduled touch points
 * @param nextReportDate when the next report is due
 * @since 0.1
 */
public record Project(
    String id,
    String name,
    String client,
    @Nullable String deliveryOrganisation,
    String sponsor,
    String projectManager,
    LocalDate asOf,
    @Nullable LocalDate periodStart,
    @Nullable String phase,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    @Nullable LocalDate forecastFinish,
    String currency,
    List<Goal> goals,
    List<TextItem> summary,
    List<TextItem> accomplishments,
    List<TextItem> nextPeriodPlans,
    List<TextItem> notes,
    @Nullable StatusOverride statusOverride,
    List<Milestone> milestones,
    List<Task> tasks,
    List<Issue> issues,
    List<Risk> risks,
    List<ChangeOrder> changeOrders,
    @Nullable Financials financials,
    List<Stakeholder> stakeholders,
    List<TouchPoint> touchPoints,
    @Nullable LocalDate nextReportDate) {

  /** Checks arguments and copies lists. */
  public Project {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(client, "client");
    requireNonNull(sponsor, "sponsor");
    requireNonNull(projectManager, "projectManager");
    requireNonNull(asOf, "asOf");
    requireNonNull(plannedStart, "plannedStart");
    requireNonNull(plannedFinish, "plannedFinish");
    requireNonNull(currency, "currency");
    goals = Checks.copy(goals);
    summary = Checks.copy(summary);
    accomplishments = Checks.copy(accomplishments);
    nextPeriodPlans = Checks.copy(nextPeriodPlans);
    notes = Checks.copy(notes);
    milestones = Checks.copy(milestones);
    tasks = Checks.copy(tasks);
    issues = Checks.copy(issues);
    risks = Checks.copy(risks);
    changeOrders = Checks.copy(changeOrders);
    stakeholders = Checks.copy(stakeholders);
    touchPoints = Checks.copy(touchPoints);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this project's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.client = client;
    b.deliveryOrganisation = deliveryOrganisation;
    b.sponsor = sponsor;
    b.projectManager = projectManager;
    b.asOf = asOf;
    b.periodStart = periodStart;
    b.phase = phase;
    b.plannedStart = plannedStart;
    b.plannedFinish = plannedFinish;
    b.forecastFinish = forecastFinish;
    b.currency = currency;
    b.goals = goals;
    b.summary = summary;
    b.accomplishments = accomplishments;
    b.nextPeriodPlans = nextPeriodPlans;
    b.notes = notes;
    b.statusOverride = statusOverride;
    b.milestones = milestones;
    b.tasks = tasks;
    b.issues = issues;
    b.risks = risks;
    b.changeOrders = changeOrders;
    b.financials = financials;
    b.stakeholders = stakeholders;
    b.touchPoints = touchPoints;
    b.nextReportDate = nextReportDate;
    return b;
  }

  /** The financials, never null, possibly empty. */
  public Optional<Financials> financialsIfPresent() {
    return Optional.ofNullable(financials);
  }

  /** The manual override, never null, possibly empty. */
  public Optional<StatusOverride> override() {
    return Optional.ofNullable(statusOverride);
  }

  /** Finds a milestone by id, never null, possibly empty. */
  public Optional<Milestone> milestone(String milestoneId) {
    return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst();
  }

  /**
   * Builds a {@link Project}. Each setter rejects null for required values; {@link #build()}
   * checks that every required value was set. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String client;
    private @Nullable String deliveryOrganisation;
    private @Nullable String sponsor;
    private @Nullable String projectManager;
    private @Nullable LocalDate asOf;
    private @Nullable LocalDate periodStart;
    private @Nullable String phase;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedFinish;
    private @Nullable LocalDate forecastFinish;
    private @Nullable String currency;
    private List<Goal> goals = List.of();
    private List<TextItem> summary = List.of();
    private List<TextItem> accomplishments = List.of();
    private List<TextItem> nextPeriodPlans = List.of();
    private List<TextItem> notes = List.of();
    private @Nullable StatusOverride statusOverride;
    private List<Milestone> milestones = List.of();
    private List<Task> tasks = List.of();
    private List<Issue> issues = List.of();
    private List<Risk> risks = List.of();
    private List<ChangeOrder> changeOrders = List.of();
    private @Nullable Financials financials;
    private List<Stakeholder> stakeholders = List.of();
    private List<TouchPoint> touchPoints = List.of();
    private @Nullable LocalDate nextReportDate;

    private Builder() {}

    /** Sets unique project id. */
    public Builder id(String id) {
      requireNonNull(id, "id");
      this.id = id;
      return this;
    }

    /** Sets project name. */
    public Builder name(String name) {
      requireNonNull(name, "name");
      this.name = name;
      return this;
    }

    /** Sets the customer organisation. */
    public Builder client(String client) {
      requireNonNull(client, "client");
      this.client = client;
      return this;
    }

    /** Sets the organisation delivering the project. */
    public Builder deliveryOrganisation(@Nullable String deliveryOrganisation) {
      this.deliveryOrganisation = deliveryOrganisation;
      return this;
    }

    /** Sets the customer's executive sponsor. */
    public Builder sponsor(String sponsor) {
      requireNonNull(sponsor, "sponsor");
      this.sponsor = sponsor;
      return this;
    }

    /** Sets the delivery project manager. */
    public Builder projectManager(String projectManager) {
      requireNonNull(projectManager, "projectManager");
      this.projectManager = projectManager;
      return this;
    }

    /** Sets the reporting (as-of) date of this snapshot. */
    public Builder asOf(LocalDate asOf) {
      requireNonNull(asOf, "asOf");
      this.asOf = asOf;
      return this;
    }

    /** Sets first day of the reporting period; a week before as-of when absent. */
    public Builder periodStart(@Nullable LocalDate periodStart) {
      this.periodStart = periodStart;
      return this;
    }

    /** Sets current phase, e.g. "Build". */
    public Builder phase(@Nullable String phase) {
      this.phase = phase;
      return this;
    }

    /** Sets baseline start. */
    public Builder plannedStart(LocalDate plannedStart) {
      requireNonNull(plannedStart, "plannedStart");
      this.plannedStart = plannedStart;
      return this;
    }

    /** Sets baseline finish. */
    public Builder plannedFinish(LocalDate plannedFinish) {
      requireNonNull(plannedFinish, "plannedFinish");
      this.plannedFinish = plannedFinish;
      return this;
    }

    /** Sets current forecast finish; the latest milestone forecast when absent. */
    public Builder forecastFinish(@Nullable LocalDate forecastFinish) {
      this.forecastFinish = forecastFinish;
      return this;
    }

    /** Sets ISO 4217 currency code of every amount. */
    public Builder currency(String currency) {
      requireNonNull(currency, "currency");
      this.currency = currency;
      return this;
    }

    /** Sets the sponsor's objectives. */
    public Builder goals(List<Goal> goals) {
      this.goals = Checks.copy(goals);
      return this;
    }

    /** Adds to the sponsor's objectives. */
    public Builder addGoal(Goal item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.goals);
      copy.add(item);
      this.goals = List.copyOf(copy);
      return this;
    }

    /** Sets narrative summary paragraphs. */
    public Builder summary(List<TextItem> summary) {
      this.summary = Checks.copy(summary);
      return this;
    }

    /** Adds to narrative summary paragraphs. */
    public Builder addSummary(TextItem item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.summary);
      copy.add(item);
      this.summary = List.copyOf(copy);
      return this;
    }

    /** Sets accomplishments this period. */
    public Builder accomplishments(List<TextItem> accomplishments) {
      this.accomplishments = Checks.copy(accomplishments);
      return this;
    }

    /** Adds to accomplishments this period. */
    public Builder addAccomplishment(TextItem item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.accomplishments);
      copy.add(item);
      this.accomplishments = List.copyOf(copy);
      return this;
    }

    /** Sets plans for the next period. */
    public Builder nextPeriodPlans(List<TextItem> nextPeriodPlans) {
      this.nextPeriodPlans = Checks.copy(nextPeriodPlans);
      return this;
    }

    /** Adds to plans for the next period. */
    public Builder addNextPeriodPlan(TextItem item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.nextPeriodPlans);
      copy.add(item);
      this.nextPeriodPlans = List.copyOf(copy);
      return this;
    }

    /** Sets further notes. */
    public Builder notes(List<TextItem> notes) {
      this.notes = Checks.copy(notes);
      return this;
    }

    /** Adds to further notes. */
    public Builder addNote(TextItem item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.notes);
      copy.add(item);
      this.notes = List.copyOf(copy);
      return this;
    }

    /** Sets a manual overall rating with its reason. */
    public Builder statusOverride(@Nullable StatusOverride statusOverride) {
      this.statusOverride = statusOverride;
      return this;
    }

    /** Sets milestones. */
    public Builder milestones(List<Milestone> milestones) {
      this.milestones = Checks.copy(milestones);
      return this;
    }

    /** Adds to milestones. */
    public Builder addMilestone(Milestone item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.milestones);
      copy.add(item);
      this.milestones = List.copyOf(copy);
      return this;
    }

    /** Sets tasks, including customer-owned ones. */
    public Builder tasks(List<Task> tasks) {
      this.tasks = Checks.copy(tasks);
      return this;
    }

    /** Adds to tasks, including customer-owned ones. */
    public Builder addTask(Task item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.tasks);
      copy.add(item);
      this.tasks = List.copyOf(copy);
      return this;
    }

    /** Sets issues. */
    public Builder issues(List<Issue> issues) {
      this.issues = Checks.copy(issues);
      return this;
    }

    /** Adds to issues. */
    public Builder addIssue(Issue item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.issues);
      copy.add(item);
      this.issues = List.copyOf(copy);
      return this;
    }

    /** Sets risks. */
    public Builder risks(List<Risk> risks) {
      this.risks = Checks.copy(risks);
      return this;
    }

    /** Adds to risks. */
    public Builder addRisk(Risk item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.risks);
      copy.add(item);
      this.risks = List.copyOf(copy);
      return this;
    }

    /** Sets change orders. */
    public Builder changeOrders(List<ChangeOrder> changeOrders) {
      this.changeOrders = Checks.copy(changeOrders);
      return this;
    }

    /** Adds to change orders. */
    public Builder addChangeOrder(ChangeOrder item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.changeOrders);
      copy.add(item);
      this.changeOrders = List.copyOf(copy);
      return this;
    }

    /** Sets money; absent for projects reported without figures. */
    public Builder financials(@Nullable Financials financials) {
      this.financials = financials;
      return this;
    }

    /** Sets stakeholders. */
    public Builder stakeholders(List<Stakeholder> stakeholders) {
      this.stakeholders = Checks.copy(stakeholders);
      return this;
    }

    /** Adds to stakeholders. */
    public Builder addStakeholder(Stakeholder item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.stakeholders);
      copy.add(item);
      this.stakeholders = List.copyOf(copy);
      return this;
    }

    /** Sets scheduled touch points. */
    public Builder touchPoints(List<TouchPoint> touchPoints) {
      this.touchPoints = Checks.copy(touchPoints);
      return this;
    }

    /** Adds to scheduled touch points. */
    public Builder addTouchPoint(TouchPoint item) {
      requireNonNull(item, "item");
      var copy = new ArrayList<>(this.touchPoints);
      copy.add(item);
      this.touchPoints = List.copyOf(copy);
      return this;
    }

    /** Sets when the next report is due. */
    public Builder nextReportDate(@Nullable LocalDate nextReportDate) {
      this.nextReportDate = nextReportDate;
      return this;
    }

    /**
     * Builds the project.
     *
     * @throws NullPointerException naming the first required value that was not set
     */
    public Project build() {
      return new Project(id, name, client, deliveryOrganisation, sponsor, projectManager, asOf, periodStart, phase, plannedStart, plannedFinish, forecastFinish, currency, goals, summary, accomplishments, nextPeriodPlans, notes, statusOverride, milestones, tasks, issues, risks, changeOrders, financials, stakeholders, touchPoints, nextReportDate);
    }
  }
}
