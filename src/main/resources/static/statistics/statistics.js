// Statistics page: HTTP Basic against /api (credentials kept in sessionStorage for this tab only).
// Everything that comes from the server is rendered as text (textContent, canvas charts), never as HTML.
'use strict';

(function () {
  const AUTH = 'cc.statistics.auth';
  const USER = 'cc.statistics.user';
  const $ = (id) => document.getElementById(id);
  const charts = {};
  let current = null;

  function token() {
    return sessionStorage.getItem(AUTH);
  }

  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function say(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  function showLoggedIn(loggedIn) {
    $('login').hidden = loggedIn;
    $('report').hidden = !loggedIn;
    $('who').hidden = !loggedIn;
    $('user-name').textContent = loggedIn ? sessionStorage.getItem(USER) : '';
  }

  function logout(message) {
    sessionStorage.removeItem(AUTH);
    sessionStorage.removeItem(USER);
    showLoggedIn(false);
    say(message);
  }

  // credentials: 'omit' keeps the browser's own login dialog away on a 401; the header still goes out.
  async function call(path) {
    const response = await fetch(path, { headers: { Authorization: 'Basic ' + token() }, credentials: 'omit' });
    if (response.ok) {
      return response;
    }
    if (response.status === 401) {
      logout('用户名或密码错误，或登录已失效，请重新登录。');
    } else if (response.status === 403) {
      logout('当前用户无权查看统计（限信用办、审计、审批及系统管理员）。');
    } else {
      let text = '查询失败（' + response.status + '）';
      try {
        const problem = await response.json();
        if (problem.messageZh) {
          text = problem.messageZh;
        }
      } catch (ignored) {
        // not a problem document
      }
      say(text);
    }
    return null;
  }

  function range() {
    const form = $('filter');
    const params = new URLSearchParams();
    if (form.from.value) params.set('from', form.from.value);
    if (form.to.value) params.set('to', form.to.value);
    return params.toString();
  }

  async function load() {
    const response = await call('/api/statistics?' + range());
    if (!response) {
      return;
    }
    say('');
    showLoggedIn(true);
    current = await response.json();
    $('filter').from.value = current.from;
    $('filter').to.value = current.to;
    render(current);
  }

  function percent(ratio) {
    return ratio === null || ratio === undefined ? '—' : (Number(ratio) * 100).toFixed(2).replace(/\.?0+$/, '') + '%';
  }

  function columns(report) {
    const cols = [
      { label: '类别', value: (r) => ({ ITEM: '事项', DEPARTMENT: '部门小计', TOTAL: '合计' })[r.level] },
      { label: '部门', value: (r) => r.departmentName },
      { label: '事项编码', value: (r) => r.itemCode || '' },
      { label: '事项名称', value: (r) => r.itemName || '' },
      { label: '申请件数', value: (r) => r.applications, number: true }
    ];
    Object.entries(report.labels.commitmentTypes).forEach(([key, label]) =>
      cols.push({ label: label, value: (r) => r.commitmentTypes[key], number: true }));
    cols.push({ label: '不适用信用承诺', value: (r) => r.eligibilityRefusals, number: true });
    Object.entries(report.labels.endStates).forEach(([key, label]) =>
      cols.push({ label: label, value: (r) => r.endStates[key], number: true }));
    cols.push(
      { label: '办理中', value: (r) => r.running, number: true },
      { label: '践诺率', value: (r) => percent(r.fulfilmentRate), number: true },
      { label: '限期整改', value: (r) => r.rectifications, number: true },
      { label: '失信惩戒', value: (r) => r.punishments, number: true },
      { label: '准予许可', value: (r) => r.push.approved, number: true },
      { label: '按时推送', value: (r) => r.push.inTime, number: true },
      { label: '超期推送', value: (r) => r.push.late, number: true },
      { label: '尚未推送', value: (r) => r.push.notYetPushed, number: true },
      { label: '推送及时率', value: (r) => percent(r.push.timeliness), number: true },
      { label: '信用修复申请', value: (r) => r.creditServices ? r.creditServices.repairs : '', number: true },
      { label: '异议', value: (r) => r.creditServices ? r.creditServices.objections : '', number: true },
      { label: '2个工作日内答复异议', value: (r) => r.creditServices ? r.creditServices.objectionsAnsweredInTime : '',
        number: true });
    return cols;
  }

  function orderedRows(report) {
    const rows = [];
    report.departments.forEach((d) => {
      report.items.filter((i) => i.department === d.department).forEach((i) => rows.push(i));
      rows.push(d);
    });
    rows.push(report.total);
    return rows;
  }

  function renderTable(report) {
    const cols = columns(report);
    const head = $('table').tHead;
    const body = $('table').tBodies[0];
    head.replaceChildren();
    body.replaceChildren();
    const headRow = head.insertRow();
    cols.forEach((c) => {
      const th = document.createElement('th');
      th.textContent = c.label;
      headRow.appendChild(th);
    });
    orderedRows(report).forEach((r) => {
      const tr = body.insertRow();
      tr.className = r.level.toLowerCase();
      cols.forEach((c) => {
        const td = tr.insertCell();
        const value = c.value(r);
        td.textContent = value === null || value === undefined ? '' : String(value);
        if (c.number) td.className = 'number';
      });
    });
  }

  function chart(id, option) {
    if (typeof echarts === 'undefined') {
      return;
    }
    if (!charts[id]) {
      charts[id] = echarts.init($(id));
    }
    // richText tooltips are drawn on the canvas: names from the catalogue are never parsed as HTML.
    charts[id].setOption(Object.assign({ tooltip: { renderMode: 'richText' } }, option), true);
  }

  function renderCharts(report) {
    const names = report.departments.map((d) => d.departmentName);
    chart('chart-applications', {
      grid: { left: 10, right: 20, bottom: 10, top: 20, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { renderMode: 'richText', trigger: 'axis' },
      series: [{ name: '申请件数', type: 'bar', data: report.departments.map((d) => d.applications) }]
    });
    const ends = Object.entries(report.labels.endStates)
      .map(([key, label]) => ({ name: label, value: report.total.endStates[key] }));
    ends.push({ name: '办理中', value: report.total.running });
    chart('chart-end-states', {
      tooltip: { renderMode: 'richText', trigger: 'item' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{ name: '办结状态', type: 'pie', radius: ['30%', '60%'], data: ends.filter((e) => e.value > 0) }]
    });
    chart('chart-fulfilment', {
      grid: { left: 10, right: 20, bottom: 10, top: 20, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      tooltip: { renderMode: 'richText', trigger: 'axis' },
      series: [{
        name: '践诺率(%)', type: 'bar',
        data: report.departments.map((d) => d.fulfilmentRate === null ? null : Number(d.fulfilmentRate) * 100)
      }]
    });
  }

  function render(report) {
    const t = report.total;
    $('summary').textContent = '统计期间 ' + report.from + ' 至 ' + report.to + '：申请 ' + t.applications + ' 件，践诺率 '
      + percent(t.fulfilmentRate) + '，推送及时率 ' + percent(t.push.timeliness) + '，限期整改 ' + t.rectifications
      + ' 件，失信惩戒 ' + t.punishments + ' 件（生成于 ' + report.generatedAt.replace('T', ' ').slice(0, 19) + '）';
    renderTable(report);
    renderCharts(report);
  }

  async function download() {
    const response = await call('/api/statistics.csv?' + range());
    if (!response) {
      return;
    }
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'statistics-' + $('filter').from.value + '_' + $('filter').to.value + '.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  $('login').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    sessionStorage.setItem(AUTH, basic(form.user.value, form.password.value));
    sessionStorage.setItem(USER, form.user.value);
    form.password.value = '';
    load();
  });
  $('logout').addEventListener('click', () => logout(''));
  $('filter').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  $('year').addEventListener('click', () => {
    $('filter').from.value = '';
    $('filter').to.value = '';
    load();
  });
  $('download').addEventListener('click', download);
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

  if (token()) {
    load();
  } else {
    showLoggedIn(false);
  }
}());
