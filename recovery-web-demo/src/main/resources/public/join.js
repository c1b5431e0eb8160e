// The second partner's way in: the invitation code (from the link or typed) and a passphrase of
// their own. Fills <section id="join">; talks to /api/session and /api/invitations/accept only.
import { $, el } from './dom.js';

async function call(method, path, body, csrf) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    init.headers['Content-Type'] = 'application/json';
    init.headers['X-CSRF-Token'] = csrf || '';
    init.body = JSON.stringify(body || {});
  }
  const res = await fetch(path, init);
  const text = await res.text();
  const data = text ? JSON.parse(text) : {};
  if (!res.ok) {
    const err = new Error(data.message || 'Something went wrong; please try again.');
    err.status = res.status; err.field = data.field;
    throw err;
  }
  return data;
}

// The code in a link (#join=CODE) is taken, then removed from the address and the history entry.
function codeFromLink() {
  let hash = location.hash;
  try { hash = decodeURIComponent(hash); } catch (err) { /* not a code; left as it is */ }
  const m = /^#join=([0-9A-Za-z -]{1,64})$/.exec(hash);
  if (!m) return '';
  history.replaceState(null, '', location.pathname + location.search);
  return m[1];
}

function result(form, text, ok) {
  const old = form.querySelector('.result');
  if (old) old.remove();
  const p = el('p', { class: ok ? 'result ok' : 'result error', role: ok ? 'status' : 'alert', tabindex: '-1', text });
  form.append(p);
  p.focus();
}

function render(section, code, notice) {
  const form = el('form', { id: 'join-form', class: 'card', novalidate: true },
    el('h3', { id: 'join-title', text: 'Join your partner\'s journey' }),
    el('p', { class: 'hint', text: 'Your partner started the journey and gave you an invitation. Choose a passphrase that only you know: your partner never sees it, and you will log in with it from now on. The invitation works once, for seven days.' }),
    el('label', { for: 'join-code', text: 'Invitation code' }),
    el('input', { id: 'join-code', name: 'code', required: true, maxlength: 64, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'join-code-hint', value: code || null }),
    el('p', { id: 'join-code-hint', class: 'hint', text: 'Twenty letters and digits, for example 7KQ2-M9XD-4TRB-8WNF-C3HJ. Dashes and capitals do not matter.' }),
    el('label', { for: 'join-passphrase', text: 'Your own passphrase (at least 10 characters)' }),
    el('input', { id: 'join-passphrase', name: 'passphrase', type: 'password', required: true, minlength: 10, autocomplete: 'new-password' }),
    el('label', { for: 'join-repeat', text: 'The same passphrase again' }),
    el('input', { id: 'join-repeat', type: 'password', required: true, autocomplete: 'new-password' }),
    el('button', { type: 'submit', text: 'Join the journey' }));
  section.replaceChildren(...(notice ? [el('p', { id: 'join-notice', class: 'notice', role: 'status', tabindex: '-1', text: notice })] : []), form);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const pass = $('join-passphrase').value;
    if (pass !== $('join-repeat').value) {
      result(form, 'The two passphrases are not the same; type them again. Nothing was sent.', false);
      return;
    }
    try {
      const session = await call('GET', '/api/session');
      const joined = await call('POST', '/api/invitations/accept', { code: $('join-code').value, passphrase: pass }, session.csrfToken);
      $('join-passphrase').value = ''; $('join-repeat').value = '';
      result(form, 'You have joined as ' + joined.partner.name + '. From now on, log in with the name "' + joined.loginName + '" and your own passphrase. Opening the journey…', true);
      if (joined.recoveryCode) {
        document.dispatchEvent(new CustomEvent('recovery:code', { detail: { code: joined.recoveryCode, then: () => location.reload() } }));
      } else {
        setTimeout(() => location.reload(), 1500);
      }
    } catch (err) {
      result(form, err.message, false);
    }
  });
  if (code) $('join-passphrase').focus();
}

async function start() {
  const section = $('join');
  if (!section) return;
  const code = codeFromLink();
  let notice = null;
  if (location.hash === '#deleted') {
    history.replaceState(null, '', location.pathname + location.search);
    notice = 'Your journey is deleted. Everything in it is gone for both of you, and both log-ins have stopped working.';
  }
  try {
    const session = await call('GET', '/api/session');
    if (session.journeyDeleted) notice = session.journeyDeleted;
  } catch (err) { /* the form works without it */ }
  render(section, code, notice);
  if (notice) { section.scrollIntoView(); $('join-notice').focus(); } else if (code) section.scrollIntoView();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
