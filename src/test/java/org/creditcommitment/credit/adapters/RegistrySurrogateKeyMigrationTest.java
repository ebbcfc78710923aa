package org.creditcommitment.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The migrations that give the registry's subjects a surrogate key (V390–V392) keep every record with its subject: they
 * run here, on this database (H2 or PostgreSQL), over the registry's tables as they were before, with their rows, in a
 * schema of their own.
 */
class RegistrySurrogateKeyMigrationTest extends IntegrationTest {

  private static final String SCHEMA = "registry_before_v390";
  private static final String PERSON = "441502199003151239";
  private static final String COMPANY = "91441500MA4UH0AA1G";

  @Autowired
  DataSource dataSource;

  @Test
  void theSurrogateKeyMigrationKeepsEveryRecordWithItsSubjectAndTheDataAsItWas() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      String schemaBefore = postgres ? null : connection.getSchema();
      String pathBefore = null;
      try (Statement statement = connection.createStatement()) {
        if (postgres) {
          var rs = statement.executeQuery("SHOW search_path");
          rs.next();
          pathBefore = rs.getString(1);
        }
        statement.execute("CREATE SCHEMA " + SCHEMA);
        statement.execute(postgres ? "SET search_path TO " + SCHEMA : "SET SCHEMA " + SCHEMA);
      }
      try {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        createAsBefore(jdbc);
        run(connection, "db/migration/common/V390__credit_subject_surrogate_key.sql");
        run(connection, "db/migration/" + (postgres ? "postgresql" : "h2") + "/V391__credit_subject_code_not_the_key.sql");
        run(connection, "db/migration/common/V392__credit_subject_id_key.sql");

        assertThat(jdbc.query("SELECT s.code, r.basis FROM credit_dishonesty_record r JOIN credit_subject s"
            + " ON s.id = r.subject_id ORDER BY r.id", (rs, n) -> rs.getString(1) + " " + rs.getString(2)))
            .containsExactly(PERSON + " 个人的失信记录", COMPANY + " 企业的失信记录");
        assertThat(jdbc.queryForList("SELECT s.code FROM credit_fulfilment_record r JOIN credit_subject s"
            + " ON s.id = r.subject_id", String.class)).containsExactly(PERSON);
        assertThat(jdbc.queryForList("SELECT s.code FROM credit_penalty p JOIN credit_subject s ON s.id = p.subject_id"
            + " WHERE p.field = '市场监管'", String.class)).containsExactly(PERSON);
        Map<String, Object> person = jdbc.queryForMap("SELECT email, code_idx FROM credit_subject WHERE code = ?",
            PERSON);
        assertThat(person.get("email")).as("encrypted at start, not by the migration").isEqualTo("person@example.test");
        assertThat(person.get("code_idx")).isNull();
        // the id is the key now: a new subject gets the next one, and a record of an unknown id is refused
        jdbc.update("INSERT INTO credit_subject (code, subject_type, name, red_listed, blacklisted, created_at,"
            + " updated_at) VALUES ('enc1:x', 'NATURAL', '新', FALSE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT id) FROM credit_subject", Integer.class)).isEqualTo(3);
        assertThat(refused(jdbc, "INSERT INTO credit_penalty (subject_id, decision_number, description, decided_on,"
            + " performed, created_at) VALUES (999999, 'n', 'd', CURRENT_DATE, FALSE, CURRENT_TIMESTAMP)")).isTrue();
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute(postgres ? "SET search_path TO " + pathBefore : "SET SCHEMA " + schemaBefore);
          statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
      }
    }
  }

  private static boolean refused(JdbcTemplate jdbc, String sql) {
    try {
      jdbc.update(sql);
      return false;
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
      return true;
    }
  }

  /** The registry's tables as V10 and V125 left them, with a person, a company and their records. */
  private static void createAsBefore(JdbcTemplate jdbc) {
    for (String sql : List.of("""
        CREATE TABLE credit_subject (code VARCHAR(18) PRIMARY KEY, subject_type VARCHAR(10) NOT NULL,
          name VARCHAR(200) NOT NULL, email VARCHAR(254), grade VARCHAR(16), red_listed BOOLEAN NOT NULL,
          blacklisted BOOLEAN NOT NULL, blacklist_basis VARCHAR(2000), created_at TIMESTAMP WITH TIME ZONE NOT NULL,
          updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""", """
        CREATE TABLE credit_dishonesty_record (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          subject_code VARCHAR(18) NOT NULL REFERENCES credit_subject (code), basis VARCHAR(2000) NOT NULL)""",
        "CREATE INDEX credit_dishonesty_subject ON credit_dishonesty_record (subject_code)", """
        CREATE TABLE credit_fulfilment_record (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          subject_code VARCHAR(18) NOT NULL REFERENCES credit_subject (code), outcome VARCHAR(100) NOT NULL)""",
        "CREATE INDEX credit_fulfilment_subject ON credit_fulfilment_record (subject_code)", """
        CREATE TABLE credit_penalty (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          subject_code VARCHAR(18) NOT NULL REFERENCES credit_subject (code), decision_number VARCHAR(100) NOT NULL,
          description VARCHAR(2000) NOT NULL, decided_on DATE NOT NULL, performed BOOLEAN NOT NULL,
          created_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
        "CREATE INDEX credit_penalty_subject ON credit_penalty (subject_code)",
        "ALTER TABLE credit_penalty ADD COLUMN field VARCHAR(100)",
        "CREATE INDEX credit_penalty_decided ON credit_penalty (subject_code, decided_on)")) {
      jdbc.execute(sql);
    }
    jdbc.update("INSERT INTO credit_subject (code, subject_type, name, email, red_listed, blacklisted, created_at,"
        + " updated_at) VALUES (?, 'NATURAL', '张伟', 'person@example.test', FALSE, FALSE, CURRENT_TIMESTAMP,"
        + " CURRENT_TIMESTAMP), (?, 'LEGAL', '汕尾市鸿信建设工程有限公司', NULL, FALSE, FALSE, CURRENT_TIMESTAMP,"
        + " CURRENT_TIMESTAMP)", PERSON, COMPANY);
    jdbc.update("INSERT INTO credit_dishonesty_record (subject_code, basis) VALUES (?, '个人的失信记录'),"
        + " (?, '企业的失信记录')", PERSON, COMPANY);
    jdbc.update("INSERT INTO credit_fulfilment_record (subject_code, outcome) VALUES (?, '已履约')", PERSON);
    jdbc.update("INSERT INTO credit_penalty (subject_code, decision_number, description, decided_on, performed,"
        + " created_at, field) VALUES (?, 'n1', 'd', CURRENT_DATE, FALSE, CURRENT_TIMESTAMP, '市场监管')", PERSON);
  }

  private static void run(Connection connection, String script) {
    ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
  }
}
