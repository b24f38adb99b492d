"""Runs axe-core over one page of every kind of a built site in headless
Chromium (through chromedriver) and fails on any WCAG 2.1 A/AA violation.

The site is served on 127.0.0.1 by Python's http.server with the
Content-Security-Policy of deploy/nginx.conf, so a page that breaks the
policy (an inline script, a blocked style or image) fails here too: every
message Chromium logs as an error (CSP violations, missing files, script
errors) is reported.

Usage (see scripts/check-a11y): python axe_check.py SITE_DIR AXE_JS PAGES_TXT NGINX_CONF
"""
import functools
import http.server
import json
import os
import re
import sys
import threading
import time

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# A desktop window and a phone's: the layout (menu, tables, charts) differs.
WINDOWS = [(1280, 1000), (375, 800)]


def read_pages(path, site):
    """(kind, url path, CSS selector to wait for) for each line of pages.txt;
    optional pages whose file does not exist are skipped, other missing pages
    are an error."""
    pages, missing = [], []
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = re.split(r"\s{2,}", line.strip())
        kind, url, options = parts[0], parts[1], parts[2:]
        wait = next((option[5:] for option in options if option.startswith("wait=")), None)
        file = os.path.join(site, url.split("?")[0].lstrip("/"))
        if file.endswith("/"):
            file = os.path.join(file, "index.html")
        if os.path.isfile(file):
            pages.append((kind, url, wait))
        elif "optional" not in options:
            missing.append(f"{kind}: {url}")
    return pages, missing


def content_security_policy(nginx_conf):
    text = open(nginx_conf, encoding="utf-8").read()
    match = re.search(r'add_header\s+Content-Security-Policy\s+"([^"]+)"', text)
    if not match:
        sys.exit(f"error: no Content-Security-Policy header in {nginx_conf}")
    return match.group(1)


def serve(site, policy):
    """Serves site on a free loopback port, with the policy unless it is None."""
    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self):
            if policy is not None:
                self.send_header("Content-Security-Policy", policy)
            super().end_headers()

        def log_message(self, *args):
            pass

    Handler.extensions_map = {**Handler.extensions_map, ".csv": "text/csv", ".json": "application/json"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser(network_log=False):
    """Headless Chromium; with network_log, driver.get_log("performance")
    holds the DevTools events of every request."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", **({"performance": "ALL"} if network_log else {})})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(60)
    return driver


RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(result => done(JSON.stringify({violations: result.violations, passes: result.passes.length})))
  .catch(error => done(JSON.stringify({error: String(error)})));
"""


def describe(violation):
    lines = [f"  {violation['id']} ({violation.get('impact') or 'n/a'}): {violation['help']}",
             f"    {violation['helpUrl']}"]
    for node in violation["nodes"][:10]:
        lines.append(f"    at {' '.join(map(str, node['target']))}")
        lines.append(f"       {node['html'][:200]}")
        summary = (node.get("failureSummary") or "").replace("\n", " ")
        if summary:
            lines.append(f"       {summary[:300]}")
    if len(violation["nodes"]) > 10:
        lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def main():
    site, axe_path, pages_file, nginx_conf = sys.argv[1:5]
    pages, missing = read_pages(pages_file, site)
    if missing:
        print("error: pages listed in Tests/a11y/pages.txt are not in the site:\n  " + "\n  ".join(missing))
        return 1
    axe_source = open(axe_path, encoding="utf-8").read()
    axe_version = re.search(r"axe v([\d.]+)", axe_source[:200]).group(1)
    server = serve(site, content_security_policy(nginx_conf))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser()
    failures = 0
    started = time.time()
    try:
        print(f"axe-core {axe_version} in {driver.capabilities.get('browserName')} "
              f"{driver.capabilities.get('browserVersion')}, tags {', '.join(TAGS)}")
        window = None
        for (width, height), (kind, url, wait) in ((size, page) for size in WINDOWS for page in pages):
            if window != (width, height):
                window = (width, height)
                driver.set_window_size(width, height)
                print(f"-- window {width}x{height}")
            driver.get(base + url)
            if wait:  # content a script adds after the load (search results)
                try:
                    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, wait))
                except TimeoutException:
                    failures += 1
                    print(f"FAIL {kind:<30} {url}\n  waited 10 s for '{wait}' in vain")
                    for entry in driver.get_log("browser"):
                        print(f"  console: {entry['message'][:300]}")
                    continue
            console = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
            driver.execute_script(axe_source)
            result = json.loads(driver.execute_async_script(RUN_AXE, TAGS))
            if "error" in result:
                print(f"FAIL {kind:<30} {url}\n  axe failed: {result['error']}")
                failures += 1
                continue
            violations = result["violations"]
            if violations or console:
                failures += 1
                print(f"FAIL {kind:<30} {url}: {len(violations)} violation(s), {len(console)} console error(s)")
                for violation in violations:
                    print(describe(violation))
                for entry in console:
                    print(f"  console: {entry['message'][:300]}")
            else:
                print(f"ok   {kind:<30} {url} ({result['passes']} rules pass)")
    finally:
        driver.quit()
        server.shutdown()
    seconds = time.time() - started
    print(f"axe: {len(pages)} pages at {len(WINDOWS)} window sizes, {failures} with problems, in {seconds:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
