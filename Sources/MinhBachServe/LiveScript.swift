import Foundation
import MinhBachDiagnostics

/// The script injected into previewed pages: it listens for rebuilds,
/// reloads the page when its output changed, swaps the stylesheet when only
/// CSS changed, and shows build errors over the page until they are fixed.
/// The overlay closes with its "Đóng" ("Close") button or Escape, and comes
/// back with the next error. Its words are in the preview's message language. On the 404 page (`data-not-found`) any good rebuild
/// reloads: the missing page may exist now.
/// Plain JavaScript; every text from a diagnostic goes in with textContent.
enum LiveScript {
    static let path = "/__minhbach/live.js"
    static let eventsPath = "/__minhbach/events"
    static let statePath = "/__minhbach/state"

    /// The element added before `</body>` of every HTML page served. The
    /// 404 page's says so: it reloads after any good rebuild, since the page
    /// that was missing may exist now.
    static func tag(notFound: Bool) -> String {
        "<script src=\"\(path)\"\(notFound ? " data-not-found" : "") defer></script>"
    }

    /// The script with the overlay's words in `language`.
    static func source(in language: MessageLanguage) -> String {
        source.replacingOccurrences(of: "__WORDS__", with: OverlayWords.json(language))
    }

    static let source = #"""
    (function () {
      "use strict";
      var words = __WORDS__;
      var overlay = null;
      var focusBefore = null;
      var script = document.currentScript;
      var notFound = !!(script && script.hasAttribute("data-not-found"));
      function here() {
        var p = decodeURIComponent(location.pathname);
        return p.endsWith("/") ? p + "index.html" : p;
      }
      function showErrors(errors) {
        hideErrors();
        overlay = document.createElement("div");
        overlay.setAttribute("role", "alertdialog");
        overlay.setAttribute("aria-label", words.label);
        overlay.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:#14141c;color:#fff;" +
          "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:24px";
        var title = document.createElement("h2");
        title.textContent = "MinhBạch: " + errors.length + " " + (errors.length === 1 ? words.error : words.errors) + " — " +
          (notFound ? words.notFound : words.kept);
        title.style.cssText = "font:bold 18px system-ui,sans-serif;margin:0 0 16px;color:#ffb4a8";
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = words.close;
        close.setAttribute("aria-label", words.close + " (Esc)");
        close.style.cssText = "position:absolute;top:16px;right:16px;font:bold 16px system-ui,sans-serif;padding:8px 16px;" +
          "min-height:44px;border:2px solid #fff;border-radius:6px;background:#26262f;color:#fff;cursor:pointer";
        close.addEventListener("click", hideErrors);
        title.style.marginRight = "96px";
        overlay.appendChild(close);
        overlay.appendChild(title);
        errors.forEach(function (e) {
          var box = document.createElement("section");
          box.style.cssText = "margin:0 0 18px;padding:12px 14px;border-left:4px solid #ff6b57;background:#26262f";
          var head = document.createElement("div");
          head.textContent = e.location + ": " + (e.code ? "[" + e.code + "] " : "") + e.message;
          head.style.cssText = "font-weight:bold;color:#fff";
          box.appendChild(head);
          if (e.hint) {
            var hint = document.createElement("div");
            hint.textContent = e.hintLabel + ": " + e.hint;
            hint.style.color = "#c8e6ff";
            box.appendChild(hint);
          }
          if (e.excerpt && e.excerpt.length) {
            var pre = document.createElement("pre");
            pre.style.cssText = "margin:8px 0 0;white-space:pre-wrap;color:#ddd";
            e.excerpt.forEach(function (line) {
              var row = document.createElement("div");
              row.textContent = (line.current ? "> " : "  ") + String(line.number).padStart(5, " ") + " | " + line.text;
              if (line.current) { row.style.cssText = "color:#ffd27a;font-weight:bold"; }
              pre.appendChild(row);
            });
            box.appendChild(pre);
          }
          overlay.appendChild(box);
        });
        focusBefore = document.activeElement;
        document.body.appendChild(overlay);
        close.focus();
      }
      function hideErrors() {
        if (!overlay) { return; }
        overlay.remove();
        overlay = null;
        if (focusBefore && focusBefore.focus) { focusBefore.focus(); }
        focusBefore = null;
      }
      document.addEventListener("keydown", function (event) {
        if (overlay && event.key === "Escape") { hideErrors(); }
      });
      function swapStylesheets(list) {
        var links = document.querySelectorAll('link[rel="stylesheet"]');
        links.forEach(function (link) {
          list.forEach(function (change) {
            if (link.getAttribute("href") === change.from) { link.setAttribute("href", change.to); }
          });
        });
      }
      fetch("/__minhbach/state").then(function (r) { return r.json(); }).then(function (state) {
        if (state.errors && state.errors.length) { showErrors(state.errors); }
      }).catch(function () {});
      var source = new EventSource("/__minhbach/events");
      source.addEventListener("reload", function (event) {
        var changed = JSON.parse(event.data);
        if (notFound || changed.indexOf(here()) >= 0 || changed.indexOf("*") >= 0) { location.reload(); } else { hideErrors(); }
      });
      source.addEventListener("css", function (event) {
        hideErrors();
        swapStylesheets(JSON.parse(event.data));
      });
      source.addEventListener("error", function (event) {
        if (event.data) { showErrors(JSON.parse(event.data)); }
      });
      source.addEventListener("ok", function () { hideErrors(); });
    })();
    """#
}

/// The words of the error overlay, in the preview's message language.
enum OverlayWords {
    static let words: [String: LocalizedText] = [
        "label": LocalizedText(vi: "Lỗi khi dựng trang", en: "Build errors"),
        "error": LocalizedText(vi: "lỗi", en: "error"),
        "errors": LocalizedText(vi: "lỗi", en: "errors"),
        "kept": LocalizedText(vi: "trang cũ vẫn được hiển thị cho tới khi sửa xong", en: "the last good page is shown until they are fixed"),
        "notFound": LocalizedText(vi: "trang sẽ hiện ra khi sửa xong", en: "the page will appear once they are fixed"),
        "close": LocalizedText(vi: "Đóng", en: "Close"),
    ]

    /// `{"close":"Đóng",…}`: a JavaScript object literal.
    static func json(_ language: MessageLanguage) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(words.mapValues { $0[language] })) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
