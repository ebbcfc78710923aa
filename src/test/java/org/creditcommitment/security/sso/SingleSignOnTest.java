package org.creditcommitment.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Officials sign in at the organisation's OpenID Connect provider (a real Spring Authorization Server,
 * {@link TestIdentityProvider}) and hold one session for Tasklist's REST calls and the product's /api; their groups
 * come from the provider's claims, and only the groups this product knows count.
 */
class SingleSignOnTest extends SsoIntegrationTest {

  @Autowired AuditedCases cases;
  @Autowired IdentityService identity;

  @Test
  void anOfficialOfOneDepartmentSeesItsTaskAndAnOfficialOfAnotherDepartmentDoesNot() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    String tasksOfCase = "/camunda/api/engine/engine/default/task?processInstanceId=" + c.processInstanceId();

    ProviderSignIn market = new ProviderSignIn(port);
    assertThat(market.open("/camunda/app/tasklist/default/", "sun-scjg").statusCode()).isEqualTo(200);
    assertThat(market.get(tasksOfCase).body()).contains("Task_MakeDecision");

    ProviderSignIn health = new ProviderSignIn(port);
    assertThat(health.open("/camunda/app/tasklist/default/", "li-wsjk").statusCode()).isEqualTo(200);
    HttpResponse<String> none = health.get(tasksOfCase);
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).isEqualTo("[]");
  }

  @Test
  void theProductsApiKnowsTheOfficialOfTheSameSessionWithTheClaimedGroupsThisProductKnowsOnly() {
    ProviderSignIn market = new ProviderSignIn(port);
    market.open("/camunda/app/tasklist/default/", "sun-scjg");

    HttpResponse<String> me = market.get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"sun-scjg\"");
    // the engine keeps a copy for Tasklist's filter, the department scope and mailed reminders
    assertThat(identity.createGroupQuery().groupMember("sun-scjg").list()).extracting(Group::getId)
        .containsExactly("approver", "approver-scjg");
    org.camunda.bpm.engine.identity.User mirrored = identity.createUserQuery().userId("sun-scjg").singleResult();
    assertThat(mirrored.getEmail()).isEqualTo("sun-scjg@sso.example.gov.cn");
    assertThat(mirrored.getFirstName() + mirrored.getLastName()).isEqualTo("孙市场");
  }

  @Test
  void groupsTheDirectoryHoldsForAnOfficialWhoseProviderClaimsNoneCountLikeClaimedOnes() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    ProviderSignIn market = new ProviderSignIn(port);
    assertThat(market.open("/camunda/app/tasklist/default/", "wang-ldap").statusCode()).isEqualTo(200);

    assertThat(market.get("/camunda/api/engine/engine/default/task?processInstanceId=" + c.processInstanceId())
        .body()).contains("Task_MakeDecision");
    assertThat(identity.createGroupQuery().groupMember("wang-ldap").list()).extracting(Group::getId)
        .containsExactly("approver", "approver-scjg");
  }

  @Test
  void theAuditorReadsTheTasksOfEveryDepartment() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    ProviderSignIn auditor = new ProviderSignIn(port);
    auditor.open("/camunda/app/cockpit/default/", "zhou-audit");

    assertThat(auditor.get("/camunda/api/engine/engine/default/task?processInstanceId=" + c.processInstanceId())
        .body()).contains("Task_MakeDecision");
    assertThat(auditor.get("/api/me").body()).contains("\"group\":\"auditor\"");
  }

  @Test
  void aSignInWithoutAnyGroupOfThisProductIsRefusedWithoutSayingWhyAndOpensNothing() {
    ProviderSignIn stranger = new ProviderSignIn(port);
    HttpResponse<String> refused = stranger.open("/camunda/app/tasklist/default/", "stranger");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("messageZh").doesNotContain("marketing", "portal", "groups", "claim");
    assertThat(identity.createUserQuery().userId("stranger").count()).isZero();
    assertThat(stranger.get("/api/me").statusCode()).isEqualTo(401);
    // still signed in at the provider: every later visit is refused the same way
    assertThat(stranger.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
  }

  @Test
  void aUserIdTheEngineCannotHoldIsRefused() {
    HttpResponse<String> refused = new ProviderSignIn(port).open("/camunda/app/tasklist/default/", "dot.ted");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("dot.ted").count()).isZero();
  }

  @Test
  void aForgedOrReplayedAnswerFromTheProviderIs401WithoutDetail() {
    HttpResponse<String> forged = new ProviderSignIn(port).get("/login/oauth2/code/sso?code=forged&state=forged");

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("messageZh").doesNotContain("authorization_request_not_found", "state");
  }

  @Test
  void withoutASessionTheWebappsRestAnswers401AndThePagesSendTheBrowserToTheProvider() {
    ProviderSignIn nobody = new ProviderSignIn(port);
    HttpResponse<String> rest = nobody.get("/camunda/api/engine/engine/default/task");

    assertThat(rest.statusCode()).isEqualTo(401);
    assertThat(rest.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(ProviderSignIn.isProviderSignIn(nobody.get("/audit/"))).isTrue();
  }

  @Test
  void signingOutEndsTheSessionHereAndAtTheProviderSoThatThePagesAskForASignInAgain() {
    ProviderSignIn market = new ProviderSignIn(port);
    market.open("/camunda/app/tasklist/default/", "sun-scjg");
    assertThat(market.get("/api/me").statusCode()).isEqualTo(200);

    HttpResponse<String> out = market.get("/logout");

    java.util.List<String> visited = new java.util.ArrayList<>();
    for (var step = java.util.Optional.of(out); step.isPresent(); step = step.get().previousResponse()) {
      visited.add(step.get().uri().toString());
    }
    assertThat(visited).as("the browser passes the provider's end-session endpoint")
        .anyMatch(uri -> uri.startsWith(TestIdentityProvider.issuer() + "/connect/logout?id_token_hint="));
    assertThat(market.get("/api/me").statusCode()).isEqualTo(401);
    // the provider's session has ended too: the next page asks for a password, not a silent sign-in
    assertThat(ProviderSignIn.isProviderSignIn(market.get("/camunda/app/tasklist/default/"))).isTrue();
  }

  @Test
  void machineClientsKeepHttpBasicOnTheApiAndTheWebappsPasswordFormIsClosed() {
    assertThat(http.get("/api/me", "clerk").statusCode()).isEqualTo(200);

    HttpResponse<String> form = http.send(http.request("/camunda/api/admin/auth/user/default/login/tasklist", null, null)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=clerk&password=demo")));
    assertThat(form.statusCode()).isEqualTo(401);
  }
}
