'use strict';
// The "Today" card of the Recovery page, built only from GET /api/agenda: what is due for the
// person now, with a button for each open action. Every rule is the core's: the page shows the
// actions the agenda calls open, and sends each one's endpoint and body as the agenda gives them.
window.RecoveryToday = function (kit) {
  const { h, $, api, announce, reload } = kit;
  let agenda = { today: '', due: [], actions: [] };
  let lastResult = null; // { key, index, text, ok } shown after the card is drawn again

  const keyOf = (d) => d.kind + ' ' + d.target;
  // Each action that needs words or a choice first opens its form, on its screen.
  const FORMS = {
    'check-in': ['today', () => $('ci-safety')],
    'take-responsibility': ['progress', (target) => {
      const box = document.querySelector('[data-betrayal="' + target + '"] details');
      if (box) box.open = true;
      return box && box.querySelector('textarea');
    }],
    'say-how-heard': ['progress', (target) => document.querySelector('[data-betrayal="' + target + '"] .heard button')]
  };
  // What was done, in the past tense: the first word of the agenda's label is replaced.
  const PAST = { 'accept-commitment': 'You accepted', 'decline-commitment': 'You declined',
    'activate-commitment': 'You started', 'report-kept': 'You reported as kept:', 'report-missed': 'You reported as missed:',
    'confirm-report': 'You confirmed', 'dispute-report': 'You disputed', 'retire-commitment': 'You asked to end',
    'agree-to-boundary': 'You agreed', 'decline-boundary': 'You declined', 'agree-to-advance': 'You agreed',
    'withdraw-commitment-proposal': 'You withdrew', 'withdraw-boundary-proposal': 'You withdrew',
    'propose-ending-boundary': 'You proposed' };
  /** {@code Accept "Evening walk"} as {@code You accepted "Evening walk". Sam will see this.} */
  function doneText(action) {
    const what = PAST[action.kind] ? action.label.replace(/^\S+/, PAST[action.kind]) : 'Saved: ' + action.label;
    return what + '. ' + kit.partner() + ' will see this.';
  }
  const INPUT_LABELS = { 'check-in': 'Check in now', 'take-responsibility': 'Write it in your own words',
    'say-how-heard': 'Say how heard you feel' };

  /** The open actions whose target is {@code target}, or a day of it ({@code target@day}). */
  function openFor(target, withDays) {
    return agenda.actions.filter((a) => a.open && (a.target === target || (withDays && a.target.startsWith(target + '@'))));
  }
  function isOpen(kind, target) {
    return agenda.actions.some((a) => a.kind === kind && a.target === target && a.open);
  }

  function longDay(iso) {
    const d = new Date(iso + 'T12:00:00Z');
    return isNaN(d) ? iso : d.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function button(action, item) {
    if (action.endpoint) {
      const b = h('button', { type: 'button', class: 'agenda-action', text: action.label });
      b.addEventListener('click', () => send([action], item, b));
      return b;
    }
    const go = FORMS[action.kind];
    if (!go) return null;
    const b = h('button', { type: 'button', class: 'secondary', text: INPUT_LABELS[action.kind] });
    b.addEventListener('click', () => kit.screens.go(go[0], () => {
      const field = go[1](action.target);
      if (field) { field.scrollIntoView({ block: 'center' }); field.focus(); }
    }));
    return b;
  }

  /** Sends each action in turn; says what happened next to the item, and draws the card again. */
  async function send(actions, item, clicked) {
    const index = dueItems().indexOf(clicked.closest('li'));
    clicked.disabled = true;
    let done = 0, refusal = null;
    for (const a of actions) {
      try { await api('POST', a.endpoint, a.body || {}); done++; }
      catch (err) { refusal = err.message; if (err.status === 401) break; }
    }
    let text;
    const fresh = ' This card now shows how things stand.';
    if (refusal && done === 0) text = 'Not saved: ' + refusal + fresh;
    else if (refusal) text = 'Saved ' + done + ' of ' + actions.length + '. One could not be saved: ' + refusal + fresh;
    else if (actions.length > 1) text = 'You confirmed all ' + done + ' reports. ' + kit.partner() + ' will see this.';
    else text = doneText(actions[0]);
    lastResult = { key: item ? keyOf(item) : null, index, text, ok: !refusal };
    announce(text);
    await reload();
  }

  /** The list's items that stand for something due (not the notes of what was done). */
  function dueItems() {
    return [...$('today-list').children].filter((li) => li.dataset.due);
  }

  function render() {
    $('today-date').textContent = agenda.today ? longDay(agenda.today) : '';
    const items = agenda.due.map((d) => {
      const buttons = d.actions.filter((a) => a.open).map((a) => button(a, d)).filter(Boolean);
      if (d.kind === 'questionnaire') {
        buttons.push(h('button', { type: 'button', class: 'secondary', 'data-questionnaire': d.target, text: 'Answer it now' }));
      }
      return h('li', { 'data-due': d.kind, 'data-target': d.target },
        h('p', { class: 'sentence', text: d.sentence }),
        buttons.length ? h('div', { class: 'actions' }, ...buttons) : null);
    });
    const confirms = agenda.due.filter((d) => d.kind === 'confirm')
      .map((d) => d.actions.find((a) => a.kind === 'confirm-report' && a.open && a.endpoint)).filter(Boolean);
    const all = $('today-confirm-all');
    all.hidden = confirms.length < 2;
    all.textContent = 'Confirm all ' + confirms.length + ' reports';
    all.onclick = () => send(confirms, null, all);
    all.disabled = false;
    $('today-empty').hidden = items.length > 0;
    $('today-list').replaceChildren(...items);
    $('today-all-result').replaceChildren();
    showResult();
  }

  function showResult() {
    if (!lastResult) return;
    const r = lastResult; lastResult = null;
    const note = h('p', { class: r.ok ? 'result ok' : 'result error', tabindex: '-1', text: r.text });
    const same = r.key && dueItems().find((li) => keyOf({ kind: li.dataset.due, target: li.dataset.target }) === r.key);
    if (same) same.append(note);
    else if (r.index < 0) $('today-all-result').replaceChildren(note);
    else $('today-list').insertBefore(h('li', { class: 'done' }, note), dueItems()[r.index] || null);
    note.focus();
  }

  async function load() {
    agenda = await api('GET', '/api/agenda');
    return agenda;
  }

  /** Whether the agenda lists {@code kind} for {@code target} at all, open or closed. */
  function any(kind, target) {
    return agenda.actions.some((a) => a.kind === kind && a.target === target);
  }

  return { load, render, openFor, isOpen, any, doneText };
};
