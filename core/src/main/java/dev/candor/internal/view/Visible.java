package dev.candor.internal.view;

import dev.candor.model.ChangeOrder;
import dev.candor.model.CostLine;
import dev.candor.model.Financials;
import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.Project;
import dev.candor.model.Risk;
import dev.candor.model.Task;
import dev.candor.model.TextItem;
import dev.candor.model.TouchPoint;
import dev.candor.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The client-visible subset of a project: every INTERNAL item removed, before any analysis. When
 * any cost line is INTERNAL, the contract value is removed too, since contract value minus budget
 * would show the internal money (typically the margin) by subtraction.
 */
public final class Visible {
  private Visible() {}

  /** {@code project} without any INTERNAL item; the same instance when it has none. */
  public static Project clientOnly(Project project) {
    List<TextItem> summary = keep(project.summary(), TextItem::visibility);
    List<TextItem> accomplishments = keep(project.accomplishments(), TextItem::visibility);
    List<TextItem> plans = keep(project.nextPeriodPlans(), TextItem::visibility);
    List<TextItem> notes = keep(project.notes(), TextItem::visibility);
    List<Milestone> milestones = keep(project.milestones(), Milestone::visibility);
    List<Task> tasks = keep(project.tasks(), Task::visibility);
    List<Issue> issues = keep(project.issues(), Issue::visibility);
    List<Risk> risks = keep(project.risks(), Risk::visibility);
    List<ChangeOrder> cos = keep(project.changeOrders(), ChangeOrder::visibility);
    List<TouchPoint> tps = keep(project.touchPoints(), TouchPoint::visibility);
    Financials f = project.financials();
    Financials fv = f;
    if (f != null) {
      List<CostLine> lines = keep(f.costLines(), CostLine::visibility);
      if (lines != f.costLines()) {
        // With INTERNAL money in the picture (a margin, rates), the contract value next to the
        // budget would reveal it by subtraction: contract value minus budget is the margin. A
        // client-side report keeps the budget (what progress is measured against) and leaves the
        // contract value out.
        fv =
            new Financials(
                f.budgetAtCompletion(),
                null,
                f.actualCost(),
                f.earnedValue(),
                f.percentComplete(),
                f.estimateAtCompletion(),
                f.invoiced(),
                f.paid(),
                f.periods(),
                lines);
      }
    }
    if (summary == project.summary()
        && accomplishments == project.accomplishments()
        && plans == project.nextPeriodPlans()
        && notes == project.notes()
        && milestones == project.milestones()
        && tasks == project.tasks()
        && issues == project.issues()
        && risks == project.risks()
        && cos == project.changeOrders()
        && tps == project.touchPoints()
        && fv == f) {
      return project;
    }
    return project.toBuilder()
        .summary(summary)
        .accomplishments(accomplishments)
        .nextPeriodPlans(plans)
        .notes(notes)
        .milestones(milestones)
        .tasks(tasks)
        .issues(issues)
        .risks(risks)
        .changeOrders(cos)
        .touchPoints(tps)
        .financials(fv)
        .build();
  }

  /** The client-visible subset of {@code project}, or null. */
  public static @Nullable Project clientOnlyOrNull(@Nullable Project project) {
    return project == null ? null : clientOnly(project);
  }

  private static <T> List<T> keep(List<T> items, Function<T, Visibility> visibility) {
    int internal = 0;
    for (T t : items) {
      if (visibility.apply(t) == Visibility.INTERNAL) {
        internal++;
      }
    }
    if (internal == 0) {
      return items;
    }
    List<T> out = new ArrayList<>(items.size() - internal);
    for (T t : items) {
      if (visibility.apply(t) != Visibility.INTERNAL) {
        out.add(t);
      }
    }
    return out;
  }
}
