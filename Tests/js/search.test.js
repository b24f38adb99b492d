// Tests of the search client, templates/assets/search.js. Run with
//   node --test Tests/js/
// (Node 18 or later; no packages, no network). The Swift side of the index
// is tested by Tests/MinhBachBuildTests/SearchTests.swift; both suites check
// the folding cases of fold-cases.json.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const search = require(path.join(__dirname, '..', '..', 'templates', 'assets', 'search.js'));
const foldCases = require('./fold-cases.json');

test('folding matches the Swift side on the shared cases', () => {
  assert.ok(foldCases.length > 20);
  for (const c of foldCases) {
    assert.deepEqual(search.words(c.input), c.words, c.note);
  }
});

test('hòa, hoà, Hoa and NFD input fold to the same word', () => {
  const forms = ['hòa', 'hoà', 'HOÀ', 'Hoa', 'ho\u0300a', 'hoa\u0300', 'hòa'.normalize('NFD')];
  for (const form of forms) assert.deepEqual(search.words(form), ['hoa'], form);
  assert.deepEqual(search.words('Đắk Lắk'), ['dak', 'lak']);
  assert.deepEqual(search.words('Quảng Ngãi'.normalize('NFD')), ['quang', 'ngai']);
});

test('word spans point into the original text, marks included', () => {
  const text = 'Xã Hoa\u0300 An, Đắk Lắk';
  const spans = search.wordSpans(text);
  assert.deepEqual(spans.map((s) => s.word), ['xa', 'hoa', 'an', 'dak', 'lak']);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Xã', 'Hoa\u0300', 'An', 'Đắk', 'Lắk']);
  const emoji = search.wordSpans('😀 an');
  assert.equal('😀 an'.slice(emoji[0].start, emoji[0].end), 'an');
});

// A manifest tree as SearchIndex writes it: the root splits by first letter,
// `a` was split further (an, ah, ...), `an` too (the word an, an_..., anh).
const tree = { '': '0abnt', a: 'hn', an: '_h', b: 'ai' };

test('a word is looked up in the file the tree points to', () => {
  assert.deepEqual(search.locate(tree, 'an'), { file: 'an', split: true });
  assert.deepEqual(search.locate(tree, 'anh'), { file: 'anh', split: false });
  assert.deepEqual(search.locate(tree, 'an_binh'), { file: 'an_', split: false });
  assert.deepEqual(search.locate(tree, 'ahihi'), { file: 'ah', split: false });
  assert.deepEqual(search.locate(tree, 'ngheo'), { file: 'n', split: false }, 'n was not split: one file for all n words');
  assert.deepEqual(search.locate(tree, 'a'), { file: 'a', split: true });
  assert.deepEqual(search.locate(tree, 'binh'), { file: 'bi', split: false });
  assert.equal(search.locate(tree, 'bo'), null, 'no word begins with bo: no request');
  assert.equal(search.locate(tree, 'x'), null);
  assert.equal(search.locate(tree, ''), null);
});

test('a query needs one file per word and per pair of words', () => {
  assert.deepEqual(search.filesFor(tree, 'An Bình'), ['an', 'bi', 'an_']);
  assert.deepEqual(search.filesFor(tree, 'ngheo'), ['n']);
  assert.deepEqual(search.filesFor(tree, 'xã'), []);
  const plan = search.planQuery('an binh');
  assert.deepEqual(plan.lookups.map((l) => [l.key, l.prefix, l.pair]),
    [['an', false, false], ['binh', true, false], ['an_binh', true, true]]);
  const done = search.planQuery('an binh ');
  assert.ok(done.lookups.every((l) => !l.prefix), 'a space after the last word ends it');
});

test('postings decode from gaps', () => {
  const pages = search.decode([3, 10, 2, 1, 5, 12], true, new Map(), 1);
  assert.deepEqual([...pages], [[3, 10], [5, 1], [10, 12]]);
  const pairs = search.decode([1, 1, 7], false, new Map(), 1);
  assert.deepEqual([...pairs], [[1, 10], [2, 10], [9, 10]]);
});

// A small index held in memory, read through a fake fetch that records the URLs.
function memoryIndex(files) {
  const requested = [];
  const fetchJSON = (url) => {
    requested.push(url);
    const name = url.replace(/^\/tim-kiem\/chi-muc\//, '').replace(/\?.*$/, '');
    return name in files ? Promise.resolve(JSON.parse(JSON.stringify(files[name]))) : Promise.reject(new Error('404 ' + url));
  };
  return { index: new search.Index('/tim-kiem/chi-muc/vi.json?v=abc', fetchJSON), requested };
}

// Pages: 0 "Phường An Bình", 1 "Xã Bình An", 2 "Xã An Phú" (Bình in body),
// 3 "Hòa An" (an in title), 4 "Tỷ lệ hộ nghèo" (body mentions an, bình),
// 5 "Xã Anh Dũng".
const files = {
  'vi.json': { format: 1, language: 'vi', version: 'abc', pages: 6, per_file: 4, tree: { '': 'abhnx', a: 'n_', an: '_h' } },
  'an.json': { t: { an: [0, 11, 1, 10, 1, 12, 1, 10, 1, 1] }, p: [0, 11, 1, 10, 1, 12, 1, 10, 1, 1, 1, 6] },
  'an_.json': { t: { an_binh: [0], an_phu: [2] } },
  'anh.json': { t: { anh: [5, 10] } },
  'b.json': { t: { binh: [0, 10, 1, 11, 1, 1, 2, 1], binh_an: [1] } },
  'h.json': { t: { hoa: [3, 10], hoa_an: [3] } },
  'n.json': { t: { ngheo: [4, 12] } },
  'x.json': { t: { xa: [1, 10, 1, 10, 3, 10], xa_an: [2], xa_binh: [1], xa_anh: [5] }, x: ['xa'] },
  'vi/trang-0.json': [['Phường An Bình', 'xa/phuong-an-binh-1/', 'Loại đơn vị: phường'], ['Xã Bình An', 'xa/xa-binh-an-2/', ''],
    ['Xã An Phú', 'xa/xa-an-phu-3/', 'Trực thuộc: Tỉnh Bình Dương'], ['Hòa An', 'xa/hoa-an/', '']],
  'vi/trang-1.json': [['Tỷ lệ hộ nghèo', 'chi-tieu/poverty-rate/', ''], ['Xã Anh Dũng', 'xa/xa-anh-dung-6/', '']],
};
// The word files live in vi/: move them there.
for (const name of Object.keys(files)) {
  if (name !== 'vi.json' && !name.startsWith('vi/')) { files['vi/' + name] = files[name]; delete files[name]; }
}

test('ranking: every word needed, titles above bodies, phrases first', async () => {
  const { index, requested } = memoryIndex(files);
  const found = await index.search('an binh ');
  const order = found.results.map((r) => r.page);
  assert.deepEqual(order.slice(0, 2), [0, 1], 'both words in the title; An Bình (the phrase) before Bình An');
  assert.ok(order.indexOf(2) > order.indexOf(1), 'Xã An Phú has Bình only in its body');
  assert.ok(!order.includes(3), 'Hòa An has no Bình');
  assert.ok(!order.includes(5), 'Xã Anh Dũng: anh is not an when the word is complete');
  assert.equal(found.partial, false);
  assert.deepEqual(found.words, ['an', 'binh']);
  assert.deepEqual(requested.map((u) => u.replace(/\?v=abc$/, '')).sort(),
    ['/tim-kiem/chi-muc/vi.json', '/tim-kiem/chi-muc/vi/an.json', '/tim-kiem/chi-muc/vi/an_.json', '/tim-kiem/chi-muc/vi/b.json'],
    'the manifest and only the files of the words typed');
  assert.ok(requested.every((u) => u.endsWith('?v=abc')), 'every request carries the index version');
});

test('the last word is a prefix while it is being typed', async () => {
  const { index } = memoryIndex(files);
  const typing = await index.search('xa an');
  const pages = typing.results.map((r) => r.page);
  assert.ok(pages.includes(5), 'Xã Anh Dũng matches "an" as a prefix of anh');
  assert.equal(pages[0], 2, 'Xã An Phú: the phrase "xa an" and the exact word rank first');
  assert.ok(typing.results.find((r) => r.page === 5).score < typing.results.find((r) => r.page === 2).score,
    'a prefix match weighs less than the word itself');
  assert.equal(typing.capped, true, 'xa was capped in the index');
});

test('with no page holding every word, the pages with the most words come back as partial', async () => {
  const { index } = memoryIndex(files);
  const found = await index.search('ngheo hoa');
  assert.equal(found.partial, true);
  assert.deepEqual(found.results.map((r) => r.page).sort(), [3, 4]);
  const none = await index.search('zzz');
  assert.deepEqual(none.results, []);
});

test('result pages are read from the page files', async () => {
  const { index, requested } = memoryIndex(files);
  const pages = await index.pages([5, 0]);
  assert.deepEqual(pages.map((p) => p.title), ['Xã Anh Dũng', 'Phường An Bình']);
  assert.equal(pages[1].path, 'xa/phuong-an-binh-1/');
  assert.equal(pages[1].summary, 'Loại đơn vị: phường');
  assert.ok(requested.some((u) => u.startsWith('/tim-kiem/chi-muc/vi/trang-1.json')));
});

test('a missing file is an error that can be retried', async () => {
  const { index } = memoryIndex({ 'vi.json': { pages: 0, per_file: 16, tree: { '': 'q' } } });
  await assert.rejects(index.search('quang'));
  await assert.rejects(index.search('quang'), 'the failed request is not cached');
});

test('messages fill {query} and {count}', () => {
  assert.equal(search.fill('Tìm thấy {count} trang cho “{query}”.', { count: '1.234', query: 'an binh' }),
    'Tìm thấy 1.234 trang cho “an binh”.');
  assert.equal(search.fill('{other}', {}), '{other}');
});
