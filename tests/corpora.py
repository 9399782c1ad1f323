#!/usr/bin/env python3
"""The bypass and benign corpora against the investigator policy.

bypass.jsonl: command lines that did damage past a naive deny list.  Every
entry whose layer is S, S* or "S (allowlist)" must be denied, checked from
a directory outside /tmp.  R and I entries need the runtime layer (shell
mode) or IAM; they are listed, not judged.
benign.jsonl: commands an investigator runs; every one must be allowed.

usage: corpora.py GUARD [RULES]
Ends with 'N passed, N failed'; exit 1 on a failure.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STATIC = {"S", "S*", "S (allowlist)"}
CWD = "/workspace/repo"


def check(guard, rules, cmd):
    p = subprocess.run([guard, "--check", "--json", "--rules", rules, "--cwd", CWD, "--", cmd],
                       capture_output=True, timeout=60)
    try:
        return p.returncode, json.loads(p.stdout.decode("utf-8", "surrogateescape"))
    except ValueError:
        return p.returncode, {"decision": "?", "rule": None, "reason": p.stderr.decode()[-300:]}


def main():
    guard = sys.argv[1]
    rules = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "rules", "investigator.yaml")
    passed = failed = 0
    later = []
    for line in open(os.path.join(HERE, "corpus", "bypass.jsonl")):
        e = json.loads(line)
        if e.get("layer") not in STATIC:
            later.append(e)
            continue
        rc, r = check(guard, rules, e["command"])
        if rc == 1 and r["decision"] == "deny":
            passed += 1
            if os.environ.get("CORPORA_VERBOSE"):
                print("ok   bypass %3d %-40s %s: %s" % (e["id"], e["technique"][:40], r["rule"], (r["reason"] or "")[:100]))
        else:
            failed += 1
            print("FAIL bypass %d (%s, layer %s) allowed: %r" % (e["id"], e["technique"], e["layer"], e["command"][:120]))
    for line in open(os.path.join(HERE, "corpus", "benign.jsonl")):
        e = json.loads(line)
        rc, r = check(guard, rules, e["command"])
        if rc == 0 and r["decision"] == "allow":
            passed += 1
        else:
            failed += 1
            print("FAIL benign denied: %r: %s: %s" % (e["command"][:120], r.get("rule"), (r.get("reason") or "")[:200]))
    for e in later:
        print("note bypass %d (%s) is layer %s: stopped by %s, not by a static check" % (
            e["id"], e["technique"], e["layer"], "shell mode" if e["layer"].startswith("R") else "IAM"))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
