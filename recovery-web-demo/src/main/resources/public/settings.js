'use strict';
// The Settings screen: each of the viewer's own choices shows what is saved (from the journey view's
// "mine" part, so it survives a reload), the form starts from it, and saving something different
// asks first. Pausing and ending the journey, and ending a commitment, say in words what the other
// partner will see before they happen.
window.RecoverySettings = function (kit) {
  const { $, word, state } = kit;
  const HARK = [['humiliated', 'humiliated or emotionally abused'], ['afraid', 'afraid of your partner'],
    ['forced', 'forced into sexual activity'], ['hurt', 'physically hurt']];
  let saved = {};

  const yesNo = (b) => (b ? 'yes' : 'no');
  const seenBy = (visibility, verb) => (visibility === 'SHARED' ? 'Both of you ' + verb + ' it.' : 'Only you ' + verb + ' it.');
  function harkWords(answers) {
    return HARK.map(([k, w]) => w + ': ' + yesNo(answers[k])).join('; ');
  }

  function render(v, r) {
    const m = v.mine;
    saved = { consent: m.consent || null, safety: m.safetyScreening ? m.safetyScreening.answers : null,
      forgiveness: m.forgiveness || null, forgivenessSeenBy: m.forgivenessSeenBy || null, counters: m.dayCounters };
    $('consent-state').textContent = (saved.consent ? 'Saved: ' + word('consent', saved.consent) + '.' : 'Nothing saved yet.')
      + ' What both of you live by: ' + word('consent', v.effectiveConsent) + '.';
    if (saved.consent) $('cs-level').value = saved.consent;
    $('safety-state').textContent = saved.safety
      ? 'Your saved answers (only you see them): ' + harkWords(saved.safety) + '. You can answer again at any time.'
      : 'Not answered yet.';
    if (saved.safety) HARK.forEach(([k]) => { $('safety-form').elements.namedItem(k).checked = !!saved.safety[k]; });
    $('forgiveness-state').textContent = saved.forgiveness
      ? 'Saved: ' + word('forgiveness', saved.forgiveness) + '. ' + seenBy(saved.forgivenessSeenBy, 'see') : 'Nothing saved yet.';
    if (saved.forgiveness) $('fg-step').value = saved.forgiveness;
    if (saved.forgivenessSeenBy) $('fg-visibility').value = saved.forgivenessSeenBy;
    $('counters-state').textContent = 'Saved: day counters are ' + (saved.counters ? 'shown' : 'not shown') + '.';
    $('dc-shown').checked = !!saved.counters;
    renderJourney(v, r);
  }

  function renderJourney(v) {
    const st = v.outcome ? 'The journey has ended: ' + word('outcome', v.outcome) + '.'
      : (v.paused ? 'The journey is paused.' : 'The journey started on ' + v.startedOn + ' and is going on.');
    const tried = v.decidedToTry.map(kit.partnerName);
    $('journey-state').textContent = st + ' Decided to try: ' + (tried.join(' and ') || 'nobody yet') + '.';
    $('try-form').hidden = v.decidedToTry.includes(v.me.id);
    $('pause-form').hidden = v.paused || !!v.outcome;
    $('resume-form').hidden = !v.paused || !!v.outcome;
    $('end-form').hidden = !!v.outcome;
  }

  /** The question to ask before {@code form} sends {@code body}, or null to send at once. */
  function question(form, body) {
    const other = state.view ? state.view.partner.name : 'Your partner';
    switch (form.dataset.setting || form.dataset.confirm) {
      case 'consent':
        return saved.consent && saved.consent !== body.level ? { text: 'You saved "' + word('consent', saved.consent)
          + '". Replace it with "' + word('consent', body.level) + '"? ' + other + ' sees only the lower of your two choices.', yes: 'Yes, replace it' } : null;
      case 'safety': {
        if (!saved.safety || HARK.every(([k]) => !!saved.safety[k] === !!body[k])) return null;
        return { text: 'Replace your saved answers (' + harkWords(saved.safety) + ') with these (' + harkWords(body) + ')? Only you see them.', yes: 'Yes, replace them' };
      }
      case 'forgiveness':
        return saved.forgiveness && (saved.forgiveness !== body.step || saved.forgivenessSeenBy !== body.visibility)
          ? { text: 'You saved "' + word('forgiveness', saved.forgiveness) + '" (' + seenBy(saved.forgivenessSeenBy, 'see').toLowerCase().replace('.', '')
            + '). Replace it with "' + word('forgiveness', body.step) + '"?' + (body.visibility === 'SHARED' ? ' ' + other + ' will see it.' : ' Only you will see it.'), yes: 'Yes, replace it' }
          : null;
      case 'counters':
        return saved.counters !== body.shown ? { text: (body.shown ? 'Show' : 'Stop showing') + ' day counters? You chose to '
          + (saved.counters ? 'show' : 'hide') + ' them.', yes: 'Yes, change it' } : null;
      case 'pause':
        return { text: 'Pause the journey from ' + body.from + '? ' + other + ' will see that the journey is paused. Either of you can resume it.', yes: 'Yes, pause it' };
      case 'end':
        return { text: 'End the journey? ' + other + ' will see that it has ended and the reason you chose: "' + word('outcome', body.outcome)
          + '". Nothing can be recorded afterwards, and this cannot be undone.', yes: 'Yes, end the journey' };
      default:
        return null;
    }
  }

  /** The question before ending commitment {@code c}, in words of what the other partner sees. */
  function retireQuestion(c) {
    const other = state.view.partner.name;
    const mine = c.owner === state.view.me.id;
    return 'End "' + c.title + '"? ' + other + ' will see that you ended it. '
      + (mine ? 'As it is your own commitment, this makes it easier for you, so it ends after the cooling-off week.'
        : 'As ' + other + ' keeps it, it ends at once.');
  }

  return { render, question, retireQuestion };
};
