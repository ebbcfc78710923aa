// Auditor page: login, case search, one case's diagram (path taken) and timeline. Read-only.
// Every value from the server is put into the page as text (textContent, never innerHTML): a case
// field or form value holding markup stays inert text.
(function () {
  'use strict';

  var AUTH_KEY = 'cc.audit.auth';
  var USER_KEY = 'cc.audit.user';
  var PAGE_SIZE = 20;
  var state = { page: 0, query: {}, viewer: null, diagram: null };
  var TIME = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  });

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function show(id) {
    ['login', 'search', 'case'].forEach(function (s) { $(s).hidden = s !== id; });
    $('user-bar').hidden = id === 'login';
  }

  function message(text, ok) {
    var box = $('message');
    box.hidden = !text;
    box.className = ok ? 'ok' : '';
    box.textContent = text || '';
  }

  function formatTime(value) {
    return value ? TIME.format(new Date(value)) : '';
  }

  function basic(user, password) {
    var bytes = new TextEncoder().encode(user + ':' + password);
    var binary = '';
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return 'Basic ' + btoa(binary);
  }

  function api(path) {
    return fetch(path, {
      headers: { 'Authorization': sessionStorage.getItem(AUTH_KEY) || '', 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'omit'
    }).then(function (response) {
      if (response.status === 401) {
        logout('登录已失效或用户名、密码错误，请重新登录。');
        throw new Error('unauthenticated');
      }
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          throw new Error(problem.messageZh || problem.title || ('请求失败（' + response.status + '）'));
        });
      }
      return response;
    });
  }

  function apiJson(path) {
    return api(path).then(function (r) { return r.json(); });
  }

  function fail(error) {
    if (error && error.message !== 'unauthenticated') { message(error.message); }
  }

  // ---- login ----
  function login(event) {
    event.preventDefault();
    var user = $('login-user').value.trim();
    sessionStorage.setItem(AUTH_KEY, basic(user, $('login-password').value));
    sessionStorage.setItem(USER_KEY, user);
    apiJson('/api/audit/cases?size=1').then(function () {
      $('login-password').value = '';
      message('');
      route();
    }).catch(function (error) {
      if (error.message !== 'unauthenticated') {
        sessionStorage.removeItem(AUTH_KEY);
        message(error.message === 'unauthenticated' ? '' : '无权访问审计页面：' + error.message);
        show('login');
      }
    });
  }

  function logout(text) {
    sessionStorage.removeItem(AUTH_KEY);
    sessionStorage.removeItem(USER_KEY);
    message(text || '');
    show('login');
  }

  // ---- search ----
  function search(page) {
    state.page = page;
    var params = new URLSearchParams();
    Object.keys(state.query).forEach(function (k) { if (state.query[k]) { params.set(k, state.query[k]); } });
    params.set('page', page);
    params.set('size', PAGE_SIZE);
    apiJson('/api/audit/cases?' + params.toString()).then(renderResults).catch(fail);
  }

  function renderResults(result) {
    var body = document.querySelector('#results tbody');
    body.replaceChildren();
    result.items.forEach(function (c) {
      var row = el('tr');
      var link = el('a', 'case-link', c.caseNo);
      link.href = '#/case/' + encodeURIComponent(c.caseNo);
      var first = el('td');
      first.appendChild(link);
      row.appendChild(first);
      [c.applicantName, c.applicantCode, c.itemCode, c.department, c.endStateLabel, formatTime(c.createdAt)]
        .forEach(function (v) { row.appendChild(el('td', null, v)); });
      body.appendChild(row);
    });
    if (result.items.length === 0) {
      var empty = el('tr');
      var cell = el('td', null, '没有符合条件的办件');
      cell.colSpan = 7;
      empty.appendChild(cell);
      body.appendChild(empty);
    }
    var pages = Math.max(1, Math.ceil(result.total / result.size));
    $('page-info').textContent = '第 ' + (result.page + 1) + ' / ' + pages + ' 页，共 ' + result.total + ' 件';
    $('prev-page').disabled = result.page === 0;
    $('next-page').disabled = result.page + 1 >= pages;
  }

  // ---- one case ----
  function openCase(caseNo) {
    show('case');
    message('');
    $('case-title').textContent = '办件 ' + caseNo;
    $('timeline').replaceChildren();
    $('timeline-count').textContent = '';
    Promise.all([apiJson('/api/cases/' + encodeURIComponent(caseNo) + '/diagram'),
      apiJson('/api/cases/' + encodeURIComponent(caseNo) + '/history')])
      .then(function (results) {
        state.diagram = results[0];
        $('case-title').textContent = '办件 ' + caseNo + ' · ' + (results[0].processDefinitionName || results[0].processDefinitionKey);
        renderTimeline(results[1].entries);
        return renderDiagram(results[0]);
      }).catch(fail);
  }

  function renderDiagram(diagram) {
    if (state.viewer) { state.viewer.destroy(); }
    state.viewer = new BpmnJS({ container: '#diagram' });
    return state.viewer.importXML(diagram.xml).then(function () {
      var canvas = state.viewer.get('canvas');
      var overlays = state.viewer.get('overlays');
      var registry = state.viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      diagram.activities.forEach(function (a) {
        var element = registry.get(a.activityId);
        if (!element) { return; }
        // a sub-process is a frame around steps: outline it only, so the steps inside stay readable
        canvas.addMarker(a.activityId, a.incident ? 'cc-incident' : (a.active ? 'cc-active' : 'cc-passed'));
        if (element.type === 'bpmn:SubProcess') { canvas.addMarker(a.activityId, 'cc-scope'); }
        if (a.count > 1) {
          overlays.add(a.activityId, 'pass-count', {
            position: { top: -10, right: 10 },
            html: el('span', 'pass-count', '×' + a.count)
          });
        }
      });
      diagram.takenFlows.forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, 'cc-taken'); }
      });
      $('diagram').setAttribute('data-rendered', 'true');
    });
  }

  function renderTimeline(entries) {
    var list = $('timeline');
    $('timeline-count').textContent = '（' + entries.length + ' 条）';
    entries.forEach(function (e) {
      var item = el('li', 'src-' + e.source + ' type-' + e.type.replace(/[^a-z]+/g, '-'));
      item.appendChild(el('span', 'tl-time', formatTime(e.time)));
      item.appendChild(el('span', 'tl-label', e.label));
      var what = (e.details && (e.details.name || e.details.typeLabel || e.details.decisionName || e.details.kind)) || '';
      if (what) { item.appendChild(el('span', 'tl-activity', '「' + what + '」')); }
      if (e.actor) { item.appendChild(el('span', 'tl-actor', '操作人：' + e.actor)); }
      item.appendChild(el('span', 'tl-source', e.source));
      var details = el('details');
      details.appendChild(el('summary', null, '详情'));
      details.appendChild(el('pre', null, JSON.stringify(e.details, null, 2)));
      item.appendChild(details);
      if (e.activityId) {
        item.setAttribute('data-activity', e.activityId);
        item.addEventListener('click', function () { select(item, e.activityId); });
      }
      list.appendChild(item);
    });
  }

  function select(item, activityId) {
    document.querySelectorAll('#timeline li.selected').forEach(function (li) { li.classList.remove('selected'); });
    item.classList.add('selected');
    if (!state.viewer) { return; }
    var canvas = state.viewer.get('canvas');
    state.viewer.get('elementRegistry').forEach(function (element) { canvas.removeMarker(element.id, 'cc-selected'); });
    if (state.viewer.get('elementRegistry').get(activityId)) { canvas.addMarker(activityId, 'cc-selected'); }
  }

  function downloadCsv() {
    var caseNo = currentCase();
    api('/api/cases/' + encodeURIComponent(caseNo) + '/history.csv').then(function (r) { return r.blob(); })
      .then(function (blob) {
        var link = el('a');
        link.href = URL.createObjectURL(blob);
        link.download = caseNo + '-history.csv';
        document.body.appendChild(link);
        link.click();
        link.remove();
      }).catch(fail);
  }

  function verifyChain() {
    apiJson('/api/audit/verify').then(function (v) {
      if (v.intact) {
        message('审计链完整：已校验 ' + v.eventsChecked + ' 条事件，未发现篡改。', true);
      } else {
        message('审计链异常：' + (v.brokenEventId ? '事件 ' + v.brokenEventId + '：' : '') + v.problemZh);
      }
    }).catch(fail);
  }

  function currentCase() {
    var match = /^#\/case\/(.+)$/.exec(location.hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function route() {
    if (!sessionStorage.getItem(AUTH_KEY)) { show('login'); return; }
    $('user-name').textContent = '当前用户：' + (sessionStorage.getItem(USER_KEY) || '');
    var caseNo = currentCase();
    if (caseNo) {
      openCase(caseNo);
    } else {
      show('search');
      search(state.page);
    }
  }

  $('login-form').addEventListener('submit', login);
  $('logout-button').addEventListener('click', function () { logout(''); });
  $('verify-button').addEventListener('click', verifyChain);
  $('back-button').addEventListener('click', function () { location.hash = ''; });
  $('csv-button').addEventListener('click', downloadCsv);
  $('prev-page').addEventListener('click', function () { search(state.page - 1); });
  $('next-page').addEventListener('click', function () { search(state.page + 1); });
  $('search-form').addEventListener('submit', function (event) {
    event.preventDefault();
    state.query = Object.fromEntries(new FormData(event.target).entries());
    search(0);
  });
  $('open-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var caseNo = $('open-case-no').value.trim();
    if (caseNo) { location.hash = '#/case/' + encodeURIComponent(caseNo); }
  });
  window.addEventListener('hashchange', route);
  route();
}());
