'use strict';
// Every word the page shows for a value of the API (an enum constant of the core), in one place.
// When the server offers GET /api/vocabulary, load() takes its words instead; until then these
// are the page's own. No screen ever shows a constant as it is: an unknown one is lower-cased.
window.RecoveryWords = (function () {
  const WORDS = {
    category: { TRANSPARENCY: 'Openness and transparency', NO_CONTACT: 'No contact with the affair partner',
      COMMUNICATION: 'Talking and listening', CONNECTION: 'Time together', THERAPY: 'Therapy',
      SELF_CARE: 'Looking after yourself', MONITORING: 'Checking (location, devices)', OTHER: 'Something else' },
    cost: { LOW: 'Small and easy to keep', HIGH: 'Big: it costs real effort' },
    verification: { SELF_REPORTED: 'The one who keeps it says so', PARTNER_CONFIRMED: 'The other partner confirms it' },
    status: { PROPOSED: 'waiting for an answer', DECLINED: 'declined', ACCEPTED: 'agreed, not started',
      ACTIVE: 'in progress', PAUSED: 'paused', RETIRED: 'ended', WITHDRAWN: 'withdrawn' },
    report: { KEPT: 'kept', MISSED: 'missed', EXCUSED: 'excused' },
    answer: { NONE: 'not yet confirmed', CONFIRMED: 'confirmed', DISPUTED: 'disputed' },
    area: { PRIVACY_AND_DEVICES: 'Privacy and devices', COMMUNICATION: 'Talking to each other',
      SOCIAL_CONTACT: 'Contact with other people', PERSONAL_SPACE: 'Personal space', MONEY: 'Money', OTHER: 'Something else' },
    change: { INTRODUCE: 'a new boundary', REVISE: 'new wording', WITHDRAW: 'ending this boundary' },
    setbackKind: { TRIGGER: 'A trigger or flashback', CONFLICT: 'A conflict', COMMITMENT_LAPSE: 'A commitment not kept',
      NEW_DECEPTION: 'A new deception', RENEWED_CONTACT: 'Contact with the affair partner again' },
    severity: { MINOR: 'Minor', MODERATE: 'Moderate', SEVERE: 'Severe' },
    repair: { ACKNOWLEDGED: 'acknowledged', TALKED_THROUGH: 'talked through' },
    betrayalKind: { SEXUAL_AFFAIR: 'A sexual affair', EMOTIONAL_AFFAIR: 'An emotional affair',
      COMPULSIVE_SEXUAL_BEHAVIOUR: 'Compulsive pornography use or sexual behaviour', FINANCIAL_DECEPTION: 'Deception about money',
      BROKEN_PROMISE: 'A broken promise', OTHER_DECEPTION: 'Another deception' },
    cameToLight: { DISCOVERED: 'found out', DISCLOSED: 'told' },
    heard: { NOT_YET: 'not heard yet', PARTLY: 'partly heard', HEARD: 'heard' },
    consent: { NONE: 'Nothing physical for now', NON_PHYSICAL_CONNECTION: 'Closeness without touch (talking, time together)',
      AFFECTIONATE_GESTURES: 'Affectionate gestures (a hug, holding hands)', PHYSICAL_INTIMACY: 'Physical intimacy' },
    forgiveness: { NOT_NOW: 'Not now', OPEN_TO_IT: 'Open to it', WORKING_THROUGH_IT: 'Working through it',
      LETTING_RESENTMENT_GO: 'Letting resentment go', CHOOSING_TO_FORGIVE: 'Choosing to forgive' },
    outcome: { RECONCILED: 'We are staying together', SEPARATED: 'We are separating', STOPPED: 'We are stopping the programme' },
    therapy: { COUPLES: 'Couples therapy', INDIVIDUAL: 'Individual therapy' },
    visibility: { SHARED: 'both of you', PRIVATE: 'only you' },
    rating: { EMOTIONAL_SAFETY: 'Emotional safety', TRUST: 'Trust', CLOSENESS: 'Closeness', HOPE: 'Hope' }
  };

  // The name of each group in the server's vocabulary (GET /api/vocabulary: the core's enum names).
  const CORE = { category: 'CommitmentCategory', cost: 'Cost', verification: 'Verification', status: 'CommitmentStatus',
    report: 'OccurrenceOutcome', answer: 'Report.Answer', area: 'BoundaryArea', change: 'BoundaryChange.Kind',
    setbackKind: 'SetbackKind', severity: 'Severity', repair: 'RepairStep', betrayalKind: 'BetrayalKind', cameToLight: 'Discovery',
    heard: 'HeardLevel', consent: 'ConsentLevel', forgiveness: 'ForgivenessStep', outcome: 'JourneyOutcome', therapy: 'TherapyKind',
    visibility: 'Visibility', rating: 'RatingKind' };

  /** The words for {@code code} of {@code group}; a code without words is lower-cased, never shown raw. */
  function word(group, code) {
    if (code === null || code === undefined || code === '') return '';
    const g = WORDS[group] || {};
    return g[code] || String(code).toLowerCase().replace(/_/g, ' ');
  }

  const DAYS = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
  /** A cadence spec ({@code daily}, {@code 3/week}, {@code mon,thu}, {@code monthly:1}, {@code continuous}) in words. */
  function cadence(spec) {
    const s = String(spec || '');
    if (s === 'daily') return 'every day';
    if (s === 'continuous') return 'all the time';
    let m = /^(\d)\/week$/.exec(s);
    if (m) return m[1] === '1' ? 'once a week' : m[1] + ' times a week';
    m = /^monthly:(\d+)$/.exec(s);
    if (m) return 'on day ' + m[1] + ' of each month';
    const days = s.split(',');
    if (days.every((d) => DAYS[d])) {
      const names = days.map((d) => DAYS[d] + 's');
      return 'on ' + (names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1] : names[0]);
    }
    return s;
  }

  /** The words with a capital first letter, for a label or the start of a sentence. */
  function label(group, code) {
    const w = word(group, code);
    return w.charAt(0).toUpperCase() + w.slice(1);
  }

  /** Fills every {@code select[data-vocab]} with its group's words, keeping a chosen value. */
  function fillSelects(root) {
    (root || document).querySelectorAll('select[data-vocab]').forEach((sel) => {
      const chosen = sel.value || sel.dataset.default || '';
      const only = sel.dataset.only ? sel.dataset.only.split(' ') : Object.keys(WORDS[sel.dataset.vocab] || {});
      sel.replaceChildren(...only.map((code) => {
        const o = document.createElement('option');
        o.value = code; o.textContent = label(sel.dataset.vocab, code);
        o.selected = code === chosen;
        return o;
      }));
    });
  }

  /** Takes the server's vocabulary when it has one ({@code {group: {CODE: words}}}). */
  async function load() {
    try {
      const res = await fetch('/api/vocabulary', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!res.ok) return;
      const data = await res.json();
      const groups = data.words || {};
      for (const [g, core] of Object.entries(CORE)) {
        if (groups[core] && typeof groups[core] === 'object') WORDS[g] = Object.assign({}, WORDS[g], groups[core]);
      }
      if (data.privacyDefaults && typeof data.privacyDefaults === 'object') PRIVACY = data.privacyDefaults;
      fillSelects();
    } catch (e) { /* the page's own words stay */ }
  }

  // Where a sharing choice starts: the core's privacy default for each kind of entry (the page's
  // own copy until the server's vocabulary says otherwise). A form never decides it itself.
  let PRIVACY = { CHECK_IN: { visibility: 'SHARED' }, CHECK_IN_NOTE: { visibility: 'PRIVATE' },
    COUPLES_THERAPY: { visibility: 'SHARED' }, INDIVIDUAL_THERAPY: { visibility: 'PRIVATE' },
    QUESTIONNAIRE: { visibility: 'PRIVATE' }, FORGIVENESS: { visibility: 'PRIVATE' } };
  /** Sets each {@code select[data-privacy]} to its kind's default ({@code data-privacy-kind} names a select whose value picks the kind). */
  function applyPrivacy(root) {
    (root || document).querySelectorAll('select[data-privacy]').forEach((sel) => {
      let kind = sel.dataset.privacy;
      if (sel.dataset.privacyKind) kind = document.getElementById(sel.dataset.privacyKind).value + '_' + kind;
      const d = PRIVACY[kind];
      if (d && d.visibility) sel.value = d.visibility;
    });
  }

  return { word, label, cadence, fillSelects, load, applyPrivacy };
})();
