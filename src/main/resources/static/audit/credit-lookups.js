// Auditor page, 信用信息查询记录: who looked up which subject's credit, when, and for which case or purpose
// (汕府办函〔2021〕17号（二十二）), with a daily count per official. Shown to auditors only (the API answers nobody else).
// Every value from the server is put into the page as text (textContent).
(function () {
  'use strict';

  /** A day's count at least this many times the period's median per official and day stands out. */
  var UNUSUAL_FACTOR = 3;
  /** ...and at least this many look-ups: a handful is never unusual. */
  var UNUSUAL_MINIMUM = 20;
  var BEIJING = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  });

  function $(id) { return document.getElementById(id); }

  function formatTime(value) {
    var parts = {};
    BEIJING.formatToParts(new Date(value)).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '年' + parts.month + '月' + parts.day + '日 ' + parts.hour + ':' + parts.minute + ':'
      + parts.second;
  }

  function row(cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (text) { tr.appendChild(CC.el('td', null, text == null ? '' : String(text))); });
    return tr;
  }

  function official(user, name) {
    return name && name !== user ? name + '（' + user + '）' : user;
  }

  function median(values) {
    if (!values.length) { return 0; }
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    return sorted[Math.floor(sorted.length / 2)];
  }

  function render(listing) {
    var daily = $('lookup-daily').tBodies[0];
    var typical = median(listing.dailyCounts.map(function (d) { return d.count; }));
    daily.replaceChildren();
    listing.dailyCounts.forEach(function (d) {
      var tr = row([d.day, official(d.user, d.userName), d.count]);
      if (d.count >= UNUSUAL_MINIMUM && d.count >= UNUSUAL_FACTOR * typical) {
        tr.className = 'unusual';
        tr.title = '当日查询次数明显高于一般水平，请核实查询用途';
      }
      daily.appendChild(tr);
    });
    if (!listing.dailyCounts.length) { daily.appendChild(row(['—', '本期间无查询记录', ''])); }
    var list = $('lookup-list').tBodies[0];
    list.replaceChildren();
    listing.lookups.forEach(function (l) {
      list.appendChild(row([formatTime(l.time), official(l.user, l.userName), l.subjectCode, l.caseNo || '—',
        l.purpose || '—', l.via]));
    });
    $('lookup-count').textContent = '（' + listing.from + ' 至 ' + listing.to + '，' + listing.lookups.length + ' 条'
      + (listing.truncated ? '，仅显示最新的 ' + listing.lookups.length + ' 条' : '') + '）';
  }

  function load(query) {
    var params = new URLSearchParams();
    Object.keys(query).forEach(function (key) { if (query[key]) { params.set(key, query[key].trim()); } });
    return CC.apiJson('/api/audit/credit-lookups' + (params.toString() ? '?' + params : '')).then(render)
      .catch(function (error) {
        if (error && error.message !== 'unauthenticated') {
          $('lookup-count').textContent = '（' + error.message + '）';
        }
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    CC.apiJson('/api/me').then(function (me) {
      var auditor = me.roles.some(function (r) { return r.group === 'auditor'; });
      if (!auditor) { return; }
      $('credit-lookups').hidden = false;
      $('lookup-form').addEventListener('submit', function (event) {
        event.preventDefault();
        load(Object.fromEntries(new FormData(event.target).entries()));
      });
      load({});
    }).catch(function () { /* the page's own start handles signing in */ });
  });
}());
