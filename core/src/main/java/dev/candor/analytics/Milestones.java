package dev.candor.analytics;

import dev.candor.model.Milestone;
import dev.candor.model.Project;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Milestones of one project by id, so per-task and per-issue look-ups stay constant time. */
final class Milestones {
  private final Map<String, Milestone> byId;

  Milestones(Project project) {
    byId = new HashMap<>(project.milestones().size() * 2);
    for (Milestone m : project.milestones()) {
      byId.putIfAbsent(m.id(), m);
    }
  }

  /** The milestone with {@code id}, or null for a null or unknown id. */
  @Nullable Milestone get(@Nullable String id) {
    return id == null ? null : byId.get(id);
  }
}
