#!/usr/bin/env python3
"""bench/score on a tiny gold and run: a finding names the erroneous document and an event of the same
persons (the engine's spelling of a surname may differ from the gold's: Zelensky/Zelenskyy) → found;
an event of other persons, or a finding on another slot, is not."""
import json
import os
import subprocess
import sys
import tempfile

score = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "score")
gold = {
    "events": [{"id": "G-E1", "type": "call", "date": "2023-06-27",
                "participants": ["Vladimir Putin", "Volodymyr Zelenskyy"]}],
    "findings": [{"id": "G1", "kind": "contradiction", "slot": "date", "event": "G-E1", "docs": ["d2"],
                  "injection": "wrong_date", "value": "2023-06-25", "truth": "2023-06-27"}],
}


def run(events, findings):
    d = tempfile.mkdtemp()
    json.dump(gold, open(os.path.join(d, "gold.json"), "w"))
    os.makedirs(os.path.join(d, "run"))
    json.dump({"events": events}, open(os.path.join(d, "run", "events.json"), "w"))
    json.dump({"findings": findings}, open(os.path.join(d, "run", "findings.json"), "w"))
    out = subprocess.check_output([sys.executable, score, os.path.join(d, "gold.json"), os.path.join(d, "run"), "--json"])
    return json.loads(out)


def finding(slot, event="E1"):
    return {"id": "F1", "rule": "date-conflict", "kind": "contradiction", "slot": slot, "event": event,
            "docs": ["d1", "d2"]}


ev = [{"id": "E1", "date": "2023-06-27", "participants": ["Vladimir Putin", "Volodymyr Zelensky"]},
      {"id": "E2", "date": "2023-06-27", "participants": ["Vladimir Putin", "Recep Tayyip Erdogan"]}]
r = run(ev, [finding("date")])
assert r["found"] == 1 and r["precision"] == 1.0, r
r = run(ev, [finding("date", "E2")])
assert r["found"] == 0 and r["false"] == 1, r
r = run(ev, [finding("initiator")])
assert r["found"] == 0 and r["false"] == 1, r
print("ok")
