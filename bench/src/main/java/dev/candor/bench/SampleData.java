package dev.candor.bench;

import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.Project;
import dev.candor.model.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fixed data every benchmark renders: the sample project ({@code samples/data/project.json},
 * copied into the bench's resources at build time) and projects of any size generated from it
 * deterministically (no randomness: the same size gives the same project on every run).
 */
public final class SampleData {
  private static final String BASE = "/dev/candor/bench/data/";
  private static volatile @Nullable Project sample;
  private static volatile @Nullable Project previous;

  private SampleData() {}

  /** The sample project (a 9-month ERP rollout). */
  public static Project project() {
    Project p = sample;
    if (p == null) {
      p = read("project.json");
      sample = p;
    }
    return p;
  }

  /** The sample project's previous snapshot, which drives "changes since the last report". */
  public static Project previous() {
    Project p = previous;
    if (p == null) {
      p = read("project-previous.json");
      previous = p;
    }
    return p;
  }

  /** A clock fixed at the sample's as-of date, so "days left" and "overdue" never drift between runs. */
  public static Clock clock() {
    return Clock.fixed(project().asOf().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(12 * 3600), ZoneOffset.UTC);
  }

  private static Project read(String name) {
    try (InputStream in = SampleData.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Sample data " + name + " is not on the class path; build the bench module with Maven"
                + " (it copies samples/data/ into its resources).");
      }
      return CandorIO.readProject(new String(in.readAllBytes(), StandardCharsets.UTF_8), Format.JSON, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sample project with exactly {@code n} milestones, {@code n} issues and {@code n} tasks: the
   * sample's items repeated in rounds, each copy with its own id and name, planned dates shifted by a
   * week per round (dates already past stay), and references (issue and task to milestone) pointing at an item of the same round.
   */
  public static Project sized(int n) {
    return resize(project(), n, n, n, "");
  }

  /**
   * Project number {@code i} of a generated batch: the sample with its own id and name and a
   * size between 5 and 40 items of each kind that cycles with {@code i}.
   */
  public static Project generated(int i) {
    int n = 5 + (i * 7) % 36;
    Project p = resize(project(), n, n, n, "");
    return p.toBuilder().id(p.id() + "-" + i).name(p.name() + " #" + i).build();
  }

  private static Project resize(Project p, int milestones, int issues, int tasks, String tag) {
    List<Milestone> ms = p.milestones();
    List<Milestone> outMs = new ArrayList<>(milestones);
    for (int i = 0; i < milestones; i++) {
      Milestone m = ms.get(i % ms.size());
      int round = i / ms.size();
      outMs.add(
          round == 0
              ? m
              : new Milestone(
                  m.id() + "-" + round + tag,
                  m.name() + " (" + (round + 1) + ")",
                  m.baseline().plusWeeks(round),
                  m.forecast() == null ? null : m.forecast().plusWeeks(round),
                  m.actual(),
                  m.status(),
                  m.owner(),
                  m.key(),
                  m.signOff(),
                  m.goalIds(),
                  m.description(),
                  m.visibility()));
    }
    List<Issue> is = p.issues();
    List<Issue> outIs = new ArrayList<>(issues);
    for (int i = 0; i < issues; i++) {
      Issue x = is.get(i % is.size());
      int round = i / is.size();
      outIs.add(
          round == 0 && (x.milestoneId() == null || exists(x.milestoneId(), 0, ms, milestones))
              ? x
              : new Issue(
                  x.id() + (round == 0 ? "" : "-" + round + tag),
                  round == 0 ? x.title() : x.title() + " (" + (round + 1) + ")",
                  x.description(),
                  x.severity(),
                  x.raised(),
                  x.owner(),
                  x.status(),
                  x.scheduleImpactDays(),
                  x.costImpact(),
                  x.options(),
                  x.recommendedOptionId(),
                  x.decider(),
                  x.decideBy() == null ? null : x.decideBy().plusWeeks(round),
                  x.costOfDelay(),
                  x.decision(),
                  milestoneRef(x.milestoneId(), round, ms, milestones, tag),
                  x.visibility()));
    }
    List<Task> ts = p.tasks();
    List<Task> outTs = new ArrayList<>(tasks);
    for (int i = 0; i < tasks; i++) {
      Task t = ts.get(i % ts.size());
      int round = i / ts.size();
      outTs.add(
          round == 0 && (t.milestoneId() == null || exists(t.milestoneId(), 0, ms, milestones))
              ? t
              : new Task(
                  t.id() + (round == 0 ? "" : "-" + round + tag),
                  round == 0 ? t.name() : t.name() + " (" + (round + 1) + ")",
                  t.owner(),
                  t.assignee(),
                  t.due() == null ? null : t.due().plusWeeks(round),
                  t.done(),
                  t.status(),
                  t.percentComplete(),
                  t.key(),
                  t.signOff(),
                  milestoneRef(t.milestoneId(), round, ms, milestones, tag),
                  t.visibility()));
    }
    return p.toBuilder().milestones(outMs).issues(outIs).tasks(outTs).build();
  }

  private static boolean exists(String milestoneId, int round, List<Milestone> sample, int count) {
    for (int j = 0; j < sample.size(); j++) {
      if (sample.get(j).id().equals(milestoneId)) {
        return j + round * sample.size() < count;
      }
    }
    return false;
  }

  /** The copy of the referenced milestone in the same round, else in round 0, else none. */
  private static @Nullable String milestoneRef(
      @Nullable String milestoneId, int round, List<Milestone> sample, int count, String tag) {
    if (milestoneId == null) {
      return null;
    }
    if (exists(milestoneId, round, sample, count)) {
      return round == 0 ? milestoneId : milestoneId + "-" + round + tag;
    }
    return exists(milestoneId, 0, sample, count) ? milestoneId : null;
  }
}
