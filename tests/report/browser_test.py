#!/usr/bin/env python3
"""Opens report.html in headless Chromium (file://) and checks the live DOM.

Three reports are checked:
  fixture  a hand-built multilingual run (report_fixture): exact counts, filters (set through the URL
           hash, the page's documented way to share a view), escaping of hostile outlet/id/sentence;
  samples  `crosscheck run` on samples/ plus an injected-script document: every finding visible, every
           evidence highlight placed and visible, no injected script ran;
  large    5,000 findings: the page loads (cards collapsed) and a filter still works.

The page's own "#selftest" hook reports what the browser laid out (counts of visible findings, marks
...); the expected numbers are computed here from the run's JSON files, independently of the page.
Screenshots are left in OUT for a person to look at. Exit 77 (ctest SKIP) only when no Chromium is
installed.
"""
import argparse
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.parse

SKIP = 77
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    def __init__(self, exe):
        self.exe = exe

    # Headless Chromium now and then never exits after a page it has finished (seen about once in
    # a few dozen runs, the same command taking 2 s before and after). A page of ours cannot cause
    # that — the checks below read what the page laid out — so a browser that hangs is killed and
    # started afresh, up to ATTEMPTS times; a page that hangs every time still fails the test.
    ATTEMPTS = 3
    TIMEOUT_S = 60

    def _run(self, args, url):
        for attempt in range(1, self.ATTEMPTS + 1):
            with tempfile.TemporaryDirectory() as profile:
                cmd = [self.exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                       "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio",
                       "--user-data-dir=" + profile, "--window-size=1280,2400", "--virtual-time-budget=4000"] + args + [url]
                # Its own process group, so that a hung browser's helper processes go with it.
                p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
                try:
                    out, err = p.communicate(timeout=self.TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    os.killpg(p.pid, signal.SIGKILL)
                    p.communicate()
                    print("note Chromium did not exit within %d s (attempt %d of %d): %s"
                          % (self.TIMEOUT_S, attempt, self.ATTEMPTS, url))
                    continue
                if p.returncode != 0:
                    sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
                return out.decode("utf-8", "replace")
        return ""

    def dom(self, path, fragment=""):
        return self._run(["--dump-dom"], "file://" + os.path.abspath(path) + fragment)

    def screenshot(self, path, png, fragment=""):
        self._run(["--screenshot=" + png], "file://" + os.path.abspath(path) + fragment)
        return os.path.exists(png) and os.path.getsize(png) > 10000


def selftest(browser, report, **filters):
    frag = "#selftest"
    for k, v in filters.items():
        frag += "&" + k + "=" + urllib.parse.quote(v, safe="")
    dom = browser.dom(report, frag)
    m = re.search(r'<pre id="selftest">(.*?)</pre>', dom, re.S)
    if not m or not m.group(1).strip():
        check(False, "selftest ran for " + frag)
        return {}, dom
    return json.loads(html.unescape(m.group(1))), dom


def load_run(run_dir):
    with open(os.path.join(run_dir, "findings.json"), encoding="utf-8") as f:
        findings = json.load(f)["findings"]
    with open(os.path.join(run_dir, "events.json"), encoding="utf-8") as f:
        events = json.load(f)["events"]
    claims = {}
    with open(os.path.join(run_dir, "claims.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                claims[c["id"]] = c
    with open(os.path.join(run_dir, "summary.json"), encoding="utf-8") as f:
        docs = {d["id"]: d for d in json.load(f)["documents"]}
    return findings, events, claims, docs


def expected_highlights(findings, events, claims):
    """Highlights the page must place: every claim once, plus the claims quoted by findings that
    have no event card (document-level findings show their evidence inline)."""
    n = sum(len(c["evidence"]["highlights"]) for c in claims.values())
    event_ids = {e["id"] for e in events}
    for f in findings:
        if f.get("event") not in event_ids:
            for cid in dict.fromkeys(f["claims"]):
                if cid in claims:
                    n += len(claims[cid]["evidence"]["highlights"])
    return n


def finding_matches(f, claims, docs, lang=None, outlet=None):
    langs, outlets = set(), set()
    for cid in f["claims"]:
        c = claims.get(cid)
        if c:
            langs.add(c["lang"])
            outlets.add(c["outlet"])
    for v in f["values"]:
        outlets.update(v["outlets"])
    for did in f["docs"]:
        d = docs.get(did)
        if d:
            if d.get("lang"):
                langs.add(d["lang"])
            if d.get("outlet"):
                outlets.add(d["outlet"])
    return (lang is None or lang in langs) and (outlet is None or outlet in outlets)


def check_not_injected(dom, stats, label):
    check(stats.get("title") == "crosscheck report", label + ": document.title untouched (" + str(stats.get("title")) + ")")
    check(stats.get("pwned") is False, label + ": no element got data-pwned")
    check("<img" not in dom, label + ": no <img> element in the DOM")
    check(re.search(r"<title>crosscheck report</title>", dom) is not None, label + ": <title> intact in the DOM")
    check(len(re.findall(r"<script[ >]", dom)) == 1, label + ": only the report's own <script>")


def test_fixture(browser, fixture_bin, out):
    run = os.path.join(out, "fixture")
    subprocess.run([fixture_bin, run], check=True)
    report = os.path.join(run, "report.html")
    findings, events, claims, docs = load_run(run)
    stats, dom = selftest(browser, report)
    check(stats.get("findings") == len(findings), "fixture: %s finding elements, %d findings" % (stats.get("findings"), len(findings)))
    check(stats.get("findings_visible") == len(findings), "fixture: every finding visible (%s)" % stats.get("findings_visible"))
    check(stats.get("events") == len(events) and stats.get("events_visible") == len(events), "fixture: every event card visible")
    hl = expected_highlights(findings, events, claims)
    check(stats.get("highlights_visible") == hl, "fixture: %s of %d highlights placed and visible" % (stats.get("highlights_visible"), hl))
    check(stats.get("dropped") == 0, "fixture: no highlight outside its sentence")
    check("&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom, "fixture: the script payload is shown as text")
    check_not_injected(dom, stats, "fixture")
    # Filters, each against a count computed from findings.json.
    for kind in ("contradiction", "anomaly"):
        s, _ = selftest(browser, report, kind=kind)
        want = sum(1 for f in findings if f["kind"] == kind)
        check(s.get("findings_matching") == want and s.get("findings_visible") == want,
              "fixture: kind=%s shows %s, want %d" % (kind, s.get("findings_visible"), want))
    s, _ = selftest(browser, report, kind="agreement", severity="info")
    want = sum(1 for f in findings if f["kind"] == "agreement" and f["severity"] == "info")
    check(s.get("findings_visible") == want, "fixture: kind=agreement&severity=info shows %s, want %d" % (s.get("findings_visible"), want))
    for lang in ("ru", "it"):
        s, _ = selftest(browser, report, lang=lang)
        want = sum(1 for f in findings if finding_matches(f, claims, docs, lang=lang))
        check(s.get("findings_visible") == want, "fixture: lang=%s shows %s, want %d" % (lang, s.get("findings_visible"), want))
        # Claims of that language, each once, plus their copies quoted under document-level findings.
        event_ids = {e["id"] for e in events}
        want_claims = sum(1 for c in claims.values() if c["lang"] == lang)
        want_claims += sum(1 for f in findings if f.get("event") not in event_ids
                           and finding_matches(f, claims, docs, lang=lang)
                           for cid in dict.fromkeys(f["claims"]) if claims.get(cid, {}).get("lang") == lang)
        check(s.get("claims_visible") == want_claims,
              "fixture: lang=%s shows that language's %d claims (%s)" % (lang, want_claims, s.get("claims_visible")))
    outlet = "РИА Новости"
    s, _ = selftest(browser, report, outlet=outlet)
    want = sum(1 for f in findings if finding_matches(f, claims, docs, outlet=outlet))
    check(s.get("findings_visible") == want, "fixture: outlet=%s shows %s, want %d" % (outlet, s.get("findings_visible"), want))
    s, _ = selftest(browser, report, outlet="no such outlet")
    check(s.get("findings_visible") == 0, "fixture: an unknown outlet shows nothing")
    check(browser.screenshot(report, os.path.join(out, "fixture.png")), "fixture: screenshot " + os.path.join(out, "fixture.png"))


def test_samples(browser, crosscheck, src, out):
    run = os.path.join(out, "samples")
    shutil.rmtree(run, ignore_errors=True)
    inputs = [os.path.join(src, "samples", d) for d in sorted(os.listdir(os.path.join(src, "samples")))
              if os.path.isdir(os.path.join(src, "samples", d))]
    cmd = [crosscheck, "run"] + inputs + [os.path.join(src, "tests", "report", "data", "injected.jsonl"), "--out", run]
    manifest = os.path.join(src, "samples", "seeds", "manifest.json")
    if os.path.exists(manifest):
        cmd += ["--manifest", manifest]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    check(p.returncode == 0, "samples: crosscheck run exited %d %s" % (p.returncode, p.stderr.decode()[-500:]))
    report = os.path.join(run, "report.html")
    findings, events, claims, docs = load_run(run)
    stats, dom = selftest(browser, report)
    print("samples: %d findings, %d events, %d claims; page: %s" % (len(findings), len(events), len(claims), stats))
    check(stats.get("findings") == len(findings), "samples: every finding has an element")
    check(stats.get("findings_visible") == len(findings), "samples: every finding visible (%s of %d)" % (stats.get("findings_visible"), len(findings)))
    check(stats.get("events") == len(events), "samples: one card per event")
    hl = expected_highlights(findings, events, claims)
    check(stats.get("highlights_visible") == hl, "samples: every evidence highlight placed and visible (%s of %d)" % (stats.get("highlights_visible"), hl))
    check(stats.get("dropped") == 0, "samples: no highlight outside its evidence sentence")
    check("evil.example&quot;&gt;&lt;img src=x onerror=" in open(report, encoding="utf-8").read(),
          "samples: the hostile outlet name is in the page, escaped")
    check_not_injected(dom, stats, "samples")
    check(browser.screenshot(report, os.path.join(out, "samples.png")), "samples: screenshot " + os.path.join(out, "samples.png"))


def test_large(browser, fixture_bin, out):
    run = os.path.join(out, "large")
    subprocess.run([fixture_bin, run, "834"], check=True)
    report = os.path.join(run, "report.html")
    findings, _, _, _ = load_run(run)
    # One load (a 20 MB page): the filter is applied on load, the totals are counted over all findings.
    stats, dom = selftest(browser, report, kind="contradiction")
    print("large: page %s" % stats)
    check(stats.get("findings") == len(findings) >= 5000, "large: %s finding elements" % stats.get("findings"))
    check(stats.get("events_open") == 0, "large: cards start collapsed")
    want = sum(1 for f in findings if f["kind"] == "contradiction")
    check(stats.get("findings_matching") == want, "large: kind=contradiction matches %s, want %d" % (stats.get("findings_matching"), want))
    check_not_injected(dom, stats, "large")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crosscheck", required=True)
    ap.add_argument("--fixture", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    exe = os.environ.get("CROSSCHECK_CHROMIUM") or find_chromium()
    if not exe:
        print("SKIP: no chromium on PATH (scripts/deps.sh --test installs Debian's chromium)")
        return SKIP
    os.makedirs(a.out, exist_ok=True)
    browser = Browser(exe)
    test_fixture(browser, a.fixture, a.out)
    test_samples(browser, a.crosscheck, a.src, a.out)
    test_large(browser, a.fixture, a.out)
    print("screenshots: %s/fixture.png %s/samples.png" % (a.out, a.out))
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
