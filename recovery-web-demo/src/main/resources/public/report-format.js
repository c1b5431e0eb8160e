'use strict';
// Reads the library's stable progress-report format (recovery-progress-report, version 1; see
// docs/report-format.md) into the shape the page's other scripts were written against: enum
// values in upper case, questionnaire scores under `score`. One place to change when the screens
// read the format directly.
window.reportFormat = (() => {
  const upper = (text) => (text == null ? text : text.toUpperCase().replace(/-/g, '_'));

  function score(c, f) {
    return {
      total: c.total,
      subscales: c.subscales.map((x) => ({ subscale: x.id, value: x.value })),
      classification: c.flaggedBy.map((id) => f.cutOffs.find((k) => k.id === id)).filter(Boolean)
        .map((k) => ({ id: k.id, threshold: k.threshold, flaggedWhen: upper(k.flaggedWhen), meaning: k.meaning })),
    };
  }

  function instrument(f) {
    return {
      instrument: f.instrument, instrumentVersion: f.version, name: f.name, partner: f.partner, completions: f.completions,
      history: f.history.map((c) => ({ at: c.at, visibility: upper(c.visibility), score: score(c, f) })),
      baselineAt: f.baseline.at, baseline: score(f.baseline, f), latestAt: f.latest.at, latest: score(f.latest, f),
      change: f.change && Object.assign({}, f.change, { direction: upper(f.change.direction), verdict: upper(f.change.verdict) }),
    };
  }

  function read(r) {
    if (r.format !== 'recovery-progress-report' || r.formatVersion !== 1) {
      throw new Error('This page cannot read this kind of report. Reload the page to get its latest version.');
    }
    const ratings = r.indicators.ratings.map((f) => Object.assign({}, f, { kind: upper(f.kind) }));
    return Object.assign({}, r, {
      indicators: Object.assign({}, r.indicators, { ratings }),
      instruments: r.instruments.map(instrument),
    });
  }

  return { read };
})();
