'use strict';
// The rating and reliability charts of the Recovery page, drawn as SVG from the report's JSON at
// the width they are shown at (so their text is as large on a phone as at a desk): dated axes,
// a gap in a line wherever a day (or a week) has no value, the value of the nearest point on hover
// or tap, and the numbers as a table under "Show the numbers".
window.RecoveryCharts = function (kit) {
  const { h, s, $, word, pct, dayCount, partnerName, state } = kit;
  const DAY = 86400000;
  const toT = (iso) => Date.parse(iso + 'T00:00:00Z');
  const isoOf = (t) => new Date(t).toISOString().slice(0, 10);
  const short = (iso) => new Date(toT(iso)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const long = (iso) => new Date(toT(iso)).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  function text(x, y, content, anchor, cls) {
    const t = s('text', { x, y, 'text-anchor': anchor, class: cls });
    t.textContent = content;
    return t;
  }

  /**
   * A line chart over days. {@code o}: series [{label, points: [{day, value}]}], from and to (ISO
   * days), step (1 for days, 7 for weeks: a longer distance between two points leaves a gap),
   * max, format, label (what the chart shows, for its text alternative), unit (a word for a point).
   */
  function timeChart(container, o) {
    const W = Math.max(280, Math.round(container.clientWidth || $('main').clientWidth - 48 || 640));
    const H = W < 500 ? 220 : 260, L = 40, R = 14, T = 12, B = 30;
    const t0 = toT(o.from), t1 = Math.max(toT(o.to), t0 + DAY);
    const x = (iso) => L + (W - L - R) * (toT(iso) - t0) / (t1 - t0);
    const y = (v) => T + (H - T - B) * (1 - v / o.max);
    const points = o.series.reduce((n, ser) => n + ser.points.length, 0);
    const alt = o.label + ' from ' + long(o.from) + ' to ' + long(o.to) + '. ' + (points ? o.series.map((ser) => ser.label + ': '
      + (ser.points.length ? ser.points.map((p) => o.format(p.value) + ' on ' + long(p.day)).join(', ') : 'none') + '.').join(' ') : 'No values yet.');
    const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'aria-label': alt, class: 'line-chart', 'data-points': points });
    for (let i = 0; i <= 4; i++) {
      const v = o.max * i / 4;
      svg.append(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }), text(L - 6, y(v) + 4, o.format(v), 'end', 'axis'));
    }
    // Date ticks: as many as fit (one per 72 px), on Mondays when a week or more apart.
    const days = (t1 - t0) / DAY, fit = Math.max(2, Math.floor((W - L - R) / 72));
    const every = [1, 2, 7, 14, 28, 56, 91, 182].find((n) => days / n <= fit) || 365;
    let t = t0;
    if (every >= 7) while (new Date(t).getUTCDay() !== 1) t += DAY;
    for (; t <= t1; t += every * DAY) {
      const xi = x(isoOf(t));
      svg.append(s('line', { x1: xi, x2: xi, y1: H - B, y2: H - B + 5, class: 'tick' }),
        text(Math.min(Math.max(xi, L + 18), W - R - 18), H - 8, short(isoOf(t)), 'middle', 'axis'));
    }
    o.series.forEach((ser, i) => {
      const cls = 'series s' + (i % 6);
      let run = [];
      const flush = () => {
        if (run.length > 1) svg.append(s('polyline', { points: run.map((p) => x(p.day) + ',' + y(p.value)).join(' '), class: cls }));
        run = [];
      };
      ser.points.forEach((p, k) => {
        if (k && toT(p.day) - toT(ser.points[k - 1].day) > o.step * DAY) flush();
        run.push(p);
      });
      flush();
      ser.points.forEach((p) => {
        const c = s('circle', { cx: x(p.day), cy: y(p.value), r: W < 500 ? 3 : 4, class: cls });
        const tip = s('title', {}); tip.textContent = ser.label + ', ' + long(p.day) + ': ' + o.format(p.value); c.append(tip);
        svg.append(c);
      });
    });
    const readout = h('p', { class: 'chart-readout hint', 'aria-live': 'polite', text: points ? 'Point at or tap the chart to read a value.' : '' });
    const near = (e) => {
      const box = svg.getBoundingClientRect(), px = (e.clientX - box.left) * W / box.width, py = (e.clientY - box.top) * H / box.height;
      let best = null, dist = Infinity;
      o.series.forEach((ser) => ser.points.forEach((p) => {
        const d = Math.hypot(x(p.day) - px, (y(p.value) - py) / 3);
        if (d < dist) { dist = d; best = { ser, p }; }
      }));
      if (best) readout.textContent = best.ser.label + ', ' + long(best.p.day) + ': ' + o.format(best.p.value) + (o.unit ? ' ' + o.unit : '') + '.';
    };
    svg.addEventListener('pointermove', near);
    svg.addEventListener('click', near);
    const legend = h('ul', { class: 'legend' }, ...o.series.map((ser, i) => h('li', { class: 'key s' + (i % 6), text: ser.label })));
    const byDay = [...new Set(o.series.flatMap((ser) => ser.points.map((p) => p.day)))].sort();
    const table = h('details', { class: 'chart-table' }, h('summary', { text: 'Show the numbers' }), h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': o.label + ', the numbers' },
      h('table', {}, h('caption', { text: o.label }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: o.step === 7 ? 'Week from' : 'Day' }), ...o.series.map((ser) => h('th', { scope: 'col', text: ser.label })))),
        h('tbody', {}, ...byDay.map((d) => h('tr', {}, h('th', { scope: 'row', text: long(d) }),
          ...o.series.map((ser) => { const p = ser.points.find((q) => q.day === d); return h('td', { text: p ? o.format(p.value) : '—' }); })))))));
    container.replaceChildren(points ? svg : h('p', { class: 'empty', text: 'Nothing to show yet.' }), readout, legend, points ? table : '');
  }

  /** Averages of each Monday-to-Sunday week, dated by its Monday. */
  function weekly(points) {
    const weeks = new Map();
    points.forEach((p) => {
      let t = toT(p.day);
      while (new Date(t).getUTCDay() !== 1) t -= DAY;
      const k = isoOf(t);
      weeks.set(k, (weeks.get(k) || []).concat(p.value));
    });
    return [...weeks.entries()].sort().map(([day, vs]) => ({ day, value: vs.reduce((a, b) => a + b, 0) / vs.length }));
  }

  function drawRatings() {
    if (!state.report) return;
    const kind = $('rating-kind').value || 'TRUST';
    const byWeek = $('rating-span').value === 'week';
    const series = state.report.indicators.ratings.filter((f) => f.kind === kind && f.recent.length).map((f) => {
      const daily = f.recent.map((d) => ({ day: d.day, value: d.value })).sort((a, b) => a.day.localeCompare(b.day));
      return { label: partnerName(f.partner), points: byWeek ? weekly(daily) : daily };
    });
    const to = state.view.today, from = isoOf(toT(to) - 55 * DAY);
    timeChart($('ratings-chart'), { series, from: byWeek ? weekly([{ day: from }])[0].day : from, to, step: byWeek ? 7 : 1, max: 10,
      format: (v) => String(Math.round(v * 10) / 10), unit: 'out of 10',
      label: word('rating', kind) + (byWeek ? ', weekly averages' : ', each day') + ' (0 to 10)' });
  }

  /** The kept share in words beside a score, and "building up" while there are few days. */
  function keptWords(c) {
    const k = typeof c.kept === 'object' && c.kept ? c.kept : { kept: c.kept || 0, missed: c.missed || 0, unreported: c.unreported || 0 };
    const counted = k.kept + k.missed + k.unreported;
    if (!counted) return 'no days settled yet';
    const share = 'kept ' + k.kept + ' of ' + dayCount(counted) + ' (' + pct(k.kept / counted) + ')';
    return counted < 14 ? share + '; building up: the score grows with each day kept' : share;
  }

  function drawReliability() {
    const ind = state.report.indicators;
    const series = ind.commitments.filter((c) => c.history.length)
      .map((c) => ({ label: c.title, points: c.history.map((p) => ({ day: p.day, value: p.score })).sort((a, b) => a.day.localeCompare(b.day)) }));
    const days = series.flatMap((x) => x.points.map((p) => p.day)).sort();
    const to = state.view.today, from = days.length ? days[0] : to;
    timeChart($('reliability-chart'), { series, from: from < to ? from : isoOf(toT(to) - 7 * DAY), to, step: 31, max: 1, format: pct, unit: '',
      label: 'Reliability of each commitment (0% to 100%)' });
    $('overall').textContent = ind.overallReliability === null ? 'No kept or missed days yet.'
      : 'Overall reliability: ' + pct(ind.overallReliability) + '. Streak: ' + dayCount(ind.streak.current) + ' (longest ' + dayCount(ind.streak.longest) + ').';
    $('reliability-list').replaceChildren(...ind.commitments.map((c) => h('li', { 'data-reliability': c.id },
      h('strong', { text: c.title }), ': reliability ' + pct(c.score) + ' — ' + keptWords(c) + '.')));
  }

  return { drawRatings, drawReliability };
};
