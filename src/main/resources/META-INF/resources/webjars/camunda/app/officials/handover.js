// Loaded by Tasklist (customScripts in tasklist/scripts/config.js): on a task's page, 转办 and 委派 to a colleague
// who is a candidate of the task, 办毕交回 of a delegated task, and 抄送 of its case, each asking for its reason and
// calling the product's API (POST /api/tasks/{id}/transfer, …/delegation, …/resolution, /api/cases/{no}/copies),
// which records it in the case's history. Tasklist's own hand-over without a reason is refused to officials
// (security/EngineGuard). What is offered comes from GET /api/tasks/{id}/hand-over; the server decides.
// Everything from the server is put into the page as text, never as HTML.
(function () {
  'use strict';

  var base = document.querySelector('base');
  if (!base || base.getAttribute('app-name') !== 'tasklist') {
    return;
  }

  var me = null;
  var loading = null;
  /** The task whose page offers the official nothing (not theirs to hand over): not asked again until another opens. */
  var offersNothing = null;

  var style = document.createElement('style');
  style.textContent = [
    '.cc-handover { clear: both; width: 100%; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 2px 0 4px; }',
    '.cc-handover button { font-size: 13px; line-height: 1.4; padding: 1px 10px; }',
    '.cc-handover .cc-handover-note { flex: 1 1 100%; color: #1b5e20; font-size: 13px; }',
    '.cc-handover .cc-handover-owner { color: #666; font-size: 13px; }',
    '#cc-handover-dialog { border: 1px solid #ccc; border-radius: 6px; padding: 16px 20px; max-width: min(34em, 92vw); }',
    '#cc-handover-dialog h3 { margin: 0 0 10px; font-size: 16px; }',
    '#cc-handover-dialog label { display: block; margin: 8px 0 4px; font-weight: normal; }',
    '#cc-handover-dialog select, #cc-handover-dialog textarea { width: 100%; box-sizing: border-box; }',
    '#cc-handover-dialog .cc-error { color: #c62828; margin: 8px 0 0; }',
    '#cc-handover-dialog .cc-buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }'
  ].join('\n');
  document.head.appendChild(style);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function call(path, options) {
    return fetch(path, Object.assign({ credentials: 'same-origin' }, options)).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var error = new Error(body.messageZh || '操作失败，请稍后重试。');
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  function get(path) {
    return call(path, { headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  }

  /** A write on the webapps' session carries its CSRF token, which /api/me hands to the product's pages. */
  function post(path, body) {
    var ready = me ? Promise.resolve(me) : get('/api/me').then(function (m) { me = m; return m; });
    return ready.then(function (m) {
      return call(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json',
        'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': m.csrfToken || '' } });
    });
  }

  function currentTask() {
    var match = /[?&]task=([^&]+)/.exec(location.hash || '');
    return match ? decodeURIComponent(match[1]) : null;
  }

  // ---- the bar under the task's header ----

  function refresh(note) {
    var bar = document.getElementById('cc-handover');
    if (bar) { bar.remove(); }
    loading = null;
    place(note);
  }

  /** Puts the bar under the header of the task shown, once per task (Tasklist redraws the header at will). */
  function place(note) {
    var id = currentTask();
    var meta = document.querySelector('[cam-tasklist-task-meta]');
    var bar = document.getElementById('cc-handover');
    if (!id || !meta) {
      if (bar) { bar.remove(); }
      return;
    }
    if (bar && bar.dataset.task === id && bar.isConnected) {
      return;
    }
    if (loading === id || offersNothing === id) {
      return;
    }
    loading = id;
    get('/api/tasks/' + encodeURIComponent(id) + '/hand-over').then(function (offer) {
      var header = document.querySelector('[cam-tasklist-task-meta]');
      if (currentTask() !== id || !header) { return; }
      var old = document.getElementById('cc-handover');
      if (old) { old.remove(); }
      // on its own line above the task's tabs (表单, 历史, …); the header itself lays its parts out in a row
      var tabs = document.querySelector('.nav-tabs');
      var bar = render(id, offer, note);
      if (tabs && (header.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        tabs.parentNode.insertBefore(bar, tabs);
      } else {
        header.parentNode.insertBefore(bar, header.nextSibling);
      }
    }).catch(function () { offersNothing = id; })
      .then(function () { if (loading === id) { loading = null; } });
  }

  function render(id, offer, note) {
    var bar = el('div', 'cc-handover');
    bar.id = 'cc-handover';
    bar.dataset.task = id;
    if (offer.mayHandOver && offer.colleagues.length) {
      bar.appendChild(button('cc-transfer', '转办', function () { handOver(offer, 'transfer'); }));
      bar.appendChild(button('cc-delegate', '委派', function () { handOver(offer, 'delegation'); }));
    }
    if (offer.mayResolve) {
      bar.appendChild(button('cc-resolve', '办毕交回', function () { resolve(offer); }));
      bar.appendChild(el('span', 'cc-handover-owner', '委托人：' + (offer.owner || '—') + '（办毕请交回，由委托人完成）'));
    }
    bar.appendChild(button('cc-copy', '抄送', function () { copy(offer); }));
    if (note) { bar.appendChild(el('p', 'cc-handover-note', note)); }
    return bar;
  }

  function button(id, text, action) {
    var b = el('button', 'btn btn-default', text);
    b.type = 'button';
    b.id = id;
    b.addEventListener('click', action);
    return b;
  }

  // ---- the dialog ----

  /**
   * Asks for what the step needs and sends it; stays open with the server's Chinese refusal when refused.
   * @param fields [{ id, label, options (for a choice) | rows (for text), required }]
   */
  function ask(title, fields, send) {
    var old = document.getElementById('cc-handover-dialog');
    if (old) { old.remove(); }
    var dialog = el('dialog');
    dialog.id = 'cc-handover-dialog';
    var form = el('form');
    form.appendChild(el('h3', '', title));
    fields.forEach(function (f) {
      var label = el('label', '', f.label);
      label.htmlFor = f.id;
      form.appendChild(label);
      var input;
      if (f.options) {
        input = el('select', 'form-control');
        var none = el('option', '', '请选择');
        none.value = '';
        input.appendChild(none);
        f.options.forEach(function (group) {
          var parent = input;
          if (group.label) {
            parent = el('optgroup');
            parent.label = group.label;
            input.appendChild(parent);
          }
          group.items.forEach(function (item) {
            var option = el('option', '', item.name);
            option.value = item.value;
            parent.appendChild(option);
          });
        });
      } else {
        input = el('textarea', 'form-control');
        input.rows = f.rows || 3;
        input.maxLength = 500;
      }
      input.id = f.id;
      form.appendChild(input);
    });
    var error = el('p', 'cc-error');
    error.id = 'cc-handover-error';
    error.setAttribute('role', 'alert');
    form.appendChild(error);
    var buttons = el('div', 'cc-buttons');
    var cancel = button('cc-handover-cancel', '取消', function () { dialog.close(); dialog.remove(); });
    var ok = el('button', 'btn btn-primary', '确定');
    ok.type = 'submit';
    ok.id = 'cc-handover-ok';
    buttons.appendChild(cancel);
    buttons.appendChild(ok);
    form.appendChild(buttons);
    form.addEventListener('input', function () { error.textContent = ''; });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var values = {};
      var missing = null;
      fields.forEach(function (f) {
        values[f.id] = document.getElementById(f.id).value.trim();
        if (f.required && !values[f.id] && !missing) { missing = f.missing; }
      });
      if (missing) {
        error.textContent = missing;
        return;
      }
      ok.disabled = true;
      error.textContent = '';
      send(values).then(function (note) {
        dialog.close();
        dialog.remove();
        refresh(note);
      }).catch(function (e) {
        error.textContent = e.message;
      }).then(function () { ok.disabled = false; });
    });
    dialog.appendChild(form);
    document.body.appendChild(dialog);
    dialog.showModal();
  }

  function handOver(offer, kind) {
    var transfer = kind === 'transfer';
    var colleagues = offer.colleagues.map(function (c) { return { value: c.id, name: c.name }; });
    ask((transfer ? '转办' : '委派') + '：' + offer.taskName + '（' + offer.caseNo + '）', [
      { id: 'cc-to', label: transfer ? '转交给（本任务候选岗位的同事）' : '请哪位同事协办（本任务候选岗位的同事）',
        options: [{ items: colleagues }], required: true, missing: '请选择同事' },
      { id: 'cc-reason', label: transfer ? '转办理由（必填，记入办理过程）' : '委派事项和理由（必填，记入办理过程）',
        required: true, missing: transfer ? '请写明转办理由' : '请写明委派理由' }
    ], function (v) {
      return post('/api/tasks/' + encodeURIComponent(offer.taskId) + '/' + kind, { toUser: v['cc-to'], reason: v['cc-reason'] })
        .then(function (done) {
          return transfer ? '已转办给 ' + done.toUserName + '，理由已记入办理过程。'
            : '已委派 ' + done.toUserName + ' 协办；协办人办毕交回后，由您完成本任务。';
        });
    });
  }

  function resolve(offer) {
    ask('办毕交回：' + offer.taskName + '（' + offer.caseNo + '）', [
      { id: 'cc-note', label: '办理情况（可不填，记入办理过程）' }
    ], function (v) {
      return post('/api/tasks/' + encodeURIComponent(offer.taskId) + '/resolution', { note: v['cc-note'] })
        .then(function () { return '已交回委托人 ' + (offer.owner || '') + '。'; });
    });
  }

  function copy(offer) {
    get('/api/copy-recipients').then(function (recipients) {
      ask('抄送办件 ' + offer.caseNo, [
        { id: 'cc-recipient', label: '抄送给（同事或岗位，对方可查阅本办件）', required: true, missing: '请选择抄送对象',
          options: [
            { label: '岗位', items: recipients.groups.map(function (g) { return { value: 'group:' + g.id, name: g.name }; }) },
            { label: '同事', items: recipients.users.map(function (u) { return { value: 'user:' + u.id, name: u.name }; }) }
          ] },
        { id: 'cc-copy-note', label: '抄送说明（必填）', required: true, missing: '请写明抄送说明' }
      ], function (v) {
        var to = v['cc-recipient'];
        var body = { note: v['cc-copy-note'] };
        body[to.indexOf('group:') === 0 ? 'toGroup' : 'toUser'] = to.slice(to.indexOf(':') + 1);
        return post('/api/cases/' + encodeURIComponent(offer.caseNo) + '/copies', body).then(function (sent) {
          return '已抄送 ' + sent.recipientName + '。';
        });
      });
    }).catch(function () { /* no recipients offered */ });
  }

  window.addEventListener('hashchange', function () { place(); });
  setInterval(function () { place(); }, 700);
}());
