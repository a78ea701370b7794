package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A piece of work, including work the customer owns (approvals, data, access, sign-offs).
 *
 * @param id unique within the project
 * @param name what must be done
 * @param owner the party responsible
 * @param assignee the person responsible, if known
 * @param due when it is due
 * @param done when it was finished
 * @param status the recorded status
 * @param percentComplete 0 to 100
 * @param key whether it is a key task (shown to executives)
 * @param signOff whether this task is a customer sign-off or approval
 * @param milestoneId the milestone that waits on this task, if any
 * @param visibility who may read it
 * @since 0.1
 */
public record Task(
    String id,
    String name,
    @DefaultValue("DELIVERY") Party owner,
    @Nullable String assignee,
    @Nullable LocalDate due,
    @Nullable LocalDate done,
    @DefaultValue("NOT_STARTED") TaskStatus status,
    @DefaultValue("0") int percentComplete,
    @DefaultValue("false") boolean key,
    @DefaultValue("false") boolean signOff,
    @Nullable String milestoneId,
    @DefaultValue("CLIENT") Visibility visibility) {

  /** Checks arguments and applies defaults. */
  public Task {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    owner = owner == null ? Party.DELIVERY : owner;
    status = status == null ? TaskStatus.NOT_STARTED : status;
    Checks.argument(
        percentComplete >= 0 && percentComplete <= 100,
        "percentComplete must be in [0, 100] but was %s",
        percentComplete);
    visibility = Visibility.orDefault(visibility);
  }

  /** True if the task still needs doing. */
  public boolean isOpen() {
    return done == null && status.isOpen();
  }
}
