package dev.candor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.Financials;
import dev.candor.model.Issue;
import dev.candor.model.IssueStatus;
import dev.candor.model.Milestone;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Risk;
import dev.candor.model.Severity;
import dev.candor.model.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HealthProperties {
  @Provide
  Arbitrary<Project> projects() {
    return ProjectGen.projects();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property
  void everyNonGreenRatingHasAReason(@ForAll("projects") Project p) {
    Health h = Analysis.of(p, null, HealthThresholds.defaults()).health();
    for (Rating r : h.ratings()) {
      assertThat(r.rag() == Rag.GREEN || !r.reasons().isEmpty()).as(r.dimension().name()).isTrue();
      assertThat(r.reasons()).allMatch(s -> !s.isBlank());
    }
    assertThat(h.computed() == Rag.GREEN || !h.reasons().isEmpty()).isTrue();
  }

  @Property(tries = 500)
  void makingAnyInputWorseNeverImprovesHealth(@ForAll("projects") Project p, @ForAll("seeds") long seed) {
    Random r = new Random(seed);
    Project worse = p;
    for (int i = 0; i < 1 + r.nextInt(3); i++) {
      worse = worsen(worse, r);
    }
    Health before = Analysis.of(p, null, HealthThresholds.defaults()).health();
    Health after = Analysis.of(worse, null, HealthThresholds.defaults()).health();
    for (Dimension d : Dimension.values()) {
      assertThat(after.rating(d).rag().isBetterThan(before.rating(d).rag()))
          .as("%s went from %s to %s", d, before.rating(d).rag(), after.rating(d).rag())
          .isFalse();
    }
    assertThat(after.computed().isBetterThan(before.computed())).isFalse();
  }

  /** One change that is unambiguously bad news. */
  static Project worsen(Project p, Random r) {
    switch (r.nextInt(8)) {
      case 0 -> {
        // A future milestone's forecast moves later.
        List<Milestone> ms = new ArrayList<>(p.milestones());
        for (int i = 0; i < ms.size(); i++) {
          Milestone m = ms.get(i);
          if (!m.isDone() && !m.forecastOrBaseline().isBefore(p.asOf())) {
            ms.set(i, new Milestone(m.id(), m.name(), m.baseline(), m.forecastOrBaseline().plusDays(1 + r.nextInt(30)), null,
                m.status(), m.owner(), m.key(), m.signOff(), m.goalIds(), m.description(), m.visibility()));
            return p.toBuilder().milestones(ms).build();
          }
        }
        return p;
      }
      case 1 -> {
        // More actual cost for the same work.
        Financials f = p.financials();
        if (f == null || f.actualCost() == null) {
          return p;
        }
        return p.toBuilder()
            .financials(new Financials(f.budgetAtCompletion(), f.contractValue(), f.actualCost().add(BigDecimal.valueOf(1 + r.nextInt(100_000))),
                f.earnedValue(), f.percentComplete(), f.estimateAtCompletion(), f.invoiced(), f.paid(), f.periods(), f.costLines()))
            .build();
      }
      case 2 -> {
        List<Issue> is = new ArrayList<>(p.issues());
        for (int i = 0; i < is.size(); i++) {
          Issue x = is.get(i);
          if (x.severity() != Severity.CRITICAL) {
            is.set(i, new Issue(x.id(), x.title(), x.description(), Severity.values()[x.severity().ordinal() + 1], x.raised(), x.owner(),
                x.status(), x.scheduleImpactDays(), x.costImpact(), x.options(), x.recommendedOptionId(), x.decider(), x.decideBy(),
                x.costOfDelay(), x.decision(), x.milestoneId(), x.visibility()));
            return p.toBuilder().issues(is).build();
          }
        }
        return p;
      }
      case 3 -> {
        List<Risk> rs = new ArrayList<>(p.risks());
        if (rs.isEmpty()) {
          return p;
        }
        int i = r.nextInt(rs.size());
        Risk k = rs.get(i);
        rs.set(i, new Risk(k.id(), k.title(), Math.min(5, k.probability() + 1), k.impact(), r.nextBoolean() ? null : k.mitigation(),
            k.owner(), k.identifiedBy(), k.raised(), k.status(), k.trend(), k.visibility()));
        return p.toBuilder().risks(rs).build();
      }
      case 4 -> {
        // A decision is needed sooner.
        List<Issue> is = new ArrayList<>(p.issues());
        for (int i = 0; i < is.size(); i++) {
          Issue x = is.get(i);
          if (x.status() == IssueStatus.AWAITING_DECISION && x.decideBy() != null) {
            is.set(i, new Issue(x.id(), x.title(), x.description(), x.severity(), x.raised(), x.owner(), x.status(), x.scheduleImpactDays(),
                x.costImpact(), x.options(), x.recommendedOptionId(), x.decider(), x.decideBy().minusDays(1 + r.nextInt(20)),
                x.costOfDelay(), x.decision(), x.milestoneId(), x.visibility()));
            return p.toBuilder().issues(is).build();
          }
        }
        return p;
      }
      case 5 -> {
        // A customer task is due sooner.
        List<Task> ts = new ArrayList<>(p.tasks());
        for (int i = 0; i < ts.size(); i++) {
          Task t = ts.get(i);
          if (t.owner() == Party.CUSTOMER && t.due() != null && t.isOpen()) {
            ts.set(i, new Task(t.id(), t.name(), t.owner(), t.assignee(), t.due().minusDays(1 + r.nextInt(20)), t.done(), t.status(),
                t.percentComplete(), t.key(), t.signOff(), t.milestoneId(), t.visibility()));
            return p.toBuilder().tasks(ts).build();
          }
        }
        return p;
      }
      case 6 -> {
        // A larger pending change order.
        List<ChangeOrder> cs = new ArrayList<>(p.changeOrders());
        cs.add(new ChangeOrder("CX" + cs.size(), "Extra", null, BigDecimal.valueOf(1 + r.nextInt(500_000)), 0, ChangeOrderStatus.PROPOSED,
            null, p.asOf(), null, dev.candor.model.Visibility.CLIENT));
        return p.toBuilder().changeOrders(cs).build();
      }
      default -> {
        // A new open issue.
        List<Issue> is = new ArrayList<>(p.issues());
        is.add(Fixtures.issue("IX" + is.size(), "New problem", Severity.values()[r.nextInt(4)]));
        return p.toBuilder().issues(is).build();
      }
    }
  }
}
