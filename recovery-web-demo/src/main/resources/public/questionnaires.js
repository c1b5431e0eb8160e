'use strict';
// Questionnaires on the Recovery page: the form, the "due" prompts of the viewer's schedule, and
// one chart per questionnaire of its scores over time, drawn as SVG from the report's JSON with a
// text alternative and a visually hidden data table. Built with DOM calls only (never innerHTML).
// app.js creates it with its helpers: window.RecoveryQuestionnaires(kit).
window.RecoveryQuestionnaires = function (kit) {
  const { h, s, $, partnerName } = kit;
  const SIDES = { BELOW: 'below', AT_OR_BELOW: 'at or below', AT_OR_ABOVE: 'at or above', ABOVE: 'above' };
  const DIRECTIONS = { IMPROVED: 'for the better', WORSENED: 'for the worse', UNCHANGED: 'no change' };
  let catalogue = [];
  let last = null;

  const num = (v) => String(Math.round(v * 100) / 100);
  const signed = (v) => (v > 0 ? '+' : v < 0 ? '−' : '±') + num(Math.abs(v));
  // "Couples Satisfaction Index (CSI-4)" is called "CSI-4" in a sentence.
  const shortName = (name) => { const m = /\(([^()]+)\)\s*$/.exec(name); return m ? m[1] : name; };
  function dayIn(zone, iso) {
    const parts = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(iso)).forEach((p) => { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day;
  }

  // ---- the form ----
  function setCatalogue(list) {
    catalogue = list;
    const pick = $('qn-pick'), chosen = pick.value;
    // Only questionnaires whose every item has wording are offered: nobody answers what they cannot read.
    const offered = list.filter((i) => i.answerable);
    pick.replaceChildren(...offered.map((i) => h('option', { value: i.id, text: i.name, selected: i.id === chosen })));
    const none = offered.length === 0;
    pick.hidden = none; $('questionnaire-form').hidden = none;
    const label = document.querySelector('label[for=qn-pick]');
    if (label) label.hidden = none;
    let say = $('qn-none');
    if (!say) { say = h('p', { id: 'qn-none', class: 'hint' }); $('questionnaire-form').before(say); }
    say.textContent = none ? 'No questionnaire can be answered here yet: their wording may not be shipped with this app. A counselling practice can add questionnaires with their wording. Results of questionnaires answered before still show here.' : '';
    say.hidden = !none;
    renderItems();
    if (last) render(last.report, last.view);
  }
  function renderItems() {
    const inst = catalogue.find((i) => i.id === $('qn-pick').value && i.answerable);
    if (!inst) return;
    $('qn-instrument').value = inst.id;
    $('qn-wording').hidden = true;
    $('qn-items').replaceChildren(...inst.items.map((item, index) => {
      const id = 'qn-item-' + item.id;
      const labels = Object.entries(item.scale.labels || {}).map(([v, l]) => v + ' = ' + l).join(', ');
      return h('div', {}, h('label', { for: id, text: (item.wording || 'Question ' + (index + 1)) + ' (' + item.scale.min + '–' + item.scale.max + ')' }),
        labels ? h('span', { id: id + '-labels', class: 'hint', text: labels }) : null,
        h('input', { id, name: 'answers.' + item.id, type: 'number', min: item.scale.min, max: item.scale.max,
          'data-type': 'int', required: true, 'aria-describedby': labels ? id + '-labels' : null }));
    }));
  }
  function choose(id) {
    if (!catalogue.some((i) => i.id === id && i.answerable)) return;
    $('qn-pick').value = id;
    renderItems();
    kit.screens.go('questionnaires', () => {
      $('questionnaire-form').scrollIntoView({ block: 'start' });
      const first = $('qn-items').querySelector('input');
      if (first) first.focus();
    });
  }

  // ---- the schedule ----
  function renderDue(report) {
    $('qn-schedule').replaceChildren(...(report.questionnaires || []).map((q) =>
      h('li', { text: shortName(q.name) + (q.due ? ': due now; it is also listed on the Today screen' : ': next on ' + q.nextDue) + ' (every ' + q.everyDays + ' days'
        + (q.lastCompleted ? '; last on ' + q.lastCompleted : '') + ').' })));
  }

  // ---- results ----
  function render(report, view) {
    last = { report, view };
    renderDue(report);
    const groups = new Map();
    for (const f of report.instruments || []) {
      const key = f.instrument + '@' + f.instrumentVersion;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(f);
    }
    const blocks = [...groups.values()].map((figures) => block(figures, view));
    $('instrument-results').replaceChildren(...(blocks.length ? blocks : [h('p', { class: 'empty', text: 'No questionnaire answered yet.' })]));
  }

  function definitionOf(f) {
    return catalogue.find((i) => i.id === f.instrument && i.version === f.instrumentVersion) || null;
  }
  function rangeOf(def, ids, aggregation) {
    const items = ids.map((id) => def.items.find((i) => i.id === id));
    const lo = items.reduce((n, i) => n + i.scale.min, 0), hi = items.reduce((n, i) => n + i.scale.max, 0);
    return aggregation === 'MEAN' ? [lo / items.length, hi / items.length] : [lo, hi];
  }

  function block(figures, view) {
    const first = figures[0], def = definitionOf(first), hasTotal = first.latest.total !== null;
    const mine = (f) => f.partner === view.me.id;
    figures.sort((a, b) => Number(mine(b)) - Number(mine(a)));
    const series = [], ranges = [];
    figures.forEach((f) => {
      const p = mine(f) ? 0 : 1;
      if (hasTotal) {
        series.push({ label: partnerName(f.partner), cls: 's' + p, partner: f.partner, points: f.history.map((c) => point(c, c.score.total, view)) });
        if (def && def.total) ranges.push([def.total.min, def.total.max]);
      } else {
        f.latest.subscales.forEach((sub, i) => {
          const sdef = def && def.subscales.find((x) => x.id === sub.subscale);
          if (sdef) ranges.push(rangeOf(def, sdef.items, sdef.aggregation));
          series.push({ label: partnerName(f.partner) + ' — ' + (sdef ? sdef.name : sub.subscale), cls: 's' + ((p * 3 + i) % 6), partner: f.partner,
            points: f.history.map((c) => point(c, (c.score.subscales.find((x) => x.subscale === sub.subscale) || { value: null }).value, view)).filter((x) => x.value !== null) });
        });
      }
    });
    const values = series.flatMap((x) => x.points.map((q) => q.value));
    const min = Math.min(...ranges.map((r) => r[0]), ...values), max = Math.max(...ranges.map((r) => r[1]), ...values);
    const cutOffs = hasTotal && def ? def.cutOffs.map((c) => ({ value: c.threshold, label: num(c.threshold) + ' — ' + SIDES[c.flaggedWhen] + ': ' + c.meaning })) : [];
    const name = shortName(first.name);
    const what = hasTotal ? name + ' total' : name + ' subscales';
    const chart = h('div', { class: 'chart' });
    scoreChart(chart, { what, min, max: max > min ? max : min + 1, series, cutOffs });
    const summary = h('ul', { class: 'scores' }, ...figures.map((f) => h('li', {}, h('strong', { text: partnerName(f.partner) + ': ' }), words(f, def, view))));
    return h('div', { class: 'score-block', 'data-instrument': first.instrument },
      h('h3', { text: first.name }),
      h('div', { class: 'score-layout' }, h('figure', {}, chart,
        h('figcaption', { text: (hasTotal ? 'Totals' : 'Subscales') + ' over time (' + num(min) + '–' + num(max) + ')' + (cutOffs.length ? '; dashed: published cut-off' : '') })),
      summary));
  }
  function point(c, value, view) {
    return { t: Date.parse(c.at), day: dayIn(view.zone, c.at), value };
  }

  function scoreText(score, def) {
    if (score.total !== null) {
      const flags = score.classification.map((c) => SIDES[c.flaggedWhen] + ' the cut-off of ' + num(c.threshold));
      return num(score.total) + (flags.length ? ' (' + flags.join('; ') + ')' : '');
    }
    return score.subscales.map((x) => {
      const sdef = def && def.subscales.find((d) => d.id === x.subscale);
      return (sdef ? sdef.name : x.subscale) + ' ' + num(x.value);
    }).join(', ');
  }
  function words(f, def, view) {
    const latest = 'latest ' + scoreText(f.latest, def) + ' on ' + dayIn(view.zone, f.latestAt) + '.';
    if (f.history.length === 1) return latest + ' This is the baseline; later answers are compared with it.';
    const base = ' Baseline ' + scoreText(f.baseline, def) + ' on ' + dayIn(view.zone, f.baselineAt) + '.';
    if (!f.change) return latest + base;
    const c = f.change;
    return latest + base + ' Change ' + signed(c.change) + ', ' + DIRECTIONS[c.direction] + ': ' + verdict(c) + '.';
  }
  function verdict(c) {
    if (c.verdict === 'NO_PUBLISHED_INDEX') return 'not judged, as no reliable-change index is published for it';
    if (c.verdict === 'WITHIN_MEASUREMENT_ERROR') return 'not a reliable change (within measurement error)';
    return c.clinicallySignificant ? 'a reliable and clinically significant change' : 'a reliable change';
  }

  // ---- the chart ----
  function scoreChart(container, o) {
    const W = 640, H = 260, L = 44, R = 14, T = 14, B = 30;
    const times = o.series.flatMap((x) => x.points.map((p) => p.t));
    const span = Math.max(...times) - Math.min(...times), pad = Math.max(span * 0.05, 86400000);
    const t0 = Math.min(...times) - pad, t1 = Math.max(...times) + pad;
    const x = (t) => L + (W - L - R) * (t - t0) / (t1 - t0);
    const y = (v) => T + (H - T - B) * (1 - (v - o.min) / (o.max - o.min));
    const points = o.series.reduce((n, ser) => n + ser.points.length, 0);
    const alt = o.what + ' over time, from ' + num(o.min) + ' to ' + num(o.max) + '. ' + o.series.map((ser) => ser.label + ': '
      + ser.points.map((p) => num(p.value) + ' on ' + p.day).join(', ') + '.').join(' ')
      + o.cutOffs.map((c) => ' Published cut-off ' + c.label + '.').join('');
    const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': alt, class: 'line-chart score-chart',
      'data-points': points, 'data-series': o.series.length });
    ticks(o.min, o.max).forEach((v) => {
      svg.append(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }));
      svg.append(text(L - 6, y(v) + 4, num(v), 'end', 'axis'));
    });
    let lastX = -Infinity;
    [...new Map(o.series.flatMap((ser) => ser.points).sort((a, b) => a.t - b.t).map((p) => [p.day, p])).values()].forEach((p) => {
      if (x(p.t) - lastX < 80) return;
      lastX = x(p.t);
      svg.append(text(Math.min(Math.max(lastX, L + 30), W - R - 30), H - 8, p.day, 'middle', 'axis'));
    });
    const dots = o.series.flatMap((ser) => ser.points.map((p) => [x(p.t), y(p.value)]));
    o.cutOffs.forEach((c) => {
      const yl = y(c.value), w = c.label.length * 6.2;
      svg.append(s('line', { x1: L, x2: W - R, y1: yl, y2: yl, class: 'cutoff', 'data-threshold': c.value }));
      // The label goes at the end of the line, above or below it, where it covers fewest points.
      const places = [[L + 6, yl - 5, 'start'], [W - R - 6, yl - 5, 'end'], [L + 6, yl + 15, 'start'], [W - R - 6, yl + 15, 'end']];
      const covered = ([px, py, anchor]) => dots.filter(([dx, dy]) => dy > py - 17 && dy < py + 8
        && (anchor === 'start' ? dx > px - 8 && dx < px + w + 8 : dx < px + 8 && dx > px - w - 8)).length;
      const best = places.reduce((a, b) => (covered(b) < covered(a) ? b : a));
      svg.append(text(best[0], best[1], c.label, best[2], 'cutoff-label'));
    });
    o.series.forEach((ser) => {
      svg.append(s('polyline', { points: ser.points.map((p) => x(p.t) + ',' + y(p.value)).join(' '), class: 'series ' + ser.cls,
        'data-partner': ser.partner, 'data-points': ser.points.length }));
      ser.points.forEach((p) => {
        const c = s('circle', { cx: x(p.t), cy: y(p.value), r: 4, class: 'series ' + ser.cls });
        const tip = s('title', {}); tip.textContent = ser.label + ', ' + p.day + ': ' + num(p.value); c.append(tip);
        svg.append(c);
      });
    });
    const legend = h('ul', { class: 'legend' }, ...o.series.map((ser) => h('li', { class: 'key ' + ser.cls, text: ser.label })));
    const table = h('div', { class: 'visually-hidden' }, h('table', {}, h('caption', { text: o.what + ' over time' }),
      h('tr', {}, h('th', { scope: 'col', text: 'Who' }), h('th', { scope: 'col', text: 'Day' }), h('th', { scope: 'col', text: 'Score' })),
      ...o.series.flatMap((ser) => ser.points.map((p) => h('tr', {}, h('td', { text: ser.label }), h('td', { text: p.day }), h('td', { text: num(p.value) }))))));
    container.replaceChildren(svg, legend, table);
  }
  // Round steps (1, 2, 5, 10…) from min, and the top of the range when no step lands near it.
  function ticks(min, max) {
    const raw = (max - min) / 5, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((st) => st >= raw);
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
    if (out[0] - min > step / 3) out.unshift(min); else if (out[0] !== min) out[0] = min;
    if (max - out[out.length - 1] > step / 3) out.push(max);
    return out;
  }
  function text(xPos, yPos, content, anchor, cls) {
    const t = s('text', { x: xPos, y: yPos, 'text-anchor': anchor, class: cls });
    t.textContent = content;
    return t;
  }

  $('qn-pick').addEventListener('change', renderItems);
  document.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-questionnaire]');
    if (b) choose(b.dataset.questionnaire);
  });
  return { setCatalogue, render };
};
