// The public document verification page, without login: /public/documents/ and /public/documents/<code> (both are
// forwarded here). Reads /public/api/documents/<code> and compares an uploaded PDF with the issued one. Everything
// that comes from the server is rendered as text (textContent, attributes), never as HTML.
'use strict';

(function () {
  const API = '/public/api/documents/';
  const PAGE = '/public/documents/';
  /** What the server forwards to this page; other codes are still verified, but not put into the address. */
  const ADDRESSABLE = /^[0-9A-Za-z-]{16,24}$/;
  const $ = (id) => document.getElementById(id);
  /** The code of the verification shown, for the comparison. */
  let current = null;

  function say(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  function show(id, text) {
    $(id).textContent = text === null || text === undefined || text === '' ? '—' : String(text);
  }

  /** The Chinese message of a problem+json answer, or a general one. */
  async function problemText(response, fallback) {
    let message = fallback + '（' + response.status + '），请稍后重试。';
    try {
      const problem = await response.json();
      if (problem && problem.messageZh) message = problem.messageZh;
    } catch (ignored) { /* not JSON */ }
    if (response.status === 429 && message.indexOf('秒') < 0) {
      const wait = response.headers.get('Retry-After');
      if (wait) message += '（请于 ' + wait + ' 秒后重试）';
    }
    return message;
  }

  async function send(url, options, fallback) {
    let response;
    try {
      response = await fetch(url, Object.assign({ credentials: 'omit' }, options));
    } catch (e) {
      throw new Error('无法连接服务器，请稍后重试。');
    }
    if (!response.ok) throw new Error(await problemText(response, fallback));
    return response.json();
  }

  /** The code in the address: /public/documents/<code>. */
  function codeInPath() {
    const match = /^\/public\/documents\/([^/]+)\/?$/.exec(location.pathname);
    if (!match || match[1] === 'index.html') return '';
    try {
      return decodeURIComponent(match[1]);
    } catch (malformed) {
      return match[1];
    }
  }

  function clearComparison() {
    $('comparison').hidden = true;
    $('comparison').textContent = '';
    $('comparison').className = 'comparison';
    $('comparison-note').hidden = true;
    $('comparison-hashes').hidden = true;
    show('uploaded-sha256', '');
    show('issued-sha256', '');
  }

  /**
   * The organ's electronic seal as the server checked it (signature over the whole file, stored digest): who sealed,
   * when, with which algorithm. Documents issued before documents were sealed say they carry no seal.
   */
  function showSeal(d) {
    const seal = d.seal;
    show('seal', seal ? seal.summary : (d.pdf ? '' : '文书出具后显示'));
    $('seal').setAttribute('data-sealed', seal && seal.sealed ? 'true' : 'false');
    const signer = seal && seal.sealed ? [seal.organ, seal.signer].filter(Boolean).join(' / ') : '';
    show('seal-signer', signer);
    show('seal-time', seal && seal.signedAt ? seal.signedAt.replace('T', ' ').substring(0, 19) : '');
    show('seal-algorithm', seal ? seal.algorithm : '');
    document.querySelectorAll('#result .seal-row').forEach((node) => {
      node.hidden = !(seal && seal.sealed);
    });
    const intact = $('intact');
    if (d.intact === null || d.intact === undefined) {
      show('intact', '');
      intact.removeAttribute('data-intact');
    } else {
      intact.textContent = d.intact ? '完整：文件自出具后未被修改' : '不完整：文件与出具时不一致，可能被篡改';
      intact.setAttribute('data-intact', d.intact ? 'true' : 'false');
    }
  }

  function render(d) {
    current = d.verificationCode;
    const status = $('status');
    // 出具中: the deciding step has committed and the PDF is being laid out
    status.textContent = d.status || (d.valid ? '有效' : '已失效');
    status.className = 'badge ' + (d.valid ? (d.pdf ? 'valid' : 'issuing') : 'invalid');
    $('result').setAttribute('data-valid', d.valid ? 'true' : 'false');
    show('title', d.title);
    show('number', d.number);
    show('issuer', d.issuer);
    show('issued-on', d.issuedOn);
    show('subject', [d.subjectName, d.subjectCode ? '（' + d.subjectCode + '）' : ''].join(''));
    show('verification-code', d.verificationCode);
    show('sha256', d.sha256);
    // SM3 for documents issued now, SHA-256 for those issued before
    show('hash-algorithm', d.hashAlgorithm || 'SHA-256');
    showSeal(d);
    show('invalid-reason', d.invalidReason || '未说明');
    show('invalid-since', d.invalidSince);
    document.querySelectorAll('#result .invalid-row').forEach((node) => {
      node.hidden = !!d.valid;
    });
    const pdf = $('pdf');
    pdf.href = d.pdf || '#';
    pdf.hidden = !d.pdf;
    clearComparison();
    $('compare-file').value = '';
    $('result').hidden = false;
  }

  async function verify(code) {
    $('code').value = code;
    $('result').hidden = true;
    current = null;
    say('');
    if (!code) {
      say('请输入验证码。');
      return;
    }
    $('verify').disabled = true;
    try {
      render(await send(API + encodeURIComponent(code), { headers: { Accept: 'application/json' } }, '核验失败'));
    } catch (error) {
      say(error.message);
    } finally {
      $('verify').disabled = false;
    }
  }

  async function compare() {
    say('');
    clearComparison();
    const file = $('compare-file').files[0];
    if (!current) return;
    if (!file) {
      say('请选择要比对的 PDF 文件。');
      return;
    }
    $('compare').disabled = true;
    try {
      const result = await send(API + encodeURIComponent(current) + '/comparison', {
        method: 'POST',
        headers: { 'Content-Type': 'application/pdf', Accept: 'application/json' },
        body: file
      }, '比对失败');
      const line = $('comparison');
      line.textContent = result.identical ? '与出具的文书完全一致' : '与出具的文书不一致：文件可能被修改';
      line.className = 'comparison ' + (result.identical ? 'identical' : 'different');
      line.setAttribute('data-identical', result.identical ? 'true' : 'false');
      line.hidden = false;
      if (result.identical && !result.valid) {
        $('comparison-note').textContent = '注意：该文书已失效，不再具有效力。';
        $('comparison-note').hidden = false;
      }
      show('uploaded-sha256', result.uploadedSha256);
      show('issued-sha256', result.issuedSha256);
      $('comparison-hashes').hidden = false;
    } catch (error) {
      say(error.message);
    } finally {
      $('compare').disabled = false;
    }
  }

  $('lookup').addEventListener('submit', (event) => {
    event.preventDefault();
    const code = $('code').value.trim();
    if (code && ADDRESSABLE.test(code) && code !== codeInPath()) {
      history.pushState(null, '', PAGE + encodeURIComponent(code));
    }
    verify(code);
  });
  $('compare-form').addEventListener('submit', (event) => {
    event.preventDefault();
    compare();
  });
  window.addEventListener('popstate', () => {
    const code = codeInPath();
    if (code) {
      verify(code);
    } else {
      $('code').value = '';
      $('result').hidden = true;
      say('');
    }
  });

  const initial = codeInPath();
  if (initial) {
    verify(initial);
  } else {
    $('code').focus();
  }
}());
