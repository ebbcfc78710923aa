package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start-up loop every owner of personal data at rest runs: it reads only the rows not under the current keys, in
 * batches by key, and a start with nothing to do reads no row. Runs on a table of its own, so the rows of the
 * product's tables do not count.
 */
class PersonalDataUpgradeTest extends IntegrationTest {

  private static final String TABLE = "personal_data_upgrade_probe";
  private static final String ID = "110101199003070016";

  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private PersonalDataCipher cipher;
  @Autowired
  private PersonalDataIndex index;

  private PersonalDataUpgrade upgrade;

  @BeforeEach
  void probeTable() {
    jdbc.execute("drop table if exists " + TABLE);
    jdbc.execute("create table " + TABLE + " (id bigint primary key, grp int not null, val varchar(400),"
        + " idx varchar(200))");
    upgrade = new PersonalDataUpgrade(jdbc, cipher, index, 2);
  }

  @AfterEach
  void dropProbeTable() {
    jdbc.execute("drop table if exists " + TABLE);
  }

  @Test
  void onlyValuesInPlainTextOrUnderAnEarlierKeyAreReadInBatchesByKey() {
    insert(1, 1, "plain-1", null);
    insert(2, 1, cipher.encrypt("current-2"), null);
    insert(3, 1, "plain-3", null);
    insert(4, 2, "", null);
    insert(5, 2, null, null);
    insert(6, 2, "enc1:SM4-GCM:an-earlier-key:AAAA", null);
    insert(7, 3, cipher.encrypt("current-7"), null);
    insert(8, 3, "plain-8", null);
    insert(9, 3, "plain-9", null);
    List<Object> seen = new ArrayList<>();

    PersonalDataUpgrade.Pass pass = upgrade.run(TABLE, List.of("id"), "val", upgrade.notUnderCurrentKey("val"),
        row -> {
          seen.add(((Number) row.get("id")).longValue());
          return 0;
        });

    assertThat(seen).containsExactly(1L, 3L, 6L, 8L, 9L);
    assertThat(pass.read()).isEqualTo(5);
    assertThat(pass.queries()).as("batches of 2: 2, 2, 1").isEqualTo(3);
  }

  @Test
  void batchesFollowAKeyOfSeveralColumns() {
    for (int id = 1; id <= 7; id++) {
      insert(id, id % 3, "plain-" + id, null);
    }
    List<Object> seen = new ArrayList<>();

    PersonalDataUpgrade.Pass pass = upgrade.run(TABLE, List.of("grp", "id"), "val", upgrade.notUnderCurrentKey("val"),
        row -> {
          seen.add(((Number) row.get("id")).longValue());
          return 0;
        });

    assertThat(seen).containsExactly(3L, 6L, 1L, 4L, 7L, 2L, 5L);
    assertThat(pass.queries()).isEqualTo(4);
  }

  @Test
  void plainValuesAreEncryptedAndAStartWithNothingToDoReadsNoRow() {
    for (int id = 1; id <= 5; id++) {
      insert(id, 1, "plain-" + id, null);
    }

    assertThat(upgrade.encryptStored(TABLE, "id", "val")).isEqualTo(5);

    for (int id = 1; id <= 5; id++) {
      String stored = jdbc.queryForObject("select val from " + TABLE + " where id = ?", String.class, id);
      assertThat(stored).startsWith(upgrade.cipherPrefix()).doesNotContain("plain");
      assertThat(cipher.decrypt(stored)).isEqualTo("plain-" + id);
    }
    PersonalDataUpgrade.Pass again = upgrade.run(TABLE, List.of("id"), "val", upgrade.notUnderCurrentKey("val"),
        upgrade.encrypting(TABLE, "id", "val"));
    assertThat(again).isEqualTo(new PersonalDataUpgrade.Pass(1, 0, 0));
  }

  @Test
  void aValueChangedSinceItWasReadKeepsTheChange() {
    insert(1, 1, "plain-1", null);
    insert(2, 1, "plain-2", null);

    PersonalDataUpgrade.Pass pass = upgrade.run(TABLE, List.of("id"), "val", upgrade.notUnderCurrentKey("val"),
        row -> {
          if (((Number) row.get("id")).longValue() == 1) {
            jdbc.update("update " + TABLE + " set val = ? where id = 1", "written meanwhile");
          }
          return upgrade.encrypting(TABLE, "id", "val").upgrade(row);
        });

    assertThat(pass.changed()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select val from " + TABLE + " where id = 1", String.class))
        .isEqualTo("written meanwhile");
    assertThat(cipher.decrypt(jdbc.queryForObject("select val from " + TABLE + " where id = 2", String.class)))
        .isEqualTo("plain-2");
  }

  @Test
  void indexesMissingOrUnderAnEarlierKeyAndPlainCodesThatMayBeAPersonsAreCandidates() {
    insert(1, 1, "91440300MA5FXXXX1X", index.of("91440300MA5FXXXX1X"));
    insert(2, 1, "91440300MA5FXXXX2X", null);
    insert(3, 1, cipher.encrypt(ID), "an-earlier-key:0123");
    insert(4, 1, cipher.encrypt(ID), index.of(ID));
    insert(5, 1, ID, index.of(ID));
    insert(6, 1, "", index.of(""));
    List<Object> byIndex = new ArrayList<>();
    List<Object> byCode = new ArrayList<>();

    upgrade.run(TABLE, List.of("id"), "val", upgrade.indexNotCurrent("idx"), row -> {
      byIndex.add(((Number) row.get("id")).longValue());
      return 0;
    });
    upgrade.run(TABLE, List.of("id"), "val", upgrade.plainMayBePerson("val").or(upgrade.underEarlierKey("val")),
        row -> {
          byCode.add(((Number) row.get("id")).longValue());
          return 0;
        });

    assertThat(byIndex).containsExactly(2L, 3L);
    assertThat(byCode).as("an organisation's code with letters, a current ciphertext and an empty value are not read")
        .containsExactly(5L);
  }

  /** The SQL rule that picks plain codes which may be a person's is the Java rule, on the database the product runs. */
  @Test
  void thePlainCodesThatMayBeAPersonsAreThoseTheJavaRuleNames() {
    List<String> codes = NaturalPersonCodesTest.REPRESENTATIVE;
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      insert(i + 1, 1, codes.get(i), null);
      if (!codes.get(i).isEmpty() && NaturalPersonCodes.mayBe(codes.get(i))) {
        expected.add(i + 1L);
      }
    }
    List<Long> picked = new ArrayList<>();

    upgrade.run(TABLE, List.of("id"), "val", upgrade.plainMayBePerson("val"), row -> {
      picked.add(((Number) row.get("id")).longValue());
      return 0;
    });

    assertThat(expected).as("the representative codes hold both kinds").isNotEmpty().hasSizeLessThan(codes.size());
    assertThat(picked).containsExactlyElementsOf(expected);
  }

  @Test
  void anOwnerThatEncryptsEmptyValuesReadsThemTooAndPlainValuesAreThoseUnderNoKey() {
    insert(1, 1, "plain-1", null);
    insert(2, 1, cipher.encrypt("current-2"), null);
    insert(3, 1, "", null);
    insert(4, 1, null, null);
    insert(5, 1, "enc1:SM4-GCM:an-earlier-key:AAAA", null);
    List<Object> notCurrent = new ArrayList<>();
    List<Object> plain = new ArrayList<>();

    upgrade.run(TABLE, List.of("id"), "val", upgrade.notUnderCurrentKeyEmptyIncluded("val"), row -> {
      notCurrent.add(((Number) row.get("id")).longValue());
      return 0;
    });
    upgrade.run(TABLE, List.of("id"), "val", upgrade.plain("val"), row -> {
      plain.add(((Number) row.get("id")).longValue());
      return 0;
    });

    assertThat(notCurrent).containsExactly(1L, 3L, 5L);
    assertThat(plain).containsExactly(1L, 3L);
  }

  private void insert(long id, int group, String value, String idx) {
    jdbc.update("insert into " + TABLE + " (id, grp, val, idx) values (?, ?, ?, ?)", id, group, value, idx);
  }
}
