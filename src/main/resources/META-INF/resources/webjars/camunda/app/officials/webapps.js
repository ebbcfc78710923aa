// Loaded by Tasklist, Cockpit, Admin and Welcome (customScripts in each app's scripts/config.js).
// What officials read is Chinese and about their work:
// - the Community Edition end-of-life banner is a message for administrators: hidden for everyone else;
// - Tasklist lists tasks by due date (most urgent first) unless the official chose another order;
// - the few English texts the form renderer (form-js) has no translation hook for are put into Chinese;
// - Tasklist: a number or name typed into 筛选任务 finds its tasks, a deadline reads as its last day and every date
//   as a date beside "3 天前", controls only administrators may use are not offered to others, a refusal reads as a
//   Chinese sentence, 完成 says what it did, the product's own pages are one click away, and an objection's or a
//   repair's card names its dishonesty record, and a form asks first for what the official decides (its read-only
//   context folded below, dates as Chinese dates, the letter whole, a hint why 完成 is grey until the task is claimed),
//   and a field of evidence file ids offers to upload the files.
// Nothing here changes what a user may do: the server decides that (security/EngineGuard).

const APP = document.querySelector('base').getAttribute('app-name');
const APP_ROOT = document.querySelector('base').getAttribute('app-root');

// ---- end-of-life banner: administrators only ----
// until the user is known, nobody is taken for an administrator
document.documentElement.classList.add('cc-not-admin');
const hideBanner = document.createElement('style');
hideBanner.textContent = '.ce-eol-banner { display: none !important; }';
document.head.appendChild(hideBanner);
// checked again after every route change: signing in on the login page changes the route, not the page
function checkUser() {
  fetch(APP_ROOT + '/api/admin/auth/user/default', { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : null))
    .then((user) => {
      const admin = !!user && (user.authorizedApps || []).includes('admin');
      if (admin) {
        hideBanner.remove();
      } else if (!hideBanner.isConnected) {
        document.head.appendChild(hideBanner);
      }
      // the engine refuses due and follow-up dates and candidate groups to everyone but administrators
      // (security/EngineGuard): user-styles.css hides those controls on a page marked so
      document.documentElement.classList.toggle('cc-not-admin', !admin);
      returnToOfficialsPage(user);
    })
    .catch(() => { /* not signed in: the banner stays hidden */ });
}
window.addEventListener('hashchange', checkUser);
checkUser();

// ---- back to the auditor or statistics page that sent the official to sign in ----
function returnToOfficialsPage(user) {
  const target = sessionStorage.getItem('cc.returnTo');
  if (APP !== 'welcome' || !user || !target) {
    return;
  }
  sessionStorage.removeItem('cc.returnTo');
  // only a path of this site: never an address another page could have planted
  if (/^\/(audit|statistics)\//.test(target)) {
    location.replace(target);
  }
}

// ---- Tasklist: most urgent first ----
const BY_DUE_DATE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sortByDueDateUnlessChosen() {
  const hash = location.hash || '#/';
  // the task list's own route is "#/" with query parameters; other routes (login, …) are left alone
  if (!/^#\/(\?|$)/.test(hash) || /[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.indexOf('?') >= 0 ? '&' : '?';
  location.replace(hash + separator + 'sorting=' + encodeURIComponent(BY_DUE_DATE));
}

if (APP === 'tasklist') {
  window.addEventListener('hashchange', sortByDueDateUnlessChosen);
  sortByDueDateUnlessChosen();
}

// ---- Tasklist: a number or a name typed into 筛选任务 finds its tasks ----
// Tasklist would search the task's name; officials type a 办件编号 / 异议编号 / 修复申请编号 (in any case: the
// numbers are upper case), a subject's 18-character code, or part of a company's name.
const KEY = /^(XY|YY|XF|ZY)\d{0,14}$/i;
const SUBJECT_CODE = /^[0-9A-Z]{18}$/i;

/** The search terms for what an official typed, and whether any of them may match (or all must). */
function searchFor(text) {
  const typed = text.trim();
  if (KEY.test(typed)) {
    return { terms: [{ type: 'processInstanceBusinessKey', operator: 'Like', value: typed.toUpperCase() }], any: false };
  }
  const names = SUBJECT_CODE.test(typed) ? ['applicantCode', 'subjectCode'] : ['applicantName', 'subjectName'];
  const operator = SUBJECT_CODE.test(typed) ? 'eq' : 'like';
  const value = SUBJECT_CODE.test(typed) ? typed.toUpperCase() : typed;
  return { terms: names.map((name) => ({ type: 'processVariables', operator, name, value })), any: true };
}

function searchTasks(text) {
  const search = searchFor(text);
  const hash = location.hash || '#/';
  const query = hash.indexOf('?');
  const params = new URLSearchParams(query >= 0 ? hash.slice(query + 1) : '');
  params.set('searchQuery', JSON.stringify(search.terms));
  if (search.any) {
    params.set('searchOrQuery', 'true');
  } else {
    params.delete('searchOrQuery');
  }
  params.delete('task');
  location.hash = (query >= 0 ? hash.slice(0, query) : hash) + '?' + params.toString();
}

function onSearchKey(event) {
  const input = event.target;
  if (event.key !== 'Enter' || !input.matches || !input.matches('[cam-widget-search] input.main-field')) {
    return;
  }
  const form = input.closest('form');
  // an engine term picked from the drop-down with the arrow keys keeps Tasklist's own behaviour
  if (!input.value.trim() || (form && form.querySelector('.dropdown-menu li.active'))) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  const text = input.value;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // clearing the box opens Tasklist's list of engine terms: the search is done, so it closes
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, which: 27, bubbles: true }));
  input.blur();
  searchTasks(text);
}

// ---- Tasklist: a deadline is stated as its last day ----
// A deadline runs to 24:00 of its last day and is stored as 00:00 of the next (calendar/Due); Tasklist would show
// that next day. The card and the task header say the last day, as the forms and the auditor's page do.
const DAY = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric',
  day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** The tasks whose dates are shown, read once per list: id → the engine's task (due, created, followUp). */
const openedTasks = new Map();

function lastDay(due) {
  const parts = {};
  DAY.formatToParts(new Date(due)).forEach((p) => { parts[p.type] = p.value; });
  if (parts.hour === '00' && parts.minute === '00') {
    const before = new Date(new Date(due).getTime() - 60 * 1000);
    const day = {};
    DAY.formatToParts(before).forEach((p) => { day[p.type] = p.value; });
    return day.year + '年' + day.month + '月' + day.day + '日（当日24:00止）';
  }
  return parts.year + '年' + parts.month + '月' + parts.day + '日 ' + parts.hour + ':' + parts.minute;
}

function engine(path) {
  return fetch(APP_ROOT + '/api/engine/engine/default/' + path, {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
}

function taskIdOf(element) {
  const card = element.closest('li.task');
  const link = card ? card.querySelector('h4 a[href]') : null;
  const source = link ? link.getAttribute('href') : location.hash;
  const match = /[?&]task=([0-9a-f-]+)/i.exec(source || '');
  return match ? match[1] : null;
}

/** Beijing time as officials write it: 2026年12月7日 09:05. */
function absolute(instant) {
  const parts = {};
  DAY.formatToParts(new Date(instant)).forEach((p) => { parts[p.type] = p.value; });
  return parts.year + '年' + parts.month + '月' + parts.day + '日 ' + parts.hour + ':' + parts.minute;
}

/** The card's or header's dates: due as its last day, created and follow-up as the instant, beside "3 天前". */
const DATES = [
  ['.due-date', (t) => t.due && lastDay(t.due)],
  ['.creation-date', (t) => t.created && absolute(t.created)],
  ['.followup-date', (t) => t.followUp && absolute(t.followUp)]
];

function showLastDays(root) {
  DATES.forEach(([date, text]) => root.querySelectorAll(date + ' [am-time-ago]').forEach((relative) => {
    const id = taskIdOf(relative);
    if (!id) {
      return;
    }
    let label = relative.parentNode.querySelector('.cc-last-day');
    if (!label) {
      label = document.createElement('span');
      label.className = 'cc-last-day';
      relative.after(label);
    }
    if (!openedTasks.has(id)) {
      openedTasks.set(id, engine('task/' + id).then((r) => (r.ok ? r.json() : null)).catch(() => null));
    }
    openedTasks.get(id).then((task) => {
      const shown = (task && text(task)) || '';
      if (label.textContent !== shown) {
        label.textContent = shown;
      }
    });
  }));
}

// ---- Tasklist: an objection's or a repair's card names the record it is about ----
// Number and subject do not tell two objections of one subject apart: the card adds the dishonesty record, as the
// task's form shows it (its form context, read through the engine's form variables, so only for one who may see it).
const RECORD_CARDS = /异议编号|修复申请编号/;
const cardRecords = new Map();

function showCardRecords(root) {
  root.querySelectorAll('.tasks-list li.task [cam-tasklist-variables]').forEach((variables) => {
    const id = taskIdOf(variables);
    if (!id || !RECORD_CARDS.test(variables.textContent)) {
      return;
    }
    if (!cardRecords.has(id)) {
      cardRecords.set(id, engine('task/' + id + '/form-variables?variableNames=recordSummary')
        .then((r) => (r.ok ? r.json() : {})).then((v) => (v.recordSummary && v.recordSummary.value) || null)
        .catch(() => null));
    }
    cardRecords.get(id).then((summary) => {
      let line = variables.parentNode.querySelector('.cc-card-record');
      if (!summary || line) {
        return;
      }
      line = document.createElement('div');
      line.className = 'cc-card-record';
      // the summary begins with its own label (失信记录：, or 失信记录（异议处理中）：): set in bold, not said twice
      const labelled = /^(失信记录[^：]*：)([\s\S]*)$/.exec(summary);
      const label = document.createElement('strong');
      label.textContent = labelled ? labelled[1] : '失信记录：';
      // beside the card's Chinese dates, the record's dates read as Chinese dates too
      line.append(label, document.createTextNode(chineseDates(labelled ? labelled[2] : summary, false)));
      variables.after(line);
    });
  });
}

// ---- Tasklist: a refusal is a Chinese sentence ----
/** The engine's own English answers an official can meet in Tasklist (the webapps' API does not translate them). */
const ENGINE_ANSWERS = [
  [/Task '[^']*' is already claimed by someone else\.?/, '该任务已被其他人认领，请刷新任务列表。'],
  [/Cannot find task with id [^\s]*\.?/, '任务不存在（可能已办理完毕或已撤销），请刷新任务列表。'],
  [/The user with id '[^']*' does not have [\s\S]*/, '您无权执行此操作，如需调整请联系系统管理员。']
];

/** The Chinese of a refusal Tasklist shows as the engine's raw answer (JSON, "中文 / English", or English). */
function refusalText(text) {
  for (const [pattern, chinese] of ENGINE_ANSWERS) {
    if (pattern.test(text)) {
      return text.replace(pattern, chinese);
    }
  }
  const json = /\{\s*"(type|code|message|messageZh)"[\s\S]*\}/.exec(text);
  if (json) {
    try {
      const problem = JSON.parse(json[0]);
      const message = problem.messageZh || (problem.message || '').split(' / ')[0].trim();
      return text.replace(json[0], /[\u4e00-\u9fff]/.test(message) ? message : '您无权执行此操作，如需调整请联系系统管理员。');
    } catch (e) {
      return text.replace(json[0], '操作未成功，请刷新页面后重试。');
    }
  }
  const bilingual = /^([\s\S]*[\u4e00-\u9fff][^/]*?) \/ [A-Za-z][\s\S]*$/.exec(text);
  return bilingual ? bilingual[1] : null;
}

function translateRefusals(root) {
  root.querySelectorAll('.page-notifications .notification, .page-notifications .alert, .alert-danger')
    .forEach((box) => {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = refusalText(node.nodeValue);
        if (text !== null && text !== node.nodeValue) {
          node.nodeValue = text;
        }
      }
    });
}

// ---- Tasklist: what 完成 did ----
// After a completion the form vanishes: the official is told what the step produced (the documents it issued with
// their numbers and a print link, the licence number, the case's end) and what follows, read through /api, which
// answers only what this official may read.
let completing = null;

async function json(response) {
  return response && response.ok ? response.json() : null;
}

/** The open task's case and the documents it had when opened: what 完成 adds is what is new afterwards. */
let opened = null;

async function caseContext(id) {
  const task = await json(await engine('task/' + id).catch(() => null));
  if (!task) {
    return null;
  }
  const instance = await json(await engine('process-instance/' + task.processInstanceId).catch(() => null));
  const key = instance && instance.businessKey;
  const documents = key ? (await json(await caseApi(key).catch(() => null))) || [] : [];
  return { id, name: task.name, instanceId: task.processInstanceId, key, known: new Set(documents.map((d) => d.id)) };
}

function watchOpenedTask() {
  const match = /[?&]task=([0-9a-f-]+)/i.exec(location.hash);
  if (match && (!opened || opened.id !== match[1])) {
    opened = { id: match[1], context: caseContext(match[1]) };
  }
}

async function startCompletion() {
  watchOpenedTask();
  if (!opened) {
    return;
  }
  const done = await opened.context;
  if (!done) {
    return;
  }
  completing = done;
  for (let i = 0; i < 40 && done === completing; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const r = await engine('task/' + done.id).catch(() => null);
    if (r && r.status === 404) {
      opened = null;
      tellCompleted(done);
      return;
    }
  }
}

function caseApi(key) {
  return fetch('/api/cases/' + encodeURIComponent(key) + '/documents', {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
}

async function tellCompleted(done) {
  const notice = completionNotice();
  notice.body.replaceChildren(line('已办结「' + done.name + '」' + (done.key ? '（' + done.key + '）' : '') + '。'));
  if (!done.key) {
    return;
  }
  // the documents a step issues are numbered in its transaction; give them a moment to be listed
  await new Promise((resolve) => setTimeout(resolve, 800));
  const documents = (await json(await caseApi(done.key).catch(() => null))) || [];
  const issued = documents.filter((d) => !done.known.has(d.id));
  issued.forEach((d) => {
    const row = line('已出具《' + d.title + '》' + (d.number ? d.number : '') + '　');
    if (d.pdf) {
      const print = document.createElement('a');
      print.href = d.pdf;
      print.target = '_blank';
      print.rel = 'noopener';
      print.className = 'cc-print';
      print.textContent = '打印';
      row.appendChild(print);
    }
    notice.body.appendChild(row);
  });
  if (/^XY/.test(done.key)) {
    const record = await json(await fetch('/api/cases/' + encodeURIComponent(done.key), {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    }).catch(() => null));
    if (record && record.licenceNo && issued.some((d) => d.type === 'LICENCE_DECISION')) {
      notice.body.appendChild(line('行政许可证号：' + record.licenceNo));
    }
    if (record && record.endState) {
      notice.body.appendChild(line('办件已结束' + (record.endStateLabel ? '：' + record.endStateLabel : '') + '。'));
    } else if (record && record.stage && record.stage.length) {
      notice.body.appendChild(line('办件现处于：' + record.stage.join('、') + '。'));
    }
  }
  const next = (await json(await engine('task?processInstanceId=' + done.instanceId).catch(() => null))) || [];
  if (next.length) {
    notice.body.appendChild(line('本案的下一项任务「' + next.map((t) => t.name).join('」「')
      + '」已在您的任务列表中。'));
  }
}

function line(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function completionNotice() {
  let box = document.getElementById('cc-completion-notice');
  if (!box) {
    box = document.createElement('div');
    box.id = 'cc-completion-notice';
    box.setAttribute('role', 'status');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', '关闭');
    close.textContent = '×';
    close.addEventListener('click', () => box.remove());
    const body = document.createElement('div');
    body.className = 'cc-notice-body';
    box.append(close, body);
    document.body.appendChild(box);
  }
  return { box, body: box.querySelector('.cc-notice-body') };
}

function onComplete(event) {
  const button = event.target.closest && event.target.closest('.form-actions button.btn-primary');
  if (button && !button.disabled) {
    startCompletion();
  }
}

// ---- Tasklist: the form's link to the case's documents keeps the task open ----
function documentLinksInNewTab(root) {
  root.querySelectorAll('.fjs-form a[href^="/documents/"]').forEach((link) => {
    if (link.target !== '_blank') {
      link.target = '_blank';
      link.rel = 'noopener';
    }
  });
}

// ---- Tasklist: evidence files are uploaded from the form ----
// A form field whose id ends in EvidenceFiles holds the ids of evidence files, separated by commas: it gets a button
// that uploads a PDF or an image (POST /api/evidence, with the webapps' session and its CSRF token) and adds the id,
// and a list of what was uploaded. The server checks the type by content and, on completion, that each id is a file
// this official uploaded (the engine guard); this only saves typing ids.
const EVIDENCE_ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

async function csrfToken() {
  const me = await json(await fetch('/api/me', { credentials: 'same-origin' }).catch(() => null));
  return (me && me.csrfToken) || '';
}

function setFieldValue(input, value) {
  // form-js keeps the value in its own state: it learns of a change by the input event
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function uploadEvidence(input, file, status, list) {
  status.textContent = '正在上传「' + file.name + '」…';
  const body = new FormData();
  body.append('file', file, file.name);
  let answer = null;
  let response = null;
  try {
    response = await fetch('/api/evidence', { method: 'POST', credentials: 'same-origin', body,
      headers: { 'X-XSRF-TOKEN': await csrfToken(), 'X-Requested-With': 'XMLHttpRequest' } });
    answer = await response.json().catch(() => null);
  } catch (e) {
    answer = null;
  }
  if (!response || !response.ok || !answer || !answer.id) {
    status.textContent = '上传失败：' + ((answer && answer.messageZh) || '请稍后重试');
    return;
  }
  const ids = input.value.split(/[,，\s]+/).filter((id) => id);
  ids.push(answer.id);
  setFieldValue(input, ids.join(','));
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = '/api/evidence/' + answer.id;
  link.textContent = answer.fileName;
  link.setAttribute('download', '');
  item.appendChild(link);
  item.appendChild(document.createTextNode('（' + Math.max(1, Math.round(answer.size / 1024)) + ' KB，SHA-256 '
    + answer.sha256.slice(0, 12) + '…）'));
  list.appendChild(item);
  status.textContent = '已上传「' + answer.fileName + '」';
}

function evidenceUploads(root) {
  root.querySelectorAll('.fjs-form input[id$="EvidenceFiles"]').forEach((input) => {
    if (input.dataset.ccUpload || input.readOnly || input.disabled) {
      return;
    }
    input.dataset.ccUpload = 'true';
    const box = document.createElement('div');
    box.className = 'cc-evidence-upload';
    const picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = EVIDENCE_ACCEPT;
    picker.multiple = true;
    picker.hidden = true;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-default btn-sm';
    button.textContent = '上传证明材料';
    const status = document.createElement('span');
    status.className = 'cc-evidence-status';
    status.setAttribute('role', 'status');
    status.style.marginLeft = '8px';
    const list = document.createElement('ul');
    list.className = 'cc-evidence-files';
    button.addEventListener('click', () => picker.click());
    picker.addEventListener('change', async () => {
      for (const file of Array.from(picker.files)) {
        await uploadEvidence(input, file, status, list);
      }
      picker.value = '';
    });
    box.append(picker, button, status, list);
    input.insertAdjacentElement('afterend', box);
  });
}

if (APP === 'tasklist') {
  document.addEventListener('keydown', onSearchKey, true);
  document.addEventListener('click', onComplete, true);
  window.addEventListener('hashchange', () => {
    openedTasks.clear();
    cardRecords.clear();
    watchOpenedTask();
  });
  watchOpenedTask();
}

// ---- Tasklist: a form asks first for what the official decides ----
// The forms list the case's read-only context (8–14 fields, up to three screens) before the one or two fields to fill.
// Shown here: the form's own texts and its editable fields first, then one line that folds the read-only context
// (folded until the official opens it; the choice is remembered). Rows are only reordered and hidden by CSS (flex
// order): form-js keeps rendering its own elements, every field stays in the form and is submitted as before.
const FORM_STYLE = document.createElement('style');
FORM_STYLE.textContent = `
  .cc-forms .fjs-form .fjs-vertical-layout { display: flex; flex-direction: column; }
  .cc-forms .fjs-form .fjs-vertical-layout > .fjs-layout-row { order: 1; }
  .cc-forms .fjs-form .fjs-vertical-layout > .fjs-layout-row:has(.fjs-readonly) { order: 3; }
  .cc-forms .fjs-form .fjs-vertical-layout > .cc-context-toggle { order: 2; }
  .cc-context-folded .fjs-form .fjs-vertical-layout > .fjs-layout-row:has(.fjs-readonly) { display: none; }
  .cc-context-toggle { display: block; width: 100%; margin: 12px 0 6px; padding: 6px 10px; text-align: left;
    background: #f5f5f5; border: 1px solid #ddd; border-radius: 3px; color: #333; font-size: 14px; line-height: 1.5;
    white-space: normal; }
  .cc-context-toggle:hover { background: #eee; }
  .cc-context-toggle .cc-context-names { color: #666; }
  .fjs-form .fjs-readonly textarea.fjs-textarea { field-sizing: content; height: auto !important; max-height: none !important;
    overflow: hidden; resize: none; }
  .cc-forms .fjs-form .fjs-form-field-text > :first-child:not([hidden]),
  .cc-forms .fjs-form .fjs-form-field-text > [hidden] + * { margin-top: 0; }
  .cc-forms .fjs-form .fjs-form-field-text > :last-child { margin-bottom: 0; }
  .cc-forms .fjs-form .fjs-form-field-radio label, .cc-forms .fjs-form .fjs-form-field-checkbox label,
  .cc-forms .fjs-form .fjs-form-field-checklist label { white-space: normal !important; overflow: visible !important;
    text-overflow: clip !important; height: auto; max-width: 100%; }
  .cc-claim-hint { display: inline-block; margin-left: 10px; color: #8a6d3b; vertical-align: middle; }
`;
const CONTEXT_OPEN = 'cc.contextOpen';

function contextFolded() {
  try {
    return localStorage.getItem(CONTEXT_OPEN) !== '1';
  } catch (e) {
    return true;
  }
}

function foldContext(folded) {
  document.documentElement.classList.toggle('cc-context-folded', folded);
  try {
    localStorage.setItem(CONTEXT_OPEN, folded ? '0' : '1');
  } catch (e) { /* private mode: the choice lasts for this page */ }
  document.querySelectorAll('.cc-context-toggle').forEach(toggleText);
  fitReadOnlyTextareas(document);
}

function contextLabels(layout) {
  return Array.from(layout.children)
    .filter((row) => row.classList.contains('fjs-layout-row') && row.querySelector('.fjs-readonly'))
    .map((row) => (((row.querySelector('.fjs-readonly label, .fjs-readonly legend') || {}).textContent) || '').trim())
    .filter((label) => label);
}

function toggleText(toggle) {
  const layout = toggle.parentNode;
  const labels = layout ? contextLabels(layout) : [];
  const folded = document.documentElement.classList.contains('cc-context-folded');
  const head = (folded ? '▸ 展开' : '▾ 收起') + '本件相关信息（只读，共 ' + labels.length + ' 项）';
  const names = folded ? '：' + labels.slice(0, 4).join('、') + (labels.length > 4 ? '等' : '') : '';
  if (toggle.dataset.text !== head + names) {
    toggle.dataset.text = head + names;
    const strong = document.createElement('strong');
    strong.textContent = head;
    const rest = document.createElement('span');
    rest.className = 'cc-context-names';
    rest.textContent = names;
    toggle.replaceChildren(strong, rest);
  }
}

/** One fold line per form, kept in the form's outermost layout (form-js leaves an element it did not render alone). */
function contextToggles(root) {
  root.querySelectorAll('.fjs-form').forEach((form) => {
    const layout = form.querySelector('.fjs-vertical-layout');
    if (!layout) {
      return;
    }
    let toggle = layout.querySelector(':scope > .cc-context-toggle');
    const count = contextLabels(layout).length;
    if (!count) {
      if (toggle) {
        toggle.remove();
      }
      return;
    }
    if (!toggle) {
      toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'cc-context-toggle';
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', () => {
        foldContext(!document.documentElement.classList.contains('cc-context-folded'));
      });
      layout.appendChild(toggle);
    }
    toggle.setAttribute('aria-expanded', String(!document.documentElement.classList.contains('cc-context-folded')));
    toggleText(toggle);
  });
}

/** A form's heading that repeats the task's name, shown right above it, gives its screen line to the decision. */
function repeatedHeadings(root) {
  root.querySelectorAll('.fjs-form .fjs-form-field-text h2').forEach((heading) => {
    const pane = heading.closest('.task-details, [cam-tasklist-task]') || document;
    const name = pane.querySelector('.names h2.task');
    const repeated = !!name && name.textContent.trim() === heading.textContent.trim();
    if (heading.hidden !== repeated) {
      heading.hidden = repeated;
    }
  });
}

// ---- Tasklist: a read-only text is read whole, without a box that scrolls ----
// The letter of commitment is some 40 lines; form-js caps a textarea's height. Browsers that size a field to its
// content do so by CSS (field-sizing); others get its height set here.
const SIZES_TO_CONTENT = typeof CSS !== 'undefined' && CSS.supports && CSS.supports('field-sizing', 'content');

function fitReadOnlyTextareas(root) {
  if (SIZES_TO_CONTENT) {
    return;
  }
  root.querySelectorAll('.fjs-form .fjs-readonly textarea').forEach((area) => {
    if (area.getClientRects().length) {
      area.style.setProperty('height', 'auto', 'important');
      area.style.setProperty('height', (area.scrollHeight + 2) + 'px', 'important');
    }
  });
}

// ---- Tasklist: dates in a form read as the card's do ----
// The form variables carry dates as yyyy-MM-dd (the task contract, docs/tasks-over-rest.md); a read-only field shows
// them as Chinese dates, a deadline (期限) as its last day, as card and header state it.
const INPUT_VALUE = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const TEXTAREA_VALUE = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
const ISO_DATE = /(^|[^\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

function chineseDates(text, deadline) {
  const value = String(text == null ? '' : text);
  if (deadline && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value)) {
    return chineseDates(value.trim(), false) + '（当日24:00止）';
  }
  return value.replace(ISO_DATE, (all, before, y, m, d) => before + y + '年' + Number(m) + '月' + Number(d) + '日');
}

/**
 * form-js sets a field's value on every render: the field's own value property shows what it is given as Chinese
 * dates, so a render never brings the ISO form back. What is submitted is form-js's state, not this text.
 */
function showChineseDates(root) {
  root.querySelectorAll('.fjs-form .fjs-readonly input, .fjs-form .fjs-readonly textarea').forEach((field) => {
    if (field.ccDates) {
      return;
    }
    const native = field.tagName === 'TEXTAREA' ? TEXTAREA_VALUE : INPUT_VALUE;
    const holder = field.closest('.fjs-form-field');
    const label = holder ? ((holder.querySelector('label') || {}).textContent || '') : '';
    const deadline = /期限/.test(label);
    field.ccDates = true;
    Object.defineProperty(field, 'value', {
      configurable: true,
      get() {
        return native.get.call(this);
      },
      set(value) {
        native.set.call(this, chineseDates(value, deadline));
      }
    });
    field.value = native.get.call(field);
  });
}

// ---- Tasklist: one name for the case's number ----
// The card says 办件编号; a form designed earlier may still say 案件编号 for the same number.
function caseNumberLabels(root) {
  root.querySelectorAll('.fjs-form label, .fjs-form legend').forEach((label) => {
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue.indexOf('案件编号') >= 0) {
        node.nodeValue = node.nodeValue.replace(/案件编号/g, '办件编号');
      }
    }
  });
}

// ---- Tasklist: why 完成 is grey ----
// Tasklist greys 完成 (and the form) until the official claims the task, without saying so.
function claimHint(root) {
  root.querySelectorAll('.form-actions').forEach((actions) => {
    const complete = actions.querySelector('button.btn-primary');
    const claim = Array.from(document.querySelectorAll('button.claim')).find((b) => b.getClientRects().length);
    let hint = actions.querySelector('.cc-claim-hint');
    const needed = !!complete && complete.disabled && !!claim;
    if (needed && !hint) {
      hint = document.createElement('span');
      hint.className = 'cc-claim-hint';
      hint.setAttribute('role', 'note');
      hint.textContent = '请先认领：点击任务上方的“认领”后，方可填写表单并完成。';
      actions.appendChild(hint);
    } else if (!needed && hint) {
      hint.remove();
    }
  });
}

if (APP === 'tasklist') {
  document.head.appendChild(FORM_STYLE);
  document.documentElement.classList.add('cc-forms');
  document.documentElement.classList.toggle('cc-context-folded', contextFolded());
}

// ---- Tasklist: the product's own pages in the header ----
const PRODUCT_PAGES = [
  { href: '/work/', label: '我的办件' },
  { href: '/documents/', label: '办件文书' },
  { href: '/audit/', label: '办件审计' },
  { href: '/statistics/', label: '统计分析' }
];

const productPages = {
  id: 'cc-product-pages',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    node.classList.add('cc-product-pages');
    PRODUCT_PAGES.forEach((page) => {
      const link = document.createElement('a');
      link.href = page.href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = page.label;
      node.appendChild(link);
    });
  }
};

// ---- form-js texts without a translation hook ----
const EXACT = new Map([
  ['Field is required.', '此项为必填项。'],
  ['Field must be a valid email.', '请填写有效的电子邮箱地址。'],
  ['Select', '请选择'],
  ['Search', '搜索'],
  ['No results', '无匹配项'],
  ['Clear', '清除']
]);
const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, '至少填写 $1 个字符。'],
  [/^Field must have maximum length of (\d+)\.$/, '最多填写 $1 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, '不得小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不得大于 $1。'],
  [/^Field must match pattern .+$/, '格式不正确。'],
  [/^Field must be a valid\s+international phone number.*$/, '请填写有效的国际电话号码。']
];

function chinese(text) {
  const trimmed = text.trim();
  if (EXACT.has(trimmed)) {
    return text.replace(trimmed, EXACT.get(trimmed));
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return null;
}

// texts the webapps write into their templates without a translation key (Cockpit's table headers)
const HEADERS = new Map([
  ['Actions', '操作'],
  ['State', '状态']
]);

function translateForms(root) {
  if (!root.querySelectorAll) {
    return;
  }
  // the footer names the browser's time zone by its tz database id
  root.querySelectorAll('#footer-timezone i').forEach((zone) => {
    if (zone.textContent.trim() === 'Asia/Shanghai') {
      zone.textContent = '北京时间';
    }
  });
  // Cockpit writes an empty super process instance as a literal "null"
  root.querySelectorAll('.null-value').forEach((value) => {
    if (value.textContent.trim() === 'null') {
      value.textContent = '无';
    }
  });
  root.querySelectorAll('th').forEach((th) => {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      if (HEADERS.has(text)) {
        node.nodeValue = node.nodeValue.replace(text, HEADERS.get(text));
      }
    }
  });
  root.querySelectorAll('.fjs-container, .fjs-form').forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = chinese(node.nodeValue);
      if (text !== null) {
        node.nodeValue = text;
      }
    }
    form.querySelectorAll('[placeholder]').forEach((input) => {
      const text = chinese(input.getAttribute('placeholder'));
      if (text !== null) {
        input.setAttribute('placeholder', text);
      }
    });
  });
}

let scheduled = false;
new MutationObserver(() => {
  // form-js re-renders on every keystroke: translate once per frame, not once per mutation
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      translateForms(document.body);
      if (APP === 'tasklist') {
        showLastDays(document.body);
        showCardRecords(document.body);
        translateRefusals(document.body);
        documentLinksInNewTab(document.body);
        evidenceUploads(document.body);
        contextToggles(document.body);
        repeatedHeadings(document.body);
        showChineseDates(document.body);
        caseNumberLabels(document.body);
        fitReadOnlyTextareas(document.body);
        claimHint(document.body);
      }
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['disabled'] });

export default APP === 'tasklist' ? [productPages] : [];
