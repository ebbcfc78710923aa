// The public commitment board. Reads /public/api/commitments without login. Everything that comes from the
// server is rendered as text (textContent, option values), never as HTML: names are the applicants' own.
'use strict';

(function () {
  const API = '/public/api/commitments';
  const SIZE = 20;
  const $ = (id) => document.getElementById(id);
  const form = $('search');
  let page = 0;
  let total = 0;

  function say(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  async function getJson(url) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
    } catch (e) {
      throw new Error('无法连接服务器，请稍后重试。');
    }
    if (!response.ok) {
      let message = '查询失败（' + response.status + '），请稍后重试。';
      try {
        const problem = await response.json();
        if (problem && problem.messageZh) message = problem.messageZh;
      } catch (ignored) { /* not JSON */ }
      throw new Error(message);
    }
    return response.json();
  }

  function fill(select, entries) {
    Object.entries(entries || {}).forEach(([value, label]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      select.appendChild(option);
    });
  }

  async function loadFilters() {
    const filters = await getJson(API + '/filters');
    fill(form.department, filters.departments);
    fill(form.category, filters.categories);
    fill(form.kind, filters.kinds);
  }

  function query() {
    const params = new URLSearchParams();
    ['code', 'name', 'department', 'category', 'kind'].forEach((name) => {
      const value = form[name].value.trim();
      if (value) params.set(name, value);
    });
    params.set('page', String(page));
    params.set('size', String(SIZE));
    return params.toString();
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text === null || text === undefined || text === '' ? '—' : String(text);
    if (className) td.className = className;
    return td;
  }

  function render(result) {
    const body = $('records').tBodies[0];
    body.replaceChildren();
    total = result.total;
    if (!result.items.length) {
      const td = body.insertRow().insertCell();
      td.colSpan = 9;
      td.className = 'empty';
      td.textContent = '没有符合条件的公示信息';
    }
    result.items.forEach((r) => {
      const tr = body.insertRow();
      tr.className = 'record';
      cell(tr, r.kindLabel);
      cell(tr, r.categoryLabel);
      cell(tr, r.subjectName, 'subject-name');
      cell(tr, r.subjectCode, 'code');
      cell(tr, r.title);
      cell(tr, r.commitmentType);
      cell(tr, r.licenceNo, 'code');
      cell(tr, r.departmentName);
      cell(tr, r.publishedOn, 'date');
    });
    const pages = Math.max(1, Math.ceil(Math.min(total, 5000) / SIZE));
    $('summary').textContent = '共 ' + total + ' 条公示信息';
    $('position').textContent = '第 ' + (page + 1) + ' / ' + pages + ' 页';
    $('previous').disabled = page === 0;
    $('next').disabled = page + 1 >= pages;
  }

  async function load() {
    try {
      render(await getJson(API + '?' + query()));
      say('');
    } catch (error) {
      say(error.message);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    load();
  });
  form.addEventListener('reset', () => {
    page = 0;
    setTimeout(load, 0);
  });
  $('previous').addEventListener('click', () => {
    if (page > 0) {
      page--;
      load();
    }
  });
  $('next').addEventListener('click', () => {
    page++;
    load();
  });

  loadFilters().catch((error) => say(error.message)).finally(load);
}());
