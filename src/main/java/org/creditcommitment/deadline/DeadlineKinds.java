package org.creditcommitment.deadline;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every declared {@link DeadlineKind}, by id; a kind declared twice stops the application at start. */
@Component
public class DeadlineKinds {

  private final Map<String, DeadlineKind> byId;

  DeadlineKinds(List<DeadlineKind> declared) {
    this.byId = declared.stream().collect(Collectors.toMap(DeadlineKind::id, Function.identity(), (a, b) -> {
      throw new IllegalStateException("Deadline kind " + a.id() + " is declared twice");
    }));
  }

  public Optional<DeadlineKind> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  public boolean known(String id) {
    return find(id).isPresent();
  }

  /**
   * The Chinese name of a kind. A kind of a deadline set before its declaration went away still reads as a
   * deadline, with its technical name in brackets.
   */
  public String name(Object kind) {
    if (kind == null) {
      return "办理期限";
    }
    return find(kind.toString()).map(DeadlineKind::name).orElse("办理期限（" + kind + "）");
  }

  /** All kinds, by id. */
  public List<DeadlineKind> all() {
    return byId.values().stream().sorted(Comparator.comparing(DeadlineKind::id)).toList();
  }
}
