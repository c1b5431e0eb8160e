'use strict';
// The Recovery page: talks to /api/ only, builds every element with the DOM (never innerHTML),
// and draws its charts as SVG from the report's JSON.
(function () {
  const state = { csrf: null, journey: null, me: null, view: null, report: null, instruments: [] };
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';

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
  const words = (code) => String(code).toLowerCase().replace(/_/g, ' ');
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
    const data = text ? JSON.parse(text) : {};
    if (!res.ok) {
      const err = new Error(data.message || ('The server answered ' + res.status));
      err.status = res.status; err.code = data.code; err.field = data.field;
      throw err;
    }
    return data;
  }

  function say(message) { $('status').textContent = message; }
  // Results shown beside the control reach screen readers through a hidden live region.
  function announce(message) { $('live').textContent = message; }
  function alertBox(message) {
    const box = $('alert');
    box.textContent = message || '';
    box.hidden = !message;
  }
  function failed(err) {
    if (err.status === 401) { showWelcome(true); }
    alertBox(err.message + (err.field ? ' (' + err.field + ')' : ''));
  }

  function partnerName(id) {
    if (!state.view) return id;
    if (state.view.me.id === id) return state.view.me.name + ' (you)';
    if (state.view.partner.id === id) return state.view.partner.name;
    return id;
  }

  // ---- forms ----
  function formBody(form) {
    const body = {};
    for (const el of form.elements) {
      if (!el.name || el.disabled) continue;
      let value;
      if (el.dataset.type === 'bool') value = el.checked;
      else if (el.dataset.type === 'int') { if (el.value === '') continue; value = Number(el.value); }
      else { if (el.value === '' && !el.required) continue; value = el.value; }
      const path = el.name.split('.');
      let target = body;
      while (path.length > 1) { const k = path.shift(); target = target[k] = target[k] || {}; }
      target[path[0]] = value;
    }
    return body;
  }

  // The result of an action goes next to where the person acted, and to the live region.
  const ITEM = ['data-commitment', 'data-boundary', 'data-betrayal', 'data-setback'];
  function itemOf(el) {
    const li = el && el.closest(ITEM.map((a) => '[' + a + ']').join(','));
    if (!li) return null;
    const attr = ITEM.find((a) => li.hasAttribute(a));
    return '[' + attr + '="' + li.getAttribute(attr) + '"]';
  }
  function note(place, text, ok) {
    if (!place || !place.isConnected) return;
    const old = place.querySelector(':scope > .result');
    if (old) old.remove();
    const p = h('p', { class: ok ? 'result ok' : 'result error', tabindex: '-1', text });
    place.append(p);
    p.focus({ preventScroll: false });
  }

  async function act(path, body, done, place) {
    alertBox('');
    const item = place && place.tagName !== 'FORM' ? itemOf(place) : null;
    try {
      await api('POST', '/api/journeys/' + state.journey + path, body);
      const text = done || 'Saved.';
      if (place) announce(text); else say(text);
      await load();
      note(item ? document.querySelector(item) : place, text, true);
      return true;
    } catch (err) {
      failed(err);
      const text = 'Not saved: ' + err.message + ' Nothing you typed was lost.';
      announce(text);
      note(place && place.tagName === 'FORM' ? place : (place && place.closest('li')) || place, text, false);
      return false;
    }
  }

  function wireForms() {
    document.addEventListener('submit', (e) => {
      const form = e.target.closest('form[data-endpoint]');
      if (!form) return;
      e.preventDefault();
      if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) return;
      act(form.dataset.endpoint, formBody(form), null, form).then((saved) => {
        if (!saved) return;
        form.querySelectorAll('textarea').forEach((t) => { t.value = ''; });
        form.querySelectorAll('[data-clear-after-save]').forEach((i) => { i.value = ''; });
      });
    });
    $('login-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      alertBox('');
      try { enter(await api('POST', '/api/login', formBody(e.target))); e.target.reset(); }
      catch (err) { failed(err); }
    });
    $('create-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      alertBox('');
      try {
        const created = await api('POST', '/api/journeys', formBody(e.target));
        enter(created); e.target.reset();
        document.dispatchEvent(new CustomEvent('recovery:invitation', { detail: created.invitation }));
      }
      catch (err) { failed(err); }
    });
    $('demo-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      alertBox('');
      say('Simulating three months… this takes a moment.');
      try {
        const demo = await api('POST', '/api/demo', {});
        const box = $('demo-logins');
        box.replaceChildren(h('p', { text: 'Demo log-ins (shown once; write them down to log in as the other partner in another browser):' }),
          h('ul', {}, ...demo.logins.map((l) => h('li', {}, h('strong', { text: l.name }), ' — passphrase ', h('code', { text: l.passphrase })))));
        box.hidden = false;
        enter(demo);
      } catch (err) { failed(err); }
    });
    $('logout').addEventListener('click', async () => {
      $('demo-logins').hidden = true;
      try { await api('POST', '/api/logout', {}); } catch (err) { /* ended anyway */ }
      await start();
    });
    $('rating-kind').addEventListener('change', () => charts.drawRatings());
    document.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-action]');
      if (!b) return;
      act(b.dataset.action, JSON.parse(b.dataset.body || '{}'), b.dataset.done, b);
    });
  }

  function actionButton(label, path, body, done) {
    return h('button', { type: 'button', 'data-action': path, 'data-body': JSON.stringify(body || {}),
      'data-done': done || 'Saved.' , text: label });
  }

  let formCount = 0;
  function miniForm(title, endpoint, fields, submit) {
    const form = h('form', { 'data-endpoint': endpoint, class: 'mini' });
    const box = h('details', {}, h('summary', { text: title }), form);
    for (const f of fields) {
      const id = 'f' + (++formCount);
      form.append(h('label', { for: id, text: f.label }));
      if (f.options) {
        form.append(h('select', { id, name: f.name }, ...f.options.map((o) => h('option', { value: o[0], text: o[1], selected: o[0] === f.value }))));
      } else {
        form.append(h(f.multiline ? 'textarea' : 'input', { id, name: f.name, type: f.type || null, value: f.value || null, required: f.required || null, maxlength: f.max || null }));
      }
    }
    form.append(h('button', { type: 'submit', text: submit }));
    return box;
  }

  // ---- session ----
  async function start() {
    const session = await api('GET', '/api/session');
    state.csrf = session.csrfToken;
    if (session.authenticated) enter(session); else showWelcome(false);
  }
  function showWelcome(refresh) {
    state.journey = null; state.view = null;
    $('welcome').hidden = false; $('journey').hidden = true;
    $('who').hidden = true; $('logout').hidden = true;
    const zone = $('create-zone');
    if (!zone.value) zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    if (refresh) api('GET', '/api/session').then((x) => { state.csrf = x.csrfToken; }).catch(() => {});
  }
  function enter(session) {
    state.csrf = session.csrfToken; state.journey = session.journey; state.me = session.partner;
    $('welcome').hidden = true; $('journey').hidden = false;
    $('who').hidden = false; $('who').textContent = 'Logged in as ' + session.partner.name;
    $('logout').hidden = false;
    load().catch(failed);
    api('GET', '/api/questionnaires').then((list) => { state.instruments = list; questionnaires.setCatalogue(list); }).catch(failed);
  }
  async function load() {
    const base = '/api/journeys/' + state.journey;
    const [view, report] = await Promise.all([api('GET', base), api('GET', base + '/report'), today.load()]);
    state.view = view; state.report = window.reportFormat.read(report);
    render();
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
      sel.replaceChildren(...people.map((p) => h('option', { value: p.id, text: partnerName(p.id) })));
    });
    today.render();
    renderStage(r); renderResources(r); charts.drawRatings(); charts.drawReliability();
    fill($('milestone-list'), r.milestones.map((m) => h('li', {}, h('strong', { text: m.title }), ' — ' + m.reachedOn)), 'None yet: they will come.');
    fill($('suggestion-list'), r.suggestions.map((p) => h('li', {}, h('strong', { text: p.title }), h('br'), p.description)), 'Nothing to suggest right now.');
    entries.renderCommitments(v); entries.renderCheckIns(v); entries.renderBoundaries(v); entries.renderSetbacks(v);
    entries.renderBetrayals(v); entries.renderMine(v); questionnaires.render(r, v);
    const st = v.outcome ? 'Ended: ' + words(v.outcome) : (v.paused ? 'Paused.' : 'Started ' + v.startedOn + '.');
    $('journey-state').textContent = st + ' Decided to try: ' + (v.decidedToTry.map(partnerName).join(', ') || 'nobody yet') + '.';
    fill($('therapy-list'), v.therapySessions.map((t) => h('li', { text: t.day + ' — ' + words(t.kind) + ' (' + partnerName(t.by) + ')' })), 'No sessions recorded.');
  }

  function renderStage(r) {
    $('stage-name').textContent = 'Stage: ' + r.stage.name;
    $('stage-purpose').textContent = r.stage.purpose;
    const inStage = r.stage.daysInStage == null ? 'In this stage since ' + r.stage.since : dayCount(r.stage.daysInStage) + ' in this stage';
    $('stage-days').textContent = inStage + (r.stage.nextName ? '; next: ' + r.stage.nextName : '.');
    const hold = r.stage.heldForYourSafety
      ? 'Your journey is on hold because your safety screening shows a concern. Only you can see why; your partner sees only that it is on hold.'
      : (r.stage.hold || '');
    $('stage-hold').textContent = hold;
    $('stage-hold').hidden = !hold;
    $('gates').querySelector('tbody').replaceChildren(...r.gates.map((g) => g.measured
      ? h('tr', { class: g.met ? 'met' : 'unmet' },
        h('td', { 'data-label': 'Gate' }, h('span', { text: g.sentence })), h('td', { 'data-label': 'Measured', text: g.measured }),
        h('td', { 'data-label': 'Required', text: g.required }), h('td', { 'data-label': 'Met', text: g.met ? 'yes' : 'not yet' }))
      : h('tr', { class: g.met ? 'met' : 'unmet' },
        h('td', { 'data-label': 'Gate', colspan: '3' }, h('span', { text: g.sentence })), h('td', { 'data-label': 'Met', text: g.met ? 'yes' : 'not yet' }))));
    $('stage-waiting').textContent = r.stage.gatesMet && r.stage.waitingFor.length
      ? 'Waiting for the agreement of: ' + r.stage.waitingFor.join(', ') : '';
    $('advance-form').hidden = !today.isOpen('agree-to-advance', '');
  }

  function renderResources(r) {
    const all = r.crisisResources.concat(r.safetyResources);
    $('crisis-prompt').textContent = r.crisisPrompt || '';
    $('crisis-prompt').hidden = !r.crisisPrompt;
    $('resources').classList.toggle('urgent', !!r.crisisPrompt || r.safetyResources.length > 0);
    $('resource-list').replaceChildren(...all.map((c) => h('li', {}, h('strong', { text: c.name }), ': ' + c.contact + ' — ' + c.description)));
  }

  let questionnaires = null;
  let today = null;
  let entries = null;
  let charts = null;
  document.addEventListener('DOMContentLoaded', () => {
    questionnaires = window.RecoveryQuestionnaires({ h, s, $, partnerName });
    today = window.RecoveryToday({ h, $, api, announce, reload: () => load().catch(failed),
      partner: () => (state.view ? state.view.partner.name : 'Your partner') });
    entries = window.RecoveryEntries({ h, $, words, fill, actionButton, miniForm, partnerName, state, today });
    charts = window.RecoveryCharts({ h, s, $, words, pct, dayCount, partnerName, state });
    wireForms();
    start().catch(failed);
  });
})();
