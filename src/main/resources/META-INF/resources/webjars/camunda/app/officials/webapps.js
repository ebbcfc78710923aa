// Loaded by Tasklist, Cockpit, Admin and Welcome (customScripts in each app's scripts/config.js).
// What officials read is Chinese and about their work:
// - the Community Edition end-of-life banner is a message for administrators: hidden for everyone else;
// - Tasklist lists tasks by due date (most urgent first) unless the official chose another order;
// - the few English texts the form renderer (form-js) has no translation hook for are put into Chinese.
// Nothing here changes what a user may do: the server decides that.

const APP = document.querySelector('base').getAttribute('app-name');
const APP_ROOT = document.querySelector('base').getAttribute('app-root');

// ---- end-of-life banner: administrators only ----
const hideBanner = document.createElement('style');
hideBanner.textContent = '.ce-eol-banner { display: none !important; }';
document.head.appendChild(hideBanner);
// checked again after every route change: signing in on the login page changes the route, not the page
function checkUser() {
  fetch(APP_ROOT + '/api/admin/auth/user/default', { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : null))
    .then((user) => {
      if (user && (user.authorizedApps || []).includes('admin')) {
        hideBanner.remove();
      } else if (!hideBanner.isConnected) {
        document.head.appendChild(hideBanner);
      }
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
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
