// Shared by the officials' own pages (/audit/, /statistics/): one sign-in with the Camunda webapps (their
// session cookie is accepted by /api for reading), one header, one way to call /api.
// Everything from the server is put into the page as text (textContent), never as HTML.
(function () {
  'use strict';

  var LOGIN = '/camunda/app/welcome/default/#!/login';
  var NAV = [
    { href: '/camunda/app/tasklist/default/', label: '任务列表' },
    { href: '/work/', label: '我的办件' },
    { href: '/audit/', label: '办件审计' },
    { href: '/statistics/', label: '统计分析' }
  ];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // the Welcome page sends the official back here after signing in (webapps.js)
  function toLogin() {
    sessionStorage.setItem('cc.returnTo', location.pathname + location.search + location.hash);
    location.href = LOGIN;
  }

  /** fetch on the webapps' session; a missing login goes to the one login page, other errors throw. */
  function api(path) {
    return fetch(path, {
      headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json, text/csv' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.status === 401) {
        toLogin();
        throw Object.assign(new Error('unauthenticated'), { status: 401 });
      }
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          var error = new Error(problem.messageZh || problem.title || ('请求失败（' + response.status + '）'));
          error.status = response.status;
          throw error;
        });
      }
      return response;
    });
  }

  function apiJson(path) {
    return api(path).then(function (r) { return r.json(); });
  }

  // The webapps log out with a POST that carries their CSRF token; any GET of their API hands it out.
  function logout() {
    fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' }).then(function (r) {
      return fetch('/camunda/api/admin/auth/user/default/logout', {
        method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': r.headers.get('X-XSRF-TOKEN') || '' }
      });
    }).catch(function () { /* logged out or not: the login page follows either way */ }).then(function () {
      location.href = LOGIN;
    });
  }

  function roleText(me) {
    return me.roles.map(function (r) { return r.label; }).join('、');
  }

  function header(title, me) {
    var bar = el('header', 'cc-header');
    var brand = el('a', 'cc-brand');
    brand.href = '/camunda/app/welcome/default/';
    brand.appendChild(el('span', 'cc-brand-mark', '信用承诺'));
    brand.appendChild(el('span', 'cc-brand-app', title));
    bar.appendChild(brand);
    var nav = el('nav', 'cc-nav');
    NAV.forEach(function (item) {
      var link = el('a', location.pathname.indexOf(item.href) === 0 ? 'active' : '', item.label);
      link.href = item.href;
      nav.appendChild(link);
    });
    bar.appendChild(nav);
    var user = el('div', 'cc-user');
    var name = el('span', 'cc-user-name', me.name);
    name.id = 'user-name';
    user.appendChild(name);
    var roles = roleText(me);
    if (roles && me.name.indexOf(roles) < 0) {
      user.appendChild(el('span', 'cc-user-role', roles));
    }
    var out = el('button', 'cc-logout', '退出');
    out.type = 'button';
    out.id = 'logout-button';
    out.addEventListener('click', logout);
    user.appendChild(out);
    bar.appendChild(user);
    document.body.insertBefore(bar, document.body.firstChild);
  }

  /** Signs the page in on the webapps' session (or sends the browser to the login page) and draws the header. */
  function start(title, ready) {
    apiJson('/api/me').then(function (me) {
      header(title, me);
      ready(me);
    }).catch(function (error) {
      if (error.status === 403) {
        document.body.appendChild(el('p', 'cc-forbidden', '当前用户无权使用本页面。'));
      }
    });
  }

  window.CC = { api: api, apiJson: apiJson, start: start, logout: logout, el: el };
}());
