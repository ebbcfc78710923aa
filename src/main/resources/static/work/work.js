// 我的办件 (/work/): my departments' running cases by stage and deadline, and the cases I acted on, each with its
// documents and (for those who read it) its audit timeline. Reads /api on the Camunda webapps' session (see
// /common/officials.js); everything from the server is put into the page as text, never as HTML.
(function () {
  'use strict';

  var CC = window.CC;
  var SIZE = 20;
  var BEIJING = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });
  var state = { list: 'department', page: 0, request: 0, me: null };
  /** The lists of what others sent the official (抄送我的, 催办我的): short, newest first, without search. */
  var NOTES = { copies: '/api/work/copies', urges: '/api/work/urges' };

  function $(id) { return document.getElementById(id); }

  function say(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
    if (text) { tell(''); }
  }

  function tell(text) {
    $('notice').textContent = text || '';
    $('notice').hidden = !text;
  }

  /** A write on the webapps' session carries its CSRF token, which /api/me hands to this server's pages. */
  function post(path, body) {
    return fetch(path, {
      method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
        'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': (state.me && state.me.csrfToken) || '' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (!response.ok) { throw new Error(answer.messageZh || '操作失败，请稍后重试。'); }
        return answer;
      });
    });
  }

  /** 催办 is a department head's and the credit office's. */
  function mayUrge() {
    return !!state.me && state.me.roles.some(function (r) {
      return r.group === 'leader' || r.group === 'credit-office';
    });
  }

  /** A deadline is stated as its last day, as every other screen states it. */
  function lastDay(iso) {
    var parts = iso.split('-');
    return Number(parts[0]) + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日（当日24:00止）';
  }

  /** Days from today (Beijing) to this week's Sunday: 本周内到期. */
  function daysToSunday() {
    var weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' })
      .format(new Date());
    return (7 - ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekday)) % 7;
  }

  function query() {
    var params = new URLSearchParams({ page: String(state.page), size: String(SIZE) });
    var q = $('q').value.trim();
    if (q) { params.set('q', q); }
    if (state.list === 'department') {
      if ($('stage').value) { params.set('stage', $('stage').value); }
      if ($('due').value === 'overdue') { params.set('overdue', 'true'); }
      if ($('due').value === 'week') { params.set('dueWithin', String(daysToSunday())); }
    }
    return '/api/work/' + state.list + '?' + params.toString();
  }

  function cell(row, text, className) {
    var td = CC.el('td', className || '', text);
    row.appendChild(td);
    return td;
  }

  function twoLines(row, main, sub) {
    var td = cell(row, main);
    if (sub) { td.appendChild(CC.el('span', 'sub', sub)); }
  }

  function link(td, href, text) {
    var a = CC.el('a', '', text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    td.appendChild(a);
  }

  function render(result) {
    var body = $('cases').tBodies[0];
    body.replaceChildren();
    if (!result.items.length) {
      var empty = CC.el('td', 'empty', state.list === 'done' ? '没有符合条件的已办办件' : '没有符合条件的办件');
      empty.colSpan = 9;
      var tr = document.createElement('tr');
      tr.appendChild(empty);
      body.appendChild(tr);
    }
    result.items.forEach(function (item) {
      var tr = document.createElement('tr');
      tr.dataset.caseNo = item.caseNo;
      cell(tr, item.caseNo, 'code');
      twoLines(tr, item.applicantName || '—', item.applicantCode);
      cell(tr, item.itemName || '—');
      cell(tr, item.departmentName || '—');
      cell(tr, item.stage.join('、') || '—', 'department-only');
      var due = cell(tr, item.dueDate ? lastDay(item.dueDate) : '—', 'date department-only');
      if (item.overdue) {
        due.classList.add('overdue');
        due.textContent = '已逾期 · ' + due.textContent;
      }
      twoLines(tr, item.lastAction || '—', item.actedAt ? BEIJING.format(new Date(item.actedAt)) : '');
      tr.lastChild.classList.add('done-only');
      cell(tr, item.state || '—', 'done-only');
      var links = cell(tr, '', 'links');
      link(links, item.documentsUrl, '文书');
      if (item.timelineUrl) { link(links, item.timelineUrl, '办理过程'); }
      if (state.list === 'department' && mayUrge()) {
        (item.tasks || []).forEach(function (task) { urgeButton(links, item.caseNo, task); });
      }
      body.appendChild(tr);
    });
    var pages = Math.max(1, Math.ceil(result.total / SIZE));
    $('summary').textContent = '共 ' + result.total + ' 件';
    $('page-label').textContent = '第 ' + (result.page + 1) + ' / ' + pages + ' 页';
    $('previous').disabled = result.page === 0;
    $('next').disabled = result.page + 1 >= pages;
    if (state.list === 'department') { stages(result.stages); }
  }

  /** The stage choices are the open tasks of the cases listed, kept while a stage is chosen. */
  function stages(list) {
    var select = $('stage');
    var chosen = select.value;
    if (chosen) { return; }
    while (select.options.length > 1) { select.remove(1); }
    list.forEach(function (s) {
      var option = CC.el('option', '', s.name);
      option.value = s.key;
      select.appendChild(option);
    });
  }

  function urgeButton(td, caseNo, task) {
    var button = CC.el('button', 'urge', '催办「' + task.name + '」');
    button.type = 'button';
    button.addEventListener('click', function () {
      var dialog = $('urge-dialog');
      dialog.dataset.taskId = task.id;
      $('urge-what').textContent = '办件 ' + caseNo + ' 的待办任务“' + task.name + '”';
      $('urge-note').value = '';
      dialog.showModal();
    });
    td.appendChild(button);
  }

  function urgeChosen() {
    var dialog = $('urge-dialog');
    if (dialog.returnValue !== 'send') { return; }
    post('/api/tasks/' + encodeURIComponent(dialog.dataset.taskId) + '/urge', { note: $('urge-note').value })
      .then(function (urged) {
        say('');
        tell('已催办“' + urged.taskName + '”（办件 ' + urged.caseNo + '），办理人将收到邮件。');
      }).catch(function (error) { say(error.message); })
      .then(function () { document.body.dataset.urged = dialog.dataset.taskId; });
  }

  /** 抄送我的 / 催办我的: who sent what, when and why, each case with its documents (and, for a copy, its history). */
  function renderNotes(items) {
    var body = $('notes').tBodies[0];
    body.replaceChildren();
    if (!items.length) {
      var empty = CC.el('td', 'empty', state.list === 'copies' ? '暂无抄送给您的办件' : '暂无对您的催办');
      empty.colSpan = 6;
      var tr = document.createElement('tr');
      tr.appendChild(empty);
      body.appendChild(tr);
    }
    items.forEach(function (item) {
      var tr = document.createElement('tr');
      tr.dataset.caseNo = item.caseNo;
      cell(tr, item.caseNo, 'code');
      if (state.list === 'copies') {
        twoLines(tr, '抄送', item.to === '本人' ? '抄送给本人' : '抄送给' + item.to);
      } else {
        twoLines(tr, '催办「' + item.taskName + '」', item.open ? '尚未办结' : '已办结');
      }
      cell(tr, item.from || '—');
      cell(tr, item.at ? BEIJING.format(new Date(item.at)) : '—', 'date');
      cell(tr, item.note || '—', 'note');
      var links = cell(tr, '', 'links');
      link(links, item.documentsUrl || '/documents/?caseNo=' + encodeURIComponent(item.caseNo), '文书');
      if (item.timelineUrl) { link(links, item.timelineUrl, '办理过程'); }
      body.appendChild(tr);
    });
    $('summary').textContent = '共 ' + items.length + ' 件';
  }

  function load() {
    say('');
    if (NOTES[state.list]) {
      var list = state.list;
      var asked = ++state.request;
      CC.apiJson(NOTES[list]).then(function (result) {
        if (asked === state.request) { renderNotes(result.items); }
      }).catch(function (error) {
        if (asked === state.request && error.status !== 401) { say(error.message); }
      }).then(function () {
        if (asked === state.request) { document.body.dataset.loaded = list; }
      });
      return;
    }
    $('search').disabled = true;
    // an answer to an earlier request (another tab, an earlier search) must not overwrite a later one
    var request = ++state.request;
    CC.apiJson(query()).then(function (result) {
      if (request === state.request) { render(result); }
    }).catch(function (error) {
      if (request === state.request && error.status !== 401) { say(error.message); }
    }).then(function () {
      if (request === state.request) {
        $('search').disabled = false;
        document.body.dataset.loaded = state.list;
      }
    });
  }

  function show(list) {
    state.list = list;
    state.page = 0;
    document.body.className = 'list-' + list;
    document.querySelectorAll('.tabs button').forEach(function (tab) {
      tab.setAttribute('aria-selected', String(tab.dataset.list === list));
    });
    load();
  }

  /**
   * 待办工作日报: the official's own choice, shown only to those who may make it (auditors hold no tasks); a write
   * carries the webapps' CSRF token that /api/me hands to this server's pages.
   */
  function digestChoice(me) {
    var box = $('digest');
    CC.apiJson('/api/me/work-digest').then(function (choice) {
      box.checked = choice.subscribed;
      $('digest-panel').hidden = false;
    }).catch(function () { /* not offered to this official */ });
    box.addEventListener('change', function () {
      box.disabled = true;
      fetch('/api/me/work-digest', {
        method: 'PUT', credentials: 'same-origin', body: JSON.stringify({ subscribed: box.checked }),
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
          'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': me.csrfToken || '' }
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) { throw new Error(body.messageZh || '保存失败，请稍后重试。'); }
          return body;
        });
      }).then(function (choice) {
        box.checked = choice.subscribed;
        say(choice.subscribed ? '已订阅待办工作日报。' : '已取消订阅待办工作日报。');
      }).catch(function (error) {
        box.checked = !box.checked;
        say(error.message);
      }).then(function () {
        box.disabled = false;
        document.body.dataset.digest = String(box.checked);
      });
    });
  }

  CC.start('我的办件', function (me) {
    state.me = me;
    digestChoice(me);
    $('urge-dialog').addEventListener('close', urgeChosen);
    document.querySelectorAll('.tabs button').forEach(function (tab) {
      tab.addEventListener('click', function () { show(tab.dataset.list); });
    });
    $('filter-form').addEventListener('submit', function (event) {
      event.preventDefault();
      state.page = 0;
      load();
    });
    $('previous').addEventListener('click', function () { state.page -= 1; load(); });
    $('next').addEventListener('click', function () { state.page += 1; load(); });
    var asked = location.hash.slice(1);
    show(asked === 'done' || NOTES[asked] ? asked : 'department');
  });
}());
