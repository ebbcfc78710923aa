package org.creditcommitment.commitment;

import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.system.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the applicant's name against the name registered for the code: the credit registry's subject name with
 * the embedded adapter, the profile's {@code name} with the http adapter. It asks the credit platform while the
 * application is answered, because the process's own credit query runs later in the background, and a letter must
 * never print a made-up name beside a real credit code. Public for every filing that names a subject beside its code
 * (the voluntary commitments confirm the committing subject's name with it).
 */
@Component
public class ApplicantNames {

  private static final Logger log = LoggerFactory.getLogger(ApplicantNames.class);

  private final CreditPlatform platform;

  ApplicantNames(CreditPlatform platform) {
    this.platform = platform;
  }

  /**
   * The name the case keeps: the registered spelling when the platform knows the subject. A subject the platform
   * does not know keeps the name as given (trimmed): there is nothing to hold it against, and such a case goes on to
   * standard review without a grade, as it always has ({@link CreditCheck}).
   *
   * @throws ApiException 400 {@code applicant-name-mismatch} when the names differ; 503
   *     {@code credit-platform-unavailable} when the platform cannot be asked (nothing is written either way)
   */
  public String confirm(SubjectCode code, String given) {
    CreditProfile profile;
    try {
      profile = platform.query(code.value());
    } catch (UnknownSubjectException unknown) {
      return given.strip();
    } catch (CreditPlatformException failed) {
      log.warn("Application for {} refused: the applicant's name could not be checked: {}", code.value(),
          failed.getMessage());
      throw unavailable();
    }
    String registered = profile.name();
    if (registered == null || registered.isBlank()) {
      log.warn("Application for {} refused: the credit platform has no name for the subject", code.value());
      throw unavailable();
    }
    if (!comparable(registered).equals(comparable(given))) {
      throw mismatch(code, profile, registered.strip());
    }
    return registered.strip();
  }

  /** Trimmed, full-width parentheses as half-width: Chinese company names are written both ways. */
  static String comparable(String name) {
    return name.strip().replace('（', '(').replace('）', ')');
  }

  /** A natural person's registered name is personal data: the refusal only says that it does not match. */
  private static ApiException mismatch(SubjectCode code, CreditProfile profile, String registered) {
    boolean legalPerson = code.type() == SubjectType.LEGAL && profile.subjectType() == SubjectType.LEGAL;
    if (legalPerson) {
      return ApiException.badRequest("applicant-name-mismatch",
          "申请人名称与该统一社会信用代码登记的名称「" + registered + "」不一致",
          "The applicant name does not match the name registered for this code: " + registered);
    }
    return ApiException.badRequest("applicant-name-mismatch", "申请人姓名与该证件号码登记的姓名不一致",
        "The applicant name does not match the name registered for this ID number");
  }

  private static ApiException unavailable() {
    return ApiException.unavailable("credit-platform-unavailable", "信用平台暂时无法访问，无法核对申请人名称，请稍后重试",
        "The credit platform cannot be reached to check the applicant's name; try again later");
  }
}
