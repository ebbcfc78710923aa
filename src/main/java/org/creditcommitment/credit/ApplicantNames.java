package org.creditcommitment.credit;

import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.system.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the applicant's name against the name registered for the code: the credit registry's subject name with
 * the embedded adapter, the profile's {@code name} with the http adapter. A letter, a decision or a publication must
 * never print a made-up name beside a real credit code. The name is asked for while the filing is answered, so a
 * wrong name is refused at once; but a service centre cannot close its windows while the credit platform is away, so
 * a platform that cannot be reached only defers the check ({@link NameCheck#UNVERIFIED}) to the process's first step
 * that asks the platform anyway ({@link #verify}), which comes before any document. Public for every filing that names
 * a subject beside its code (the voluntary commitments confirm the committing subject's name with it).
 */
@Component
public class ApplicantNames {

  private static final Logger log = LoggerFactory.getLogger(ApplicantNames.class);

  private final CreditPlatform platform;
  private final SubjectCodes codes;

  ApplicantNames(CreditPlatform platform, SubjectCodes codes) {
    this.platform = platform;
    this.codes = codes;
  }

  /**
   * The name a filing keeps and how far it was checked; for a {@link NameCheck#MISMATCH} the reason the filer is told.
   */
  public record Checked(String name, NameCheck check, String refusalZh) {

    public boolean refused() {
      return check == NameCheck.MISMATCH;
    }
  }

  /**
   * The name the filing keeps: the registered spelling when the platform knows the subject. A subject the platform
   * does not know keeps the name as given (trimmed): there is nothing to hold it against, and such a case goes on to
   * standard review without a grade, as it always has (the lifecycle's credit check). A platform that cannot be
   * asked (or answers without a name) leaves the name as given and {@link NameCheck#UNVERIFIED}.
   *
   * @throws ApiException 400 {@code applicant-name-mismatch} when the platform registers another name (nothing is
   *     written)
   */
  public Checked confirm(SubjectCode code, String given) {
    CreditProfile profile;
    try {
      profile = platform.query(code.value());
    } catch (UnknownSubjectException unknown) {
      profile = null;
    } catch (CreditPlatformException failed) {
      log.warn("Filing for {} accepted with the name unverified: the credit platform cannot be asked: {}",
          code.masked(), failed.getMessage());
      return new Checked(given.strip(), NameCheck.UNVERIFIED, null);
    }
    Checked checked;
    try {
      checked = check(code, given, profile);
    } catch (CreditPlatformException noName) {
      log.warn("Filing for {} accepted with the name unverified: {}", code.masked(), noName.getMessage());
      return new Checked(given.strip(), NameCheck.UNVERIFIED, null);
    }
    if (checked.refused()) {
      throw mismatch(code, profile);
    }
    return checked;
  }

  /**
   * Checks a name that was accepted unverified against the profile a process step has just obtained.
   *
   * @param profile null when the platform does not know the subject
   * @return VERIFIED with the registered spelling, UNREGISTERED with the name as given, or MISMATCH with the reason
   * @throws CreditPlatformException when the profile carries no name: the step waits and is retried like any other
   *     platform failure, rather than let the name through
   */
  public Checked verify(String code, String given, CreditProfile profile) {
    return check(codes.parse(code), given, profile);
  }

  private static Checked check(SubjectCode code, String given, CreditProfile profile) {
    if (profile == null) {
      return new Checked(given.strip(), NameCheck.UNREGISTERED, null);
    }
    String registered = profile.name();
    if (registered == null || registered.isBlank()) {
      throw new CreditPlatformException("The credit platform has no name for subject " + code.masked());
    }
    if (!comparable(registered).equals(comparable(given))) {
      return new Checked(given.strip(), NameCheck.MISMATCH, mismatch(code, profile).messageZh());
    }
    return new Checked(registered.strip(), NameCheck.VERIFIED, null);
  }

  /** Trimmed, full-width parentheses as half-width: Chinese company names are written both ways. */
  static String comparable(String name) {
    return name.strip().replace('（', '(').replace('）', ')');
  }

  /** A natural person's registered name is personal data: the refusal only says that it does not match. */
  private static ApiException mismatch(SubjectCode code, CreditProfile profile) {
    boolean legalPerson = code.type() == SubjectType.LEGAL && profile.subjectType() == SubjectType.LEGAL;
    if (legalPerson) {
      String registered = profile.name().strip();
      return ApiException.badRequest("applicant-name-mismatch",
          "申请人名称与该统一社会信用代码登记的名称「" + registered + "」不一致",
          "The applicant name does not match the name registered for this code: " + registered);
    }
    return ApiException.badRequest("applicant-name-mismatch", "申请人姓名与该证件号码登记的姓名不一致",
        "The applicant name does not match the name registered for this ID number");
  }
}
