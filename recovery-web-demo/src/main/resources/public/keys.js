// A partner's own key: the recovery code, shown once in a dialog that can be printed; "I forgot my
// passphrase" on the log-in screen (<section id="recover">); and deleting one's own private
// entries for good in Settings, asked twice. Other scripts show a code with the event
// `recovery:code` ({ code, then }).
import { $, el, call, result, askTwice } from './dom.js';

const FORGET = 'delete my private entries';

function showCode(code, then) {
  const old = $('recovery-dialog');
  if (old) old.remove();
  const dialog = el('dialog', { id: 'recovery-dialog', 'aria-labelledby': 'recovery-title', 'aria-describedby': 'recovery-why' },
    el('h2', { id: 'recovery-title', text: 'Your recovery code' }),
    el('p', { id: 'recovery-why', text: 'Without your passphrase or this code, your private entries are gone for good. Nobody can reset it for you: not your partner, and not whoever runs this server.' }),
    el('p', { class: 'recovery-code' }, el('code', { id: 'recovery-code', text: code })),
    el('p', { class: 'hint', text: 'It is shown only this once. Print it or write it down, and keep it where your partner cannot find it. If you forget your passphrase, choose "I forgot my passphrase" on the log-in screen and type this code.' }),
    el('div', { class: 'actions' },
      el('button', { id: 'recovery-print', type: 'button', class: 'secondary', text: 'Print it' }),
      el('button', { id: 'recovery-done', type: 'button', text: 'I have kept it safe; continue' })));
  document.body.append(dialog);
  document.body.classList.add('showing-code');
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  dialog.querySelector('#recovery-print').addEventListener('click', () => window.print());
  dialog.querySelector('#recovery-done').addEventListener('click', () => {
    dialog.close();
    dialog.remove();
    document.body.classList.remove('showing-code');
    if (then) then();
  });
  dialog.showModal();
  $('recovery-title').setAttribute('tabindex', '-1');
  $('recovery-title').focus();
}

function recoverPart(section) {
  const form = el('form', { id: 'recover-form', novalidate: true },
    el('p', { class: 'hint', text: 'With the recovery code you were shown when you joined, you can choose a new passphrase. Your partner cannot do this for you, and nobody else can either.' }),
    el('label', { for: 'recover-name', text: 'Your name' }),
    el('input', { id: 'recover-name', required: true, maxlength: 60, autocomplete: 'username' }),
    el('label', { for: 'recover-code', text: 'Your recovery code' }),
    el('input', { id: 'recover-code', required: true, maxlength: 64, autocomplete: 'off', spellcheck: 'false' }),
    el('label', { for: 'recover-passphrase', text: 'Your new passphrase (at least 10 characters)' }),
    el('input', { id: 'recover-passphrase', type: 'password', required: true, minlength: 10, autocomplete: 'new-password' }),
    el('label', { for: 'recover-repeat', text: 'The new passphrase again' }),
    el('input', { id: 'recover-repeat', type: 'password', required: true, autocomplete: 'new-password' }),
    el('button', { type: 'submit', text: 'Set my new passphrase' }));
  section.replaceChildren(el('details', { class: 'card' }, el('summary', { text: 'I forgot my passphrase' }), form));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if ($('recover-passphrase').value !== $('recover-repeat').value) {
      result(form, 'The two new passphrases are not the same; type them again. Nothing was sent.', false);
      return;
    }
    try {
      const done = await call('POST', '/api/recover', { name: $('recover-name').value, code: $('recover-code').value, passphrase: $('recover-passphrase').value });
      form.querySelectorAll('input').forEach((i) => { i.value = ''; });
      showCode(done.recoveryCode, () => location.reload());
    } catch (err) { result(form, err.message, false); }
  });
}

function forgetPart() {
  const form = el('form', { id: 'forget-form', novalidate: true },
    el('h3', { text: 'Delete my private entries for good' }),
    el('p', { class: 'hint', text: 'This deletes everything only you can see (your private check-ins and notes, journal, safety screenings and private answers) by destroying the key they are locked with. Nobody can bring them back, not even from a backup. Your partner is not told, and never learns what was deleted. What you share with your partner stays, and what you write from now on is kept under a new key.' }),
    el('label', { for: 'forget-phrase', text: 'To continue, type: ' + FORGET }),
    el('input', { id: 'forget-phrase', required: true, autocomplete: 'off', spellcheck: 'false' }),
    el('button', { type: 'submit', class: 'danger', text: 'Continue' }),
    el('div', { id: 'forget-final', hidden: true },
      el('p', { id: 'forget-final-text', tabindex: '-1', text: 'Last step. Type your passphrase to delete your private entries; they cannot be brought back afterwards.' }),
      el('label', { for: 'forget-passphrase', text: 'Your passphrase' }),
      el('input', { id: 'forget-passphrase', type: 'password', autocomplete: 'current-password' }),
      el('div', { class: 'actions' },
        el('button', { id: 'forget-now', type: 'button', class: 'danger', text: 'Delete my private entries for good' }),
        el('button', { id: 'forget-keep', type: 'button', text: 'Keep them' }))));
  askTwice(form, 'forget', FORGET);
  form.querySelector('#forget-keep').addEventListener('click', () => {
    $('forget-final').hidden = true; $('forget-phrase').value = ''; $('forget-passphrase').value = '';
    result(form, 'Nothing was deleted.', true);
  });
  form.querySelector('#forget-now').addEventListener('click', async () => {
    try {
      const done = await call('POST', '/api/private-entries/forget', { passphrase: $('forget-passphrase').value, confirmation: $('forget-phrase').value });
      $('forget-final').hidden = true; $('forget-phrase').value = ''; $('forget-passphrase').value = '';
      result(form, done.message, true);
      if (done.recoveryCode) showCode(done.recoveryCode, () => location.reload());
    } catch (err) { result(form, err.message, false); }
  });
  return form;
}

function start() {
  document.addEventListener('recovery:code', (e) => showCode(e.detail.code, e.detail.then));
  const recover = $('recover');
  if (recover) recoverPart(recover);
  const settings = $('account-settings');
  if (settings) settings.append(forgetPart());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
