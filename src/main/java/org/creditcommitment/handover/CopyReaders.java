package org.creditcommitment.handover;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.creditcommitment.security.CaseShares;
import org.creditcommitment.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link CaseShares}: a case sent to an official, or to one of their groups, is read by them (抄送). */
@Component
class CopyReaders implements CaseShares {

  private final JdbcTemplate jdbc;

  CopyReaders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean sharedWith(String key, CurrentUser caller) {
    List<Object> args = new ArrayList<>(List.of(key, caller.id()));
    args.addAll(caller.groups());
    String groups = caller.groups().isEmpty() ? ""
        : " OR to_group IN (" + String.join(", ", Collections.nCopies(caller.groups().size(), "?")) + ")";
    Integer copies = jdbc.queryForObject("SELECT COUNT(*) FROM case_copy WHERE case_no = ? AND (to_user = ?" + groups
        + ")", Integer.class, args.toArray());
    return copies != null && copies > 0;
  }
}
