'use strict';
// Screens and the quick exit. The address says which screen shows (#/today, #/settings…), so Back
// and Forward move between screens and a reload stays where it was. Only the log-in and Help
// screens can be seen before logging in. The quick exit leaves for a neutral site at once.
window.RecoveryScreens = (function () {
  const EXIT_TO = 'https://www.bbc.co.uk/weather';
  const OPEN = ['login', 'help'];
  let loggedIn = false;
  let onShow = () => {};
  let first = true;
  let known = false; // whether the session is known: until then the address is left as it is

  const all = () => [...document.querySelectorAll('section.screen')];
  const names = () => all().map((s) => s.dataset.screen);

  /** The screen the address asks for, or the one that fits when it asks for none or a closed one. */
  function wanted() {
    const m = /^#\/([a-z-]+)/.exec(location.hash);
    const name = m && names().includes(m[1]) ? m[1] : null;
    if (!loggedIn) return name && OPEN.includes(name) ? name : 'login';
    return name && name !== 'login' ? name : 'today';
  }

  /** Shows the screen of the address; moves the keyboard focus to its heading after a move. */
  function show() {
    const name = wanted();
    const want = '#/' + name;
    if (known && location.hash !== want && (location.hash.startsWith('#/') || location.hash === '')) {
      history.replaceState(null, '', want);
    }
    let title = 'Recovery';
    all().forEach((s) => {
      const on = s.dataset.screen === name;
      s.hidden = !on;
      if (on) title = s.dataset.title + ' — Recovery';
    });
    document.title = title;
    document.querySelectorAll('#nav a[data-go]').forEach((a) => {
      if (a.dataset.go === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    });
    document.getElementById('nav').hidden = !loggedIn;
    const then = pending;
    pending = null;
    if (!first && !then) {
      const heading = document.querySelector('[data-screen="' + name + '"] h1');
      window.scrollTo(0, 0);
      if (heading) heading.focus();
    }
    first = false;
    onShow(name);
    if (then) then();
  }

  /** Goes to {@code name} (a new history entry), then calls {@code then} once it shows. */
  let pending = null;
  function go(name, then) {
    const want = '#/' + name;
    pending = then || null;
    if (location.hash === want) show(); else location.hash = want;
  }

  /** The screen a form or field is on. */
  function screenOf(el) {
    const s = el && el.closest('section.screen');
    return s ? s.dataset.screen : null;
  }

  function setLoggedIn(value) {
    loggedIn = value;
    known = true;
    show();
  }

  // ---- quick exit ----
  function exit() {
    document.body.hidden = true;
    try { document.title = 'Weather'; } catch (e) { /* leaving anyway */ }
    window.location.replace(EXIT_TO);
  }
  let shifts = [];
  function onKey(e) {
    if (e.key !== 'Shift' || e.repeat) return;
    const now = Date.now();
    shifts = shifts.filter((t) => now - t < 5000).concat(now);
    if (shifts.length >= 3) exit();
  }

  function start(callback) {
    onShow = callback || onShow;
    document.getElementById('quick-exit').addEventListener('click', exit);
    document.addEventListener('keyup', onKey);
    // Typing capitals uses Shift too: any other key starts the count again.
    document.addEventListener('keydown', (e) => { if (e.key !== 'Shift') shifts = []; });
    window.addEventListener('hashchange', show);
    document.getElementById('skip').addEventListener('click', (e) => {
      e.preventDefault();
      const heading = document.querySelector('section.screen:not([hidden]) h1');
      (heading || document.getElementById('main')).focus();
    });
    show();
  }

  return { start, go, show, screenOf, setLoggedIn, EXIT_TO };
})();
