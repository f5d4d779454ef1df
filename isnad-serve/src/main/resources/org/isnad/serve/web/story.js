/* Isnad live story page: fetches /api/v1/stories/{id} (the story, a card per article, its first
   articles in full), hands it to the HTML report's own script as its data island, loads further
   articles on demand (the "more sources" button, a citation of an article not loaded yet, ?article=),
   and reloads when the story changes, marking the articles that arrived. */
(function () {
  'use strict';

  const API = '/api/v1';
  const id = decodeURIComponent(location.pathname.replace(/^\/stories\//, ''));
  const query = new URLSearchParams(location.search);
  const LIMIT = /^\d+$/.test(query.get('limit') || '') ? Number(query.get('limit')) : null;   // else the API's
  const ARRIVED = 'isnad.arrived.' + id;
  const SHOWN = 'isnad.shown.' + id;
  let version = 0;
  let shape = null;   // the story JSON as last rendered, to tell a real change from another story's
  let page = null;    // { schema_version, story, sources, limit }: the story page as fetched
  const full = new Map();   // article id -> the article in full, as loaded so far
  let retire = [];    // removes the listeners the report script registered on its last run

  function notice(text) {
    const live = document.getElementById('live');
    live.hidden = false;
    live.textContent = text;
  }

  async function getJson(url) {
    const r = await fetch(url);
    const body = await r.json().catch(() => null);
    if (r.status === 404) return null;
    if (!r.ok) throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
    return body;
  }

  function fetchStory() {
    return getJson(API + '/stories/' + encodeURIComponent(id) + (LIMIT ? '?limit=' + LIMIT : ''));
  }

  /* ---------- articles in full, loaded on demand ---------- */

  const ids = () => page.story.articles || [];

  /** Articles offset.. of the story (as many as a page holds) into `full`. */
  async function load(offset, limit) {
    const body = await getJson(API + '/stories/' + encodeURIComponent(id) + '/articles?offset=' + offset
      + '&limit=' + Math.min(100, limit || page.limit));
    if (!body) throw new Error('لم تعد هذه القصة في الأرشيف');
    body.items.forEach(a => full.set(a.id, a));
  }

  /** Loads the given articles of the story that are not loaded yet, one small request each. */
  async function ensure(wanted) {
    const list = ids();
    const missing = wanted.filter(a => !full.has(a) && list.includes(a));
    await Promise.all(missing.map(a => load(list.indexOf(a), 1)));
  }

  /** The index of the first article of the story not loaded yet, or -1. */
  function firstMissing() {
    return ids().findIndex(a => !full.has(a));
  }

  /* ---------- rendering with the report's script ---------- */

  /** The data island: the loaded articles in full, the others as their cards (no text). */
  function island() {
    const cards = new Map((page.sources || []).map(c => [c.id, c]));
    const articles = ids().map(a => full.get(a) || cards.get(a)).filter(Boolean);
    return { schema_version: page.schema_version, articles, stories: [page.story], rejected: [], skipped: [] };
  }

  /**
   * Runs the report's script on the island. It renders once and registers its listeners on document
   * and window; those of its previous run are removed first, so that one copy answers clicks.
   */
  function runReport(done) {
    retire.forEach(undo => undo());
    retire = [];
    document.getElementById('isnad-data').textContent = JSON.stringify(island());
    const targets = [document, window];
    targets.forEach(t => {
      t.addEventListener = function (type, fn, options) {
        retire.push(() => EventTarget.prototype.removeEventListener.call(t, type, fn, options));
        return EventTarget.prototype.addEventListener.call(t, type, fn, options);
      };
    });
    const restore = () => targets.forEach(t => { delete t.addEventListener; });
    document.querySelectorAll('script[data-report]').forEach(s => s.remove());
    const script = document.createElement('script');
    script.src = '/assets/report.js';
    script.setAttribute('data-report', '');
    script.onload = () => { restore(); done(); };
    script.onerror = () => { restore(); notice('تعذر تحميل سكربت الصفحة.'); };
    document.body.appendChild(script);
  }

  function render(then) {
    const removedShown = document.querySelector('.toggle-removed:checked') !== null;
    document.title = 'إسناد: ' + (page.story.title || page.story.id);
    runReport(() => {
      // Columns of articles not loaded would be empty: the button below loads them instead.
      document.querySelectorAll('.source[data-article]').forEach(col => {
        if (!full.has(col.getAttribute('data-article'))) col.remove();
      });
      if (removedShown) document.querySelector('.toggle-removed').click();
      moreButton();
      if (then) then();
    });
  }

  function moreButton() {
    const columns = document.querySelector('.sources');
    const left = ids().filter(a => !full.has(a)).length;
    if (!columns || !left) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'more more-sources';
    button.textContent = 'عرض مصادر أخرى (' + Math.min(left, page.limit) + ' من ' + left + ' متبقية)';
    button.addEventListener('click', () => more(button));
    columns.after(button);
  }

  async function more(button) {
    const from = firstMissing();
    if (from < 0) return;
    const before = new Set(full.keys());
    button.disabled = true;
    try {
      await load(from, page.limit);
    } catch (e) {
      button.disabled = false;
      notice('تعذر تحميل المصادر: ' + e.message);
      return;
    }
    render(() => {
      const added = ids().find(a => full.has(a) && !before.has(a));
      const col = added && column(added);
      if (col) col.scrollIntoView({ block: 'nearest', inline: 'start' });
    });
  }

  function column(articleId) {
    return document.querySelector('.source[data-article="' + CSS.escape(articleId) + '"]');
  }

  /** A citation of an article not loaded yet: load it, render, and open the same citation again. */
  function citeNotLoaded(event) {
    const button = event.target.closest && event.target.closest('button.cite');
    const cited = button && button.getAttribute('data-article');
    if (!page || !cited || full.has(cited) || !ids().includes(cited)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const selector = 'button.cite[data-article="' + CSS.escape(cited) + '"][data-start="'
      + CSS.escape(button.getAttribute('data-start')) + '"][data-end="' + CSS.escape(button.getAttribute('data-end')) + '"]';
    ensure([cited]).then(() => render(() => {
      const again = document.querySelector(selector);
      if (again) again.click();
    })).catch(e => notice('تعذر تحميل المصدر: ' + e.message));
  }

  /** "مقالة جديدة", "مقالتان جديدتان", "3 مقالات جديدة", "11 مقالة جديدة": the count as Arabic says it. */
  function newArticles(n) {
    if (n === 1) return 'مقالة جديدة';
    if (n === 2) return 'مقالتان جديدتان';
    const m = n % 100;
    return n + (m >= 3 && m <= 10 ? ' مقالات جديدة' : ' مقالة جديدة');
  }

  /** After the first rendering: mark the articles that arrived and scroll to the one asked for. */
  function marks(arrived, wanted) {
    if (arrived.length) {
      notice('وصلت ' + newArticles(arrived.length) + ' إلى هذه القصة.');
      arrived.forEach(a => {
        const col = column(a);
        if (col) col.classList.add('arrived');
      });
    }
    const col = wanted && column(wanted);
    if (col) {
      col.classList.add('wanted');
      col.scrollIntoView({ block: 'start', inline: 'center' });
    }
    document.body.setAttribute('data-ready', 'true');
  }

  /* ---------- start and live updates ---------- */

  async function start() {
    const data = await fetchStory();
    if (!data) {
      document.getElementById('story').replaceChildren(document.createTextNode('لا قصة بهذا المعرّف: ' + id));
      document.body.setAttribute('data-ready', 'true');
      return;
    }
    version = data.version;
    shape = JSON.stringify(data.story);
    page = { schema_version: data.schema_version, story: data.story, sources: data.sources, limit: data.limit };
    data.articles.forEach(a => full.set(a.id, a));
    const arrived = JSON.parse(sessionStorage.getItem(ARRIVED) || '[]');
    sessionStorage.removeItem(ARRIVED);
    const wanted = query.get('article');
    // After a reload, as many sources as were shown before, and whatever arrived or was asked for.
    const shown = Math.min(Number(sessionStorage.getItem(SHOWN)) || 0, ids().length);
    sessionStorage.removeItem(SHOWN);
    if (shown > full.size && firstMissing() >= 0) await load(firstMissing(), shown - full.size);
    await ensure(arrived.concat(wanted ? [wanted] : []));
    render(() => marks(arrived, wanted));
  }

  async function watch() {
    for (;;) {
      try {
        const r = await fetch(API + '/changes?wait=25&since=' + version);
        const c = await r.json();
        if (!r.ok) throw new Error('HTTP ' + r.status);
        if (!c.changed) continue;
        version = c.version;
        const data = await fetchStory();
        if (!data) {
          notice('لم تعد هذه القصة في الأرشيف (ربما اندمجت في قصة أخرى).');
          continue;
        }
        if (JSON.stringify(data.story) === shape) continue;
        const before = new Set(JSON.parse(shape).articles || []);
        const arrived = (data.story.articles || []).filter(a => !before.has(a));
        sessionStorage.setItem(ARRIVED, JSON.stringify(arrived));
        sessionStorage.setItem(SHOWN, String(full.size));
        location.reload();
        return;
      } catch (e) {
        await new Promise(r => setTimeout(r, 3000));
      }
    }
  }

  document.addEventListener('click', citeNotLoaded, true);
  start().catch(e => {
    document.getElementById('story').textContent = 'تعذر تحميل القصة: ' + e.message;
  }).finally(watch);
}());
