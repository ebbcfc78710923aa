package org.creditcommitment.security.sso;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

/**
 * The organisation's directory in the single sign-on tests: UnboundID's in-memory LDAP server (the one Spring LDAP's
 * test support starts), on a free port of 127.0.0.1, once per JVM. It holds one official whose provider claims no
 * groups, {@code wang-ldap}, member of the approvers and of market supervision's approvers, and of a list this
 * product does not know.
 */
final class TestDirectory {

  static final String BASE = "dc=example,dc=gov,dc=cn";
  private static InMemoryDirectoryServer server;

  private TestDirectory() {}

  static synchronized String url() {
    if (server == null) {
      try {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("test", 0));
        config.setSchema(null);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: example");
        server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
        server.add("dn: uid=wang-ldap,ou=people," + BASE, "objectClass: inetOrgPerson", "uid: wang-ldap",
            "cn: 王目录", "sn: 王");
        for (String group : new String[] {"approver", "approver-scjg", "all-staff"}) {
          server.add("dn: cn=" + group + ",ou=groups," + BASE, "objectClass: groupOfNames", "cn: " + group,
              "member: uid=wang-ldap,ou=people," + BASE);
        }
        server.startListening();
      } catch (LDAPException | LDIFException e) {
        throw new IllegalStateException(e);
      }
    }
    return "ldap://127.0.0.1:" + server.getListenPort();
  }
}
