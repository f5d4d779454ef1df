/* Isnad live home page: the story list (most recently updated first), search with highlighted
   snippets, and live updates by long polling /api/v1/changes. Builds every node with textContent. */
(function () {
  'use strict';

  const API = '/api/v1';
  const PAGE = 50;
  const NOUNS = {
    articles: ['مقال واحد', 'مقالان', 'مقالات', 'مقالا', 'مقال'],
    stories: ['قصة واحدة', 'قصتان', 'قصص', 'قصة', 'قصة'],
    sources: ['مصدر مستقل واحد', 'مصدران مستقلان', 'مصادر مستقلة', 'مصدرا مستقلا', 'مصدر مستقل'],
    results: ['نتيجة واحدة', 'نتيجتان', 'نتائج', 'نتيجة', 'نتيجة'],
    disputed: ['واقعة متنازع عليها', 'واقعتان متنازع عليهما', 'وقائع متنازع عليها', 'واقعة متنازع عليها', 'واقعة متنازع عليها']
  };

  /** "3 مقالات", "مقال واحد", "لا نتائج": a number with its noun in the form Arabic gives it. */
  function count(n, noun) {
    const f = NOUNS[noun];
    if (n === 0) return 'لا ' + f[2];
    if (n === 1) return f[0];
    if (n === 2) return f[1];
    const m = n % 100;
    // 3 to 10 take the plural; 11 to 99 the singular accusative; 100, 101, 102 ... the singular genitive
    return n + ' ' + (m >= 3 && m <= 10 ? f[2] : m <= 2 ? f[4] : f[3]);
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  const ltr = s => '\u2066' + s + '\u2069';

  /** An outlet's name, or null for what an archive gives when it knows none ("unknown", "article:ID"). */
  const outletName = o => (typeof o === 'string' && o !== '' && o !== 'unknown' && !o.startsWith('article:') ? o : null);

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => null);
    if (!r.ok) throw new Error((body && body.error && body.error.message) || ('HTTP ' + r.status));
    return body;
  }

  let version = 0;
  let shown = PAGE;
  let known = new Map();   // story id -> article count, as last shown

  /* ---------- story list ---------- */

  /** The first n story cards, in pages of at most 100 (the API's limit). */
  async function fetchStories(n) {
    const data = await getJson(API + '/stories?offset=0&limit=' + Math.min(n, 100));
    while (data.items.length < Math.min(n, data.total)) {
      const next = await getJson(API + '/stories?offset=' + data.items.length + '&limit='
        + Math.min(n - data.items.length, 100));
      if (!next.items.length) break;
      data.items.push(...next.items);
    }
    return data;
  }

  async function loadList(markChanges) {
    const data = await fetchStories(shown);
    version = Math.max(version, data.version);
    document.getElementById('summary').textContent = count(data.total, 'stories') + ' · تحديث مباشر';
    const fresh = [];
    const rows = data.items.map(s => {
      const before = known.get(s.id);
      const isNew = markChanges && (before === undefined || before < s.articles);
      const outlets = (s.outlets || []).map(outletName).filter(Boolean);
      if (isNew) fresh.push(s);
      return el('li', { class: 'story-row' + (isNew ? ' fresh' : ''), 'data-story': s.id, 'data-articles': s.articles },
        el('a', { class: 't', href: '/stories/' + encodeURIComponent(s.id) }, s.title || s.id),
        isNew ? el('span', { class: 'badge new' }, before === undefined ? 'قصة جديدة' : 'مقالات جديدة') : null,
        el('div', { class: 'm' }, count(s.articles, 'articles') + ' · ' + count(s.independent_sources, 'sources')
          + (s.disputed ? ' · ' + count(s.disputed, 'disputed') : '')
          + (outlets.length ? ' · ' + outlets.slice(0, 5).join('، ') : '')
          + (s.last_seen ? ' · ' : ''), s.last_seen ? ltr(s.last_seen.slice(0, 16).replace('T', ' ')) : null));
    });
    known = new Map(data.items.map(s => [s.id, s.articles]));
    const list = document.getElementById('list');
    list.replaceChildren(
      el('h2', null, 'القصص'),
      data.items.length ? el('ul', { class: 'stories' }, rows) : el('p', { class: 'muted' }, 'لا قصص بعد.'),
      data.total > shown ? el('button', { type: 'button', class: 'more', onclick: () => { shown += PAGE; loadList(false); } }, 'المزيد') : null);
    return fresh;
  }

  /* ---------- search ---------- */

  function marked(hit) {
    const text = hit.snippet.text;
    const base = hit.snippet.start;
    const out = [];
    let at = 0;
    for (const [s, e] of hit.highlights) {
      const from = Math.max(at, s - base);
      const to = Math.min(text.length, e - base);
      if (to <= from) continue;
      out.push(text.slice(at, from), el('mark', null, text.slice(from, to)));
      at = to;
    }
    out.push(text.slice(at));
    return out;
  }

  async function search(q, keepUrl) {
    const box = document.getElementById('results');
    if (!q) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    // In the fragment: the server refuses query parameters on "/", so "/?q=" could not be reloaded or shared.
    if (!keepUrl) history.replaceState(null, '', '/#q=' + encodeURIComponent(q));
    box.hidden = false;
    try {
      const data = await getJson(API + '/search?limit=20&q=' + encodeURIComponent(q));
      box.replaceChildren(el('h2', null, 'نتائج البحث عن «' + q + '»: ' + count(data.total, 'results')),
        data.hits.length ? el('ul', { class: 'hits' }, data.hits.map(h => el('li', { class: 'hit', 'data-article': h.article, 'data-story': h.story || '' },
          el('a', { class: 't', href: h.story ? '/stories/' + encodeURIComponent(h.story) + '?article=' + encodeURIComponent(h.article) : '#' }, h.title || h.article),
          el('div', { class: 'm' }, [outletName(h.outlet), h.published && ltr(h.published.slice(0, 10))].filter(Boolean).join(' · ')),
          el('p', { class: 'snippet' }, '… ', marked(h), ' …')))) : el('p', { class: 'muted' }, 'لا نتائج.'));
    } catch (e) {
      box.replaceChildren(el('p', { class: 'error' }, 'تعذر البحث: ' + e.message));
    }
  }

  document.getElementById('search').addEventListener('submit', event => {
    event.preventDefault();
    search(document.getElementById('q').value.trim(), false);
  });

  /* ---------- live ---------- */

  async function watch() {
    for (;;) {
      try {
        const c = await getJson(API + '/changes?wait=25&since=' + version);
        if (c.changed) {
          version = c.version;
          const fresh = await loadList(true);
          const q = document.getElementById('q').value.trim();
          if (q) await search(q, true);
          const live = document.getElementById('live');
          live.hidden = false;
          live.textContent = 'تحديث ' + new Date().toLocaleTimeString('ar') + ': '
            + (fresh.length ? fresh.map(s => s.title || s.id).join('، ') : 'تغيرت البيانات');
        }
      } catch (e) {
        await new Promise(r => setTimeout(r, 3000));
      }
    }
  }

  const q0 = new URLSearchParams(location.hash.slice(1)).get('q');
  if (q0) document.getElementById('q').value = q0;
  loadList(false).then(() => search(q0 || '', true)).catch(e => {
    document.getElementById('list').replaceChildren(el('p', { class: 'error' }, 'تعذر تحميل القصص: ' + e.message));
  }).finally(watch);
}());
