package org.creditcommitment.security.sso;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a provider's sign-in into an official of the engine: the user id is the registration's
 * {@code user-name-attribute} claim, the groups are the claimed ones, and the directory's ({@link DirectoryGroups})
 * where one is configured, that this product knows ({@link SsoGroups}). The
 * engine's identity keeps a copy, renewed at every sign-in (name, e-mail, memberships), because everything else reads
 * officials from there: Tasklist's filter, the department scope of /api, reminders and escalations mailed to a
 * group's members. A sign-in without any known group is refused: such a person would only see empty pages.
 */
class SsoUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger log = LoggerFactory.getLogger(SsoUsers.class);
  /** The engine's id rule (generalResourceWhitelistPattern in application.yaml). */
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
  static final String NO_GROUP = "no_known_group";
  static final String BAD_USER_ID = "unusable_user_id";
  static final String DIRECTORY_FAILED = "directory_unavailable";

  private final OidcUserService delegate = new OidcUserService();
  private final IdentityService identityService;
  private final SsoGroups groups;
  private final String groupsClaim;
  private final DirectoryGroups directory;

  /** {@code directory}: null when groups come from the claims only. */
  SsoUsers(IdentityService identityService, SsoProperties properties, DirectoryGroups directory) {
    this.identityService = identityService;
    this.directory = directory;
    this.groups = new SsoGroups(identityService, properties.groupPrefix());
    this.groupsClaim = properties.groupsClaim();
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser signedIn = delegate.loadUser(request);
    String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
        .getUserNameAttributeName();
    String claimName = nameAttribute == null || nameAttribute.isBlank() ? "sub" : nameAttribute;
    Object id = signedIn.getAttributes().get(claimName);
    if (!(id instanceof String userId) || !USER_ID.matcher(userId).matches()) {
      log.warn("Single sign-on refused: the claim '{}' is not a usable user id", claimName);
      throw refusal(BAD_USER_ID);
    }
    List<String> claimed = new java.util.ArrayList<>();
    if (signedIn.getClaimAsStringList(groupsClaim) != null) {
      claimed.addAll(signedIn.getClaimAsStringList(groupsClaim));
    }
    if (directory != null) {
      try {
        claimed.addAll(directory.of(userId));
      } catch (RuntimeException unavailable) {
        log.warn("Single sign-on refused for '{}': {}", userId, unavailable.getMessage());
        throw refusal(DIRECTORY_FAILED);
      }
    }
    List<String> known = groups.known(claimed);
    if (known.isEmpty()) {
      log.warn("Single sign-on refused for '{}': none of the claimed groups is one of this product's", userId);
      throw refusal(NO_GROUP);
    }
    mirror(userId, signedIn, known);
    List<SimpleGrantedAuthority> authorities = known.stream().map(SimpleGrantedAuthority::new).toList();
    return new DefaultOidcUser(authorities, signedIn.getIdToken(), signedIn.getUserInfo(), claimName);
  }

  private static OAuth2AuthenticationException refusal(String code) {
    // the code reaches the log and the failure handler only; the browser learns nothing of the cause
    return new OAuth2AuthenticationException(new OAuth2Error(code));
  }

  private void mirror(String userId, OidcUser signedIn, List<String> known) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
    }
    // screens show "first last": a provider that sends only a full name (usual for Chinese names) fills the first
    if (signedIn.getGivenName() != null && signedIn.getFamilyName() != null) {
      user.setFirstName(signedIn.getGivenName());
      user.setLastName(signedIn.getFamilyName());
    } else {
      String full = signedIn.getFullName() != null ? signedIn.getFullName() : signedIn.getGivenName();
      user.setFirstName(full != null ? full : userId);
      user.setLastName("");
    }
    user.setEmail(signedIn.getEmail());
    identityService.saveUser(user);
    Set<String> current = new HashSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
      if (!known.contains(group.getId())) {
        identityService.deleteMembership(userId, group.getId());
      } else {
        current.add(group.getId());
      }
    }
    known.stream().filter(id -> !current.contains(id)).forEach(id -> identityService.createMembership(userId, id));
  }
}
