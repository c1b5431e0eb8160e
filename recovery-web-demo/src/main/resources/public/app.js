'use strict';
// The Recovery page: talks to /api/ only, builds every element with the DOM (never innerHTML),
// and draws its charts as SVG from the report's JSON. Screens and the quick exit are screens.js,
// forms forms.js, words words.js; this file holds the session and draws the journey.
(function () {
  const state = { csrf: null, journey: null, me: null, view: null, report: null, instruments: [] };
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const screens = window.RecoveryScreens;
  const word = window.RecoveryWords.word;

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      if (k === 'class') el.className = v; else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) el.append(c);
    return el;
  }
  function s(tag, attrs) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
    return el;
  }
  const pct = (x) => Math.round(x * 100) + '%';
  const dayCount = (n) => n + (n === 1 ? ' day' : ' days');

  async function api(method, path, body) {
    const init = { method, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' };
    if (method !== 'GET') {
      init.headers['Content-Type'] = 'application/json';
      init.headers['X-CSRF-Token'] = state.csrf || '';
      init.body = JSON.stringify(body || {});
    }
    const res = await fetch(path, init);
    const text = await res.text();
    let data = {};
    try { data = text ? JSON.parse(text) : {}; } catch (e) { data = {}; }
    if (!res.ok) {
      const err = new Error(data.message || ('The server could not answer (' + res.status + '). Please try again.'));
      err.status = res.status; err.code = data.code; err.field = data.field;
      throw err;
    }
    return data;
  }

  function say(message) { $('status').textContent = message; }
  function announce(message) { $('live').textContent = message; }
  function alertBox(message) {
    const box = $('alert');
    box.textContent = message || '';
    box.hidden = !message;
  }
  function failed(err) {
    if (err.status === 401) { showWelcome(true); alertBox('You are logged out. Please log in again.'); return; }
    alertBox(err.message);
  }

  function partnerName(id) {
    if (!state.view) return id;
    if (state.view.me.id === id) return state.view.me.name + ' (you)';
    if (state.view.partner.id === id) return state.view.partner.name;
    return 'someone else';
  }

  // The result of an action goes next to where the person acted, even when its list is redrawn.
  const ITEM = ['data-commitment', 'data-boundary', 'data-betrayal', 'data-setback'];
  function itemOf(el) {
    const li = el && el.closest(ITEM.map((a) => '[' + a + ']').join(','));
    if (!li) return null;
    const attr = ITEM.find((a) => li.hasAttribute(a));
    return '[' + attr + '="' + li.getAttribute(attr) + '"]';
  }
  async function reload(where, text) {
    const item = where && where.tagName !== 'FORM' ? itemOf(where) : null;
    await load();
    if (text) forms.note(item ? document.querySelector(item) : where, text, true);
  }

  // ---- session ----
  async function start() {
    const session = await api('GET', '/api/session');
    state.csrf = session.csrfToken;
    if (session.authenticated) enter(session); else showWelcome(false);
  }
  function showWelcome(refresh) {
    state.journey = null; state.view = null;
    $('who').hidden = true; $('logout').hidden = true;
    screens.setLoggedIn(false);
    const zone = $('create-zone');
    if (!zone.value) zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    if (refresh) api('GET', '/api/session').then((x) => { state.csrf = x.csrfToken; }).catch(() => {});
  }
  function enter(session) {
    state.csrf = session.csrfToken; state.journey = session.journey; state.me = session.partner;
    $('who').hidden = false; $('who').textContent = 'Logged in as ' + session.partner.name;
    $('logout').hidden = false;
    alertBox('');
    screens.setLoggedIn(true);
    load().catch(failed);
    api('GET', '/api/questionnaires').then((list) => { state.instruments = list; questionnaires.setCatalogue(list); }).catch(failed);
  }
  async function load() {
    const base = '/api/journeys/' + state.journey;
    const [view, report] = await Promise.all([api('GET', base), api('GET', base + '/report'), today.load()]);
    state.view = view; state.report = window.reportFormat.read(report);
    render();
  }

  function wireSession() {
    const code = (c, then) => { if (c) document.dispatchEvent(new CustomEvent('recovery:code', { detail: { code: c, then } })); };
    forms.handle('login-form', async (body, form) => { const s = await api('POST', '/api/login', body); enter(s); form.reset(); code(s.recoveryCode); });
    // account.js shows the invitation for the other partner on Settings, where the page goes next.
    forms.handle('create-form', async (body, form) => {
      const created = await api('POST', '/api/journeys', body);
      enter(created); form.reset();
      code(created.recoveryCode, () => screens.go('settings', () => document.dispatchEvent(new CustomEvent('recovery:invitation', { detail: created.invitation }))));
      if (!created.recoveryCode) screens.go('settings', () => document.dispatchEvent(new CustomEvent('recovery:invitation', { detail: created.invitation })));
    });
    forms.handle('demo-form', async () => {
      say('Simulating three months… this takes a moment.');
      const demo = await api('POST', '/api/demo', {});
      say('');
      $('demo-logins').replaceChildren(h('p', { text: 'Demo log-ins (shown once; write them down to log in as the other partner in another browser):' }),
        h('ul', {}, ...demo.logins.map((l) => h('li', {}, h('strong', { text: l.name }), ' — passphrase ', h('code', { text: l.passphrase }),
          ...(l.recoveryCode ? [' — recovery code ', h('code', { text: l.recoveryCode })] : [])))));
      $('demo-logins').hidden = false;
      enter(demo);
    });
    $('logout').addEventListener('click', async () => {
      $('demo-logins').hidden = true;
      try { await api('POST', '/api/logout', {}); } catch (err) { /* ended anyway */ }
      await start();
    });
    $('rating-kind').addEventListener('change', () => charts.drawRatings());
    $('rating-span').addEventListener('change', () => charts.drawRatings());
  }

  // ---- rendering ----
  function fill(list, items, empty) {
    list.replaceChildren(...(items.length ? items : [h('li', { class: 'empty', text: empty })]));
  }

  function render() {
    const v = state.view, r = state.report;
    document.querySelectorAll('input[data-today]').forEach((i) => { if (!i.value) i.value = v.today; });
    document.querySelectorAll('select[data-partners]').forEach((sel) => {
      const other = sel.dataset.partners === 'other';
      const people = other ? [v.partner, v.me] : [v.me, v.partner];
      const chosen = sel.value;
      sel.replaceChildren(...people.map((p) => h('option', { value: p.id, text: partnerName(p.id), selected: p.id === chosen })));
    });
    today.render();
    renderStage(r); renderResources(r); charts.drawRatings(); charts.drawReliability();
    fill($('milestone-list'), r.milestones.map((m) => h('li', {}, h('strong', { text: m.title }), ' — ' + m.reachedOn)), 'None yet: they will come.');
    fill($('suggestion-list'), r.suggestions.map((p) => h('li', {}, h('strong', { text: p.title }), h('br'), p.description)), 'Nothing to suggest right now.');
    entries.renderCommitments(v); entries.renderCheckIns(v); entries.renderBoundaries(v); entries.renderSetbacks(v);
    entries.renderBetrayals(v); entries.renderMine(v); questionnaires.render(r, v); settings.render(v, r);
    fill($('therapy-list'), v.therapySessions.map((t) => h('li', { text: t.day + ' — ' + window.RecoveryWords.label('therapy', t.kind) + ', recorded by '
      + partnerName(t.by) + (t.visibility === 'PRIVATE' ? ' (only you see this)' : '') })), 'No sessions recorded.');
  }

  function renderStage(r) {
    $('stage-name').textContent = 'Stage: ' + r.stage.name;
    $('stage-purpose').textContent = r.stage.purpose;
    const inStage = r.stage.daysInStage == null ? 'In this stage since ' + r.stage.since : dayCount(r.stage.daysInStage) + ' in this stage';
    $('stage-days').textContent = inStage + (r.stage.nextName ? '; next: ' + r.stage.nextName + '.' : '.');
    const hold = r.stage.heldForYourSafety
      ? 'Your journey is on hold because your safety screening shows a concern. Only you can see why; your partner sees only that it is on hold, with no reason. Help is on the Help & safety screen.'
      : (r.stage.hold || '');
    document.querySelectorAll('.hold-text').forEach((p) => { p.textContent = hold; p.hidden = !hold; });
    $('gates').querySelector('tbody').replaceChildren(...r.gates.map((g) => g.measured
      ? h('tr', { class: g.met ? 'met' : 'unmet' },
        h('td', { 'data-label': 'What' }, h('span', { text: g.sentence })), h('td', { 'data-label': 'Now', text: g.measured }),
        h('td', { 'data-label': 'Needed', text: g.required }), h('td', { 'data-label': 'Done', text: g.met ? 'yes' : 'not yet' }))
      : h('tr', { class: g.met ? 'met' : 'unmet' },
        h('td', { 'data-label': 'What', colspan: '3' }, h('span', { text: g.sentence })), h('td', { 'data-label': 'Done', text: g.met ? 'yes' : 'not yet' }))));
    $('stage-waiting').textContent = r.stage.gatesMet && r.stage.waitingFor.length
      ? 'Waiting for the agreement of: ' + r.stage.waitingFor.join(', ') : '';
    $('advance-form').hidden = !today.isOpen('agree-to-advance', '');
  }

  /** A contact in words, with its phone numbers as tel: links and its web address as a link. */
  function contact(text) {
    const out = h('span');
    const re = /((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|uk|gov|info)\b\S*)|(\+?\d[\d -]{1,13}\d)/gi;
    let at = 0, m;
    while ((m = re.exec(text))) {
      out.append(text.slice(at, m.index));
      const href = m[1] ? (m[1].startsWith('http') ? m[1] : 'https://' + m[1]) : 'tel:' + m[2].replace(/[^\d+]/g, '');
      out.append(h('a', { href, rel: 'noreferrer', text: m[0] }));
      at = m.index + m[0].length;
    }
    out.append(text.slice(at));
    return out;
  }

  function renderResources(r) {
    const all = r.crisisResources.concat(r.safetyResources);
    $('crisis-prompt').textContent = r.crisisPrompt || '';
    $('crisis-prompt').hidden = !r.crisisPrompt;
    const urgent = !!r.crisisPrompt || r.safetyResources.length > 0;
    $('resources').classList.toggle('urgent', urgent);
    document.querySelector('#nav .help-link').classList.toggle('urgent-link', urgent);
    $('resource-list').replaceChildren(...all.map((c) => h('li', {}, h('strong', { text: c.name }), ': ', contact(c.contact), ' — ' + c.description)));
  }

  let questionnaires = null, today = null, entries = null, charts = null, forms = null, settings = null;
  document.addEventListener('DOMContentLoaded', () => {
    window.RecoveryWords.fillSelects();
    forms = window.RecoveryForms({ h, $, api, announce, alertBox, failed, reload, journey: () => state.journey,
      question: (form, body) => settings.question(form, body) });
    settings = window.RecoverySettings({ $, word, state, partnerName });
    questionnaires = window.RecoveryQuestionnaires({ h, s, $, partnerName, screens });
    today = window.RecoveryToday({ h, $, api, announce, screens, reload: () => load().catch(failed),
      partner: () => (state.view ? state.view.partner.name : 'Your partner') });
    entries = window.RecoveryEntries({ h, $, word, fill, miniForm, partnerName, state, today, settings });
    charts = window.RecoveryCharts({ h, s, $, word, pct, dayCount, partnerName, state });
    forms.wire();
    wireSession();
    screens.start((name) => { if (name === 'progress' && state.report) { charts.drawRatings(); charts.drawReliability(); } });
    let resized = null;
    window.addEventListener('resize', () => {
      clearTimeout(resized);
      resized = setTimeout(() => { if (state.report) { charts.drawRatings(); charts.drawReliability(); } }, 200);
    });
    // The server's words first (when it has them), so that nothing is drawn twice in other words.
    window.RecoveryWords.load().finally(() => { window.RecoveryWords.applyPrivacy(); start().catch(failed); });
    $('th-kind').addEventListener('change', () => window.RecoveryWords.applyPrivacy($('therapy-form')));
  });

  let formCount = 0;
  function miniForm(title, endpoint, fields, submit) {
    const form = h('form', { 'data-endpoint': endpoint, class: 'mini', novalidate: true });
    const box = h('details', {}, h('summary', { text: title }), form);
    for (const f of fields) {
      const id = 'f' + (++formCount);
      form.append(h('label', { for: id, text: f.label }));
      if (f.options) {
        form.append(h('select', { id, name: f.name }, ...f.options.map((o) => h('option', { value: o[0], text: o[1], selected: o[0] === f.value }))));
      } else {
        form.append(h(f.multiline ? 'textarea' : 'input', { id, name: f.name, type: f.type || null, value: f.value || null,
          required: f.required || null, maxlength: f.max || null, 'data-error': f.error || null }));
      }
    }
    form.append(h('button', { type: 'submit', text: submit }));
    return box;
  }
})();
