"""Loads the pages of the hostile site (Tests/MinhBachBuildTests/Fixtures/
hostile, laid over the example site) in headless Chromium and fails if any
value injected into it runs or reaches out.

Every payload in the fixture either sets `window.__pwned`, opens a dialog,
or loads the address /pwned-img. The site is served on 127.0.0.1
*without* the Content-Security-Policy of deploy/nginx.conf, so the pages
themselves must hold nothing that runs, not merely a policy that stops it.
For each page that shows a payload (and the search page with queries that
find them), it checks:

- `window.__pwned` is unset and no dialog opened;
- no element has an event-handler attribute or a javascript:/vbscript:/
  data:text address, after the page's own scripts ran (so the search
  page's rendering is checked too); no script but the theme's;
- no request went to another host or to /pwned-img;
- the console has no error.

Usage (see scripts/check-hostile-site): python browser_check.py ROOT MINHBACH
  (ROOT: this repository; MINHBACH: the binary that builds the site)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "a11y"))
from axe_check import browser, serve  # noqa: E402
from selenium.common.exceptions import TimeoutException, UnexpectedAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

SEARCHES = ["/tim-kiem/?q=pwned", "/tim-kiem/?q=script", "/en/tim-kiem/?q=pwned", "/tim-kiem/?q=%3Cimg"]

ACTIVE_IN_DOM = """
const found = [];
for (const element of document.querySelectorAll('*')) {
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
    if (name.startsWith('on')) found.push(`<${element.tagName} ${name}="${attribute.value}">`);
    if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(name)
        && /^(javascript|vbscript|data:text|data:image\\/svg)/.test(value)) found.push(`<${element.tagName} ${name}="${attribute.value}">`);
  }
  if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE'].includes(element.tagName)) found.push(`<${element.tagName}>`);
}
for (const script of document.querySelectorAll('script')) {
  const theme = (script.src && new URL(script.src).origin === location.origin && new URL(script.src).pathname.startsWith('/assets/'))
    || script.type === 'application/ld+json';
  if (!theme) found.push(`<script> ${script.outerHTML.slice(0, 120)}`);
}
return {pwned: window.__pwned === undefined ? null : String(window.__pwned), found};
"""


def make_site(root, target):
    """The example site with the overlay laid over it, as HostileSite.swift
    does (without the links out of the site, which the Swift test checks):
    a file replaces the example's, `name.append` is added to its end."""
    overlay = os.path.join(root, "Tests", "MinhBachBuildTests", "Fixtures", "hostile")
    shutil.copytree(os.path.join(root, "content"), os.path.join(target, "content"))
    for directory, _, names in os.walk(overlay):
        into = os.path.join(target, os.path.relpath(directory, overlay))
        os.makedirs(into, exist_ok=True)
        for name in names:
            source = os.path.join(directory, name)
            if name.endswith(".append"):
                with open(os.path.join(into, name[: -len(".append")]), "ab") as out:
                    out.write(open(source, "rb").read())
            else:
                shutil.copyfile(source, os.path.join(into, name))


def pages_with_payloads(site):
    pages = []
    for directory, _, names in os.walk(site):
        for name in names:
            if name.endswith(".html"):
                path = os.path.join(directory, name)
                if b"pwned" in open(path, "rb").read():
                    url = "/" + os.path.relpath(path, site).replace(os.sep, "/")
                    pages.append(url[: -len("index.html")] if url.endswith("/index.html") else url)
    return sorted(pages)


def requests_out(entries, base):
    """Addresses requested that are on another host or carry a payload."""
    bad = []
    for entry in entries:
        message = json.loads(entry["message"])["message"]
        if message.get("method") != "Network.requestWillBeSent":
            continue
        url = message["params"]["request"]["url"]
        # Pages' own addresses hold "pwned" (slugs of hostile names): only
        # the payloads' address /pwned-img, or another host, is a leak.
        path = url.split("?")[0].split("#")[0]
        if path.endswith("/pwned-img") or (url.startswith(("http:", "https:", "ws:", "wss:")) and not url.startswith(base + "/")):
            bad.append(url)
    return bad


def main():
    root, minhbach = sys.argv[1:3]
    work = tempfile.mkdtemp(prefix="minhbach-hostile-")
    try:
        make_site(root, os.path.join(work, "site"))
        site = os.path.join(work, "site-out")
        subprocess.run([minhbach, "build", "--quiet", "--source", os.path.join(work, "site"), "--output", site],
                       check=True, stderr=subprocess.DEVNULL)
        return check(site)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check(site):
    pages = pages_with_payloads(site)
    if len(pages) < 20:
        print(f"error: only {len(pages)} pages of {site} show a payload; is it the hostile site?")
        return 2
    server = serve(site, None)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser(network_log=True)
    failures = 0
    started = time.time()
    try:
        for url in pages + SEARCHES:
            problems = []
            try:
                driver.get(base + url)
                if url in SEARCHES:
                    try:
                        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-search-list] li"))
                    except TimeoutException:
                        problems.append("the search found nothing (the check needs results to look at)")
                result = driver.execute_script(ACTIVE_IN_DOM)
            except UnexpectedAlertPresentException as alert:
                problems.append(f"a dialog opened: {alert.alert_text}")
                result = {"pwned": None, "found": []}
            if result["pwned"] is not None:
                problems.append(f"window.__pwned = {result['pwned']}: an injected script ran")
            problems += [f"in the page: {item}" for item in result["found"]]
            problems += [f"request: {address}" for address in requests_out(driver.get_log("performance"), base)]
            problems += [f"console: {entry['message'][:200]}" for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
            if problems:
                failures += 1
                print(f"FAIL {url}\n  " + "\n  ".join(problems[:10]))
    finally:
        driver.quit()
        server.shutdown()
    count = len(pages) + len(SEARCHES)
    print(f"hostile site: {count} pages in Chromium ({len(SEARCHES)} searches), {failures} with problems, "
          f"in {time.time() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
