package org.creditcommitment.security.sso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Machine clients on {@code /api} with a bearer token of the organisation's provider instead of a password: an access
 * token in JWT form, its signature checked against the provider's published keys, its issuer and validity period
 * checked; the client (claim {@code client_id}, else {@code azp}, else {@code sub}) must be one configured in
 * {@code cc.api-tokens.clients} and acts in the group named there (the portal's client: {@code portal}). The
 * client-credentials grant gives such a token. With tokens on, the portal's password logins are refused: the
 * shared password is what tokens replace. Every refusal says only that it is one (no claim, no cause).
 */
class ApiTokens extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

  private final JwtDecoder decoder;
  private final Map<String, String> clients;
  private final IdentityService identityService;

  ApiTokens(JwtDecoder decoder, Map<String, String> clients, IdentityService identityService) {
    this.decoder = decoder;
    this.clients = Map.copyOf(clients);
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Jwt token;
      try {
        token = decoder.decode(header.substring(7).trim());
      } catch (JwtException refused) {
        log.info("API token refused: {}", refused.getClass().getSimpleName());
        unauthenticated(response);
        return;
      }
      String client = client(token);
      String group = client == null ? null : clients.get(client);
      if (group == null) {
        Problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "该客户端无权使用本接口",
            "This client may not use this API");
        return;
      }
      request.setAttribute(CurrentUser.SIGNED_IN_BY_TOKEN, new CurrentUser(client, List.of(group)));
    } else if (isPortalPassword(header)) {
      unauthenticated(response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static String client(Jwt token) {
    for (String claim : List.of("client_id", "azp", "sub")) {
      String value = token.getClaimAsString(claim);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** HTTP Basic of a member of the portal's group: checked by name only, the password is never looked at here. */
  private boolean isPortalPassword(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 && identityService.createUserQuery().userId(decoded.substring(0, colon))
          .memberOfGroup(Groups.PORTAL).count() > 0;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  private static void unauthenticated(HttpServletResponse response) throws IOException {
    Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "需要登录：令牌无效或已过期",
        "Authentication required: the token is missing, invalid or expired");
  }
}
