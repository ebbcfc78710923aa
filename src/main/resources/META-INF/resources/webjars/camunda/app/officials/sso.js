// Loaded by Tasklist, Cockpit, Admin and the welcome page (customScripts in each app's scripts/config.js). With single
// sign-on (security/sso, docs/deployment.md#single-sign-on) the account menu's sign-out goes through the server's
// /logout, which ends this session and the one at the identity provider; the webapps' own sign-out would end only
// the first, and the provider would sign the official straight back in. Without single sign-on
// /sso/settings.json does not exist and nothing changes.
(function () {
  'use strict';

  fetch('/sso/settings.json', {credentials: 'same-origin'})
    .then(function (answer) { return answer.ok ? answer.json() : null; })
    .then(function (settings) {
      if (!settings || !settings.logout) {
        return;
      }
      // the provider has signed the official in: the webapps' password form has nothing to do
      if (/^#!?\/login/.test(window.location.hash)) {
        window.location.hash = '';
      }
      function rewire() {
        document.querySelectorAll('li.account li.logout a:not([data-cc-sso])').forEach(function (old) {
          // a clone carries none of the webapps' listeners, so only the link below acts
          var link = old.cloneNode(true);
          link.setAttribute('data-cc-sso', 'logout');
          link.setAttribute('href', settings.logout);
          old.parentNode.replaceChild(link, old);
        });
      }
      rewire();
      new MutationObserver(rewire).observe(document, {childList: true, subtree: true});
    })
    .catch(function () { /* no settings: the webapps' own sign-out stays */ });
})();
