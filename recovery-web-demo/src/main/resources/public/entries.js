'use strict';
// The lists of the Recovery page — commitments, check-ins, boundaries, setbacks, what happened, and
// the partner's own entries — drawn from the journey view; every button on an entry that the
// agenda answers for comes from the agenda's open actions (today.js), never from a status string.
window.RecoveryEntries = function (kit) {
  const { h, $, words, fill, actionButton, miniForm, partnerName, state, today } = kit;

  // Which buttons an entry shows is the agenda's answer: its open actions for that entry.
  function agendaButton(a) {
    const path = a.endpoint.replace('/api/journeys/' + state.journey, '');
    return actionButton(a.label, path, a.body, today.doneText(a));
  }

  function renderCommitments(v) {
    fill($('commitment-list'), v.commitments.map((c) => {
      const base = '/commitments/' + c.id;
      const li = h('li', { 'data-commitment': c.id },
        h('strong', { text: c.title }), ' — ' + partnerName(c.owner) + ', ' + c.cadence + ', ' + words(c.category),
        h('span', { class: 'badge', 'data-status': c.status, text: words(c.status) }));
      const open = today.openFor(c.id, true).filter((a) => a.endpoint);
      li.append(h('div', { class: 'actions' }, ...open.filter((a) => a.target === c.id || a.kind.startsWith('report-')).map(agendaButton)));
      if (today.any('retire-commitment', c.id)) {
        li.append(miniForm('Change how often or how it is verified', base + '/revise', [
          { label: 'How often', name: 'cadence', value: c.cadence, required: true },
          { label: 'Verified by', name: 'verification', value: c.verification, options: [['SELF_REPORTED', "The owner's own report"], ['PARTNER_CONFIRMED', "The other partner's confirmation"]] }], 'Change'),
        miniForm('Pause it', base + '/pause', [
          { label: 'From', name: 'from', type: 'date', value: v.today, required: true },
          { label: 'Until', name: 'until', type: 'date', value: v.today, required: true }], 'Pause'));
      }
      const days = [...new Set(open.filter((a) => a.kind.endsWith('-report')).map((a) => a.target))];
      const reports = days.map((target) => {
        const day = target.slice(c.id.length + 1);
        const report = c.reports.find((p) => p.day === day);
        return h('li', {}, day + ': ' + (report ? words(report.kind) : 'reported') + ' ',
          ...open.filter((a) => a.target === target && a.kind.endsWith('-report')).map(agendaButton));
      });
      if (reports.length) li.append(h('ul', { class: 'reports' }, ...reports));
      return li;
    }), 'No commitments yet.');
  }

  function renderCheckIns(v) {
    fill($('checkin-list'), v.checkIns.slice(0, 14).map((c) => h('li', {},
      h('strong', { text: c.day + ' — ' + partnerName(c.partner) }),
      ' safety ' + c.emotionalSafety + ', trust ' + c.trust + ', closeness ' + c.closeness + ', hope ' + c.hope
        + (c.visibility === 'PRIVATE' ? ' (only you)' : ''),
      c.note ? h('p', { class: 'note', text: c.note }) : null)), 'No check-ins yet.');
  }

  function renderBoundaries(v) {
    fill($('boundary-list'), v.boundaries.map((b) => {
      const base = '/boundaries/' + b.id;
      const li = h('li', { 'data-boundary': b.id }, h('strong', { text: words(b.area) + ': ' }), b.agreedText || '(not agreed yet)');
      const actions = h('div', { class: 'actions' });
      if (b.pending) {
        const p = b.pending;
        li.append(h('p', { class: 'pending', text: 'Waiting: ' + words(p.kind) + ' by ' + partnerName(p.proposedBy) + ' — "' + p.text + '"' }));
        actions.append(...today.openFor(b.id, false).filter((a) => a.endpoint).map(agendaButton));
      } else if (b.agreedText) {
        actions.append(...today.openFor(b.id, false).filter((a) => a.endpoint).map(agendaButton));
        li.append(actions, miniForm('Propose new wording', base + '/revise', [
          { label: 'New wording', name: 'text', multiline: true, required: true, max: 500 }], 'Propose'));
      }
      if (!li.contains(actions)) li.append(actions);
      return li;
    }), 'No boundaries yet.');
  }

  function renderSetbacks(v) {
    fill($('setback-list'), v.setbacks.map((b) => h('li', { 'data-setback': b.id },
      h('strong', { text: b.day + ' — ' + words(b.kind) + ' (' + words(b.severity) + ')' }),
      ' repairs: ' + (b.repairs.map(words).join(', ') || 'none yet'),
      v.setbackDescriptions[b.id] ? h('p', { class: 'note', text: v.setbackDescriptions[b.id] }) : null,
      h('div', { class: 'actions' }, actionButton('We acknowledged it', '/setbacks/' + b.id + '/repairs', { step: 'ACKNOWLEDGED' }),
        actionButton('We talked it through', '/setbacks/' + b.id + '/repairs', { step: 'TALKED_THROUGH' })))), 'No setbacks recorded.');
  }

  function renderBetrayals(v) {
    fill($('betrayal-list'), v.betrayals.map((b) => {
      const li = h('li', { 'data-betrayal': b.id }, h('strong', { text: words(b.kind) }), ' — ' + words(b.cameToLight) + ' on ' + b.on
        + '; ' + (b.responsibilityTakenOn ? 'responsibility taken on ' + b.responsibilityTakenOn : 'responsibility not yet taken')
        + (b.heard ? '; heard: ' + words(b.heard) : ''),
        v.statements[b.id] ? h('p', { class: 'note', text: v.statements[b.id] }) : null);
      const actions = h('div', { class: 'actions heard' });
      if (today.isOpen('take-responsibility', b.id)) {
        li.append(miniForm('I take responsibility', '/betrayals/' + b.id + '/responsibility', [
          { label: 'In my own words (optional)', name: 'statement', multiline: true, max: 4000 }], 'I take responsibility'));
      }
      if (today.isOpen('say-how-heard', b.id)) ['NOT_YET', 'PARTLY', 'HEARD'].forEach((l) => actions.append(actionButton('I feel ' + words(l), '/betrayals/' + b.id + '/heard', { level: l })));
      li.append(actions);
      return li;
    }), 'Nothing recorded yet.');
  }

  function renderMine(v) {
    $('consent-state').textContent = 'Yours: ' + words(v.mine.consent || 'not declared') + '. What both of you live by: ' + words(v.effectiveConsent) + '.';
    $('safety-state').textContent = v.mine.safetyScreening ? 'You have answered; you can answer again at any time.' : 'Not answered yet.';
    fill($('journal-list'), v.mine.journal.map((j) => h('li', {}, h('strong', { text: j.day }), h('p', { class: 'note', text: j.text }))), 'Your journal is empty.');
  }

  return { renderCommitments, renderCheckIns, renderBoundaries, renderSetbacks, renderBetrayals, renderMine };
};
