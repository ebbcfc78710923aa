package org.creditcommitment.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.creditcommitment.credit.GradeScale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GradeScaleTest {

  private final GradeScale standard = GradeScale.of(GradeScale.DEFAULT);

  @Test
  void defaultScaleOrdersAaaAboveAaAboveAPlusDownToD() {
    assertThat(standard.grades()).containsExactly("AAA", "AA", "A+", "A", "A-", "B", "C", "D");
    assertThat(standard.rank("AAA")).isLessThan(standard.rank("AA"));
    assertThat(standard.rank("A+")).isLessThan(standard.rank("A"));
    assertThat(standard.rank("A")).isLessThan(standard.rank("A-"));
    assertThat(standard.rank("C")).isLessThan(standard.rank("D"));
  }

  @Test
  void atLeastComparesAgainstTheMinimum() {
    assertThat(standard.atLeast("AAA", "AA")).isTrue();
    assertThat(standard.atLeast("AA", "AA")).isTrue();
    assertThat(standard.atLeast("A+", "AA")).isFalse();
    assertThat(standard.atLeast("A+", "A")).isTrue();
    assertThat(standard.atLeast("A-", "A")).isFalse();
    assertThat(standard.atLeast(null, "D")).isFalse();
    assertThat(standard.atLeast("优", "D")).isFalse();
  }

  @Test
  void unknownGradesAreNotOnTheScale() {
    assertThat(standard.contains("A")).isTrue();
    assertThat(standard.contains("a")).isFalse();
    assertThat(standard.contains(null)).isFalse();
    assertThatThrownBy(() -> standard.rank("E")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> standard.atLeast("A", "E")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFourLevelScaleWorksByConfigurationOnly() {
    Map<String, String> config = Map.of("cc.credit.grade-scale[0]", "优", "cc.credit.grade-scale[1]", "良",
        "cc.credit.grade-scale[2]", "中", "cc.credit.grade-scale[3]", "差");
    CreditProperties properties = new Binder(new MapConfigurationPropertySource(config))
        .bind("cc.credit", CreditProperties.class).get();

    GradeScale scale = GradeScale.of(properties.gradeScale());

    assertThat(scale.grades()).containsExactly("优", "良", "中", "差");
    assertThat(scale.atLeast("优", "良")).isTrue();
    assertThat(scale.atLeast("中", "良")).isFalse();
    assertThat(scale.rank("差")).isEqualTo(3);
    assertThat(scale.contains("AAA")).isFalse();
    assertThat(properties.adapter()).isEqualTo("embedded");
  }

  @Test
  void withoutConfigurationTheDefaultScaleApplies() {
    CreditProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("cc.credit.adapter", "http")))
        .bind("cc.credit", CreditProperties.class).get();
    assertThat(properties.gradeScale()).isEqualTo(GradeScale.DEFAULT);
    assertThat(properties.http().retries()).isEqualTo(2);
  }

  @Test
  void aScaleNeedsDistinctGrades() {
    assertThatThrownBy(() -> GradeScale.of(List.of("A", "A"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradeScale.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void demoSubjectsHaveValidCodesAndCoverEveryDefaultGrade() {
    assertThat(CreditDemoData.SUBJECTS).allSatisfy(s ->
        assertThat(org.creditcommitment.subject.SubjectCode.isValid(s.code())).as(s.code()).isTrue());
    assertThat(CreditDemoData.SUBJECTS.stream().map(CreditDemoData.DemoSubject::grade))
        .containsAll(GradeScale.DEFAULT);
  }
}
