// Tests of the preview's live script (Sources/MinhBachServe/LiveScript.swift,
// where it is a Swift string): the error overlay, its close button and
// Escape key, and when a page reloads. Run with
//   node --test Tests/js/
// The script runs against a small stand-in for the DOM, EventSource and fetch.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const swift = fs.readFileSync(path.join(__dirname, '..', '..', 'Sources', 'MinhBachServe', 'LiveScript.swift'), 'utf8');
const raw = swift.match(/static let source = #"""\n([\s\S]*?)\n\s*"""#/)[1];
// The overlay's words (OverlayWords), filled in as the server does.
const words = { vi: {}, en: {} };
for (const m of swift.matchAll(/"(\w+)": LocalizedText\(vi: "([^"]*)", en: "([^"]*)"\)/g)) {
  words.vi[m[1]] = m[2];
  words.en[m[1]] = m[3];
}
const sources = { vi: raw.replace('__WORDS__', JSON.stringify(words.vi)), en: raw.replace('__WORDS__', JSON.stringify(words.en)) };

class Element {
  constructor(tag, document) {
    this.tagName = tag.toUpperCase();
    this.ownerDocument = document;
    this.children = [];
    this.attributes = {};
    this.listeners = {};
    this.style = {};
    this.textContent = '';
    this.parent = null;
  }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
  hasAttribute(name) { return name in this.attributes; }
  appendChild(child) { child.parent = this; this.children.push(child); return child; }
  remove() { if (this.parent) { this.parent.children = this.parent.children.filter((c) => c !== this); this.parent = null; } }
  addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); }
  dispatch(type, event) { (this.listeners[type] || []).forEach((l) => l(event || {})); }
  focus() { this.ownerDocument.activeElement = this; }
  click() { this.dispatch('click'); }
  find(predicate) {
    for (const child of this.children) {
      if (predicate(child)) return child;
      const inner = child.find(predicate);
      if (inner) return inner;
    }
    return null;
  }
}

/// Runs the script as a page would; returns what a test drives and reads.
function page({ pathname = '/xa/a/', notFound = false, errors = [], language = 'vi' } = {}) {
  const document = { listeners: {} };
  document.body = new Element('body', document);
  document.activeElement = document.body;
  document.createElement = (tag) => new Element(tag, document);
  document.querySelectorAll = () => [];
  document.addEventListener = (type, l) => { (document.listeners[type] = document.listeners[type] || []).push(l); };
  document.currentScript = new Element('script', document);
  if (notFound) document.currentScript.setAttribute('data-not-found', '');
  const reloads = [];
  let events = null;
  class EventSource {
    constructor() { this.listeners = {}; events = this; }
    addEventListener(type, l) { this.listeners[type] = l; }
    send(type, data) { this.listeners[type]({ data: JSON.stringify(data) }); }
  }
  const context = {
    document, EventSource, JSON, String, decodeURIComponent,
    location: { pathname, reload: () => reloads.push(pathname) },
    fetch: () => Promise.resolve({ json: () => Promise.resolve({ errors }) }),
  };
  vm.runInNewContext(sources[language], context);
  return {
    document, reloads, events: () => events,
    overlay: () => document.body.find((e) => e.getAttribute('role') === 'alertdialog'),
    key: (key) => (document.listeners.keydown || []).forEach((l) => l({ key })),
  };
}

const anError = { location: 'content/a.md:3:7', message: "date '31/02/2026' does not exist", excerpt: [] };

test('the overlay shows an error with a close button labelled Đóng, focused', () => {
  const p = page();
  p.events().send('error', [anError]);
  const overlay = p.overlay();
  assert.ok(overlay);
  const close = overlay.find((e) => e.tagName === 'BUTTON');
  assert.equal(close.textContent, 'Đóng');
  assert.equal(close.type, 'button');
  assert.match(close.getAttribute('aria-label'), /^Đóng/);
  assert.equal(p.document.activeElement, close, 'keyboard users land on the button');
  assert.ok(overlay.find((e) => e.textContent.includes('content/a.md:3:7')));
});

test('on the 404 page the title says the page appears once fixed', () => {
  const p = page({ notFound: true });
  p.events().send('error', [anError]);
  assert.ok(p.overlay().find((e) => e.tagName === 'H2').textContent.includes('trang sẽ hiện ra khi sửa xong'));
  const q = page();
  q.events().send('error', [anError]);
  assert.ok(q.overlay().find((e) => e.tagName === 'H2').textContent.includes('trang cũ vẫn được hiển thị'));
});

test('the overlay is worded in the preview\'s message language', () => {
  const vi = page();
  vi.events().send('error', [anError]);
  assert.equal(vi.overlay().find((e) => e.tagName === 'H2').textContent,
    'MinhBạch: 1 lỗi — trang cũ vẫn được hiển thị cho tới khi sửa xong');
  assert.equal(vi.overlay().getAttribute('aria-label'), 'Lỗi khi dựng trang');
  const en = page({ language: 'en' });
  en.events().send('error', [anError, anError]);
  assert.equal(en.overlay().find((e) => e.tagName === 'H2').textContent,
    'MinhBạch: 2 errors — the last good page is shown until they are fixed');
  assert.equal(en.overlay().find((e) => e.tagName === 'BUTTON').textContent, 'Close');
  assert.equal(en.overlay().getAttribute('aria-label'), 'Build errors');
  const one = page({ language: 'en', notFound: true });
  one.events().send('error', [anError]);
  assert.equal(one.overlay().find((e) => e.tagName === 'H2').textContent,
    'MinhBạch: 1 error — the page will appear once they are fixed');
});

test('the close button closes the overlay, and the next error brings it back', () => {
  const p = page();
  p.events().send('error', [anError]);
  p.overlay().find((e) => e.tagName === 'BUTTON').click();
  assert.equal(p.overlay(), null);
  p.events().send('error', [anError]);
  assert.ok(p.overlay());
});

test('Escape closes the overlay', () => {
  const p = page();
  p.events().send('error', [anError]);
  p.key('Enter');
  assert.ok(p.overlay(), 'other keys leave it');
  p.key('Escape');
  assert.equal(p.overlay(), null);
});

test('errors present when the page opens are shown', async () => {
  const p = page({ errors: [anError] });
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(p.overlay());
});

test('a page reloads when its own file changed; the 404 page on any rebuild', () => {
  const p = page({ pathname: '/xa/a/' });
  p.events().send('reload', ['/xa/b/index.html']);
  assert.deepEqual(p.reloads, []);
  p.events().send('reload', ['/xa/a/index.html']);
  assert.deepEqual(p.reloads, ['/xa/a/']);

  const missing = page({ pathname: '/xa/moi/', notFound: true });
  missing.events().send('reload', ['/xa/b/index.html']);
  assert.deepEqual(missing.reloads, ['/xa/moi/']);
});
