// Statistics page. Signed in on the Camunda webapps' session through CC.start (/common/officials.js):
// no login form of its own. Everything that comes from the server is rendered as text (textContent,
// attributes, canvas charts), never as HTML.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const charts = {};
  /** Shown where a rate has nothing to divide by; "0.0%" is kept for a rate that really is zero. */
  const UNKNOWN = '—';
  const MUTED = '#5f6b76';
  /** The first columns name the row (类别, 部门, 事项编码, 事项名称): they stay in view while the figures scroll. */
  const IDENTIFYING = 4;
  /**
   * On a narrow screen pinning all identifying columns would leave no room for figures: only as many stay
   * pinned as fit in this share of the table's box (the first one always does).
   */
  const PINNED_SHARE = 0.6;

  function say(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  /** A rate from the JSON: a number (0.6667), or null when its denominator was 0. */
  function known(ratio) {
    return ratio !== null && ratio !== undefined && ratio !== '' && Number.isFinite(Number(ratio));
  }

  function percent(ratio) {
    return known(ratio) ? (Number(ratio) * 100).toFixed(1) + '%' : UNKNOWN;
  }

  /** A rate per 10,000 from the JSON (2.5), or "—" when there was nothing to count. */
  function perTenThousand(value) {
    return known(value) ? Number(value).toFixed(2) : UNKNOWN;
  }

  function renderIndicators(t) {
    $('indicator-fulfilment').textContent = percent(t.inspectedFulfilmentRate);
    $('indicator-inspected').textContent = t.inspectedFulfilled + ' 件';
    $('indicator-not-drawn').textContent = t.notDrawn + ' 件';
    $('indicator-unfulfilled').textContent = t.unfulfilled + ' 件';
    $('indicator-reporting').textContent = percent(t.reportingRate);
    $('indicator-compliance').textContent = percent(t.complianceRate);
    $('indicator-code-errors').textContent = perTenThousand(t.codeErrorRate);
    ['licensing', 'penalty'].forEach((kind) => {
      const q = t[kind] || {};
      $('indicator-' + kind + '-reporting').textContent = percent(q.reportingRate);
      $('indicator-' + kind + '-compliance').textContent = percent(q.complianceRate);
      $('indicator-' + kind + '-timeliness').textContent = percent(q.timeliness);
    });
  }

  /**
   * 重错码清单: only the credit office, the auditor and administrators may read it (it names subjects); for anyone else
   * the section stays hidden.
   */
  async function loadCodeErrors() {
    let list;
    try {
      list = await CC.apiJson('/api/statistics/code-errors?' + range());
    } catch (error) {
      $('code-errors').hidden = true;
      return;
    }
    const body = $('code-errors-table').tBodies[0];
    body.replaceChildren();
    list.codeErrors.forEach((e) => {
      const tr = body.insertRow();
      [e.code, e.kindLabel, (e.names || []).join('；'), (e.otherCodes || []).join('；'), e.reference || '']
        .forEach((text) => { tr.insertCell().textContent = text; });
    });
    if (list.codeErrors.length === 0) {
      const cell = body.insertRow().insertCell();
      cell.colSpan = 5;
      cell.textContent = '本期间无重错码。';
    }
    $('code-errors-summary').textContent = '统计期间 ' + list.from + ' 至 ' + list.to + '：共 ' + list.codeErrors.length
      + ' 条（同一代码的不同问题分别列出）。';
    $('code-errors').hidden = false;
  }

  async function downloadCodeErrors() {
    let blob;
    try {
      blob = await (await CC.api('/api/statistics/code-errors.csv?' + range())).blob();
    } catch (error) {
      failed(error);
      return;
    }
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'code-errors-' + $('filter').from.value + '_' + $('filter').to.value + '.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function range() {
    const form = $('filter');
    const params = new URLSearchParams();
    if (form.from.value) params.set('from', form.from.value);
    if (form.to.value) params.set('to', form.to.value);
    return params.toString();
  }

  /** Errors of CC.api carry the server's Chinese message; 401 has already sent the browser to the login page. */
  function failed(error) {
    if (error.status === 401) {
      return;
    }
    if (error.status === 403) {
      // the header says who is signed in; nothing of the report is shown, only why
      $('report').hidden = true;
      say('当前用户无权查看统计分析：统计仅向信用办、审计、审批人员及系统管理员开放。');
      return;
    }
    say(error.status ? error.message : '无法连接服务器，请稍后重试。');
  }

  async function load() {
    let report;
    try {
      report = await CC.apiJson('/api/statistics?' + range());
    } catch (error) {
      failed(error);
      return;
    }
    say('');
    // visible before drawing: charts and pinned columns measure the space they get
    $('report').hidden = false;
    $('filter').from.value = report.from;
    $('filter').to.value = report.to;
    render(report);
    loadCodeErrors();
  }

  function columns(report) {
    const cols = [
      { label: '类别', value: (r) => ({ ITEM: '事项', DEPARTMENT: '部门小计', CATEGORY: '承诺类别小计', TOTAL: '合计' })[r.level] },
      { label: '部门', value: (r) => r.departmentName },
      { label: '事项编码', value: (r) => r.itemCode || '' },
      { label: '事项名称', value: (r) => r.itemName || '', className: 'item-name' },
      { label: '申请件数', value: (r) => r.applications, number: true }
    ];
    Object.entries(report.labels.commitmentTypes).forEach(([key, label]) =>
      cols.push({ label: label, value: (r) => r.commitmentTypes[key], number: true }));
    cols.push({ label: '不适用信用承诺', value: (r) => r.eligibilityRefusals, number: true });
    Object.entries(report.labels.endStates).forEach(([key, label]) =>
      cols.push({ label: label, value: (r) => r.endStates[key], number: true }));
    cols.push(
      { label: '办理中', value: (r) => r.running, number: true },
      { label: '践诺率', value: (r) => r.fulfilmentRate, rate: true },
      { label: '限期整改', value: (r) => r.rectifications, number: true },
      { label: '失信惩戒', value: (r) => r.punishments, number: true },
      { label: '违背承诺（重点监管）', value: (r) => r.breaches, number: true },
      { label: '准予许可', value: (r) => r.push.approved, number: true },
      { label: '按时推送', value: (r) => r.push.inTime, number: true },
      { label: '超期推送', value: (r) => r.push.late, number: true },
      { label: '尚未推送', value: (r) => r.push.notYetPushed, number: true },
      { label: '推送及时率', value: (r) => r.push.timeliness, rate: true },
      // repairs and objections belong to subjects, not items: empty on item and department rows
      { label: '信用修复申请', value: (r) => r.creditServices ? r.creditServices.repairs : '', number: true },
      { label: '异议', value: (r) => r.creditServices ? r.creditServices.objections : '', number: true },
      { label: '2个工作日内答复异议', value: (r) => r.creditServices ? r.creditServices.objectionsAnsweredInTime : '',
        number: true },
      { label: '已核查践诺', value: (r) => r.inspectedFulfilled, number: true },
      { label: '未抽中（视为践诺）', value: (r) => r.notDrawn, number: true },
      { label: '未践诺', value: (r) => r.unfulfilled, number: true },
      { label: '践诺率（已核查）', value: (r) => r.inspectedFulfilmentRate, rate: true },
      { label: '上报率', value: (r) => r.reportingRate, rate: true },
      { label: '合规率', value: (r) => r.complianceRate, rate: true },
      { label: '重错码率（每万）', value: (r) => perTenThousand(r.codeErrorRate) },
      { label: '许可信息上报率', value: (r) => r.licensing.reportingRate, rate: true },
      { label: '许可信息合规率', value: (r) => r.licensing.complianceRate, rate: true },
      { label: '许可信息及时率', value: (r) => r.licensing.timeliness, rate: true },
      { label: '处罚信息上报率', value: (r) => r.penalty.reportingRate, rate: true },
      { label: '处罚信息合规率', value: (r) => r.penalty.complianceRate, rate: true },
      { label: '处罚信息及时率', value: (r) => r.penalty.timeliness, rate: true },
      { label: '重码数', value: (r) => r.indicators.duplicateCodes, number: true });
    return cols;
  }

  function orderedRows(report) {
    const rows = [];
    report.departments.forEach((d) => {
      report.items.filter((i) => i.department === d.department).forEach((i) => rows.push(i));
      rows.push(d);
    });
    // 审批替代型, 证明事项型 (其他 for items closed to commitment): each category's items added up
    (report.categories || []).forEach((c) => rows.push(c.figures));
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
    cols.forEach((c, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c.label;
      if (i < IDENTIFYING) th.className = 'identifying';
      headRow.appendChild(th);
    });
    orderedRows(report).forEach((r) => {
      const tr = body.insertRow();
      tr.className = String(r.level).toLowerCase();
      cols.forEach((c) => {
        const td = tr.insertCell();
        const value = c.value(r);
        if (c.rate) {
          td.className = 'number';
          td.textContent = percent(value);
          if (!known(value)) {
            td.classList.add('unknown');
            td.title = '无数据：分母为 0，比率无从计算';
          }
          return;
        }
        td.textContent = value === null || value === undefined ? '' : String(value);
        if (c.number) td.className = 'number';
        if (c.className) td.classList.add(c.className);
      });
    });
    pinIdentifyingColumns();
  }

  /**
   * position: sticky needs each pinned column's distance from the left edge, which depends on the widths
   * the browser gave the columns before it: measured here, again whenever the box or the table resizes.
   */
  function pinIdentifyingColumns() {
    const table = $('table');
    const head = table.tHead.rows[0];
    if (!head) {
      return;
    }
    const limit = $('table-wrap').clientWidth * PINNED_SHARE;
    const lefts = [];
    let left = 0;
    for (let i = 0; i < IDENTIFYING && i < head.cells.length; i++) {
      const width = head.cells[i].getBoundingClientRect().width;
      if (i > 0 && left + width > limit) {
        break;
      }
      lefts.push(left);
      left += width;
    }
    Array.from(table.rows).forEach((row) => {
      Array.from(row.cells).slice(0, IDENTIFYING).forEach((cell, i) => {
        const pinned = i < lefts.length;
        cell.classList.toggle('sticky', pinned);
        cell.classList.toggle('sticky-edge', pinned && i === lefts.length - 1);
        cell.style.left = pinned ? lefts[i] + 'px' : '';
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
    // no fade-in: figures for a report are read (and printed) at once, not watched appear
    charts[id].setOption(Object.assign({ animation: false, tooltip: { renderMode: 'richText' } }, option), true);
  }

  /** A chart without anything to draw says so instead of showing empty axes. */
  function noData(empty) {
    return empty ? { text: '无数据', left: 'center', top: 'middle',
      textStyle: { color: MUTED, fontSize: 14, fontWeight: 'normal' } } : { show: false };
  }

  /** Canvas charts are invisible to screen readers and to tests: their figures are also given as text. */
  function describe(id, title, parts) {
    $(id).setAttribute('aria-label', title + '：' + (parts.length ? parts.join('；') : '无数据'));
  }

  function renderCharts(report) {
    const departments = report.departments;
    const names = departments.map((d) => d.departmentName);
    chart('chart-applications', {
      title: noData(departments.length === 0),
      grid: { left: 10, right: 20, bottom: 10, top: 20, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { renderMode: 'richText', trigger: 'axis' },
      series: [{ name: '申请件数', type: 'bar', data: departments.map((d) => d.applications) }]
    });
    describe('chart-applications', '各部门申请件数', departments.map((d) => d.departmentName + ' ' + d.applications + ' 件'));

    const ends = Object.entries(report.labels.endStates)
      .map(([key, label]) => ({ name: label, value: report.total.endStates[key] }));
    ends.push({ name: '办理中', value: report.total.running });
    const drawn = ends.filter((e) => e.value > 0);
    chart('chart-end-states', {
      title: noData(drawn.length === 0),
      tooltip: { renderMode: 'richText', trigger: 'item' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{ name: '办结状态', type: 'pie', radius: ['30%', '60%'], data: drawn }]
    });
    describe('chart-end-states', '办结状态分布', drawn.map((e) => e.name + ' ' + e.value + ' 件'));

    // A rate of 0 % is a bar of no height: its label at the axis shows it. An unknown rate must not look
    // the same, nor like 0 %: its bar is not drawn and a grey "无数据" stands in its place.
    const rates = departments.map((d) => {
      const text = percent(d.fulfilmentRate);
      if (!known(d.fulfilmentRate)) {
        // a transparent colour rather than opacity 0, which would hide the label with the bar
        return { value: 0, text: '无数据', itemStyle: { color: 'rgba(0, 0, 0, 0)' },
          label: { formatter: '无数据', color: MUTED }, emphasis: { disabled: true } };
      }
      return { value: Number(d.fulfilmentRate) * 100, text: text, label: { formatter: text } };
    });
    chart('chart-fulfilment', {
      title: noData(departments.length === 0),
      grid: { left: 10, right: 20, bottom: 10, top: 24, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      tooltip: {
        renderMode: 'richText', trigger: 'axis',
        formatter: (params) => params.map((p) => p.name + '：' + (p.data ? p.data.text : UNKNOWN)).join('\n')
      },
      series: [{ name: '践诺率', type: 'bar', data: rates, label: { show: true, position: 'top' } }]
    });
    describe('chart-fulfilment', '各部门践诺率', departments.map((d, i) => d.departmentName + ' ' + rates[i].text));

    // 已核查践诺 and 未抽中（视为践诺） apart: a department whose kept cases were never inspected does not look checked
    const split = [['已核查践诺', 'inspectedFulfilled'], ['未抽中（视为践诺）', 'notDrawn'], ['未践诺', 'unfulfilled']];
    chart('chart-fulfilment-split', {
      title: noData(departments.length === 0),
      grid: { left: 10, right: 20, bottom: 30, top: 20, containLabel: true },
      legend: { bottom: 0 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { renderMode: 'richText', trigger: 'axis' },
      series: split.map(([label, field]) => ({ name: label, type: 'bar', stack: 'fulfilment',
        data: departments.map((d) => d[field]) }))
    });
    describe('chart-fulfilment-split', '各部门践诺情况', departments.map((d) => d.departmentName + ' 已核查践诺 '
      + d.inspectedFulfilled + ' 件、未抽中 ' + d.notDrawn + ' 件、未践诺 ' + d.unfulfilled + ' 件'));
  }

  function sum(rows, field) {
    return (rows || []).reduce((n, r) => n + r[field], 0);
  }

  /** Subjects listed for a broken commitment, application and voluntary ones alike. */
  function listed(report) {
    return sum(report.keySupervision, 'listed');
  }

  function render(report) {
    const t = report.total;
    $('summary').textContent = '统计期间 ' + report.from + ' 至 ' + report.to + '：申请 ' + t.applications + ' 件，践诺率 '
      + percent(t.fulfilmentRate) + '，推送及时率 ' + percent(t.push.timeliness) + '，限期整改 ' + t.rectifications
      + ' 件，失信惩戒 ' + t.punishments + ' 件，违背承诺纳入重点监管 ' + listed(report) + ' 件；主动型、行业自律型承诺 申请 '
      + sum(report.voluntary, 'filed') + ' 件、公示 ' + sum(report.voluntary, 'published') + ' 件（生成于 '
      + String(report.generatedAt).replace('T', ' ').slice(0, 19) + '）';
    renderIndicators(t);
    renderTable(report);
    renderCharts(report);
  }

  async function download() {
    let blob;
    try {
      blob = await (await CC.api('/api/statistics.csv?' + range())).blob();
    } catch (error) {
      failed(error);
      return;
    }
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'statistics-' + $('filter').from.value + '_' + $('filter').to.value + '.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

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
  $('code-errors-download').addEventListener('click', downloadCodeErrors);
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  if (typeof ResizeObserver !== 'undefined') {
    // the box follows the window; the table's columns change when fonts arrive or the figures change
    const observer = new ResizeObserver(() => pinIdentifyingColumns());
    observer.observe($('table-wrap'));
    observer.observe($('table'));
  } else {
    window.addEventListener('resize', pinIdentifyingColumns);
  }

  CC.start('统计分析', () => load());
}());
