#!/usr/bin/env python3
"""End-to-end tests of the CLI parts that serve scripts and pipelines:

  --format json   stdout carries exactly one JSON line (the run summary), logs go to stderr;
  --fail-on SEV   exit 1 exactly when a contradiction or anomaly at or above SEV was found, for every SEV,
                  judged against the run's own findings.json (and with a known answer on the fixture);
  explain         prints the rule, message, explanation, each claim's document, outlet, language,
                  sentence and offsets; exit 2 with a clear message for a missing run folder or id.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

SEVERITIES = ["info", "low", "medium", "high"]
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def failing(findings, sev):
    rank = SEVERITIES.index(sev)
    return sum(1 for f in findings if f["kind"] != "agreement" and f["severity"] in SEVERITIES
               and SEVERITIES.index(f["severity"]) >= rank)


def test_fail_on(bin_, src, out):
    inputs = os.path.join(src, "tests", "report", "data", "conflicting_dates.jsonl")
    for sev in SEVERITIES:
        run_dir = os.path.join(out, "fail-on-" + sev)
        shutil.rmtree(run_dir, ignore_errors=True)
        rc, stdout, stderr = run([bin_, "run", inputs, "--out", run_dir, "--format", "json", "--fail-on", sev])
        lines = stdout.splitlines()
        check(len(lines) == 1, "fail-on %s: stdout is one line (%d lines)" % (sev, len(lines)))
        try:
            summary = json.loads(lines[0]) if lines else {}
        except ValueError:
            summary = {}
            check(False, "fail-on %s: stdout is JSON: %r" % (sev, stdout[:200]))
        with open(os.path.join(run_dir, "findings.json"), encoding="utf-8") as f:
            findings = json.load(f)["findings"]
        want = failing(findings, sev)
        check(rc == (1 if want else 0), "fail-on %s: exit %d with %d failing finding(s)" % (sev, rc, want))
        check(summary.get("failing") == want and summary.get("exit_code") == rc and summary.get("fail_on") == sev,
              "fail-on %s: summary says failing=%s exit_code=%s" % (sev, summary.get("failing"), summary.get("exit_code")))
        check(summary.get("findings") == len(findings) and summary.get("documents") == 4,
              "fail-on %s: summary counts match findings.json" % sev)
        check(os.path.exists(summary.get("files", {}).get("report_html", "")), "fail-on %s: summary names report.html" % sev)
    # A rules folder of the test's own makes every event a high anomaly: exit 1 is exercised for sure.
    run_dir = os.path.join(out, "fail-on-strict")
    shutil.rmtree(run_dir, ignore_errors=True)
    strict = os.path.join(src, "tests", "report", "data", "strict-rules")
    rc, stdout, stderr = run([bin_, "run", inputs, "--rules", strict, "--out", run_dir, "--format", "json",
                              "--fail-on", "high"])
    with open(os.path.join(run_dir, "findings.json"), encoding="utf-8") as f:
        findings = json.load(f)["findings"]
    mine = [f for f in findings if f["rule"] == "test-needs-fifty-outlets"]
    check(len(mine) >= 1, "strict rules: the test rule fired (%d times)" % len(mine))
    check(rc == 1, "strict rules: --fail-on high exits 1 (%d)" % rc)
    summary = json.loads(stdout) if stdout.strip() else {}
    check(summary.get("failing") == failing(findings, "high") >= len(mine), "strict rules: summary counts the failing findings")
    # The lowest threshold includes the high findings.
    rc, stdout, stderr = run([bin_, "run", inputs, "--rules", strict, "--out", run_dir + "-info", "--fail-on", "info"])
    check(rc == 1, "strict rules: --fail-on info exits 1 too")
    # Without --format json nothing is printed on stdout.
    rc, stdout, stderr = run([bin_, "run", inputs, "--out", os.path.join(out, "text-run")])
    check(rc == 0 and stdout == "", "text format: stdout empty, summary on stderr (%r)" % stdout[:100])


def test_explain(bin_, fixture, out):
    run_dir = os.path.join(out, "explain-fixture")
    subprocess.run([fixture, run_dir], check=True)
    rc, stdout, stderr = run([bin_, "explain", "F1", "--run", run_dir])
    check(rc == 0, "explain F1: exit 0 (%d) %s" % (rc, stderr))
    for want in ["F1  contradiction · high · rule call.date.conflict",
                 "message     Outlets disagree on the date of the Austin–Belousov call",
                 "why         date verdict: conflicting (day 25 vs 26, same month and year)",
                 "consensus   2024-06-25, backed by 4 independent outlet(s)",
                 "[5] ria-ru#1  (side \"2024-06-26\")",
                 "outlet      РИА Новости",
                 "language    ru",
                 "offsets     bytes 300–563 of the document text",
                 "sentence    «Глава Пентагона Ллойд Остин 26 июня провёл телефонный разговор",
                 "read        date         \"26 июня\" at bytes 352–363",
                 "date        2024-06-26 from \"26 июня\" (year/date basis: publication)"]:
        check(want in stdout, "explain F1 prints %r" % want)
    rc, stdout, stderr = run([bin_, "explain", "F6", "--run", run_dir])
    check(rc == 0 and "event       none (a document-level finding)" in stdout
          and "L'ultima telefonata tra i due risaliva al 15 marzo 2023." in stdout, "explain F6: a document-level finding")
    rc, stdout, stderr = run([bin_, "explain", "F99", "--run", run_dir])
    check(rc == 2 and "F99" in stderr and "F1, F2" in stderr and stdout == "", "explain F99: exit 2 naming the id (%r)" % stderr)
    rc, stdout, stderr = run([bin_, "explain", "F1", "--run", os.path.join(out, "no-such-run")])
    check(rc == 2 and "no-such-run" in stderr, "explain on a missing run folder: exit 2 (%r)" % stderr)
    rc, stdout, stderr = run([bin_, "explain", "F1"])
    check(rc == 2 and "--run" in stderr, "explain without --run: usage error 2")


def test_explain_real_run(bin_, out):
    # Every finding of a real run explains itself with its message and each claim's sentence.
    run_dir = os.path.join(out, "fail-on-info")
    with open(os.path.join(run_dir, "findings.json"), encoding="utf-8") as f:
        findings = json.load(f)["findings"]
    claims = {}
    with open(os.path.join(run_dir, "claims.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                claims[c["id"]] = c
    for fnd in findings:
        rc, stdout, stderr = run([bin_, "explain", fnd["id"], "--run", run_dir])
        ok = rc == 0 and fnd["message"] in stdout and all(
            claims[c]["evidence"]["text"] in stdout for c in fnd["claims"] if c in claims)
        check(ok, "explain %s of the real run shows its message and sentences" % fnd["id"])
    print("real run: %d finding(s) explained" % len(findings))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crosscheck", required=True)
    ap.add_argument("--fixture", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    test_fail_on(a.crosscheck, a.src, a.out)
    test_explain(a.crosscheck, a.fixture, a.out)
    test_explain_real_run(a.crosscheck, a.out)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
