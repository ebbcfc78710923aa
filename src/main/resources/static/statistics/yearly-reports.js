// Yearly reports page (普政数局〔2022〕25号 三（三）): signed in on the Camunda webapps' session through CC.start
// (/common/officials.js). The credit office issues a report and records its filing; the auditor reads the list.
// Values are set as text, never as markup.
(function () {
  'use strict';

  var PATH = '/api/statistics/yearly-reports';
  var state = { me: null };

  function $(id) { return document.getElementById(id); }

  function tell(text, error) {
    $('notice').textContent = text || '';
    $('notice').className = 'yr-notice' + (error ? ' error' : '');
    $('notice').hidden = !text;
  }

  function isCreditOffice() {
    return !!state.me && state.me.roles.some(function (r) { return r.group === 'credit-office'; });
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

  function day(iso) {
    if (!iso) { return ''; }
    var d = iso.substring(0, 10).split('-');
    return Number(d[0]) + '年' + Number(d[1]) + '月' + Number(d[2]) + '日';
  }

  function filingCell(report) {
    var cell = CC.el('td');
    if (report.filedAt) {
      cell.textContent = '已于' + day(report.filedAt) + '报送' + report.filedTo + '（' + report.filedBy + '）';
      return cell;
    }
    if (!isCreditOffice() || !report.valid || !report.pdf) {
      cell.textContent = report.valid ? '未报送' : '—';
      return cell;
    }
    var form = CC.el('form');
    var input = CC.el('input');
    input.type = 'text';
    input.value = '市政务服务数据管理局';
    input.setAttribute('aria-label', '报送单位');
    var button = CC.el('button', 'primary', '登记报送');
    button.type = 'submit';
    form.appendChild(input);
    form.appendChild(button);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      post(PATH + '/' + report.id + '/filing', { filedTo: input.value }).then(function (filed) {
        tell(filed.year + '年度报告（' + filed.number + '）已登记报送' + filed.filedTo + '。');
        load();
      }).catch(function (error) { tell(error.message, true); });
    });
    cell.appendChild(form);
    return cell;
  }

  function row(report) {
    var tr = CC.el('tr', report.valid ? '' : 'superseded');
    [report.year + '年度', '第' + report.version + '版', report.number || '出具中',
      day(report.periodFrom) + '至' + day(report.periodTo), report.automatic ? '12月自动生成' : '依申请生成',
      report.status, day(report.filingDue)].forEach(function (text) { tr.appendChild(CC.el('td', '', text)); });
    tr.appendChild(filingCell(report));
    var pdf = CC.el('td');
    if (report.pdf) {
      var link = CC.el('a', '', '查看 PDF');
      link.href = report.pdf;
      link.target = '_blank';
      link.rel = 'noopener';
      pdf.appendChild(link);
    }
    tr.appendChild(pdf);
    return tr;
  }

  function load() {
    return CC.apiJson(PATH).then(function (reports) {
      var body = $('reports').querySelector('tbody');
      body.textContent = '';
      reports.forEach(function (report) { body.appendChild(row(report)); });
      $('empty').hidden = reports.length > 0;
    }).catch(function (error) {
      if (error.status === 403) {
        $('yearly').hidden = true;
        $('denied').hidden = false;
        return;
      }
      tell(error.message, true);
    });
  }

  CC.start('年度报告', function (me) {
    state.me = me;
    $('yearly').hidden = false;
    if (isCreditOffice()) {
      $('issue').hidden = false;
      $('issue-year').value = new Date().getFullYear();
      $('issue').addEventListener('submit', function (event) {
        event.preventDefault();
        post(PATH, { year: Number($('issue-year').value) }).then(function (report) {
          tell(report.year + '年度报告第' + report.version + '版已生成，文号' + report.number + '。');
          load();
        }).catch(function (error) { tell(error.message, true); });
      });
    }
    load();
  });
})();
