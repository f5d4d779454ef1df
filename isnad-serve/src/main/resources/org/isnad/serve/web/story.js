/* Isnad live story page: fetches /api/v1/stories/{id}, hands it to the HTML report's own script as
   its data island, and reloads when the story changes, marking the articles that arrived. */
(function () {
  'use strict';

  const API = '/api/v1';
  const id = decodeURIComponent(location.pathname.replace(/^\/stories\//, ''));
  const KEY = 'isnad.arrived.' + id;
  let version = 0;
  let shape = null;   // the story JSON as last rendered, to tell a real change from another story's

  function notice(text) {
    const live = document.getElementById('live');
    live.hidden = false;
    live.textContent = text;
  }

  async function fetchStory() {
    const r = await fetch(API + '/stories/' + encodeURIComponent(id));
    if (r.status === 404) return null;
    const body = await r.json();
    if (!r.ok) throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
    return body;
  }

  function render(data) {
    version = data.version;
    shape = JSON.stringify(data.story);
    document.title = 'إسناد: ' + (data.story.title || data.story.id);
    const island = { schema_version: data.schema_version, articles: data.articles, stories: [data.story], rejected: [], skipped: [] };
    document.getElementById('isnad-data').textContent = JSON.stringify(island);
    const script = document.createElement('script');
    script.src = '/assets/report.js';
    script.onload = afterRender;
    document.body.appendChild(script);
  }

  function afterRender() {
    const arrived = JSON.parse(sessionStorage.getItem(KEY) || '[]');
    sessionStorage.removeItem(KEY);
    if (arrived.length) {
      notice('وصلت ' + (arrived.length === 1 ? 'مقالة جديدة' : arrived.length + ' مقالات جديدة') + ' إلى هذه القصة.');
      arrived.forEach(a => {
        const col = document.querySelector('.source[data-article="' + CSS.escape(a) + '"]');
        if (col) col.classList.add('arrived');
      });
    }
    const want = new URLSearchParams(location.search).get('article');
    const col = want && document.querySelector('.source[data-article="' + CSS.escape(want) + '"]');
    if (col) {
      col.classList.add('wanted');
      col.scrollIntoView({ block: 'start', inline: 'center' });
    }
    document.body.setAttribute('data-ready', 'true');
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
        sessionStorage.setItem(KEY, JSON.stringify(arrived));
        location.reload();
        return;
      } catch (e) {
        await new Promise(r => setTimeout(r, 3000));
      }
    }
  }

  fetchStory().then(data => {
    if (!data) {
      document.getElementById('story').replaceChildren(document.createTextNode('لا قصة بهذا المعرّف: ' + id));
      document.body.setAttribute('data-ready', 'true');
      return;
    }
    render(data);
  }).catch(e => {
    document.getElementById('story').textContent = 'تعذر تحميل القصة: ' + e.message;
  }).finally(watch);
}());
