package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.Rag;
import java.util.List;

/**
 * The computed rating of one health dimension with its reasons.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dimension the dimension
 * @param rag the rating
 * @param reasons plain sentences naming the item and the figure; never empty unless green
 * @since 0.1
 */
public record Rating(Dimension dimension, Rag rag, List<String> reasons) {
  /** Checks that every non-green rating has a reason. */
  public Rating {
    requireNonNull(dimension, "dimension");
    requireNonNull(rag, "rag");
    reasons = Checks.copy(reasons);
    Checks.argument(rag == Rag.GREEN || !reasons.isEmpty(), "a %s rating of %s needs a reason", rag, dimension);
  }
}
