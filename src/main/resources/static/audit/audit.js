// Auditor page: case search, one case's diagram (path taken) and history, business view or engine detail.
// Read-only. Signed in through the Camunda webapps' session (CC.start in /common/officials.js).
// Every value from the server is put into the page as text (textContent, never innerHTML): a case
// field or form value holding markup stays inert text.
(function () {
  'use strict';

  var PAGE_SIZE = 20;
  var ORDER_KEY = 'cc.audit.order';
  var ZOOM_STEP = 1.25;
  var MIN_ZOOM = 0.1;
  var MAX_ZOOM = 4;
  /**
   * The models' smallest names (events' and flows' labels) are drawn at 11 px: below this zoom they cannot be read.
   * The diagram opens no smaller, and a located element is shown at least this large.
   */
  var READABLE_ZOOM = 1;
  var SOURCES = { camunda: '流程引擎', audit: '审计链', outbox: '通知发件箱', credit: '信用平台' };
  var UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
  var ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
  var BEIJING = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  });

  var state = {
    page: 0, query: {}, catalogue: null, viewer: null, diagram: null, history: null, selected: null,
    engine: false, order: localStorage.getItem(ORDER_KEY) === 'asc' ? 'asc' : 'desc'
  };

  function $(id) { return document.getElementById(id); }

  var el = CC.el;

  function show(id) {
    ['search', 'case'].forEach(function (s) { $(s).hidden = s !== id; });
  }

  function message(text, ok) {
    var box = $('message');
    box.hidden = !text;
    box.className = ok ? 'ok' : '';
    box.textContent = text || '';
  }

  function fail(error) {
    if (error && error.message !== 'unauthenticated') { message(error.message); }
  }

  /** Beijing time as officials write it: 2026年1月5日 14:03(:27). */
  function formatTime(value, seconds) {
    if (!value) { return ''; }
    var parts = {};
    BEIJING.formatToParts(new Date(value)).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '年' + parts.month + '月' + parts.day + '日 ' + parts.hour + ':' + parts.minute
      + (seconds ? ':' + parts.second : '');
  }

  // ---- search ----
  function loadCatalogue() {
    return CC.apiJson('/api/catalogue').then(function (catalogue) {
      state.catalogue = catalogue;
      var departments = $('department-select');
      Object.keys(catalogue.departments).forEach(function (code) {
        var option = el('option', null, catalogue.departments[code]);
        option.value = code;
        departments.appendChild(option);
      });
      fillItems();
    });
  }

  /** The items of the chosen department (all items when none is chosen), by name. */
  function fillItems() {
    var select = $('item-select');
    var department = $('department-select').value;
    var previous = select.value;
    select.replaceChildren(optionOf('', '全部事项'));
    (state.catalogue ? state.catalogue.items : []).filter(function (item) {
      return !department || item.department === department;
    }).forEach(function (item) {
      select.appendChild(optionOf(item.code, item.name));
    });
    select.value = Array.prototype.some.call(select.options, function (o) { return o.value === previous; })
      ? previous : '';
  }

  function optionOf(value, text) {
    var option = el('option', null, text);
    option.value = value;
    return option;
  }

  function search(page) {
    state.page = page;
    var params = new URLSearchParams();
    Object.keys(state.query).forEach(function (k) { if (state.query[k]) { params.set(k, state.query[k]); } });
    params.set('page', page);
    params.set('size', PAGE_SIZE);
    CC.apiJson('/api/audit/cases?' + params.toString()).then(renderResults).catch(fail);
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
      [c.applicantName, c.applicantCode, c.itemName || c.itemCode, c.departmentName || c.department, c.endStateLabel,
        formatTime(c.createdAt)].forEach(function (v) { row.appendChild(el('td', null, v)); });
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
    $('diagram').removeAttribute('data-rendered');
    state.history = null;
    state.selected = null;
    var path = '/api/cases/' + encodeURIComponent(caseNo);
    loadDocuments(caseNo, path);
    Promise.all([CC.apiJson(path + '/diagram'), CC.apiJson(path + '/history')])
      .then(function (results) {
        state.diagram = results[0];
        state.history = results[1];
        $('case-title').textContent = '办件 ' + caseNo + ' · '
          + (results[0].processDefinitionName || results[0].processDefinitionKey);
        renderTimeline();
        return renderDiagram(results[0]);
      }).catch(fail);
  }

  // ---- the case's documents ----
  /** The documents issued in the case, on their own request: the history shows even when this one fails. */
  function loadDocuments(caseNo, path) {
    var body = document.querySelector('#case-documents tbody');
    body.replaceChildren();
    $('case-documents-count').textContent = '';
    CC.apiJson(path + '/documents').then(function (documents) {
      // another case may have been opened meanwhile
      if (currentCase() === caseNo) { renderDocuments(documents); }
    }).catch(fail);
  }

  function renderDocuments(documents) {
    var body = document.querySelector('#case-documents tbody');
    body.replaceChildren();
    $('case-documents-count').textContent = '（' + documents.length + ' 份）';
    documents.forEach(function (d) {
      var row = el('tr', 'document');
      row.setAttribute('data-valid', d.valid ? 'true' : 'false');
      row.appendChild(el('td', null, d.title));
      row.appendChild(el('td', 'number', d.number));
      row.appendChild(el('td', null, d.issuer));
      var when = el('td', 'date', formatTime(d.issuedAt));
      row.appendChild(when);
      row.appendChild(el('td', null, d.issuedByName || d.issuedBy));
      var code = el('td', 'code', d.verificationCode);
      if (d.sha256) { code.title = 'SHA-256：' + d.sha256; }
      row.appendChild(code);
      var status = el('td');
      status.appendChild(!d.valid ? el('span', 'doc-invalid', '已失效' + (d.invalidReason ? '：' + d.invalidReason : ''))
        : d.laidOut ? el('span', 'doc-valid', '有效') : el('span', 'doc-issuing', '出具中'));
      row.appendChild(status);
      var actions = el('td', 'actions');
      if (d.pdf) { actions.appendChild(newTabLink('打印/下载', d.pdf, 'pdf')); }
      if (d.verifyUrl) { actions.appendChild(newTabLink('核验', d.verifyUrl, 'verify')); }
      row.appendChild(actions);
      body.appendChild(row);
    });
    if (documents.length === 0) {
      var empty = el('tr');
      var cell = el('td', 'empty', '该办件尚未出具文书');
      cell.colSpan = 8;
      empty.appendChild(cell);
      body.appendChild(empty);
    }
  }

  function newTabLink(text, href, className) {
    var link = el('a', className, text);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener';
    return link;
  }

  function renderTimeline() {
    var history = state.history;
    if (!history) { return; }
    var list = $('timeline');
    list.replaceChildren();
    var items = state.engine ? history.entries : history.events;
    $('timeline-count').textContent = state.engine ? '（引擎明细 ' + items.length + ' 条）'
      : '（' + items.length + ' 项）';
    var ordered = state.order === 'asc' ? items : items.slice().reverse();
    var actors = actorsById(history.events);
    ordered.forEach(function (item) {
      var li = state.engine ? entryItem(item, actors, words(history)) : eventItem(item);
      if (item.activityId) {
        li.setAttribute('data-activity', item.activityId);
        li.classList.add('locatable');
        li.title = '在流程图中定位';
        li.addEventListener('click', function (event) {
          // opening the engine detail's fold is not a request to move the diagram
          if (event.target.closest('summary')) { return; }
          select(li, item.activityId);
        });
      }
      if (item.activityId && item.activityId === state.selected) { li.classList.add('selected'); }
      list.appendChild(li);
    });
  }

  /** One business event: when, what, who, and its facts as a list of labelled values. */
  function eventItem(e) {
    var li = el('li', 'event src-' + e.source + ' kind-' + slug(e.kind));
    var head = el('div', 'ev-head');
    var time = el('time', 'ev-time', formatTime(e.time));
    time.dateTime = e.time || '';
    head.appendChild(time);
    head.appendChild(el('span', 'ev-title', e.title));
    li.appendChild(head);
    if (e.actor) { li.appendChild(actorLine(e.actor)); }
    if (e.fields && e.fields.length) {
      var dl = el('dl', 'ev-fields');
      e.fields.forEach(function (f) {
        dl.appendChild(el('dt', null, f.label));
        dl.appendChild(fieldValue(f));
      });
      li.appendChild(dl);
    }
    return li;
  }

  /** A value, as a download link when the server gives one (an evidence file; the download checks the reader). */
  function fieldValue(f) {
    var dd = el('dd', null, f.href ? null : f.value);
    if (f.href && f.href.indexOf('/api/evidence/') === 0) {
      var link = el('a', 'ev-file', f.value);
      link.href = f.href;
      link.setAttribute('download', '');
      dd.appendChild(link);
    } else if (f.href) {
      dd.textContent = f.value;
    }
    return dd;
  }

  function actorLine(actor) {
    var who = el('div', 'ev-actor');
    who.appendChild(el('span', 'ev-actor-name', actor.name));
    // demo users carry their role in their name; it is not said twice
    if (actor.role && actor.name.indexOf(actor.role) < 0) { who.appendChild(el('span', 'ev-actor-role', actor.role)); }
    return who;
  }

  function actorsById(events) {
    var actors = {};
    events.forEach(function (e) { if (e.actor) { actors[e.actor.id] = e.actor; } });
    return actors;
  }

  /** How the engine detail names keys and coded values, and which keys (ids, seeds) it leaves out. */
  function words(history) {
    return { labels: history.detailLabels || {}, values: history.detailValues || {},
      hidden: new Set(history.detailHidden || []) };
  }

  /** One line of the engine's history, its details as labelled fields (nested values as nested lists). */
  function entryItem(e, actors, labels) {
    var li = el('li', 'entry src-' + e.source + ' type-' + slug(e.type));
    var head = el('div', 'ev-head');
    head.appendChild(el('time', 'ev-time', formatTime(e.time, true)));
    head.appendChild(el('span', 'ev-title', e.label));
    var d = e.details || {};
    var what = d.name || d.typeLabel || d.decisionName || labels.values[d.activityType];
    if (what) { head.appendChild(el('span', 'ev-what', '「' + what + '」')); }
    head.appendChild(el('span', 'ev-source', SOURCES[e.source] || e.source));
    li.appendChild(head);
    if (e.actor) {
      li.appendChild(actorLine(actors[e.actor] || { id: e.actor, name: e.actor, role: null }));
    }
    if (Object.keys(d).some(function (key) { return shown(key, d[key], labels); })) {
      var fold = el('details');
      fold.appendChild(el('summary', null, '详情'));
      fold.appendChild(valueNode(d, labels));
      li.appendChild(fold);
    }
    return li;
  }

  function valueNode(value, labels) {
    if (value === null || value === undefined || value === '') { return el('span', 'empty', '（空）'); }
    if (Array.isArray(value)) {
      if (value.every(function (v) { return v === null || typeof v !== 'object'; })) {
        return el('span', null, value.map(function (v) { return scalarText(v, labels); }).join('、') || '（无）');
      }
      var ol = el('ol', 'nested');
      value.forEach(function (v) {
        var li = el('li');
        li.appendChild(valueNode(v, labels));
        ol.appendChild(li);
      });
      return ol;
    }
    if (typeof value === 'object') {
      var keys = Object.keys(value).filter(function (key) { return shown(key, value[key], labels); });
      if (!keys.length) { return el('span', 'empty', '（无）'); }
      var dl = el('dl', 'nested');
      keys.forEach(function (key) {
        dl.appendChild(el('dt', null, labels.labels[key] || key));
        var dd = el('dd');
        dd.appendChild(valueNode(value[key], labels));
        dl.appendChild(dd);
      });
      return dl;
    }
    return el('span', null, scalarText(value, labels));
  }

  /**
   * Whether a detail is for people: machine ids (anything holding a UUID, the platform's record ids among them),
   * idempotency keys and seeds are left to the CSV.
   */
  function shown(key, value, labels) {
    return !labels.hidden.has(key) && !(typeof value === 'string' && UUID.test(value));
  }

  function scalarText(value, labels) {
    if (value === true) { return '是'; }
    if (value === false) { return '否'; }
    if (value === null || value === undefined) { return '（空）'; }
    if (typeof value === 'string' && ISO_INSTANT.test(value)) { return formatTime(value, true); }
    if (typeof value === 'string' && labels && labels.values[value]) { return labels.values[value]; }
    return String(value);
  }

  function slug(text) {
    return String(text || '').replace(/[^A-Za-z0-9]+/g, '-');
  }

  // ---- diagram ----
  function renderDiagram(diagram) {
    if (state.viewer) { state.viewer.destroy(); }
    // absolute inside the pane: a percentage height would not resolve in the flex column otherwise
    state.viewer = new BpmnJS({ container: '#diagram', position: 'absolute' });
    return state.viewer.importXML(diagram.xml).then(function () {
      var canvas = state.viewer.get('canvas');
      var overlays = state.viewer.get('overlays');
      var registry = state.viewer.get('elementRegistry');
      diagram.activities.forEach(function (a) {
        var element = registry.get(a.activityId);
        if (!element) { return; }
        canvas.addMarker(a.activityId, a.incident ? 'cc-incident' : (a.active ? 'cc-active' : 'cc-passed'));
        // an expanded sub-process is a frame around steps: outline it only, so the steps inside stay readable; a
        // collapsed one (a phase of the lifecycle, opened with its drill-down arrow) is a box like a task
        if (element.type === 'bpmn:SubProcess' && !element.collapsed) { canvas.addMarker(a.activityId, 'cc-scope'); }
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
      moveDrillDownMarkers(overlays);
      state.viewer.get('eventBus').on('canvas.viewbox.changed', noteZoom);
      state.viewer.get('eventBus').on('element.click', function (event) { showEventsOf(event.element.id); });
      fitPath();
      if (state.selected) { highlight(state.selected, false); }
      $('diagram').setAttribute('data-rendered', 'true');
    });
  }

  /**
   * bpmn-js hangs a phase's drill-down marker below the box's corner, where the names of the flows leaving it stand
   * (核查未践诺 read 核查■践诺): it goes into the box's top right corner, above the box's own centred name.
   */
  function moveDrillDownMarkers(overlays) {
    overlays.get({ type: 'drilldown' }).forEach(function (overlay) {
      // removing an overlay clears it: keep what it was on and what it showed
      var element = overlay.element;
      var html = overlay.html;
      overlays.remove(overlay.id);
      overlays.add(element, 'drilldown', { position: { top: 3, right: 3 }, html: html });
    });
  }

  function canvas() {
    return state.viewer ? state.viewer.get('canvas') : null;
  }

  /** The zoom as an attribute, for tests and for anyone reading the page's state. */
  function noteZoom() {
    var c = canvas();
    if (c) { $('diagram').setAttribute('data-zoom', c.zoom(false).toFixed(3)); }
  }

  function zoomBy(factor) {
    var c = canvas();
    if (!c) { return; }
    var outer = c.viewbox().outer;
    var scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, c.zoom() * factor));
    c.zoom(scale, { x: outer.width / 2, y: outer.height / 2 });
    noteZoom();
  }

  function zoomAll() {
    var c = canvas();
    if (!c) { return; }
    c.zoom('fit-viewport', 'auto');
    noteZoom();
  }

  /** Fits the elements the case passed (and so where it is now); the whole diagram when it passed none. */
  function fitPath() {
    var registry = state.viewer.get('elementRegistry');
    var ids = state.diagram.activities.map(function (a) { return a.activityId; }).concat(state.diagram.takenFlows);
    var root = canvas().getRootElement();
    var elements = ids.map(function (id) { return registry.get(id); }).filter(function (element) {
      // only what is drawn on the level shown; a passed expanded sub-process frame would stretch the box over
      // steps the case never reached (a collapsed one is a box like a task)
      return element && canvas().findRoot(element) === root
        && !(element.type === 'bpmn:SubProcess' && !element.collapsed);
    });
    if (!elements.length) { zoomAll(); return; }
    var box = bounds(elements);
    if (fittedScale(box) >= READABLE_ZOOM) { fitBox(box, 1.2); return; }
    // too long a path to fit readably: where the case is now (or where it ended), at a size one can read
    var now = state.diagram.activities.filter(function (a) { return a.active || a.incident; })
      .map(function (a) { return registry.get(a.activityId); })
      .filter(function (element) { return elements.indexOf(element) >= 0; });
    var focus = now.length ? bounds(now) : { x: box.x + box.width, y: box.y + box.height / 2, width: 0, height: 0 };
    var outer = canvas().viewbox().outer;
    // centred on it, or further right where the path ends sooner, so the pane shows path and not empty space
    var x = Math.min(focus.x + focus.width / 2, box.x + box.width - outer.width / READABLE_ZOOM / 2 + 50);
    centreOn(Math.max(x, box.x + outer.width / READABLE_ZOOM / 2 - 50), focus.y + focus.height / 2, READABLE_ZOOM);
  }

  /** The scale at which the box fits the pane with its margin. */
  function fittedScale(box) {
    var outer = canvas().viewbox().outer;
    return Math.min(outer.width / Math.max(box.width + 100, 1), outer.height / Math.max(box.height + 100, 1));
  }

  function bounds(elements) {
    var box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    function add(x, y, w, h) {
      box.minX = Math.min(box.minX, x);
      box.minY = Math.min(box.minY, y);
      box.maxX = Math.max(box.maxX, x + w);
      box.maxY = Math.max(box.maxY, y + h);
    }
    elements.forEach(function (element) {
      if (element.waypoints) {
        element.waypoints.forEach(function (p) { add(p.x, p.y, 0, 0); });
      } else {
        add(element.x, element.y, element.width, element.height);
      }
    });
    return { x: box.minX, y: box.minY, width: box.maxX - box.minX, height: box.maxY - box.minY };
  }

  /** Shows the box centred, as large as fits (up to maxScale), with a margin for labels and badges. */
  function fitBox(box, maxScale) {
    var c = canvas();
    var outer = c.viewbox().outer;
    var margin = 50;
    var width = Math.max(box.width + 2 * margin, 1);
    var height = Math.max(box.height + 2 * margin, 1);
    var scale = Math.min(outer.width / width, outer.height / height, maxScale);
    centreOn(box.x + box.width / 2, box.y + box.height / 2, scale);
  }

  function centreOn(x, y, scale) {
    var c = canvas();
    var outer = c.viewbox().outer;
    // a hidden pane has no size; a view box computed from it would be infinite
    if (!outer.width || !outer.height || !(scale > 0)) { return; }
    var width = outer.width / scale;
    var height = outer.height / scale;
    c.viewbox({ x: x - width / 2, y: y - height / 2, width: width, height: height });
    noteZoom();
  }

  function select(item, activityId) {
    document.querySelectorAll('#timeline li.selected, #timeline li.related').forEach(function (li) {
      li.classList.remove('selected', 'related');
    });
    item.classList.add('selected');
    highlight(activityId, true);
  }

  /** Marks the element and, when asked, brings it to the middle of the pane at a readable size. */
  function highlight(activityId, centre) {
    var c = canvas();
    if (!c) { state.selected = activityId; return; }
    var registry = state.viewer.get('elementRegistry');
    if (state.selected && registry.get(state.selected)) { c.removeMarker(state.selected, 'cc-selected'); }
    state.selected = activityId;
    var element = registry.get(activityId);
    if (!element) {
      message('该环节不在当前流程图中（可能属于同一办件的其他流程）。');
      return;
    }
    message('');
    // a step inside a phase is drawn on the phase's own level (a collapsed sub-process): open it first
    var root = c.findRoot(element);
    if (root && root !== c.getRootElement()) { c.setRootElement(root); }
    c.addMarker(activityId, 'cc-selected');
    if (centre) {
      var box = bounds([element]);
      centreOn(box.x + box.width / 2, box.y + box.height / 2, Math.max(c.zoom(), READABLE_ZOOM));
    }
  }

  /** Clicking an element on the diagram marks the timeline lines about it and scrolls to the first. */
  function showEventsOf(activityId) {
    var related = document.querySelectorAll('#timeline li[data-activity="' + CSS.escape(activityId) + '"]');
    document.querySelectorAll('#timeline li.related').forEach(function (li) { li.classList.remove('related'); });
    related.forEach(function (li) { li.classList.add('related'); });
    if (related.length) { related[0].scrollIntoView({ block: 'nearest' }); }
  }

  // ---- page ----
  function downloadCsv() {
    var caseNo = currentCase();
    CC.api('/api/cases/' + encodeURIComponent(caseNo) + '/history.csv').then(function (r) { return r.blob(); })
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
    CC.apiJson('/api/audit/verify').then(function (v) {
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
    var caseNo = currentCase();
    if (caseNo) {
      openCase(caseNo);
    } else {
      show('search');
      search(state.page);
    }
  }

  function wire() {
    $('verify-button').addEventListener('click', verifyChain);
    $('back-button').addEventListener('click', function () { location.hash = ''; });
    $('csv-button').addEventListener('click', downloadCsv);
    $('prev-page').addEventListener('click', function () { search(state.page - 1); });
    $('next-page').addEventListener('click', function () { search(state.page + 1); });
    $('department-select').addEventListener('change', fillItems);
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
    $('engine-toggle').addEventListener('change', function (event) {
      state.engine = event.target.checked;
      renderTimeline();
    });
    $('order-select').value = state.order;
    $('order-select').addEventListener('change', function (event) {
      state.order = event.target.value === 'asc' ? 'asc' : 'desc';
      localStorage.setItem(ORDER_KEY, state.order);
      renderTimeline();
    });
    $('zoom-in').addEventListener('click', function () { zoomBy(ZOOM_STEP); });
    $('zoom-out').addEventListener('click', function () { zoomBy(1 / ZOOM_STEP); });
    $('zoom-path').addEventListener('click', function () { if (state.viewer) { fitPath(); } });
    $('zoom-all').addEventListener('click', zoomAll);
    // the split between diagram and timeline can be dragged; the canvas must learn its new size
    if (window.ResizeObserver) {
      new ResizeObserver(function () { var c = canvas(); if (c) { c.resized(); } }).observe($('diagram'));
    }
    window.addEventListener('hashchange', route);
  }

  CC.start('办件审计', function (me) {
    var mayVerify = me.admin || me.roles.some(function (r) { return r.group === 'auditor'; });
    $('verify-button').hidden = !mayVerify;
    $('app').hidden = false;
    wire();
    loadCatalogue().catch(fail).then(route);
  });
}());
