package org.creditcommitment.security.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through the organisation's OpenID Connect provider (docs/deployment.md#single-sign-on). Off by
 * default: the embedded default keeps the demo users and the webapps' own login.
 *
 * @param enabled officials sign in at the provider; the provider itself is the Spring Boot client registration
 *     {@code spring.security.oauth2.client.registration.<registration>} with its {@code provider.<registration>}
 * @param registration the id of that client registration
 * @param groupsClaim the claim of the ID token (or user info) that lists the official's groups
 * @param groupPrefix stripped from each claimed group (e.g. {@code cc-} for a provider that names them
 *     {@code cc-approver-scjg}); a claimed group without it is not this product's
 */
@ConfigurationProperties("cc.sso")
public record SsoProperties(boolean enabled, String registration, String groupsClaim, String groupPrefix,
    Ldap ldap) {

  public SsoProperties {
    registration = registration == null || registration.isBlank() ? "sso" : registration;
    groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    groupPrefix = groupPrefix == null ? "" : groupPrefix;
    ldap = ldap == null ? new Ldap(null, null, null, null, null, null, null) : ldap;
  }

  /**
   * Groups from the directory as well as from the claims; off while {@code url} is empty.
   *
   * @param url e.g. {@code ldaps://ldap.example.gov.cn:636}
   * @param bindDn the account that searches (none: anonymous)
   * @param userDnPattern the official's entry, {@code {0}} standing for the user id
   * @param groupSearchBase where groups are searched
   * @param groupSearchFilter {@code {dn}} stands for the official's entry, {@code {user}} for the user id
   * @param groupIdAttribute the attribute that is the group's name
   */
  public record Ldap(String url, String bindDn, String bindPassword, String userDnPattern, String groupSearchBase,
      String groupSearchFilter, String groupIdAttribute) {

    public Ldap {
      groupSearchFilter = groupSearchFilter == null || groupSearchFilter.isBlank()
          ? "(|(member={dn})(uniqueMember={dn})(memberUid={user}))" : groupSearchFilter;
      groupIdAttribute = groupIdAttribute == null || groupIdAttribute.isBlank() ? "cn" : groupIdAttribute;
    }

    boolean on() {
      return url != null && !url.isBlank();
    }
  }
}
