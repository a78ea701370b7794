package dev.candor.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A person with a stake in the project.
 *
 * @param name full name
 * @param role role on the project, e.g. "Executive sponsor"
 * @param organisation their organisation
 * @param party which side they are on
 * @param email contact address, if it may be shown
 * @since 0.1
 */
public record Stakeholder(
    String name,
    String role,
    @Nullable String organisation,
    @DefaultValue("CUSTOMER") Party party,
    @Nullable String email) {
  /** Checks arguments and applies defaults. */
  public Stakeholder {
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    party = party == null ? Party.CUSTOMER : party;
  }
}
