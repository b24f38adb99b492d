/* MinhBạch search: the client of the index that the build writes under
   tim-kiem/chi-muc/ (Sources/MinhBachBuild/Search/SearchIndex.swift).
   Plain JavaScript, no framework, no request outside the site.

   A search downloads the manifest (<lang>.json), then only the files of the
   words typed (<lang>/<key>.json), then the titles of the results shown
   (<lang>/trang-<n>.json). Words are folded like the build folds them
   (Slug.make): NFD, combining marks dropped, đ → d, ASCII lower case, so
   "an binh" finds "An Bình" and "hoa" finds "Hòa" and "Hoà".

   The functions below the DOM code are exported for node --test
   (Tests/js/search.test.js). */
(function (global) {
  'use strict';

  // ---- Folding ---------------------------------------------------------

  /** One UTF-16 unit of an NFD string, folded: a letter ("a"-"z", "0"-"9"),
      "" for a mark that is dropped, or null for a separator. */
  function foldUnit(code) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return String.fromCharCode(code);
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
    if (code === 0x111 || code === 0x110) return 'd';
    if (code >= 0x300 && code <= 0x36f) return '';
    return null; // anything else, a surrogate half included, separates words
  }

  /** The folded words of a text: "Phường An Bình" → ["phuong", "an", "binh"]. */
  function words(text) {
    return wordSpans(text).map(function (span) { return span.word; });
  }

  /** The folded words of a text with where each is in it, for highlighting:
      [{word, start, end}], start and end being UTF-16 offsets in `text`. */
  function wordSpans(text) {
    text = String(text);
    var spans = [];
    var current = '';
    var start = -1;
    var offset = 0;
    for (var ch of text) {
      var decomposed = ch.normalize('NFD');
      for (var i = 0; i < decomposed.length; i++) {
        var unit = foldUnit(decomposed.charCodeAt(i));
        if (unit === null) {
          if (current) spans.push({ word: current, start: start, end: offset });
          current = '';
          start = -1;
        } else if (unit) {
          if (start < 0) start = offset;
          current += unit;
        }
      }
      offset += ch.length;
    }
    if (current) spans.push({ word: current, start: start, end: offset });
    return spans;
  }

  // ---- Finding a word's file ---------------------------------------------

  /** Which file holds `key` (a word, or two words joined by "_"):
      {file, split} or null when no word of the index starts with it.
      `split` is true when the key is a split point of the tree: its file
      holds the word itself and `p`, the best pages of all words below it. */
  function locate(tree, key) {
    if (!key) return null;
    var node = '';
    for (;;) {
      var next = tree[node];
      if (next === undefined) return { file: node, split: false };
      if (node.length === key.length) return { file: node, split: true };
      var letter = key.charAt(node.length);
      if (next.indexOf(letter) < 0) return null;
      node += letter;
    }
  }

  /** The files a query needs: one per word and per pair of adjacent words. */
  function filesFor(tree, query) {
    var plan = planQuery(query);
    var files = [];
    plan.lookups.forEach(function (lookup) {
      var found = locate(tree, lookup.key);
      if (found && files.indexOf(found.file) < 0) files.push(found.file);
    });
    return files;
  }

  /** The lookups of a query: each word, and each pair of adjacent words
      (pairs are title phrases: "an binh" is `an_binh`). The last word is a
      prefix unless the query ends with a space. */
  function planQuery(query) {
    var list = words(query);
    var prefix = list.length > 0 && !/[\s.,;:!?)\]"”'’]$/.test(query);
    var lookups = [];
    list.forEach(function (word, i) {
      lookups.push({ key: word, words: [i], prefix: prefix && i === list.length - 1, pair: false });
    });
    for (var i = 0; i + 1 < list.length; i++) {
      lookups.push({ key: list[i] + '_' + list[i + 1], words: [i, i + 1], prefix: prefix && i + 2 === list.length, pair: true });
    }
    return { words: list, prefix: prefix, lookups: lookups };
  }

  // ---- Reading files -------------------------------------------------------

  /** [gap, score, gap, score...] → Map(page → score); pairs store gaps only. */
  function decode(list, withScores, into, factor) {
    var page = 0;
    var step = withScores ? 2 : 1;
    for (var i = 0; i < list.length; i += step) {
      page += list[i];
      var score = (withScores ? list[i + 1] : TITLE_SCORE) * factor;
      var had = into.get(page);
      if (had === undefined || had < score) into.set(page, score);
    }
    return into;
  }

  var TITLE_SCORE = 10;
  /** Weight of a word that only begins with what was typed. */
  var PREFIX_FACTOR = 0.6;
  /** Bonus for each pair of query words found side by side in a title. */
  var PHRASE_BONUS = 5;

  /** The pages of one lookup in its file: {pages: Map(page → score), capped}. */
  function match(file, lookup, isSplit) {
    var pages = new Map();
    var capped = false;
    var terms = file.t || {};
    var cappedTerms = file.x || [];
    var wantPair = lookup.key.indexOf('_') >= 0;
    if (!lookup.prefix) {
      if (terms[lookup.key]) {
        decode(terms[lookup.key], !wantPair, pages, 1);
        capped = cappedTerms.indexOf(lookup.key) >= 0;
      }
      return { pages: pages, capped: capped };
    }
    if (isSplit) {
      if (terms[lookup.key]) {
        decode(terms[lookup.key], !wantPair, pages, 1);
        capped = cappedTerms.indexOf(lookup.key) >= 0;
      }
      if (file.p) {
        decode(file.p, true, pages, PREFIX_FACTOR);
        capped = true; // the best pages below a split point, not all
      }
      return { pages: pages, capped: capped };
    }
    Object.keys(terms).forEach(function (term) {
      if (term.lastIndexOf(lookup.key, 0) !== 0) return;
      if ((term.indexOf('_') >= 0) !== wantPair) return;
      decode(terms[term], !wantPair, pages, term === lookup.key ? 1 : PREFIX_FACTOR);
      if (cappedTerms.indexOf(term) >= 0) capped = true;
    });
    return { pages: pages, capped: capped };
  }

  /** Ranks the pages of a query from the matches of its lookups:
      a page must have every word (in its text, or in a title pair);
      when no page has them all, the pages with the most words are given
      and `partial` is set. Returns {results: [{page, score}], partial, capped}. */
  function rank(plan, matches) {
    var count = plan.words.length;
    var perWord = [];
    for (var w = 0; w < count; w++) perWord.push(new Map());
    var bonus = new Map();
    var capped = false;
    plan.lookups.forEach(function (lookup, i) {
      var found = matches[i];
      if (!found) return;
      if (found.capped && !lookup.pair) capped = true;
      found.pages.forEach(function (score, page) {
        lookup.words.forEach(function (w) {
          var had = perWord[w].get(page);
          if (had === undefined || had < score) perWord[w].set(page, score);
        });
        if (lookup.pair) bonus.set(page, (bonus.get(page) || 0) + PHRASE_BONUS);
      });
    });
    var totals = new Map();
    perWord.forEach(function (pages) {
      pages.forEach(function (score, page) {
        var entry = totals.get(page);
        if (!entry) totals.set(page, entry = { page: page, score: 0, words: 0 });
        entry.score += score;
        entry.words += 1;
      });
    });
    var best = 0;
    totals.forEach(function (entry) {
      entry.score += bonus.get(entry.page) || 0;
      if (entry.words > best) best = entry.words;
    });
    var results = [];
    totals.forEach(function (entry) { if (entry.words === best) results.push(entry); });
    results.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return {
      results: results.map(function (entry) { return { page: entry.page, score: entry.score }; }),
      partial: count > 1 && best > 0 && best < count,
      capped: capped,
    };
  }

  /** The index of one language, read through `fetchJSON(url) → Promise`. */
  function Index(manifestURL, fetchJSON) {
    var query = manifestURL.indexOf('?') >= 0 ? manifestURL.slice(manifestURL.indexOf('?')) : '';
    var bare = manifestURL.slice(0, manifestURL.length - query.length);
    this.folder = bare.replace(/\.json$/, '') + '/';
    this.query = query;
    this.manifestURL = manifestURL;
    this.fetchJSON = fetchJSON;
    this.cache = new Map();
  }

  Index.prototype.load = function (url) {
    if (!this.cache.has(url)) {
      var cache = this.cache;
      var promise = this.fetchJSON(url);
      promise.catch(function () { cache.delete(url); });
      cache.set(url, promise);
    }
    return this.cache.get(url);
  };

  Index.prototype.manifest = function () { return this.load(this.manifestURL); };
  Index.prototype.file = function (key) { return this.load(this.folder + key + '.json' + this.query); };
  Index.prototype.pageFile = function (n) { return this.load(this.folder + 'trang-' + n + '.json' + this.query); };

  /** Searches: Promise of {words, results: [{page, score}], partial, capped}. */
  Index.prototype.search = function (query) {
    var self = this;
    var plan = planQuery(query);
    if (plan.words.length === 0) return Promise.resolve({ words: [], results: [], partial: false, capped: false });
    return this.manifest().then(function (manifest) {
      return Promise.all(plan.lookups.map(function (lookup) {
        var found = locate(manifest.tree, lookup.key);
        if (!found) return null;
        return self.file(found.file).then(function (file) { return match(file, lookup, found.split); });
      }));
    }).then(function (matches) {
      var ranked = rank(plan, matches);
      ranked.words = plan.words;
      return ranked;
    });
  };

  /** Title, path and summary of pages: Promise of [{page, title, path, summary}]. */
  Index.prototype.pages = function (pages) {
    var self = this;
    return this.manifest().then(function (manifest) {
      var per = manifest.per_file;
      return Promise.all(pages.map(function (page) {
        return self.pageFile(Math.floor(page / per)).then(function (rows) {
          var row = rows[page % per] || ['', '', ''];
          return { page: page, title: row[0], path: row[1], summary: row[2] };
        });
      }));
    });
  };

  // ---- The search page -------------------------------------------------------

  var PAGE_SIZE = 10;
  var DELAY = 200;

  function fetchJSON(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': ' + response.status);
      return response.json();
    });
  }

  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }

  /** Appends `text` to `parent`, words beginning with a query word in <mark>. */
  function highlight(parent, text, queryWords) {
    var doc = parent.ownerDocument;
    var at = 0;
    wordSpans(text).forEach(function (span) {
      var hit = queryWords.some(function (q) { return span.word.lastIndexOf(q, 0) === 0; });
      if (!hit) return;
      if (span.start > at) parent.appendChild(doc.createTextNode(text.slice(at, span.start)));
      var mark = doc.createElement('mark');
      mark.textContent = text.slice(span.start, span.end);
      parent.appendChild(mark);
      at = span.end;
    });
    if (at < text.length) parent.appendChild(doc.createTextNode(text.slice(at)));
  }

  function start(doc) {
    var root = doc.querySelector('[data-search]');
    if (!root) return;
    var form = root.querySelector('form');
    var input = form.querySelector('input[name="q"]');
    var status = root.querySelector('[data-search-status]');
    var list = root.querySelector('[data-search-list]');
    var more = root.querySelector('[data-search-more]');
    var nojs = root.querySelector('[data-search-nojs]');
    if (nojs) nojs.hidden = true;
    var index = new Index(root.getAttribute('data-index'), fetchJSON);
    var base = root.getAttribute('data-base') || '/';
    var lang = root.getAttribute('data-lang') || 'vi';
    var numbers = typeof Intl !== 'undefined' ? new Intl.NumberFormat(lang) : null;
    var strings = {};
    ['count-one', 'count-many', 'count-capped', 'count-partial', 'none', 'error'].forEach(function (name) {
      strings[name] = root.getAttribute('data-' + name) || '';
    });
    var timer = null;
    var generation = 0;
    var current = null; // {query, words, results, shown}

    function setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    }

    function countText(query, found) {
      var count = found.results.length;
      var values = { query: query, count: numbers ? numbers.format(count) : String(count) };
      if (count === 0) return fill(strings.none, values);
      if (found.partial) return fill(strings['count-partial'], values);
      if (found.capped) return fill(strings['count-capped'], values);
      return fill(count === 1 ? strings['count-one'] : strings['count-many'], values);
    }

    function keepInAddress(query) {
      if (!global.history || !history.replaceState) return;
      var url = new URL(global.location.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      history.replaceState(null, '', url.pathname + url.search + url.hash);
    }

    function show(state, from, focusFirst) {
      var slice = state.results.slice(from, from + PAGE_SIZE).map(function (r) { return r.page; });
      return index.pages(slice).then(function (pages) {
        if (state !== current) return;
        var firstLink = null;
        pages.forEach(function (page) {
          var item = doc.createElement('li');
          item.className = 'search-result';
          var heading = doc.createElement('h3');
          heading.className = 'search-result__title';
          var link = doc.createElement('a');
          link.href = base + page.path;
          highlight(link, page.title, state.words);
          heading.appendChild(link);
          item.appendChild(heading);
          if (page.summary) {
            var summary = doc.createElement('p');
            summary.className = 'search-result__summary';
            highlight(summary, page.summary, state.words);
            item.appendChild(summary);
          }
          var address = doc.createElement('p');
          address.className = 'search-result__url';
          address.textContent = base + page.path;
          item.appendChild(address);
          list.appendChild(item);
          if (!firstLink) firstLink = link;
        });
        state.shown = from + pages.length;
        more.hidden = state.shown >= state.results.length;
        if (focusFirst && firstLink) firstLink.focus();
      });
    }

    function run(focusFirst) {
      clearTimeout(timer);
      var query = input.value.trim();
      var mine = ++generation;
      keepInAddress(query);
      if (!query) {
        current = null;
        list.textContent = '';
        more.hidden = true;
        setStatus('');
        return Promise.resolve();
      }
      root.setAttribute('aria-busy', 'true');
      return index.search(query).then(function (found) {
        if (mine !== generation) return;
        current = { query: query, words: found.words, results: found.results, shown: 0 };
        list.textContent = '';
        more.hidden = true;
        return show(current, 0, focusFirst).then(function () {
          if (mine === generation) setStatus(countText(query, found));
        });
      }).catch(function () {
        if (mine !== generation) return;
        list.textContent = '';
        more.hidden = true;
        setStatus(strings.error);
      }).then(function () {
        if (mine === generation) root.removeAttribute('aria-busy');
      });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(false); }, DELAY);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run(false);
    });
    more.addEventListener('click', function () {
      if (current) show(current, current.shown, true);
    });
    // Arrow keys move between the input and the result links; Escape clears.
    root.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(doc.activeElement);
      if (event.key === 'ArrowDown' && (doc.activeElement === input || at >= 0)) {
        var next = links[at + 1];
        if (next) { next.focus(); event.preventDefault(); }
      } else if (event.key === 'ArrowUp' && at >= 0) {
        (at > 0 ? links[at - 1] : input).focus();
        event.preventDefault();
      } else if (event.key === 'Escape' && doc.activeElement === input && input.value) {
        input.value = '';
        run(false);
        event.preventDefault();
      }
    });

    var initial = new URL(global.location.href).searchParams.get('q');
    if (initial) {
      input.value = initial;
      run(false);
    }
  }

  var api = {
    words: words, wordSpans: wordSpans, locate: locate, planQuery: planQuery, filesFor: filesFor,
    decode: decode, match: match, rank: rank, Index: Index, fill: fill, start: start,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  if (typeof document !== 'undefined' && document.querySelector) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { start(document); });
    } else {
      start(document);
    }
  }
})(typeof window !== 'undefined' ? window : globalThis);
