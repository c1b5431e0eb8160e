'use strict';
// Forms and buttons of the Recovery page: what a form sends, checks before sending (in words that
// say what to change, GOV.UK style: a summary linking to each field and a message beside it), a
// question before anything that replaces a saved choice or tells the other partner something
// weighty, and the result beside the control that was used (and in the live region).
// A refused save never clears a field.
window.RecoveryForms = function (kit) {
  const { h, $, api, announce, alertBox, failed } = kit;
  const handlers = {};

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

  /** The words a person reads for a field: its label, without a trailing colon. */
  function labelOf(el) {
    const label = (el.id && document.querySelector('label[for="' + el.id + '"]')) || el.closest('label');
    return label ? label.textContent.trim().replace(/[:\s]+$/, '') : 'this field';
  }
  function problemOf(el) {
    const v = el.validity, name = '“' + labelOf(el) + '”';
    if (v.valid) return null;
    if (el.dataset.error) return el.dataset.error;
    if (el.type === 'number') {
      const range = ' from ' + el.min + ' to ' + el.max;
      return v.valueMissing ? 'Choose a number' + range + ' for ' + name + '.' : name + ' must be a whole number' + range + '.';
    }
    if (v.valueMissing) {
      if (el.type === 'date') return 'Enter the date for ' + name + '.';
      if (el.tagName === 'SELECT') return 'Choose an answer for ' + name + '.';
      return 'Enter ' + name + '.';
    }
    if (v.tooShort) return name + ' needs at least ' + el.minLength + ' characters; it has ' + el.value.length + '.';
    if (v.tooLong) return name + ' can have at most ' + el.maxLength + ' characters.';
    return 'Check ' + name + '.';
  }
  function validate(form) {
    return [...form.elements].filter((el) => el.willValidate && !el.validity.valid)
      .map((el) => ({ el, message: problemOf(el) }));
  }

  function clear(form) {
    form.querySelectorAll(':scope .result, :scope .confirm-box').forEach((n) => n.remove());
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    form.querySelectorAll('[aria-invalid]').forEach((el) => {
      el.removeAttribute('aria-invalid');
      const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.endsWith('-error'));
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
    });
  }

  /** The error summary beside the submit button, linking to each field; a message by each field. */
  function showErrors(form, title, problems) {
    const summary = h('div', { class: 'result error error-summary', tabindex: '-1' }, h('p', { class: 'summary-title', text: title }));
    if (problems.length) {
      summary.append(h('ul', {}, ...problems.map((p) => {
        const a = h('a', { href: '#' + p.el.id, text: p.message });
        a.addEventListener('click', (e) => { e.preventDefault(); p.el.focus(); });
        return h('li', {}, a);
      })));
    }
    problems.forEach((p) => {
      const id = p.el.id + '-error';
      const msg = h('p', { id, class: 'field-error', text: p.message });
      const at = p.el.closest('label.check') || p.el;
      at.before(msg);
      p.el.setAttribute('aria-invalid', 'true');
      p.el.setAttribute('aria-describedby', ((p.el.getAttribute('aria-describedby') || '') + ' ' + id).trim());
    });
    place(form, summary);
    announce(title + ' ' + problems.map((p) => p.message).join(' '));
    summary.focus();
  }
  /** Puts a result where the person acted: before a form's submit button, or after a button. */
  function place(where, node) {
    const submit = where.tagName === 'FORM' ? where.querySelector('button[type=submit]') : null;
    if (submit) submit.after(node); else where.append(node);
  }

  /** The field a refusal of the server names, and its message in words. */
  function serverProblem(form, err) {
    if (!err.field || !form) return null;
    const el = form.elements.namedItem(err.field) || [...form.elements].find((x) => x.name && x.name.endsWith('.' + err.field));
    if (!el || !el.id) return null;
    const message = el.dataset.error || String(err.message).replace(/^Field '[^']*'/, '“' + labelOf(el) + '”');
    return { el, message };
  }

  function note(where, text, ok) {
    if (!where || !where.isConnected) return;
    const old = where.querySelector(':scope > .result');
    if (old) old.remove();
    const p = h('p', { class: ok ? 'result ok' : 'result error', tabindex: '-1', text });
    place(where, p);
    p.focus({ preventScroll: false });
  }

  /**
   * Asks before doing something: a question beside the control with a button to go on and one to
   * keep things as they are. The focus goes to the question, and back to the control on "No".
   */
  function ask(where, control, question, yes, onYes) {
    where.querySelectorAll(':scope > .confirm-box').forEach((n) => n.remove());
    const text = h('p', { tabindex: '-1', text: question });
    const go = h('button', { type: 'button', class: 'danger', text: yes });
    const keep = h('button', { type: 'button', class: 'secondary', text: 'No, keep things as they are' });
    const box = h('div', { class: 'confirm-box', role: 'group', 'aria-label': 'Please confirm' }, text, h('div', { class: 'actions' }, go, keep));
    go.addEventListener('click', () => { box.remove(); onYes(); });
    keep.addEventListener('click', () => { box.remove(); announce('Nothing was changed.'); control.focus(); });
    place(where, box);
    announce(question);
    text.focus();
  }

  /** Sends a command; says what happened where the person acted, then draws the page again. */
  async function act(path, body, done, where, form) {
    alertBox('');
    try {
      await api('POST', '/api/journeys/' + kit.journey() + path, body);
      const text = done || 'Saved.';
      announce(text);
      await kit.reload(where, text);
      return true;
    } catch (err) {
      if (err.status === 401) { failed(err); return false; }
      const problem = serverProblem(form, err);
      const title = 'Not saved: ' + (problem ? 'please change what is marked.' : err.message) + ' Nothing you typed was lost.';
      if (form) showErrors(form, title, problem ? [problem] : []);
      else { announce(title); note(where, title, false); }
      return false;
    }
  }

  async function submit(form) {
    clear(form);
    const problems = validate(form);
    if (problems.length) {
      showErrors(form, 'Not saved: please change what is marked. Nothing you typed was lost.', problems);
      return;
    }
    const body = formBody(form);
    const run = async () => {
      if (handlers[form.id]) {
        try { await handlers[form.id](body, form); } catch (err) {
          const problem = serverProblem(form, err);
          showErrors(form, 'Not done: ' + (problem ? 'please change what is marked.' : err.message) + ' Nothing you typed was lost.', problem ? [problem] : []);
        }
        return;
      }
      const saved = await act(form.dataset.endpoint, body, form.dataset.done || null, form, form);
      if (!saved || form.dataset.setting) return;
      form.querySelectorAll('textarea').forEach((t) => { t.value = ''; });
      form.querySelectorAll('[data-clear-after-save]').forEach((i) => { i.value = ''; });
    };
    const question = kit.question(form, body);
    if (question) ask(form, form.querySelector('button[type=submit]'), question.text, question.yes, run);
    else await run();
  }

  function wire() {
    document.addEventListener('submit', (e) => {
      const form = e.target.closest('form[data-endpoint], form[data-handler]');
      if (!form) return;
      e.preventDefault();
      submit(form);
    });
    document.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-action]');
      if (!b) return;
      const where = b.closest('li') || b.parentElement;
      const run = () => act(b.dataset.action, JSON.parse(b.dataset.body || '{}'), b.dataset.done, where, null);
      if (b.dataset.confirm) ask(where, b, b.dataset.confirm, b.dataset.yes || 'Yes', run); else run();
    });
  }

  /** Makes {@code handler(body, form)} answer the submit of form {@code id}; a throw shows as its errors. */
  function handle(id, handler) {
    handlers[id] = handler;
    $(id).setAttribute('data-handler', '');
  }

  return { wire, handle, note, ask, formBody, clear };
};
