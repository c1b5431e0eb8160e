'use strict';
// The rating and reliability charts of the Recovery page, drawn as SVG from the report's JSON,
// each with a hidden data table for screen readers.
window.RecoveryCharts = function (kit) {
  const { h, s, $, words, pct, dayCount, partnerName, state } = kit;

  function lineChart(container, series, yMax, format, label) {
    const W = 640, H = 240, L = 60, R = 12, T = 12, B = 28;
    const days = [...new Set(series.flatMap((x) => x.points.map((p) => p.day)))].sort();
    const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': label, class: 'line-chart' });
    const points = series.reduce((n, x) => n + x.points.length, 0);
    svg.setAttribute('data-points', String(points));
    const y = (val) => T + (H - T - B) * (1 - val / yMax);
    for (let i = 0; i <= 4; i++) {
      const val = yMax * i / 4;
      svg.append(s('line', { x1: L, x2: W - R, y1: y(val), y2: y(val), class: 'grid' }));
      const t = s('text', { x: L - 6, y: y(val) + 4, 'text-anchor': 'end', class: 'axis' }); t.textContent = format(val); svg.append(t);
    }
    const x = (day) => days.length < 2 ? (L + W - R) / 2 : L + (W - L - R) * days.indexOf(day) / (days.length - 1);
    if (days.length) {
      (days.length === 1 ? [days[0]] : [days[0], days[days.length - 1]]).forEach((d, i) => {
        const t = s('text', { x: x(d), y: H - 8, 'text-anchor': days.length === 1 ? 'middle' : (i ? 'end' : 'start'), class: 'axis' }); t.textContent = d; svg.append(t);
      });
    }
    series.forEach((ser, i) => {
      const cls = 'series s' + (i % 6);
      if (ser.points.length > 1) svg.append(s('polyline', { points: ser.points.map((p) => x(p.day) + ',' + y(p.value)).join(' '), class: cls }));
      ser.points.forEach((p) => {
        const c = s('circle', { cx: x(p.day), cy: y(p.value), r: 3.5, class: cls });
        const tip = s('title', {}); tip.textContent = ser.label + ', ' + p.day + ': ' + format(p.value); c.append(tip);
        svg.append(c);
      });
    });
    const legend = h('ul', { class: 'legend' }, ...series.map((ser, i) => h('li', { class: 'key s' + (i % 6), text: ser.label })));
    const table = h('div', { class: 'visually-hidden' }, h('table', {}, h('caption', { text: label }),
      ...series.flatMap((ser) => ser.points.map((p) => h('tr', {}, h('td', { text: ser.label }), h('td', { text: p.day }), h('td', { text: format(p.value) }))))));
    container.replaceChildren(points ? svg : h('p', { class: 'empty', text: 'No data yet.' }), legend, table);
  }

  function drawRatings() {
    if (!state.report) return;
    const kind = $('rating-kind').value;
    const series = state.report.indicators.ratings.filter((f) => f.kind === kind && f.recent.length)
      .map((f) => ({ label: partnerName(f.partner), points: f.recent.map((d) => ({ day: d.day, value: d.value })) }));
    lineChart($('ratings-chart'), series, 10, (v) => String(Math.round(v * 10) / 10), words(kind) + ' ratings');
  }

  function drawReliability() {
    const ind = state.report.indicators;
    const series = ind.commitments.filter((c) => c.history.length)
      .map((c) => ({ label: c.title, points: c.history.map((p) => ({ day: p.day, value: p.score })) }));
    lineChart($('reliability-chart'), series, 1, pct, 'Commitment reliability');
    $('overall').textContent = ind.overallReliability === null ? 'No kept or missed days yet.'
      : 'Overall reliability: ' + pct(ind.overallReliability) + '. Streak: ' + dayCount(ind.streak.current) + ' (longest ' + dayCount(ind.streak.longest) + ').';
  }

  return { drawRatings, drawReliability };
};
