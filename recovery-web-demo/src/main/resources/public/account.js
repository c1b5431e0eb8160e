// A partner's own account, in <section id="account-settings">: the invitation for the second
// partner, a new passphrase, a copy of the journey, and deleting it (asked twice).
import { $, el, call, result, askTwice } from './dom.js';

const PHRASE = 'delete our journey';

const when = (iso) => new Date(iso).toLocaleString([], { dateStyle: 'long', timeStyle: 'short' });

function showInvitation(inv) {
  const link = location.origin + inv.link;
  const box = $('invitation-new');
  box.replaceChildren(
    el('h3', { id: 'invitation-new-title', tabindex: '-1', text: 'Your partner\'s invitation' }),
    el('p', { text: 'Give your partner this link or code yourself, somewhere only they will see it. With it they choose their own passphrase; you never need to know it. It works once, until ' + when(inv.expires) + '. It is shown only now: if it gets lost, make a new one here.' }),
    el('label', { for: 'invitation-link', text: 'Link' }),
    el('input', { id: 'invitation-link', readonly: true, value: link }),
    el('p', {}, 'Code: ', el('code', { id: 'invitation-code', text: inv.code })));
  box.hidden = false;
  $('invitation-link').addEventListener('focus', (e) => e.target.select());
  box.scrollIntoView();
  $('invitation-new-title').focus();
}

async function refreshInvitation() {
  const line = $('invitation-state');
  if (!line) return;
  try {
    const st = await call('GET', '/api/journeys/{journey}/invitation');
    const joined = st.state === 'JOINED';
    $('invitation').hidden = joined;
    line.textContent = {
      PENDING: 'An invitation for ' + st.partnerName + ' is open until ' + (st.expires ? when(st.expires) : '') + '.',
      EXPIRED: 'The invitation for ' + st.partnerName + ' has expired. Make a new one when you are ready.',
      NONE: st.partnerName + ' has not joined yet, and no invitation is open.',
    }[st.state] || '';
    $('invitation-revoke').hidden = st.state !== 'PENDING';
  } catch (err) { line.textContent = ''; }
}

function invitationPart() {
  const part = el('div', { id: 'invitation' },
    el('h3', { text: 'Invite your partner' }),
    el('div', { id: 'invitation-new', class: 'card', hidden: true }),
    el('p', { id: 'invitation-state', class: 'hint' }),
    el('div', { class: 'actions' },
      el('button', { id: 'invitation-renew', type: 'button', text: 'Make a new invitation' }),
      el('button', { id: 'invitation-revoke', type: 'button', hidden: true, text: 'Withdraw the invitation' })));
  part.querySelector('#invitation-renew').addEventListener('click', async () => {
    try { showInvitation(await call('POST', '/api/journeys/{journey}/invitation', {})); refreshInvitation(); }
    catch (err) { result(part, err.message, false); }
  });
  part.querySelector('#invitation-revoke').addEventListener('click', async () => {
    try {
      await call('POST', '/api/journeys/{journey}/invitation/revoke', {});
      $('invitation-new').hidden = true;
      await refreshInvitation();
      result(part, 'The invitation is withdrawn; its code no longer works.', true);
    } catch (err) { result(part, err.message, false); }
  });
  return part;
}

function passphrasePart() {
  const form = el('form', { id: 'passphrase-form', novalidate: true },
    el('h3', { text: 'Change your passphrase' }),
    el('p', { class: 'hint', text: 'You stay logged in here; everywhere else you are logged out.' }),
    el('label', { for: 'pp-current', text: 'Your current passphrase' }),
    el('input', { id: 'pp-current', type: 'password', required: true, autocomplete: 'current-password' }),
    el('label', { for: 'pp-next', text: 'Your new passphrase (at least 10 characters)' }),
    el('input', { id: 'pp-next', type: 'password', required: true, minlength: 10, autocomplete: 'new-password' }),
    el('label', { for: 'pp-repeat', text: 'The new passphrase again' }),
    el('input', { id: 'pp-repeat', type: 'password', required: true, autocomplete: 'new-password' }),
    el('button', { type: 'submit', text: 'Change my passphrase' }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if ($('pp-next').value !== $('pp-repeat').value) {
      result(form, 'The two new passphrases are not the same; type them again. Nothing was changed.', false);
      return;
    }
    try {
      const changed = await call('POST', '/api/passphrase', { current: $('pp-current').value, next: $('pp-next').value });
      if (changed.recoveryCode) document.dispatchEvent(new CustomEvent('recovery:code', { detail: { code: changed.recoveryCode } }));
      form.querySelectorAll('input').forEach((i) => { i.value = ''; });
      result(form, 'Your passphrase is changed. Any other browser where you were logged in is now logged out.', true);
    } catch (err) { result(form, err.message, false); }
  });
  return form;
}

function exportPart() {
  const part = el('div', { id: 'export' },
    el('h3', { text: 'Keep a copy' }),
    el('p', { class: 'hint', text: 'A file with the journey as you see it: everything you share, and what only you can see. Your partner\'s private entries are never in it. Keep it somewhere safe; anyone who opens it can read it.' }),
    el('a', { id: 'export-link', class: 'button', href: '#', download: 'recovery-journey.json', text: 'Download my copy (JSON)' }));
  part.querySelector('#export-link').addEventListener('click', async (e) => {
    e.preventDefault();
    try {
      const session = await fetch('/api/session', { credentials: 'same-origin' }).then((r) => r.json());
      const res = await fetch('/api/journeys/' + session.journey + '/export', { credentials: 'same-origin' });
      if (!res.ok) throw new Error((await res.json()).message);
      const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
      const url = URL.createObjectURL(await res.blob());
      const a = el('a', { href: url, download: name ? name[1] : 'recovery-journey.json' });
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      result(part, 'Your copy is downloading.', true);
    } catch (err) { result(part, err.message, false); }
  });
  return part;
}

function deletePart() {
  const form = el('form', { id: 'delete-form', novalidate: true },
    el('h3', { text: 'Delete the journey' }),
    el('p', { class: 'hint', text: 'This deletes everything in the journey, for both of you, for good: shared and private entries alike. Both log-ins stop working, and your partner is told the journey was deleted. Keep a copy first if you want one.' }),
    el('label', { for: 'delete-phrase', text: 'To continue, type: ' + PHRASE }),
    el('input', { id: 'delete-phrase', required: true, autocomplete: 'off', spellcheck: 'false' }),
    el('button', { type: 'submit', class: 'danger', text: 'Continue' }),
    el('div', { id: 'delete-final', hidden: true },
      el('p', { id: 'delete-final-text', tabindex: '-1', text: 'Last step. Nothing can be brought back afterwards.' }),
      el('div', { class: 'actions' },
        el('button', { id: 'delete-now', type: 'button', class: 'danger', text: 'Delete the journey for both of us' }),
        el('button', { id: 'delete-keep', type: 'button', text: 'Keep the journey' }))));
  askTwice(form, 'delete', PHRASE);
  form.querySelector('#delete-keep').addEventListener('click', () => {
    $('delete-final').hidden = true; $('delete-phrase').value = '';
    result(form, 'Nothing was deleted.', true);
  });
  form.querySelector('#delete-now').addEventListener('click', async () => {
    try {
      await call('POST', '/api/journeys/{journey}/delete', { confirmation: $('delete-phrase').value });
      location.replace('/#deleted');
      location.reload();
    } catch (err) { result(form, err.message, false); }
  });
  return form;
}

function start() {
  const section = $('account-settings');
  if (!section) return;
  section.classList.add('card');
  section.setAttribute('aria-labelledby', 'account-title');
  section.replaceChildren(el('h2', { id: 'account-title', text: 'Your account' }),
    invitationPart(), passphrasePart(), exportPart(), deletePart());
  new IntersectionObserver((seen) => { if (seen.some((s) => s.isIntersecting)) refreshInvitation(); })
    .observe(section);
  document.addEventListener('recovery:invitation', (e) => { if (e.detail) showInvitation(e.detail); refreshInvitation(); });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
