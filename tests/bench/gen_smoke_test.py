#!/usr/bin/env python3
"""Smoke test of the benchmark generator (bench/gen): the same seed gives byte-identical corpora, every
line is a document with the fields crosscheck reads, and the gold lists injected errors that are really
in the documents it names. Fast (a few hundred documents); the benchmark itself is not a test."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEN = os.path.join(ROOT, "bench", "gen")


def gen(out, docs, seed):
    subprocess.check_call([sys.executable, GEN, "--docs", str(docs), "--seed", str(seed), "--out", out, "--quiet"])
    with open(out, "rb") as f:
        data = f.read()
    with open(out[:-6] + ".gold.json", encoding="utf-8") as f:
        return data, json.load(f)


def main():
    failures = []

    def check(cond, msg):
        if not cond:
            failures.append(msg)

    with tempfile.TemporaryDirectory() as tmp:
        a, ga = gen(os.path.join(tmp, "a.jsonl"), 400, 3)
        b, gb = gen(os.path.join(tmp, "b.jsonl"), 400, 3)
        c, _ = gen(os.path.join(tmp, "c.jsonl"), 400, 4)
        check(a == b, "same seed, different corpus")
        check(ga["findings"] == gb["findings"] and ga["events"] == gb["events"], "same seed, different gold")
        check(a != c, "different seeds, same corpus")
        docs = {}
        for line in a.decode("utf-8").splitlines():
            d = json.loads(line)
            for k in ("id", "url", "outlet", "lang", "title", "text"):
                check(k in d and d[k], "document without %s: %s" % (k, line[:80]))
            check(d["lang"] in ("en", "uk", "ru", "it"), "unknown lang " + d["lang"])
            docs[d["id"]] = d
        check(len(docs) == 400, "expected 400 documents, got %d" % len(docs))
        sizes = sorted(len(d["text"].encode("utf-8")) for d in docs.values())
        check(500 <= sizes[len(sizes) // 2] <= 6000, "median document size %d bytes" % sizes[len(sizes) // 2])
        check({d["lang"] for d in docs.values()} == {"en", "uk", "ru", "it"}, "not all four languages")
        reported = {r for e in ga["events"] for r in e["reports"]}
        check(reported <= set(docs), "gold events name documents not in the corpus")
        check(len(ga["findings"]) > 0, "no injected errors in 400 documents")
        for f in ga["findings"]:
            d = docs.get(f["docs"][0])
            check(d is not None, "gold finding %s names a missing document" % f["id"])
            ev = next(e for e in ga["events"] if e["id"] == f["event"])
            check(f["docs"][0] in ev["reports"], "gold finding %s: doc does not report its event" % f["id"])
            if d and f["injection"] == "wrong_first_name":
                check(f["value"] in d["text"], "wrong first name %r not in %s" % (f["value"], d["id"]))
            # The truth keeps a clear majority: at most a third of an event's reports carry one error kind.
            same = [g for g in ga["findings"] if g["event"] == f["event"] and g["injection"] == f["injection"]]
            check(3 * len(same) <= len(ev["reports"]), "event %s: too many %s" % (f["event"], f["injection"]))
    for m in failures[:20]:
        print("FAIL: " + m)
    print("gen smoke test: %s" % ("ok" if not failures else "%d failures" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
