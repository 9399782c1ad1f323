#!/usr/bin/env python3
"""Data-driven decision tests: anyone can add a case without writing C.

Each tests/cases/*.cases file holds lines of the form

    @rules PATH          the policy for the cases below (relative to the repo root)
    @cwd DIR             the --cwd for the cases below (default /)
    allow COMMAND        guard --check must exit 0
    deny COMMAND         guard --check must exit 1
    deny:RULE COMMAND    ... and name RULE as the deciding rule
    error COMMAND        guard --check must deny with a syntax/limit error

COMMAND is the rest of the line; written `json:"..."` it is a JSON string
(for newlines and odd bytes).  Blank lines and lines starting with '#'
are ignored.

usage: run_cases.py GUARD [FILE.cases ...]
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(path):
    rules, cwd = None, "/"
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        head, _, rest = line.partition(" ")
        if head == "@rules":
            rules = os.path.join(ROOT, rest.strip())
            continue
        if head == "@cwd":
            cwd = rest.strip()
            continue
        want, _, rule = head.partition(":")
        if want not in ("allow", "deny", "error"):
            raise SystemExit("%s:%d: bad expectation %r" % (path, n, head))
        cmd = json.loads(rest[5:]) if rest.startswith('json:"') else rest
        yield n, rules, cwd, want, rule or None, cmd


def check(guard, rules, cwd, cmd):
    p = subprocess.run([guard, "--check", "--json", "--rules", rules, "--cwd", cwd, "--", cmd],
                       capture_output=True, timeout=60)
    out = p.stdout.decode("utf-8", "surrogateescape")
    try:
        return p.returncode, json.loads(out), p.stderr.decode(errors="replace")
    except ValueError:
        return p.returncode, None, p.stderr.decode(errors="replace") + out


def main():
    guard = sys.argv[1]
    files = sys.argv[2:] or sorted(glob.glob(os.path.join(ROOT, "tests", "cases", "*.cases")))
    passed = failed = 0
    for path in files:
        for n, rules, cwd, want, rule, cmd in parse(path):
            if rules is None:
                raise SystemExit("%s:%d: no @rules line before the first case" % (path, n))
            rc, res, err = check(guard, rules, cwd, cmd)
            ok = res is not None
            if ok and want == "allow":
                ok = rc == 0 and res["decision"] == "allow"
            elif ok and want == "deny":
                ok = rc == 1 and res["decision"] == "deny" and res["error"] is None
                ok = ok and (rule is None or res["rule"] == rule)
            elif ok and want == "error":
                ok = rc == 1 and res["decision"] == "deny" and res["error"] is not None
            if ok:
                passed += 1
                continue
            failed += 1
            got = "exit %d" % rc
            if res:
                got += ", %s rule=%s reason=%s error=%s" % (res["decision"], res["rule"],
                                                           res["reason"], res["error"])
            print("FAIL %s:%d: want %s%s for %r; got %s %s" % (
                os.path.relpath(path, ROOT), n, want, ":" + rule if rule else "", cmd, got,
                err.strip()[:300]))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
