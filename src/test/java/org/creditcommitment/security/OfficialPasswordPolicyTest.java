package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** The passwords officials may choose under the prod profile. */
class OfficialPasswordPolicyTest {

  private static final OfficialPasswordPolicy POLICY = OfficialPasswordPolicy.shipped();

  @Test
  void aStrongPasswordIsAccepted() {
    assertThat(POLICY.violations("Kx7-moat-Lantern-91", official())).isEmpty();
    assertThat(POLICY.violations("汕尾港口灯塔Lantern91", official())).isEmpty();
  }

  @Test
  void aShortPasswordIsRefused() {
    assertThat(POLICY.violations("a", official())).contains("PASSWORD_POLICY_LENGTH");
    assertThat(POLICY.violations("Kx7-moat-La", official())).containsExactly("PASSWORD_POLICY_LENGTH");
  }

  @Test
  void fewerThanThreeKindsOfCharactersAreRefused() {
    assertThat(POLICY.violations("moatlanternharbour", official()))
        .containsExactly("PASSWORD_POLICY_CHARACTER_CLASSES");
    assertThat(POLICY.violations("moatlantern1982", official())).containsExactly("PASSWORD_POLICY_CHARACTER_CLASSES");
    assertThat(POLICY.violations("Moatlantern1982", official())).isEmpty();
  }

  @Test
  void theUsersIdAndNamesAreRefused() {
    assertThat(POLICY.violations("Zhangjianguo-1982", official())).containsExactly("PASSWORD_POLICY_USER_DATA");
    assertThat(POLICY.violations("Harbour-zjg.clerk7", official())).containsExactly("PASSWORD_POLICY_USER_DATA");
    assertThat(POLICY.violations("张建国Harbour-1982", official())).containsExactly("PASSWORD_POLICY_USER_DATA");
    assertThat(POLICY.violations("张Harbour-Light1982", official())).as("a one-character surname alone").isEmpty();
  }

  @Test
  void commonPasswordsAndTheirUsualVariantsAreRefused() {
    for (String common : new String[] {"Password2026!", "P@ssw0rd1234", "2026!Qwertyuiop", "1qaz@WSX3edc",
        "Woaini1314!!", "Ab1!Ab1!Ab1!", "Iloveyou@2026", "Sunshine.1990"}) {
      assertThat(POLICY.violations(common, official())).as(common).contains("PASSWORD_POLICY_NOT_COMMON");
    }
  }

  @Test
  void theShippedListHoldsThousandsOfPasswords() {
    assertThat(CommonPasswords.shipped().size()).isGreaterThan(3000);
  }

  @Test
  void theEngineSeesTheRulesAdminShows() {
    assertThat(POLICY.getRules()).extracting(rule -> rule.getPlaceholder()).containsExactly("PASSWORD_POLICY_LENGTH",
        "PASSWORD_POLICY_CHARACTER_CLASSES", "PASSWORD_POLICY_USER_DATA", "PASSWORD_POLICY_NOT_COMMON");
    assertThat(POLICY.getRules().get(0).getParameters()).containsEntry("minLength", "12");
    assertThat(POLICY.getRules().get(0).execute("a")).isFalse();
  }

  private static UserEntity official() {
    UserEntity user = new UserEntity("zjg.clerk");
    user.setFirstName("建国");
    user.setLastName("张");
    user.setEmail("zhangjianguo@shanwei.example.gov.cn");
    return user;
  }
}
