package org.creditcommitment.security.sso;

import java.security.GeneralSecurityException;
import java.util.List;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.util.ssl.SSLUtil;

/**
 * The official's groups from the organisation's directory (LDAP), for providers whose tokens carry no groups: at each
 * sign-in the groups whose member is the official are read, their names ({@code cn} by default) then mapped like
 * claimed ones ({@link SsoGroups}). A directory that cannot be reached at start stops the start; one that fails
 * during a sign-in refuses that sign-in (401), never grants anything.
 */
class DirectoryGroups implements AutoCloseable {

  private final LDAPConnectionPool pool;
  private final SsoProperties.Ldap settings;

  DirectoryGroups(SsoProperties.Ldap settings) {
    this.settings = settings;
    try {
      LDAPURL url = new LDAPURL(settings.url());
      LDAPConnection connection = "ldaps".equalsIgnoreCase(url.getScheme())
          ? new LDAPConnection(new SSLUtil().createSSLSocketFactory(), url.getHost(), url.getPort())
          : new LDAPConnection(url.getHost(), url.getPort());
      if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
        connection.bind(settings.bindDn(), settings.bindPassword());
      }
      this.pool = new LDAPConnectionPool(connection, 4);
    } catch (LDAPException | GeneralSecurityException unreachable) {
      throw new IllegalStateException("Single sign-on: the directory " + settings.url() + " cannot be reached or"
          + " refused the bind (" + unreachable.getMessage() + "); check cc.sso.ldap.url, bind-dn and"
          + " bind-password", unreachable);
    }
  }

  List<String> of(String userId) {
    // the user id is letters, digits and dashes (SsoUsers.USER_ID): nothing in it needs escaping in a DN
    String dn = settings.userDnPattern().replace("{0}", userId);
    String filter = settings.groupSearchFilter()
        .replace("{dn}", Filter.encodeValue(dn))
        .replace("{user}", Filter.encodeValue(userId));
    try {
      SearchRequest search = new SearchRequest(settings.groupSearchBase(), SearchScope.SUB, filter,
          settings.groupIdAttribute());
      return pool.search(search).getSearchEntries().stream()
          .map((SearchResultEntry entry) -> entry.getAttributeValue(settings.groupIdAttribute()))
          .filter(name -> name != null && !name.isBlank())
          .toList();
    } catch (LDAPException failed) {
      throw new IllegalStateException("directory search failed: " + failed.getResultCode(), failed);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
