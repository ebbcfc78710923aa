package org.creditcommitment.system;

import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * The start-up step that brings personal data at rest under the current keys, shared by every owner of such a table:
 * values still in plain text, encrypted under an earlier key or cipher, or indexed under an earlier index key. It runs
 * at every start (the keys are configuration, which a Flyway migration does not have), so it must cost nothing when
 * there is nothing to do: it reads only candidate rows — those whose stored values do not start with the current
 * key's prefix ({@code enc1:<cipher>:<key id>:}, {@code <index key id>:}) — in batches by primary key, never the whole
 * table, and a start with nothing to do runs one empty query. The owner names its table and columns (its SQL stays
 * in its module) and decides, row by row, what to write; each write changes the row only if it still holds what was
 * read, so a concurrent change wins.
 */
@Component
public class PersonalDataUpgrade {

  /** Rows read per query: enough to make few queries, few enough to hold large texts of a batch in memory. */
  public static final int BATCH = 500;

  /** The rows to read: an SQL condition with its arguments. */
  public record Candidates(String sql, List<Object> args) {

    /** These rows and the other's. */
    public Candidates or(Candidates other) {
      List<Object> both = new ArrayList<>(args);
      both.addAll(other.args);
      return new Candidates("(" + sql + ") or (" + other.sql + ")", both);
    }

    /** These rows, where the condition (with no arguments) holds too. */
    public Candidates and(String condition) {
      return new Candidates("(" + sql + ") and (" + condition + ")", args);
    }
  }

  /** What the owner does with one candidate row; returns how many rows (or values) it changed. */
  @FunctionalInterface
  public interface RowUpgrade {
    int upgrade(Map<String, Object> row);
  }

  /** What a pass did: the queries it ran, the rows they returned and the changes made. */
  public record Pass(int queries, int read, int changed) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;
  private final int batch;

  @Autowired
  PersonalDataUpgrade(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataIndex index) {
    this(jdbc, cipher, index, BATCH);
  }

  PersonalDataUpgrade(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataIndex index, int batch) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.index = index;
    this.batch = batch;
  }

  /**
   * Encrypts each value of a column that is in plain text or under an earlier key; empty values stay as they are.
   *
   * @return how many rows were changed
   */
  public int encryptStored(String table, String key, String column) {
    return run(table, List.of(key), column, notUnderCurrentKey(column), encrypting(table, key, column)).changed();
  }

  RowUpgrade encrypting(String table, String key, String column) {
    return row -> {
      String stored = (String) row.get(column);
      if (stored == null || stored.isEmpty() || cipher.isCurrent(stored)) {
        return 0;
      }
      return jdbc.update("update " + table + " set " + column + " = ? where " + key + " = ? and " + column + " = ?",
          cipher.encrypt(cipher.decrypt(stored)), row.get(key), stored);
    };
  }

  /**
   * Reads the candidate rows of a table in batches ordered by its key ({@code keys}, one column or several), hands
   * each to {@code each}, and stops when a batch comes back short: rows the owner leaves as they are (a concurrent
   * change, a value that is current after all) are passed once, not again.
   *
   * @param columns the columns {@code each} needs besides the key, comma-separated
   */
  public Pass run(String table, List<String> keys, String columns, Candidates where, RowUpgrade each) {
    String keyList = String.join(", ", keys);
    int queries = 0;
    int read = 0;
    int changed = 0;
    Map<String, Object> last = null;
    while (true) {
      List<Object> args = new ArrayList<>(where.args());
      String sql = "select " + keyList + ", " + columns + " from " + table + " where (" + where.sql() + ")";
      if (last != null) {
        sql += " and (" + after(keys, last, args) + ")";
      }
      List<Map<String, Object>> rows = jdbc.query(sql + " order by " + keyList + " limit " + batch,
          PersonalDataUpgrade::row, args.toArray());
      queries++;
      read += rows.size();
      for (Map<String, Object> row : rows) {
        changed += each.upgrade(row);
      }
      if (rows.size() < batch) {
        return new Pass(queries, read, changed);
      }
      last = rows.get(rows.size() - 1);
    }
  }

  /** Keyset pagination over one or more key columns: (a > ?) or (a = ? and b > ?) … */
  private static String after(List<String> keys, Map<String, Object> last, List<Object> args) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      StringBuilder alternative = new StringBuilder();
      for (int j = 0; j < i; j++) {
        alternative.append(keys.get(j)).append(" = ? and ");
        args.add(last.get(keys.get(j)));
      }
      alternative.append(keys.get(i)).append(" > ?");
      args.add(last.get(keys.get(i)));
      alternatives.add(alternative.toString());
    }
    return String.join(" or ", alternatives);
  }

  private static Map<String, Object> row(ResultSet rs, int n) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Object> row = new LinkedCaseInsensitiveMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object value = rs.getObject(i);
      row.put(meta.getColumnLabel(i), value instanceof Clob ? rs.getString(i) : value);
    }
    return row;
  }

  /** Values that are not empty and not under the current key: in plain text, or under an earlier key or cipher. */
  public Candidates notUnderCurrentKey(String column) {
    String prefix = cipherPrefix();
    return new Candidates(column + " is not null and " + column + " <> '' and " + startOf(column, prefix) + " <> ?",
        List.of(prefix));
  }

  /**
   * As {@link #notUnderCurrentKey}, an empty value included: for an owner that stores an empty value encrypted too (its
   * row upgrade decides as {@link PersonalDataCipher#isCurrent} does).
   */
  public Candidates notUnderCurrentKeyEmptyIncluded(String column) {
    String prefix = cipherPrefix();
    return new Candidates(column + " is not null and " + startOf(column, prefix) + " <> ?", List.of(prefix));
  }

  /** Values in plain text, an empty one included: not encrypted under any key. */
  public Candidates plain(String column) {
    return new Candidates(startOf(column, PersonalDataCipher.PREFIX) + " <> ?", List.of(PersonalDataCipher.PREFIX));
  }

  /** Values encrypted under an earlier key or cipher (not those in plain text). */
  public Candidates underEarlierKey(String column) {
    String prefix = cipherPrefix();
    return new Candidates(startOf(column, PersonalDataCipher.PREFIX) + " = ? and " + startOf(column, prefix) + " <> ?",
        List.of(PersonalDataCipher.PREFIX, prefix));
  }

  /**
   * Plain values that may be a resident ID number ({@link NaturalPersonCodes#mayBe}, in SQL), for the owner to decide:
   * a column whose organisations' codes stay readable and that has no index to tell the rows written since.
   */
  public Candidates plainMayBePerson(String column) {
    return new Candidates(column + " is not null and " + column + " <> '' and " + startOf(column,
        PersonalDataCipher.PREFIX) + " <> ? and " + NaturalPersonCodes.mayBeSql(column),
        List.of(PersonalDataCipher.PREFIX));
  }

  /** Index values missing or under an earlier index key. */
  public Candidates indexNotCurrent(String column) {
    String prefix = indexPrefix();
    return new Candidates(column + " is null or " + startOf(column, prefix) + " <> ?", List.of(prefix));
  }

  /** What a value under the current cipher and key starts with: up to its last colon (base64 holds none). */
  public String cipherPrefix() {
    String stored = cipher.encrypt("");
    return stored.substring(0, stored.lastIndexOf(':') + 1);
  }

  /** What an index under the current index key starts with (hex holds no colon). */
  public String indexPrefix() {
    String stored = index.of("");
    return stored.substring(0, stored.lastIndexOf(':') + 1);
  }

  // compared as a substring rather than with LIKE, so a key id holding _ or % matches only itself
  private static String startOf(String column, String prefix) {
    return "substring(" + column + " from 1 for " + prefix.length() + ")";
  }
}
