/* Isnad report page: builds the DOM from the JSON data island with textContent only (no markup from
   data), renders one story at a time (#story=ID), and shows the source characters of a citation. */
(function () {
  'use strict';

  const DATA = JSON.parse(document.getElementById('isnad-data').textContent);
  const SVG = 'http://www.w3.org/2000/svg';

  const L = {
    sections: {
      brief: 'الملخص', facts: 'الوقائع والأرقام', timeline: 'التسلسل الزمني', events: 'الأحداث',
      entities: 'الكيانات', quotes: 'الاقتباسات', sources: 'المصادر', map: 'الخريطة'
    },
    entityTypes: { PER: 'أشخاص', ORG: 'منظمات', LOC: 'أماكن', MISC: 'أخرى' },   // headings of the groups
    entityType: { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' },          // the badge of one entity
    eventTypes: {
      attack: 'هجوم', armed_clash: 'اشتباك مسلح', bombing: 'تفجير', suicide_bombing: 'تفجير انتحاري',
      airstrike: 'غارة جوية', shelling: 'قصف', raid: 'مداهمة', arrest: 'اعتقال', abduction: 'اختطاف',
      killing: 'قتل', protest: 'احتجاج', threat: 'تهديد', claim: 'تبنٍّ', diplomatic_contact: 'اتصال دبلوماسي',
      agreement: 'اتفاق', accident: 'حادث', release: 'إفراج'
    },
    slots: {
      killed: 'القتلى', wounded: 'الجرحى', arrested: 'المعتقلون', abducted: 'المختطفون', missing: 'المفقودون',
      signed: 'الاتفاقيات الموقعة', rescued: 'الناجون', released: 'المفرج عنهم', displaced: 'النازحون',
      date: 'التاريخ', place: 'المكان', perpetrators: 'المهاجمون', perpetrators_killed: 'القتلى من المهاجمين',
      actor: 'الفاعل', perpetrator: 'الجهة المنفذة', victims: 'هوية الضحايا', circumstances: 'الملابسات'
    },
    victimKinds: { armed: 'عسكريون أو مسلحون', civilian: 'مدنيون' },
    status: {
      agreed: ['متفق عليه', 'accent'], disputed: ['متنازع عليه', 'warn'],
      single_source: ['مصدر واحد', ''], explained: ['خلاف مفسَّر', ''],
      updated: ['حصيلة محدَّثة', 'accent']
    },
    sourceTypes: {
      official_statement: 'بيان رسمي', named_official: 'مسؤول مسمّى', anonymous_source: 'مصدر مجهل',
      media: 'وسيلة إعلام', outlet: 'الوسيلة نفسها'
    },
    removed: {
      video_notice: 'إشعار فيديو', masthead: 'ترويسة', share: 'أزرار المشاركة', related: 'روابط ذات صلة',
      url: 'رابط', caption: 'تعليق صورة', copyright: 'حقوق النشر', source_footer: 'تذييل المصدر',
      heading: 'عنوان فرعي', dateline: 'سطر المكان', byline: 'اسم الكاتب', date_line: 'سطر التاريخ', navigation: 'روابط تصفح',
      promo: 'ترويج', template: 'قالب الموقع'
    },
    // ACLED's event types and sub-event types (its codebook's English names, as the report writes them).
    acled: {
      'Battles': 'معارك', 'Explosions/Remote violence': 'تفجيرات وعنف عن بعد',
      'Violence against civilians': 'عنف ضد المدنيين', 'Protests': 'احتجاجات', 'Riots': 'أعمال شغب',
      'Strategic developments': 'تطورات استراتيجية',
      'Armed clash': 'اشتباك مسلح', 'Government regains territory': 'استعادة الحكومة أراضي',
      'Non-state actor overtakes territory': 'سيطرة جهة غير حكومية على أراض',
      'Chemical weapon': 'سلاح كيميائي', 'Air/drone strike': 'غارة جوية أو بمسيّرة', 'Suicide bomb': 'تفجير انتحاري',
      'Shelling/artillery/missile attack': 'قصف مدفعي أو صاروخي', 'Remote explosive/landmine/IED': 'عبوة ناسفة أو لغم',
      'Grenade': 'قنبلة يدوية', 'Sexual violence': 'عنف جنسي', 'Attack': 'اعتداء',
      'Abduction/forced disappearance': 'اختطاف أو إخفاء قسري', 'Peaceful protest': 'احتجاج سلمي',
      'Protest with intervention': 'احتجاج مع تدخل', 'Excessive force against protesters': 'قوة مفرطة ضد المحتجين',
      'Violent demonstration': 'تظاهرة عنيفة', 'Mob violence': 'عنف جماعي', 'Agreement': 'اتفاق', 'Arrests': 'اعتقالات',
      'Change to group/activity': 'تغيّر في جماعة أو نشاط', 'Disrupted weapons use': 'إحباط استخدام أسلحة',
      'Headquarters or base established': 'إنشاء مقر أو قاعدة', 'Looting/property destruction': 'نهب أو تدمير ممتلكات',
      'Non-violent transfer of territory': 'انتقال أراض دون عنف', 'Other': 'أخرى'
    },
    precision: { exact: 'دقيق', admin1: 'المحافظة', region: 'إقليم', country: 'الدولة' },
    datePrecision: {
      day: 'يوم', week: 'أسبوع', month: 'شهر', season: 'فصل', year: 'سنة', decade: 'عقد', century: 'قرن', range: 'مدى'
    },
    // Counted nouns: one, two, three to ten, eleven to 99, and after a hundred (Arabic number agreement).
    count: {
      articles: ['مقال واحد', 'مقالان', 'مقالات', 'مقالا', 'مقال'],
      stories: ['قصة واحدة', 'قصتان', 'قصص', 'قصة', 'قصة'],
      sources: ['مصدر مستقل واحد', 'مصدران مستقلان', 'مصادر مستقلة', 'مصدرا مستقلا', 'مصدر مستقل'],
      events: ['حدث واحد', 'حدثان', 'أحداث', 'حدثا', 'حدث'],
      quotes: ['اقتباس واحد', 'اقتباسان', 'اقتباسات', 'اقتباسا', 'اقتباس'],
      passages: ['مقطع واحد', 'مقطعان', 'مقاطع', 'مقطعا', 'مقطع'],
      words: ['كلمة واحدة', 'كلمتان', 'كلمات', 'كلمة', 'كلمة'],
      reports: ['رواية واحدة', 'روايتان', 'روايات', 'رواية', 'رواية'],
      times: ['مرة واحدة', 'مرتان', 'مرات', 'مرة', 'مرة']
    }
  };

  /** "3 مقالات", "مقال واحد", "لا أحداث": a number with its noun in the form Arabic gives it. */
  function count(n, noun) {
    const f = L.count[noun];
    if (typeof n !== 'number' || !Number.isFinite(n)) return '? ' + f[2];
    if (n === 0) return 'لا ' + f[2];
    if (n === 1) return f[0];
    if (n === 2) return f[1];
    const m = n % 100;
    // 3 to 10 take the plural; 11 to 99 the singular accusative; 100, 101, 102 ... the singular genitive
    return n + ' ' + (m >= 3 && m <= 10 ? f[2] : m <= 2 ? f[4] : f[3]);
  }

  const articles = new Map((DATA.articles || []).map(a => [a.id, a]));
  const stories = DATA.stories || [];
  let current = null;   // { story, number: Map(articleId -> 1-based number) }

  /* ---------- DOM helpers ---------- */

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const list = x => (Array.isArray(x) ? x : []);
  const badge = (text, kind) => el('span', { class: 'badge' + (kind ? ' ' + kind : '') }, text);
  const empty = text => el('p', { class: 'empty' }, text);
  // Dates, numbers and Latin names read left to right inside Arabic lines: the isolate characters
  // (LRI ... PDI) keep "2025-12-13" from being shown as "13-12-2025" whatever the CSS does.
  const ltr = text => el('span', { class: 'ltr', dir: 'ltr' }, '\u2066' + text + '\u2069');
  /**
   * A fact value: an ISO interval of dates in words ("2025-11-01/2025-11-30" as "من 2025-11-01 إلى
   * 2025-11-30": the two dates side by side read last first, right to left), other dates and numbers
   * isolated left to right, words as they are.
   */
  const value = v => {
    const interval = /^(\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)$/.exec(String(v));
    if (interval) return ['من ', ltr(interval[1]), ' إلى ', ltr(interval[2])];
    return /^[\d\s.:/T+-]+$/.test(String(v)) ? ltr(String(v)) : String(v);
  };

  /* ---------- articles and citations ---------- */

  function outletOf(a) {
    if (!a) return 'مصدر غير معروف';
    return a.outlet || (a.title ? shorten(a.title, 40) : 'مصدر غير معروف');
  }

  /** "2026-03-14 10:05" from the article's ISO time, or null. */
  function publishedText(a) {
    return a && a.published ? a.published.slice(0, 16).replace('T', ' ') : null;
  }

  function shorten(s, n) {
    return s.length > n ? s.slice(0, n - 1) + '…' : s;
  }

  function articleLabel(id) {
    const n = current && current.number.get(id);
    return (n ? '[' + n + '] ' : '') + outletOf(articles.get(id));
  }

  /** A citation marker: a button carrying the article id and the span it cites. */
  function cite(articleId, span, label) {
    if (!articleId || !Array.isArray(span)) return null;
    const n = current && current.number.get(articleId);
    return el('button', {
      type: 'button', class: 'cite', 'data-article': articleId, 'data-start': span[0], 'data-end': span[1],
      title: 'المصدر: ' + articleLabel(articleId), 'aria-haspopup': 'dialog', 'aria-expanded': 'false'
    }, label || (n ? String(n) : '↗'));
  }

  function cites(citations) {
    return list(citations).map(c => cite(c.article, c.span));
  }

  /**
   * One marker per article (its first span), in the articles' order, for lists of reports that repeat
   * an article: a timeline entry citing 48 spans of 5 articles shows 5 markers, not a row of 48.
   */
  function citesPerArticle(citations) {
    const seen = new Set();
    const order = c => (current && current.number.get(c.article)) || Infinity;
    return list(citations).filter(c => !seen.has(c.article) && seen.add(c.article))
      .sort((a, b) => order(a) - order(b)).map(c => cite(c.article, c.span));
  }

  /** Start and end of the context shown around a cited span: the enclosing sentence, within bounds. */
  function context(text, start, end) {
    const stops = '.!?؟\n';
    let s = start;
    while (s > 0 && start - s < 240 && !stops.includes(text[s - 1])) s--;
    let e = end;
    while (e < text.length && e - end < 240 && !stops.includes(text[e])) e++;
    if (e < text.length && stops.includes(text[e]) && text[e] !== '\n') e++;
    return [s, e];
  }

  const popover = document.getElementById('popover');
  let opener = null;

  function openCitation(button) {
    const a = articles.get(button.dataset.article);
    const start = Number(button.dataset.start);
    const end = Number(button.dataset.end);
    closePopover();
    if (!a || typeof a.original !== 'string') return;
    const [s, e] = context(a.original, start, end);
    const published = publishedText(a);
    popover.replaceChildren(
      el('div', { class: 'ph' },
        el('div', null,
          el('strong', { id: 'popover-title' }, articleLabel(a.id)),
          el('span', { class: 'muted when' }, published ? ltr(published) : 'دون تاريخ نشر'),
          a.title && a.outlet ? el('span', { class: 'muted' }, a.title) : null),
        el('button', { type: 'button', class: 'close', 'aria-label': 'إغلاق', onclick: closePopover }, '×')),
      // The sentence the characters were cited from, the characters marked; their offsets only as a tooltip.
      el('div', { class: 'quote', 'data-article': a.id },
        s > 0 ? '… ' : '', a.original.slice(s, start),
        el('mark', { class: 'cited-text', title: 'الحروف ' + start + ' إلى ' + end + ' من نص المصدر' }, a.original.slice(start, end)),
        a.original.slice(end, e), e < a.original.length ? ' …' : ''),
      el('div', null,
        el('button', { type: 'button', class: 'go', onclick: () => showInSource(a.id, start, end) }, 'عرض في نص المصدر')));
    popover.hidden = false;
    opener = button;
    button.setAttribute('aria-expanded', 'true');
    // Into the sheet, which comes last in the page: else the keyboard reaches it only past every section.
    popover.querySelector('.go').focus({ preventScroll: true });
  }

  function closePopover() {
    popover.hidden = true;
    if (opener) opener.setAttribute('aria-expanded', 'false');
    opener = null;
  }

  document.addEventListener('click', event => {
    const button = event.target.closest && event.target.closest('button.cite');
    if (button) {
      event.preventDefault();
      if (opener === button) closePopover(); else openCitation(button);
    }
  });
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !popover.hidden) {
      const back = opener;
      closePopover();
      if (back) back.focus();
    }
  });

  /* ---------- story list and routing ---------- */

  function storyFromHash() {
    const m = /^#story=(.+)$/.exec(location.hash);
    const id = m ? decodeURIComponent(m[1]) : null;
    return stories.find(s => s.id === id) || stories[0] || null;
  }

  /**
   * The story cards, built once: a search box over their titles (hundreds of stories fit no strip),
   * then a strip of cards. Navigation only moves the mark, so a search typed in it stays.
   */
  function buildStoryList() {
    const nav = document.getElementById('stories');
    if (stories.length < 2) return;
    const cards = stories.map(s => el('button', {
      type: 'button', class: 'story-card', 'data-story': s.id, 'aria-current': 'false',
      onclick: () => { location.hash = 'story=' + encodeURIComponent(s.id); }
    }, el('span', { class: 't' }, s.title || s.id),
    el('span', { class: 'm' }, count(list(s.articles).length, 'articles') + ' · ' + count(s.independent_sources, 'sources'))));
    const status = el('span', { class: 'story-count muted', role: 'status' }, count(stories.length, 'stories'));
    nav.replaceChildren(
      el('div', { class: 'story-find' },
        el('input', { type: 'search', class: 'filter story-filter', placeholder: 'ابحث في عناوين القصص',
          'aria-label': 'البحث في عناوين القصص', oninput: e => filterStories(e.target.value, cards, status) }),
        status),
      el('div', { class: 'story-list' }, cards));
  }

  /** Arabic text for matching: no diacritics or tatweel, one alef, ya and ha ("إدلب" finds "ادلب"). */
  function fold(text) {
    return text.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  }

  /** Shows the cards whose title holds every word typed, and how many they are. */
  function filterStories(query, cards, status) {
    const words = fold(query).trim().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const title = fold(card.querySelector('.t').textContent);
      card.hidden = !words.every(w => title.includes(w));
      if (!card.hidden) shown++;
    }
    status.textContent = words.length ? shown + ' من ' + count(stories.length, 'stories') : count(stories.length, 'stories');
  }

  /** Marks the shown story's card and scrolls the strip (not the page) to it. */
  function markStory(selected) {
    for (const card of document.querySelectorAll('#stories .story-card')) {
      const on = selected !== null && card.dataset.story === selected.id;
      card.setAttribute('aria-current', on ? 'true' : 'false');
      if (on) centreInStrip(card);
    }
  }

  function centreInStrip(card) {
    const strip = card.parentElement;
    const c = card.getBoundingClientRect(), v = strip.getBoundingClientRect();
    if (c.left < v.left || c.right > v.right) strip.scrollLeft += (c.left + c.right - v.left - v.right) / 2;
  }

  /**
   * The pipeline's reasons for refusing an input, in Arabic (the report writes them in English, for
   * the command line): each known kind by the start of its message, sizes in Arabic units. A reason
   * of no known kind keeps its English words rather than lose them.
   */
  const REJECTIONS = [
    [/^empty file/, () => 'ملف فارغ'],
    [/^binary file/, () => 'ملف ثنائي وليس نصًّا'],
    [/^unknown text encoding/, () => 'ترميز النص غير معروف: ليس UTF-8 ولا ترميزًا آخر أمكن التعرف عليه'],
    [/^(?:document|file) is (.+?), over the limit of (.+?) for one input/,
      m => ['الملف أكبر من الحد المسموح به لمدخل واحد (', size(m[1]), '، والحد ', size(m[2]), ')']],
    [/^article is (.+?) of text, over the limit of (.+?) for one article/,
      m => ['نص المقالة أطول من الحد المسموح به لمقالة واحدة (', size(m[1]), '، والحد ', size(m[2]), ')']],
    [/^no such file or folder/, () => 'لا ملف ولا مجلد بهذا الاسم'],
    [/^cannot read the file/, () => 'تعذّرت قراءة الملف'],
    [/^cannot read the folder/, () => 'تعذّرت قراءة المجلد'],
    [/^unreadable input/, () => 'تعذّرت قراءة المدخل'],
    [/^(?:malformed|unreadable) JSON line/, () => 'سطر JSON غير سليم'],
    [/^(?:malformed|unreadable) JSON/, () => 'ملف JSON غير سليم'],
    [/^JSON holds neither/, () => 'ملف JSON لا يحوي كائنًا ولا مصفوفة كائنات'],
    [/^not a JSON object/, () => 'السطر ليس كائن JSON'],
    [/^the object has no "text" or "html"/, () => 'كائن JSON بلا نص (لا حقل text ولا html فيه محتوى)'],
    [/^the feed has no items/, () => 'خلاصة بلا مواد'],
    [/^not a readable RSS or Atom feed/, () => 'ليس خلاصة RSS أو Atom مقروءة'],
    [/^the feed item has neither content nor description/, () => 'مادة في الخلاصة بلا محتوى ولا وصف'],
    [/^unsupported file type/, () => 'نوع ملف غير مدعوم (المدعوم: txt وhtml وhtm وjson وjsonl وخلاصات xml)']
  ];
  // "identical content to FILE (article aID), which was analysed once": the file analysed instead
  const DUPLICATE = /^duplicate: identical content to (.+?) \(article [^)]*\)/;

  /** "12.5 MB" as "12.5 ميغابايت", "2.1 million characters" as "2.1 مليون حرف". */
  function size(text) {
    const m = /^([\d.,]+) (bytes|KB|MB|characters|million characters)$/.exec(text);
    if (!m) return ltr(text);
    const unit = { bytes: 'بايت', KB: 'كيلوبايت', MB: 'ميغابايت', characters: 'حرف', 'million characters': 'مليون حرف' };
    return [ltr(m[1]), ' ' + unit[m[2]]];
  }

  function rejectionReason(reason) {
    const text = String(reason || '');
    for (const [pattern, arabic] of REJECTIONS) {
      const m = pattern.exec(text);
      if (m) return arabic(m);
    }
    return ['تعذّر تحليل المدخل: ', ltr(text)];
  }

  function rejectionItem(r) {
    const dup = DUPLICATE.exec(String(r.reason || ''));
    return el('li', { title: String(r.reason || '') }, ltr(String(r.source || '')), ': ',
      dup ? ['نسخة مطابقة لـ', ltr(dup[1]), '، حُلّلت مرة واحدة'] : rejectionReason(r.reason));
  }

  function renderSummary() {
    const n = list(DATA.articles).length;
    // Identical copies of an input are not refused: the content is analysed once, so they are counted apart.
    const duplicates = list(DATA.rejected).filter(r => DUPLICATE.test(String(r.reason || '')));
    const rejected = list(DATA.rejected).filter(r => !duplicates.includes(r));
    document.getElementById('summary').textContent =
      count(n, 'articles') + ' · ' + count(stories.length, 'stories') + ' · مرفوض: ' + rejected.length
      + (duplicates.length ? ' · مكرر: ' + duplicates.length : '') + ' · نسخة المخطط ' + (DATA.schema_version || '?');
    const footer = document.getElementById('footer');
    // append(), not replaceChildren(): the latter writes a null child as the text "null".
    footer.replaceChildren();
    append(footer, [
      rejected.length ? el('details', { class: 'rejected' }, el('summary', null, 'المدخلات المرفوضة (' + rejected.length + ')'),
        el('ul', null, rejected.map(rejectionItem))) : null,
      duplicates.length ? el('details', { class: 'duplicates' }, el('summary', null, 'النسخ المكررة (' + duplicates.length + ')'),
        el('ul', null, duplicates.map(rejectionItem))) : null,
      el('p', null, 'كل جملة وعدد واقتباس في هذه الصفحة يشير إلى الحروف التي جاء منها في نص المصدر؛ البيانات كاملة في report.json.')]);
  }

  function route() {
    closePopover();
    const story = storyFromHash();
    markStory(story);
    const main = document.getElementById('story');
    if (!story) {
      main.replaceChildren(empty('لا قصص في هذا التقرير.'));
      return;
    }
    current = { story, number: new Map(list(story.articles).map((id, i) => [id, i + 1])) };
    main.replaceChildren(renderStory(story));
  }

  /* ---------- one story ---------- */

  function renderStory(story) {
    const parts = [
      ['brief', renderBrief], ['facts', renderFacts], ['timeline', renderTimeline], ['events', renderEvents],
      ['quotes', renderQuotes], ['entities', renderEntities], ['map', renderMap], ['sources', renderSources]
    ].map(([key, fn]) => [key, fn(story)]).filter(([, body]) => body);
    const dates = [story.first_seen, story.last_seen].filter(Boolean);
    return el('article', { class: 'story', 'data-story': story.id },
      el('div', { class: 'story-head' },
        el('h2', { id: 'story-title' }, story.title || story.id),
        el('ul', { class: 'stats' },
          el('li', null, count(list(story.articles).length, 'articles')),
          el('li', null, count(story.independent_sources, 'sources')),
          el('li', null, count(list(story.events).length, 'events')),
          el('li', null, count(list(story.quotes).length, 'quotes')),
          dates.length ? el('li', null, ltr(dates.map(d => d.slice(0, 10)).join(' – '))) : null)),
      el('nav', { class: 'toc', 'aria-label': 'أقسام القصة' },
        parts.map(([key]) => el('a', { href: '#part-' + key, onclick: e => jump(e, key) }, L.sections[key]))),
      parts.map(([key, body]) => el('section', { class: 'part', id: 'part-' + key, 'data-section': key },
        el('h3', null, L.sections[key]), body)));
  }

  function jump(event, key) {
    event.preventDefault();   // keep #story=ID in the address
    const target = document.getElementById('part-' + key);
    if (target) target.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function renderBrief(story) {
    const brief = list(story.brief);
    if (!brief.length) return null;
    return el('div', { class: 'brief' }, el('p', null, brief.map(s =>
      el('span', { class: 'sentence' }, s.text, citesPerArticle(s.citations)))));
  }

  function eventLabel(story, id) {
    const e = list(story.events).find(x => x.id === id);
    if (!e) return id || '';
    const label = [L.eventTypes[e.type] || e.type, e.place && e.place.name].filter(Boolean).join(' · ');
    return e.date ? [label, ' · ', ltr(e.date)] : label;
  }

  /** Who a value counted; for the victims slot, its kinds ("armed+civilian") in words. */
  function groupLabel(slot, group) {
    if (slot !== 'victims') return group;
    return group.split('+').map(k => L.victimKinds[k] || k).join(' و');
  }

  function renderFacts(story) {
    const facts = list(story.facts);
    if (!facts.length) return null;
    const rows = facts.map(f => {
      const [statusText, kind] = L.status[f.status] || [f.status || '', ''];
      // the best estimate when there is a choice: one value alone would only be said again
      const range = f.best !== undefined && f.best !== null && list(f.values).length > 1
        ? el('div', { class: 'muted best' }, 'الأرجح: ', el('b', null, value(f.best)),
          (f.low !== undefined && f.low !== null && f.high !== undefined && f.high !== null && f.low !== f.high)
            ? ' (بين ' + f.low + ' و' + f.high + ')' : '')   // "5–6" would read "6–5" right to left
        : null;
      return el('tr', { class: f.status === 'disputed' ? 'disputed' : null, 'data-status': f.status || '' },
        el('td', { 'data-label': 'الحدث' }, eventLabel(story, f.event)),
        el('td', { 'data-label': 'البند' }, L.slots[f.slot] || f.slot,
          f.group ? el('div', { class: 'muted' }, 'في صفوف ' + f.group) : null),
        el('td', { 'data-label': 'القيم' }, list(f.values).map(v => el('span', { class: 'value' },
          el('b', null, v.floor ? 'أكثر من ' : null, value(v.value)), ' ',
          v.group ? el('span', { class: 'muted' }, groupLabel(f.slot, v.group) + ' ') : null,
          v.authority ? badge('على لسان ' + v.authority) : null,
          list(v.spans).length ? citesPerArticle(v.spans) : list(v.articles).map(id => el('span', { class: 'badge' }, articleLabel(id))))),
        range),
        el('td', { 'data-label': 'الحالة' }, badge(statusText, kind)));
    });
    return el('div', { class: 'table-wrap' }, el('table', { class: 'facts' },
      el('thead', null, el('tr', null, ['الحدث', 'البند', 'القيم والمصادر', 'الحالة'].map(h => el('th', null, h)))),
      el('tbody', null, rows)));
  }

  /**
   * A date, or a range in words ("من 2025-11-01 إلى 2025-11-30"): two dates joined by a dash are read
   * right to left in an Arabic line, the last date first.
   */
  function dateRange(date, end) {
    if (!date) return 'دون تاريخ';
    return end && end !== date ? ['من ', ltr(date), ' إلى ', ltr(end)] : ltr(date);
  }

  function renderTimeline(story) {
    const items = list(story.timeline);
    if (!items.length) return null;
    return el('ol', { class: 'timeline' }, items.map(t => el('li', null,
      el('time', { datetime: t.date || '' }, dateRange(t.date, t.date_end)), t.text, citesPerArticle(t.citations))));
  }

  /* ---------- events ---------- */

  function figureLine(kind, reports) {
    const values = new Map();
    for (const r of reports) {
      if (!values.has(r.value)) values.set(r.value, []);
      values.get(r.value).push(r);
    }
    const disputed = values.size > 1;
    return el('div', { class: 'figure' + (disputed ? ' disputed' : ''), 'data-kind': kind },
      el('strong', null, (L.slots[kind] || kind) + ': '),
      disputed ? badge('روايات مختلفة', 'warn') : null,
      [...values.entries()].map(([value, rs]) => {
        const by = [...new Set(rs.map(r => r.authority || 'الوسيلة نفسها'))];
        return el('span', { class: 'value' },
          el('b', null, String(value) + (rs.some(r => r.vague) ? '~' : '')), ' ',
          el('span', { class: 'muted' }, '(' + count(rs.length, 'reports') + ') '), citesPerArticle(rs),
          el('span', { class: 'by muted' }, 'على لسان: ' + by.join('، ')));
      }));
  }

  /** ACLED's type and sub-type in Arabic ("معارك / اشتباك مسلح"); a name not in the table as it is. */
  function acledLabel(e) {
    return [e.acled_event_type, e.acled_sub_event_type].filter(Boolean).map(t => L.acled[t] || t).join(' / ');
  }

  /** The codebook's own names, for the tooltip (to look them up in ACLED's data). */
  function acledCodes(e) {
    return [e.acled_event_type, e.acled_sub_event_type].filter(Boolean).join(' / ');
  }

  function renderEvents(story) {
    const events = list(story.events);
    if (!events.length) return empty('لم يُستخرج أي حدث.');
    return el('div', { class: 'cards' }, events.map(e => {
      const figures = Object.entries(e.figures || {}).filter(([, rs]) => list(rs).length);
      const disputed = figures.some(([, rs]) => new Set(rs.map(r => r.value)).size > 1);
      const mentions = list(e.mentions);
      return el('div', { class: 'card event' + (disputed ? ' disputed' : ''), 'data-event': e.id },
        el('h4', null, L.eventTypes[e.type] || e.type, ' ', mentions.length ? cite(mentions[0].article, mentions[0].span) : null),
        el('dl', null,
          el('dt', null, 'التاريخ'), el('dd', null, dateRange(e.date, e.date_end),
            e.date_precision ? ' ' : '', e.date_precision ? badge(L.datePrecision[e.date_precision] || e.date_precision) : null),
          el('dt', null, 'المكان'), el('dd', null, e.place ? e.place.name : '—'),
          e.actor1 ? [el('dt', null, 'الفاعل'), el('dd', null, e.actor1.name)] : null,
          e.actor2 ? [el('dt', null, 'الطرف الآخر'), el('dd', null, e.actor2.name)] : null,
          e.acled_event_type ? [el('dt', null, 'تصنيف ACLED'), el('dd', { title: acledCodes(e) }, acledLabel(e))] : null,
          el('dt', null, 'المقالات'), el('dd', null, String(new Set(mentions.map(m => m.article)).size))),
        figures.map(([kind, rs]) => figureLine(kind, rs)),
        list(e.perpetrators).length ? figureLine('perpetrators', e.perpetrators) : null);
    }));
  }

  /* ---------- quotations ---------- */

  function speakerName(story, q) {
    const ent = q.speaker && list(story.entities).find(x => x.id === q.speaker);
    return ent ? ent.canonical : (q.speaker_name || 'متحدث غير معروف');
  }

  function renderQuotes(story) {
    const quotes = list(story.quotes);
    if (!quotes.length) return empty('لا اقتباسات.');
    const bySpeaker = new Map();
    for (const q of quotes) {
      const key = q.speaker || q.speaker_name || '';
      if (!bySpeaker.has(key)) bySpeaker.set(key, { name: speakerName(story, q), groups: new Map() });
      const groups = bySpeaker.get(key).groups;
      const g = q.group || q.id;
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(q);
    }
    const speakers = [...bySpeaker.values()].sort((x, y) => y.groups.size - x.groups.size);
    return el('div', { class: 'quotes' },
      el('input', { type: 'search', class: 'filter', placeholder: 'تصفية حسب المتحدث أو النص', 'aria-label': 'تصفية الاقتباسات',
        oninput: e => filterQuotes(e.target) }),
      speakers.map(sp => el('div', { class: 'quote-speaker', 'data-speaker': sp.name },
        el('h4', null, sp.name, ' ', badge(String(sp.groups.size))),
        [...sp.groups.values()].map(qs => renderQuoteGroup(qs)))));
  }

  function renderQuoteGroup(qs) {
    const q = qs[0];
    const outlets = new Set(qs.map(x => x.article)).size;
    return el('blockquote', { 'data-quote': q.id },
      q.direct ? '«' + q.text + '»' : q.text,
      el('span', { class: 'meta' },
        badge(q.verb), badge(L.sourceTypes[q.source_type] || q.source_type),
        list(q.chain).length ? badge('عبر ' + q.chain.join(' ← ')) : null,
        outlets > 1 ? badge('في ' + count(outlets, 'articles'), 'accent') : null,
        qs.map(x => cite(x.article, x.span))));
  }

  /** Shows the speakers whose name or words hold the text typed, Arabic letter forms folded ("الاردنية" finds "الأردنية"). */
  function filterQuotes(input) {
    const needle = fold(input.value.trim());
    for (const sp of input.parentNode.querySelectorAll('.quote-speaker')) {
      sp.hidden = needle !== '' && !fold(sp.textContent).includes(needle);
    }
  }

  /* ---------- entities ---------- */

  function renderEntities(story) {
    const entities = list(story.entities);
    if (!entities.length) return empty('لا كيانات.');
    const byType = new Map();
    for (const e of entities) {
      if (!byType.has(e.type)) byType.set(e.type, []);
      byType.get(e.type).push(e);
    }
    const order = ['PER', 'ORG', 'LOC', 'MISC'];
    const types = [...byType.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return el('div', null, types.map(t => el('div', { class: 'entity-group', 'data-type': t },
      el('h4', { class: 'type' }, (L.entityTypes[t] || t) + ' (' + byType.get(t).length + ')'),
      el('div', { class: 'cards' }, byType.get(t)
        .sort((a, b) => list(b.mentions).length - list(a.mentions).length)
        .map(renderEntity)))));
  }

  // The report writes countries as ISO 3166 codes ("SY"); the browser knows their Arabic names.
  const regionNames = (() => {
    try { return new Intl.DisplayNames(['ar'], { type: 'region' }); } catch (e) { return null; }
  })();

  /** "سوريا" for "SY"; the code itself where the browser has no name for it. */
  function countryName(code) {
    if (!code) return null;
    try { return (regionNames && regionNames.of(code)) || code; } catch (e) { return code; }
  }

  function renderEntity(e) {
    const mentions = list(e.mentions);
    const aliases = list(e.aliases).filter(a => a !== e.canonical);
    const inArticles = new Set(mentions.map(m => m.article)).size;
    const g = e.geo;
    return el('div', { class: 'card entity', 'data-entity': e.id },
      el('h4', null, e.canonical, ' ', badge(L.entityType[e.type] || e.type),
        mentions.length ? cite(mentions[0].article, mentions[0].span) : null),
      el('dl', null,
        aliases.length ? [el('dt', null, 'أسماء أخرى'), el('dd', null, aliases.join('، '))] : null,
        list(e.roles).length ? [el('dt', null, 'الصفة'), el('dd', null, e.roles.join('، '))] : null,
        g ? [el('dt', null, 'الموقع'), el('dd', null, ltr(g.lat.toFixed(3) + ', ' + g.lon.toFixed(3)), ' ',
          [g.admin1, countryName(g.country)].filter(Boolean).join(' · '), ' ', badge(L.precision[g.precision] || g.precision))] : null,
        el('dt', null, 'الذكر'), el('dd', null, count(mentions.length, 'times') + ' في ' + count(inArticles, 'articles'))));
  }

  /* ---------- sources side by side ---------- */

  /** Ranges over one article's original: copied passages and removed blocks. */
  function rangesOf(story, id) {
    const ranges = [];
    for (const r of list(story.reuse)) {
      const mine = r.a === id ? 'a' : r.b === id ? 'b' : null;
      if (!mine) continue;
      const other = mine === 'a' ? r.b : r.a;
      const from = (r.direction === 'a_to_b' && mine === 'b') || (r.direction === 'b_to_a' && mine === 'a');
      const to = (r.direction === 'a_to_b' && mine === 'a') || (r.direction === 'b_to_a' && mine === 'b');
      const how = from ? 'منقول من ' : to ? 'نُقل إلى ' : 'مشترك مع ';
      for (const p of list(r.passages)) {
        const span = p[mine + '_span'];
        if (Array.isArray(span)) ranges.push({ s: span[0], e: span[1], cls: 'copy', title: how + articleLabel(other), other });
      }
    }
    const a = articles.get(id);
    const text = a && typeof a.original === 'string' ? a.original : '';
    for (const r of list(a && a.removed)) {
      const [s, e] = withLineBreaks(text, r.span[0], r.span[1]);
      ranges.push({ s, e, cls: 'removed', reason: L.removed[r.reason] || r.reason });
    }
    return ranges;
  }

  /**
   * A removed block that fills its own lines, with the line breaks that set it apart: hidden, it
   * leaves no blank lines in the column ("…الاجانب\n\n[a byline]\n\nوبمجرد…" read with a gap of
   * three lines). The breaks after it go with it; at the end of the text, those before it.
   */
  function withLineBreaks(text, s, e) {
    const lineStart = s === 0 || text[s - 1] === '\n';
    let end = e;
    while (end < text.length && /[ \t\r\n\u00a0]/.test(text[end])) end++;
    if (!lineStart || (end < text.length && text[end - 1] !== '\n')) return [s, e];
    if (end < text.length) return [s, end];
    let start = s;
    while (start > 0 && /[ \t\r\n\u00a0]/.test(text[start - 1])) start--;
    return [start, end];
  }

  /** The original as text nodes and spans, cut at every range boundary. */
  function markedText(text, ranges) {
    const cuts = new Set([0, text.length]);
    for (const r of ranges) {
      cuts.add(Math.max(0, Math.min(text.length, r.s)));
      cuts.add(Math.max(0, Math.min(text.length, r.e)));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const on = ranges.filter(r => r.s <= s && e <= r.e);
      if (!on.length) { out.push(text.slice(s, e)); continue; }
      const removed = on.find(r => r.cls === 'removed');
      const copy = on.find(r => r.cls === 'copy');
      out.push(el('span', {
        class: on.map(r => r.cls).filter((c, k, all) => all.indexOf(c) === k).join(' ') + (removed && removed.s === s ? ' first' : ''),
        'data-reason': removed ? removed.reason : null,
        'data-start': s, 'data-end': e,
        title: [copy && on.filter(r => r.cls === 'copy').map(r => r.title).join('؛ '), removed && 'حُذف: ' + removed.reason]
          .filter(Boolean).join(' — ') || null
      }, text.slice(s, e)));
    }
    return out;
  }

  function sourceColumn(story, id, extra) {
    const a = articles.get(id);
    if (!a) return null;
    const text = typeof a.original === 'string' ? a.original : '';
    const published = publishedText(a);
    return el('div', { class: 'source', 'data-article': id },
      el('header', null,
        el('span', { class: 'o' }, articleLabel(id)),
        a.title && a.outlet ? el('span', { class: 'ti' }, a.title) : null,
        el('span', { class: 'm' }, published ? ltr(published) : 'دون تاريخ نشر',
          a.duplicate_of ? ' · نسخة مكررة' : '',
          list(a.removed).length ? ' · محذوف: ' + a.removed.length : '')),
      el('div', { class: 'text' }, markedText(text, rangesOf(story, id).concat(extra || []))));
  }

  function renderSources(story) {
    const ids = list(story.articles);
    if (!ids.length) return empty('لا مقالات.');
    const columns = el('div', { class: 'sources' }, ids.map(id => sourceColumn(story, id)));
    const wrap = el('div', { class: 'sources-wrap' },
      el('div', { class: 'source-tools' },
        el('label', null, el('input', { type: 'checkbox', class: 'toggle-removed',
          onchange: e => wrap.classList.toggle('show-removed', e.target.checked) }), ' إظهار الأجزاء المحذوفة (حشو الصفحة)'),
        el('span', { class: 'legend' }, el('span', { class: 'swatch copy' }), 'مقاطع منقولة'),
        el('span', { class: 'legend' }, el('span', { class: 'swatch removed' }), 'محذوف مع السبب')),
      columns, reuseList(story));
    return wrap;
  }

  function reuseList(story) {
    const reuse = list(story.reuse);
    const groups = list(story.source_groups);
    const words = r => list(r.passages).reduce((n, p) => n + (p.words || 0), 0);
    return el('div', null,
      reuse.length ? el('ul', { class: 'reuse-list' }, reuse.map(r => el('li', null,
        r.direction === 'b_to_a' ? [articleLabel(r.a), ' نقل عن ', articleLabel(r.b)]
          : r.direction === 'a_to_b' ? [articleLabel(r.b), ' نقل عن ', articleLabel(r.a)]
            : [articleLabel(r.a), ' و', articleLabel(r.b), ' يتشاركان نصا'],
        ': ' + count(list(r.passages).length, 'passages') + '، ' + count(words(r), 'words')))) : null,
      groups.length ? el('p', { class: 'muted' }, 'المصادر المستقلة: ' + (story.independent_sources ?? groups.length) + ' (' +
        groups.map(g => list(g).map(x => x.startsWith('article:') ? articleLabel(x.slice(8)) : x).join(' + ')).join(' | ') + ')') : null);
  }

  function showInSource(id, start, end) {
    closePopover();
    const old = document.querySelector('.source[data-article="' + CSS.escape(id) + '"]');
    if (!old || !current) return;
    const fresh = sourceColumn(current.story, id, [{ s: start, e: end, cls: 'cited' }]);
    old.replaceWith(fresh);
    const mark = fresh.querySelector('.cited');
    document.getElementById('part-sources').scrollIntoView({ block: 'start' });
    fresh.scrollIntoView({ block: 'nearest', inline: 'center' });
    if (mark) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /* ---------- map: a plain coordinate plot, no tiles ---------- */

  /**
   * The land and the borders of the region the stories' places lie in (map-data.js: Natural Earth,
   * North Africa to Pakistan), as rings and lines of [lon, lat], decoded once; empty without it.
   */
  let basemap = null;
  function baseMap() {
    if (basemap) return basemap;
    const data = window.ISNAD_MAP || {};
    const decode = flat => {
      const pts = [];
      let lon = 0, lat = 0;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        lon += flat[i]; lat += flat[i + 1];
        pts.push([lon / 100, lat / 100]);
      }
      return pts;
    };
    basemap = { land: list(data.land).map(decode), borders: list(data.borders).map(decode) };
    return basemap;
  }

  /** An SVG path through the lines that reach into the frame (rings closed), or null when none do. */
  function mapPath(lines, x, y, frame, closed) {
    const parts = [];
    for (const pts of lines) {
      if (!pts.some(([lo, la]) => lo >= frame.minLon && lo <= frame.maxLon && la >= frame.minLat && la <= frame.maxLat)
        && !crosses(pts, frame)) continue;
      parts.push('M' + pts.map(([lo, la]) => x(lo).toFixed(1) + ' ' + y(la).toFixed(1)).join('L') + (closed ? 'Z' : ''));
    }
    return parts.length ? parts.join('') : null;
  }

  /** Whether the bounding box of a ring spans the frame (a coast passing by a frame with no vertex in it). */
  function crosses(pts, f) {
    const lons = pts.map(p => p[0]), lats = pts.map(p => p[1]);
    return Math.min(...lons) <= f.maxLon && Math.max(...lons) >= f.minLon
      && Math.min(...lats) <= f.maxLat && Math.max(...lats) >= f.minLat;
  }

  function places(story) {
    const byKey = new Map();
    const add = (name, geo, event) => {
      if (!geo || typeof geo.lat !== 'number' || typeof geo.lon !== 'number') return;
      const key = geo.lat.toFixed(3) + ',' + geo.lon.toFixed(3);
      const p = byKey.get(key) || { name, lat: geo.lat, lon: geo.lon, precision: geo.precision, events: [] };
      if (event) p.events.push(event);
      byKey.set(key, p);
    };
    for (const e of list(story.entities)) add(e.canonical, e.geo, null);
    for (const e of list(story.events)) if (e.place) add(e.place.name, e.place.geo, L.eventTypes[e.type] || e.type);
    return [...byKey.values()];
  }

  function km(p, q) {
    const r = Math.PI / 180;
    const x = (q.lon - p.lon) * r * Math.cos((p.lat + q.lat) / 2 * r);
    return 6371 * Math.hypot(x, (q.lat - p.lat) * r);
  }

  function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  }

  function renderMap(story) {
    const all = places(story);
    if (!all.length) return null;
    // Centre on events' places when there are any; places far from that centre are listed, not drawn.
    const anchor = all.some(p => p.events.length) ? all.filter(p => p.events.length) : all;
    const centre = { lat: median(anchor.map(p => p.lat)), lon: median(anchor.map(p => p.lon)) };
    let near = all.filter(p => km(centre, p) <= 900);
    // Places far apart (Washington and Palmyra) can put the median in between, near none of them:
    // then the frame centres on the first event place instead.
    if (!near.length) near = all.filter(p => km(anchor[0], p) <= 900);
    const far = all.filter(p => !near.includes(p));
    return el('div', { class: 'map-wrap' }, plot(near),
      el('p', { class: 'map-note muted' },
        'نقاط على إحداثيات خطوط الطول والعرض، واليابسة والحدود من بيانات Natural Earth المضمّنة في الصفحة (دون خرائط من الشبكة). ',
        el('span', { style: 'color:#b3261e' }, '●'), ' مكان حدث · ', el('span', { style: 'color:#2f6fb0' }, '●'),
        ' مكان مذكور · ○ موقع تقريبي (المحافظة أو الدولة).',
        far.length ? ' خارج الإطار: ' + far.map(p => p.name).join('، ') + '.' : ''));
  }

  function plot(points) {
    const W = 640, H = 420, PAD = 34;
    let minLat = Math.min(...points.map(p => p.lat)), maxLat = Math.max(...points.map(p => p.lat));
    let minLon = Math.min(...points.map(p => p.lon)), maxLon = Math.max(...points.map(p => p.lon));
    const grow = (lo, hi, min) => { const pad = Math.max((min - (hi - lo)) / 2, (hi - lo) * 0.12); return [lo - pad, hi + pad]; };
    // at least 3 degrees: a lone place shows the coast or the borders near it
    [minLat, maxLat] = grow(minLat, maxLat, 3);
    [minLon, maxLon] = grow(minLon, maxLon, 3);
    const k = Math.cos((minLat + maxLat) / 2 * Math.PI / 180);
    const scale = Math.min((W - 2 * PAD) / ((maxLon - minLon) * k), (H - 2 * PAD) / (maxLat - minLat));
    const ox = (W - (maxLon - minLon) * k * scale) / 2, oy = (H - (maxLat - minLat) * scale) / 2;
    const x = lon => ox + (lon - minLon) * k * scale;
    const y = lat => oy + (maxLat - lat) * scale;
    const root = svg('svg', { class: 'map', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'خريطة الأماكن' });
    root.appendChild(svg('defs')).appendChild(svg('clipPath', { id: 'map-clip' }))
      .appendChild(svg('rect', { x: 0, y: 0, width: W, height: H }));
    const g = root.appendChild(svg('g', { 'clip-path': 'url(#map-clip)' }));
    // What the drawing shows, wider than the points' frame on one side (the frame is centred)
    const frame = { minLon: minLon - ox / (k * scale), maxLon: minLon + (W - ox) / (k * scale),
      minLat: maxLat - (H - oy) / scale, maxLat: maxLat + oy / scale };
    const land = mapPath(baseMap().land, x, y, frame, true);
    const borders = mapPath(baseMap().borders, x, y, frame, false);
    // Land, the borders between countries, then the graticule over them.
    if (land) g.appendChild(svg('path', { class: 'land', d: land, 'fill-rule': 'evenodd' }));
    if (borders) g.appendChild(svg('path', { class: 'border', d: borders }));
    drawGrid(g, x, y, frame.minLat, frame.maxLat, frame.minLon, frame.maxLon, W, H);
    const dots = svg('g'), labels = svg('g'), taken = [];
    // Events' places first, so that their labels win when labels would overlap.
    for (const p of [...points].sort((a, b) => b.events.length - a.events.length)) {
      const coarse = p.precision && p.precision !== 'exact';
      const px = x(p.lon), py = y(p.lat);
      const dot = svg('circle', { class: 'pt' + (p.events.length ? ' event' : '') + (coarse ? ' coarse' : ''),
        cx: px.toFixed(1), cy: py.toFixed(1), r: p.events.length ? 7 : coarse ? 8 : 5 });
      dot.appendChild(svg('title', {}, p.name + (p.events.length ? ' — ' + p.events.join('، ') : '')));
      dots.insertBefore(dot, dots.firstChild);
      const label = placeLabel(px, py, p.name, taken, W, H);
      if (label) labels.appendChild(label);
    }
    g.appendChild(dots);
    g.appendChild(labels);
    return root;
  }

  /** A label beside its point where it overlaps no earlier label (left, right, above, below), or none. */
  function placeLabel(px, py, name, taken, W, H) {
    const w = name.length * 6.6 + 4, h = 15;
    const spots = [[px - 10 - w, py - 8, px - 10, 'start'], [px + 10, py - 8, px + 10 + w, 'end'],
      [px - w / 2, py - 24, px + w / 2, 'middle'], [px - w / 2, py + 9, px + w / 2, 'middle']];
    for (const [x0, y0, x1, anchor] of spots) {
      const box = { x0, y0, x1, y1: y0 + h };
      if (x0 < 0 || x1 > W || y0 < 0 || box.y1 > H) continue;
      if (taken.some(b => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      taken.push(box);
      // In a right-to-left page the text's start is its right end.
      const tx = anchor === 'start' ? x1 : anchor === 'end' ? x0 : (x0 + x1) / 2;
      return svg('text', { class: 'lbl', x: tx.toFixed(1), y: (y0 + 12).toFixed(1), 'text-anchor': anchor }, name);
    }
    return null;
  }

  /** "35°E", "5°W": west of Greenwich and south of the equator by their own letters, not a minus. */
  function degrees(v, plus, minus) {
    return +Math.abs(v).toFixed(2) + '°' + (v < 0 ? minus : plus);
  }

  function drawGrid(g, x, y, minLat, maxLat, minLon, maxLon, W, H) {
    const span = Math.max(maxLat - minLat, maxLon - minLon);
    const step = [0.25, 0.5, 1, 2, 5, 10, 20].find(s => span / s <= 6) || 30;
    for (let lon = Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) {
      g.appendChild(svg('line', { class: 'grid', x1: x(lon), y1: 0, x2: x(lon), y2: H }));
      if (x(lon) + 40 < W) g.appendChild(svg('text', { class: 'gl', x: x(lon) + 3, y: H - 5, direction: 'ltr' }, degrees(lon, 'E', 'W')));
    }
    for (let lat = Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) {
      g.appendChild(svg('line', { class: 'grid', x1: 0, y1: y(lat), x2: W, y2: y(lat) }));
      g.appendChild(svg('text', { class: 'gl', x: 4, y: y(lat) - 3, direction: 'ltr' }, degrees(lat, 'N', 'S')));
    }
  }

  /* ---------- start ---------- */

  renderSummary();
  buildStoryList();
  window.addEventListener('hashchange', route);
  route();
}());
