// What the account, key and invitation modules share: finding and making elements, calling the
// API with the session's CSRF token, showing a result beside a form, and asking twice.
export const $ = (id) => document.getElementById(id);

// A new element: attributes from `attrs` (`text` sets its text; null, undefined and false are
// left out, true is an empty attribute), then the children that are there.
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// Sends `body` to the API ({journey} in `path` becomes the session's journey) with the
// session's CSRF token; the answer's JSON, or an Error carrying the server's sentence and status.
export async function call(method, path, body) {
  const session = await fetch('/api/session', { credentials: 'same-origin' }).then((r) => r.json());
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    init.headers['Content-Type'] = 'application/json';
    init.headers['X-CSRF-Token'] = session.csrfToken || '';
    init.body = JSON.stringify(body || {});
  }
  const res = await fetch(path.replace('{journey}', session.journey || 'none'), init);
  const text = await res.text();
  const data = text ? JSON.parse(text) : {};
  if (!res.ok) throw Object.assign(new Error(data.message || 'Something went wrong; please try again.'), { status: res.status, field: data.field });
  return data;
}

// The result of an action, in words, beside `place`, focused and read out.
export function result(place, text, ok) {
  const old = place.querySelector(':scope > .result');
  if (old) old.remove();
  const p = el('p', { class: ok ? 'result ok' : 'result error', role: ok ? 'status' : 'alert', tabindex: '-1', text });
  place.append(p);
  p.focus();
}

// The first of two questions before something cannot be undone: the form's submit goes on to its
// last step (the element `prefix`-final, focusing `prefix`-final-text) only when the
// words `phrase` were typed into `prefix`-phrase; otherwise it says so beside the form.
export function askTwice(form, prefix, phrase) {
  const normal = (s) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (normal($(prefix + '-phrase').value) !== phrase) {
      result(form, 'Type the words "' + phrase + '" to continue. Nothing was deleted.', false);
      return;
    }
    const old = form.querySelector(':scope > .result');
    if (old) old.remove();
    $(prefix + '-final').hidden = false;
    $(prefix + '-final-text').focus();
  });
}
