// The officials' case documents page (/documents/?caseNo=…): a case's issued documents, and the credit commitment
// reports of a subject (listed, or issued by clerks and the credit office). Reads /api on the Camunda webapps'
// session; a write (issuing a report) carries that session's CSRF token. Not signed in is said on the page, with
// the way to Tasklist, rather than sending the browser away. Everything that comes from the server is rendered as
// text (textContent, attributes), never as HTML.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const TASKLIST = '/camunda/app/tasklist/';
  const COLUMNS = 7;
  const BEIJING = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });
  /** The subject whose reports #reports shows, so that a newly issued one joins the right list. */
  let listedSubject = null;

  function say(text, ok) {
    const box = $('message');
    box.replaceChildren();
    box.textContent = text || '';
    box.className = 'message' + (ok ? ' ok' : '');
    box.hidden = !text;
  }

  function askForLogin() {
    say('请先登录 Camunda Tasklist');
    const link = document.createElement('a');
    link.href = TASKLIST;
    link.textContent = '前往登录';
    $('message').appendChild(link);
  }

  /** Errors carry the status and the server's Chinese message (problem+json messageZh). */
  async function call(path, options) {
    const init = Object.assign({ credentials: 'same-origin' }, options || {});
    // the header keeps the browser from popping up its own login dialog on a 401
    init.headers = Object.assign({ 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }, init.headers);
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw Object.assign(new Error('无法连接服务器，请稍后重试。'), { status: 0 });
    }
    if (!response.ok) {
      let problem = {};
      try {
        problem = await response.json();
      } catch (ignored) { /* not JSON */ }
      const error = new Error(problem.messageZh || ('请求失败（' + response.status + '），请稍后重试。'));
      error.status = response.status;
      error.code = problem.code || '';
      throw error;
    }
    return response.status === 204 ? null : response.json();
  }

  function failed(error) {
    if (error.status === 401) {
      askForLogin();
    } else {
      say(error.message);
    }
  }

  /** The webapp session's CSRF token, for a write: /api/me hands it to this server's pages. */
  async function xsrfToken() {
    try {
      const me = await call('/api/me');
      return (me && me.csrfToken) || '';
    } catch (e) {
      return '';
    }
  }

  /** Beijing time, yyyy-MM-dd HH:mm. */
  function formatTime(value) {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return String(value);
    const parts = {};
    BEIJING.formatToParts(date).forEach((p) => { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text === null || text === undefined || text === '' ? '—' : String(text);
    if (className) td.className = className;
    return td;
  }

  function link(text, href, className) {
    const a = document.createElement('a');
    a.textContent = text;
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    if (className) a.className = className;
    return a;
  }

  /** One document as a table row (tr.document). */
  function documentRow(d) {
    const tr = document.createElement('tr');
    tr.className = 'document';
    tr.setAttribute('data-id', String(d.id));
    tr.setAttribute('data-valid', d.valid ? 'true' : 'false');
    cell(tr, d.title, 'title');
    cell(tr, d.number, 'number');
    cell(tr, d.issuer, 'issuer');
    const when = cell(tr, formatTime(d.issuedAt), 'date');
    if (d.issuedByName || d.issuedBy) when.title = '出具人：' + (d.issuedByName || d.issuedBy);
    cell(tr, d.verificationCode, 'code');
    const state = tr.insertCell();
    state.className = 'state';
    const label = document.createElement('span');
    label.className = d.valid ? (d.laidOut ? 'state-valid' : 'state-issuing') : 'state-invalid';
    label.textContent = d.valid ? (d.laidOut ? '有效' : '出具中') : '已失效' + (d.invalidReason ? '：' + d.invalidReason : '');
    state.appendChild(label);
    if (d.seal) {
      // the organ's seal and the stored digest, checked by the server when the list was read
      const seal = document.createElement('div');
      seal.className = 'seal ' + (d.intact ? 'seal-intact' : 'seal-broken');
      seal.textContent = d.seal.sealed ? (d.intact ? '已盖章，完整' : '签章无效') : (d.intact ? '未盖章，摘要一致' : '摘要不一致');
      seal.title = d.seal.summary + (d.seal.sealed ? '\n' + [d.seal.organ, d.seal.signer, d.seal.algorithm,
        d.seal.signedAt].filter(Boolean).join('\n') : '');
      state.appendChild(seal);
    }
    const actions = tr.insertCell();
    actions.className = 'actions';
    if (d.pdf) actions.appendChild(link('打印/下载', d.pdf, 'pdf'));
    if (d.verifyUrl) actions.appendChild(link('核验', d.verifyUrl, 'verify'));
    if (d.sha256) tr.title = 'SHA-256：' + d.sha256;
    return tr;
  }

  function emptyRow(text) {
    const tr = document.createElement('tr');
    const td = tr.insertCell();
    td.colSpan = COLUMNS;
    td.className = 'empty';
    td.textContent = text;
    return tr;
  }

  function fill(table, documents, emptyText) {
    const body = $(table).tBodies[0];
    body.replaceChildren();
    (documents || []).forEach((d) => body.appendChild(documentRow(d)));
    if (!documents || !documents.length) body.appendChild(emptyRow(emptyText));
  }

  // ---- a case's documents ----
  async function loadCase() {
    // numbers are upper case; the server reads xy2026… as XY2026… too
    const caseNo = $('case-no').value.trim().toUpperCase();
    $('case-no').value = caseNo;
    if (!caseNo) {
      say('请输入办件编号。');
      return;
    }
    const url = new URL(location.href);
    url.searchParams.set('caseNo', caseNo);
    history.replaceState(null, '', url.pathname + url.search);
    $('query').disabled = true;
    try {
      const documents = await call('/api/cases/' + encodeURIComponent(caseNo) + '/documents');
      say('');
      fill('documents', documents, '该办件尚未出具文书');
      $('case-summary').textContent = documents.length ? '办件 ' + caseNo + ' 共 ' + documents.length + ' 份文书' : '';
    } catch (error) {
      $('documents').tBodies[0].replaceChildren();
      $('case-summary').textContent = '';
      if (error.status === 404) {
        // a mistyped number, or one of a case this official may not read: never "no documents yet"
        say('未找到该办件：' + error.message + '。请核对编号。');
      } else {
        failed(error);
      }
    } finally {
      $('query').disabled = false;
    }
  }

  // ---- a subject's credit reports ----
  /** The subject code typed, upper case (an ID number's check character X), or null after saying what is wrong. */
  function subjectCode() {
    const code = $('report-code').value.trim().toUpperCase();
    if (!/^[0-9A-Z]{18}$/.test(code)) {
      say('请输入 18 位统一社会信用代码或居民身份证号码。');
      $('report-code').focus();
      return null;
    }
    $('report-code').value = code;
    return code;
  }

  function reportsPath(code) {
    return '/api/subjects/' + encodeURIComponent(code) + '/credit-reports';
  }

  async function listReports() {
    const code = subjectCode();
    if (!code) return;
    $('list-reports').disabled = true;
    try {
      const reports = await call(reportsPath(code));
      say('');
      listedSubject = code;
      fill('reports', reports, '尚未为该主体出具信用承诺履约报告');
      $('report-summary').textContent = reports.length ? '已出具 ' + reports.length + ' 份报告' : '';
    } catch (error) {
      failed(error);
    } finally {
      $('list-reports').disabled = false;
    }
  }

  async function issueReport() {
    const code = subjectCode();
    if (!code) return;
    const asOf = $('report-as-of').value;
    const body = asOf ? { asOf: asOf } : {};
    $('issue-report').disabled = true;
    try {
      const token = await xsrfToken();
      const report = await call(reportsPath(code), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
        body: JSON.stringify(body)
      });
      const tbody = $('reports').tBodies[0];
      if (listedSubject !== code) {
        tbody.replaceChildren();
        listedSubject = code;
        $('report-summary').textContent = '';
      }
      tbody.querySelectorAll('tr:not(.document)').forEach((tr) => tr.remove());
      tbody.querySelectorAll('tr.fresh').forEach((tr) => tr.classList.remove('fresh'));
      const row = documentRow(report);
      row.classList.add('fresh');
      tbody.insertBefore(row, tbody.firstChild);
      say('已出具信用承诺履约报告：' + (report.number || report.title || ''), true);
    } catch (error) {
      if (error.status === 403 && !/csrf|xsrf/i.test(error.code)) {
        say('无权出具信用报告');
      } else {
        failed(error);
      }
    } finally {
      $('issue-report').disabled = false;
    }
  }

  // ---- page ----
  async function signedIn() {
    try {
      const me = await call('/api/me');
      $('user-name').textContent = me.name || me.userId || '';
      const roles = (me.roles || []).map((r) => r.label).join('、');
      $('user-role').textContent = roles && String(me.name).indexOf(roles) < 0 ? roles : '';
      $('user').hidden = false;
      return true;
    } catch (error) {
      if (error.status === 401) {
        askForLogin();
        return false;
      }
      // another refusal of /api/me leaves the page usable; the document calls say their own
      return true;
    }
  }

  $('case-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadCase();
  });
  $('report-form').addEventListener('submit', (event) => {
    event.preventDefault();
    listReports();
  });
  $('issue-report').addEventListener('click', issueReport);
  $('logout-button').addEventListener('click', () => window.CC.logout());

  const caseNo = new URLSearchParams(location.search).get('caseNo');
  if (caseNo) $('case-no').value = caseNo.trim();
  signedIn().then((ok) => {
    if (ok && $('case-no').value) loadCase();
  });
}());
