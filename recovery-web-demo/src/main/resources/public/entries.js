'use strict';
// The lists of the Recovery page — commitments, check-ins, boundaries, setbacks, what happened, and
// the partner's own journal — drawn from the journey view; every button on an entry that the
// agenda answers for comes from the agenda's open actions (today.js), never from a status string.
// Every value is shown in words (words.js), and every entry says who sees it.
window.RecoveryEntries = function (kit) {
  const { h, $, word, fill, miniForm, partnerName, state, today, settings } = kit;
  const seenBy = (visibility) => h('span', { class: 'privacy-label', text: visibility === 'PRIVATE' ? 'Only you' : 'Both of you' });

  function actionButton(label, path, body, done, confirm) {
    return h('button', { type: 'button', 'data-action': path, 'data-body': JSON.stringify(body || {}),
      'data-done': done || 'Saved.', 'data-confirm': confirm ? confirm.text : null, 'data-yes': confirm ? confirm.yes : null, text: label });
  }
  // Which buttons an entry shows is the agenda's answer: its open actions for that entry.
  function agendaButton(a, commitment) {
    const path = a.endpoint.replace('/api/journeys/' + state.journey, '');
    const confirm = a.kind === 'retire-commitment' && commitment
      ? { text: settings.retireQuestion(commitment), yes: 'Yes, end it' } : null;
    return actionButton(a.label, path, a.body, today.doneText(a), confirm);
  }

  function renderCommitments(v) {
    fill($('commitment-list'), v.commitments.map((c) => {
      const base = '/commitments/' + c.id;
      const li = h('li', { 'data-commitment': c.id },
        h('strong', { text: c.title }), h('span', { class: 'badge', 'data-status': c.status, text: word('status', c.status) }),
        h('p', { class: 'meta', text: 'Kept by ' + partnerName(c.owner) + ' · ' + window.RecoveryWords.cadence(c.cadence) + ' · ' + word('category', c.category)
          + ' · checked: ' + word('verification', c.verification) + '.' }),
        seenBy('SHARED'));
      const open = today.openFor(c.id, true).filter((a) => a.endpoint);
      li.append(h('div', { class: 'actions' }, ...open.filter((a) => a.target === c.id || a.kind.startsWith('report-')).map((a) => agendaButton(a, c))));
      if (today.any('retire-commitment', c.id)) {
        li.append(miniForm('Change how often or how it is checked', base + '/revise', [
          { label: 'How often', name: 'cadence', value: c.cadence, required: true,
            error: 'Enter how often: daily, 3/week, mon,thu, monthly:1 or continuous.' },
          { label: 'How it is checked', name: 'verification', value: c.verification,
            options: Object.keys({ SELF_REPORTED: 1, PARTNER_CONFIRMED: 1 }).map((k) => [k, word('verification', k)]) }], 'Change'),
        miniForm('Pause it', base + '/pause', [
          { label: 'From', name: 'from', type: 'date', value: v.today, required: true },
          { label: 'Until', name: 'until', type: 'date', value: v.today, required: true }], 'Pause'));
      }
      const days = [...new Set(open.filter((a) => a.kind.endsWith('-report')).map((a) => a.target))];
      const reports = days.map((target) => {
        const day = target.slice(c.id.length + 1);
        const report = c.reports.find((p) => p.day === day);
        return h('li', {}, day + ': ' + (report ? word('report', report.kind) : 'reported') + ' ',
          ...open.filter((a) => a.target === target && a.kind.endsWith('-report')).map((a) => agendaButton(a, c)));
      });
      if (reports.length) li.append(h('ul', { class: 'reports' }, ...reports));
      return li;
    }), 'No commitments yet.');
  }

  function renderCheckIns(v) {
    fill($('checkin-list'), v.checkIns.slice(0, 14).map((c) => h('li', {},
      h('strong', { text: c.day + ' — ' + partnerName(c.partner) }), ' ', seenBy(c.visibility),
      h('p', { class: 'meta', text: 'Emotional safety ' + c.emotionalSafety + ', trust ' + c.trust + ', closeness ' + c.closeness + ', hope ' + c.hope + ' (out of 10).' }),
      c.note ? h('p', { class: 'note', text: c.note }) : null)), 'No check-ins yet.');
  }

  function renderBoundaries(v) {
    fill($('boundary-list'), v.boundaries.map((b) => {
      const base = '/boundaries/' + b.id;
      const li = h('li', { 'data-boundary': b.id }, h('strong', { text: window.RecoveryWords.label('area', b.area) + ': ' }),
        b.agreedText ? '"' + b.agreedText + '" (agreed by both of you)' : 'not agreed yet', ' ', seenBy('SHARED'));
      const actions = h('div', { class: 'actions' });
      if (b.pending) {
        const p = b.pending;
        li.append(h('p', { class: 'pending', text: partnerName(p.proposedBy) + ' proposed ' + word('change', p.kind) + ': "' + p.text + '". It waits for an answer.' }));
        actions.append(...today.openFor(b.id, false).filter((a) => a.endpoint).map((a) => agendaButton(a)));
      } else if (b.agreedText) {
        actions.append(...today.openFor(b.id, false).filter((a) => a.endpoint).map((a) => agendaButton(a)));
        li.append(actions, miniForm('Propose new wording', base + '/revise', [
          { label: 'New wording', name: 'text', multiline: true, required: true, max: 500 }], 'Propose'));
      }
      if (!li.contains(actions)) li.append(actions);
      return li;
    }), 'No boundaries yet.');
  }

  function renderSetbacks(v) {
    fill($('setback-list'), v.setbacks.map((b) => h('li', { 'data-setback': b.id },
      h('strong', { text: b.day + ' — ' + window.RecoveryWords.label('setbackKind', b.kind) + ' (' + word('severity', b.severity).toLowerCase() + ')' }),
      ' ', seenBy('SHARED'),
      h('p', { class: 'meta', text: 'Repair: ' + (b.repairs.map((r) => word('repair', r)).join(', ') || 'not yet') + '.' }),
      v.setbackDescriptions[b.id] ? h('p', { class: 'note', text: v.setbackDescriptions[b.id] }) : null,
      h('div', { class: 'actions' }, actionButton('We acknowledged it', '/setbacks/' + b.id + '/repairs', { step: 'ACKNOWLEDGED' }),
        actionButton('We talked it through', '/setbacks/' + b.id + '/repairs', { step: 'TALKED_THROUGH' })))), 'No setbacks recorded.');
  }

  function renderBetrayals(v) {
    fill($('betrayal-list'), v.betrayals.map((b) => {
      const li = h('li', { 'data-betrayal': b.id }, h('strong', { text: window.RecoveryWords.label('betrayalKind', b.kind) }),
        h('p', { class: 'meta', text: partnerName(b.hurtPartner) + ' ' + word('cameToLight', b.cameToLight) + ' on ' + b.on + '. '
          + (b.responsibilityTakenOn ? 'Responsibility taken on ' + b.responsibilityTakenOn + '.' : 'Responsibility not yet taken.')
          + (b.heard ? ' Feeling ' + word('heard', b.heard) + '.' : '') }),
        v.statements[b.id] ? h('p', { class: 'note', text: v.statements[b.id] }) : null);
      const actions = h('div', { class: 'actions heard' });
      if (today.isOpen('take-responsibility', b.id)) {
        li.append(miniForm('I take responsibility', '/betrayals/' + b.id + '/responsibility', [
          { label: 'In my own words (optional)', name: 'statement', multiline: true, max: 4000 }], 'I take responsibility'));
      }
      if (today.isOpen('say-how-heard', b.id)) {
        ['NOT_YET', 'PARTLY', 'HEARD'].forEach((l) => actions.append(actionButton('I feel ' + word('heard', l), '/betrayals/' + b.id + '/heard', { level: l })));
      }
      li.append(actions);
      return li;
    }), 'Nothing recorded yet.');
  }

  function renderMine(v) {
    fill($('journal-list'), v.mine.journal.map((j) => h('li', {}, h('strong', { text: j.day }), ' ', seenBy('PRIVATE'),
      h('p', { class: 'note', text: j.text }))), 'Your journal is empty.');
  }

  return { renderCommitments, renderCheckIns, renderBoundaries, renderSetbacks, renderBetrayals, renderMine };
};
