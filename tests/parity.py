#!/usr/bin/env python3
"""Parity with the real bash on third-party inputs (tests/corpus/NOTICE.md).

For every input bash 5.2 accepted, every simple command bash ran whose
source text has no expansion must be listed by guard with the same argv.
Inputs bash rejected must be refused by guard (reported, counted apart:
bash -n also rejects zsh/mksh-only syntax that some lines contain).
No input may crash guard or make it hang.

usage: parity.py GUARD [CORPUS.jsonl ...]
Prints the counts and ends with 'N passed, N failed'; exit 1 on a failure.
"""
import json
import shlex
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, "corpus", "allow-all.yaml")
CORPORA = ["parity-mvdan-syntax.jsonl", "parity-mvdan-interp.jsonl"]
KINDS = {"external", "builtin", "function", "notfound"}
EXPANSION_CHARS = set("$`*?[{~")
TIMEOUT = 120
ORACLE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/root", "LANG": "C"}


def literal(src):
    """No expansion in the source: no $, backquote, glob, brace or tilde,
    and no process substitution (bash passes a /dev/fd path)."""
    return (src is not None and not (set(src) & EXPANSION_CHARS)
            and "<(" not in src and ">(" not in src)


def oracle_artifact(case, cmd):
    """Records that are not what bash ran from that source:
    - the oracle's own PS4 trace marker (\x1e) inside an argv: with
      `set -u` the trace of the oracle's DEBUG trap leaks into the record;
    - a command run by a trap: its src is the stale BASH_COMMAND of the
      command that fired the trap (the oracle's documented limit), seen as
      a program name that differs from the src's."""
    if any("\x1e" in a for a in cmd["argv"]):
        return True
    if "trap" not in case["in"]:
        return False
    try:
        words = [w for w in shlex.split(cmd["src"]) if "=" not in w]
    except ValueError:
        return False
    return bool(words) and bool(cmd["argv"]) and words[0] != cmd["argv"][0]


def latin1(s):
    return "".join(chr(ord(ch) - 0xDC00) if 0xDC80 <= ord(ch) <= 0xDCFF else ch for ch in s)


def enc(s):
    return s.encode("utf-8", "surrogateescape")


def run_batch(guard, inputs):
    """Runs guard --batch on inputs; returns a list of results or None if
    the process died (then the caller bisects)."""
    data = b"".join(enc(s) + b"\0" for s in inputs)
    try:
        # --environ with an environment like the oracle's sandbox: variables
        # the line does not set are unset there, as they were for bash.
        p = subprocess.run([guard, "--check", "--rules", RULES, "--cwd", "/nonexistent",
                            "--environ", "--batch"], input=data, capture_output=True,
                           timeout=TIMEOUT, env=ORACLE_ENV)
    except subprocess.TimeoutExpired:
        return None, "hang (over %ds)" % TIMEOUT
    if p.returncode != 0:
        return None, "exit %d: %s" % (p.returncode, p.stderr.decode(errors="replace")[-2000:])
    lines = p.stdout.decode("utf-8", "surrogateescape").splitlines()
    if len(lines) != len(inputs):
        return None, "got %d results for %d inputs" % (len(lines), len(inputs))
    return [json.loads(l) for l in lines], None


def judge_all(guard, inputs):
    """Results for every input; a crash or hang is pinned on its input."""
    res, err = run_batch(guard, inputs)
    if res is not None:
        return res, []
    if len(inputs) == 1:
        return [None], [(inputs[0], err)]
    mid = len(inputs) // 2
    a, ea = judge_all(guard, inputs[:mid])
    b, eb = judge_all(guard, inputs[mid:])
    return a + b, ea + eb


def main():
    guard = sys.argv[1]
    files = sys.argv[2:] or [os.path.join(HERE, "corpus", c) for c in CORPORA]
    passed = failed = 0
    for path in files:
        cases = [json.loads(l) for l in open(path, encoding="utf-8", errors="surrogateescape")]
        # A NUL cannot reach bash -c; a line starting with '-' was read by
        # bash as its own options, not parsed as code.
        cases = [c for c in cases if "\0" not in c["in"] and not c.get("skipped")
                 and not c["in"].startswith("-")]
        results, crashes = judge_all(guard, [c["in"] for c in cases])
        accepted = [0, 0]       # inputs bash accepted: parsed by guard / total
        rejected = [0, 0]       # inputs bash rejected: refused by guard / total
        cmds = [0, 0]           # literal commands found / expected
        misses = []
        artifacts = 0
        for case, r in zip(cases, results):
            if r is None:
                continue
            rejected_by_bash = not case["syntax_ok"] or (case.get("run_syntax_error")
                                                          and not case["commands"])
            if rejected_by_bash and (not case["commands"] or case.get("run_syntax_error")):
                rejected[1] += 1
                rejected[0] += r["error"] is not None
                continue
            # bash -n rejected it but bash -c ran all of it without a syntax
            # error (extglob switched on by the line itself, which -n does
            # not execute): judged as accepted.
            accepted[1] += 1
            if r["error"] is None:
                accepted[0] += 1
            else:
                misses.append((case["in"], "parse error: " + r["error"]))
            found = {tuple(c["argv"]) for c in r["commands"]}
            # The oracle writes a byte that is not UTF-8 as the Latin-1
            # character in argv (its src keeps the byte); guard keeps the
            # byte (\udcXX).  Compare both spellings.
            found |= {tuple(latin1(a) for a in argv) for argv in found}
            for c in case["commands"]:
                if c["kind"] not in KINDS or not literal(c["src"]):
                    continue
                if oracle_artifact(case, c):
                    artifacts += 1
                    continue
                cmds[1] += 1
                if tuple(c["argv"]) in found:
                    cmds[0] += 1
                else:
                    misses.append((case["in"], "missing %r (src %r)" % (c["argv"], c["src"])))
        name = os.path.basename(path)
        print("%s: %d inputs; bash-accepted parsed %d/%d; literal commands matched %d/%d; "
              "bash-rejected refused %d/%d; crashes/hangs %d; oracle artifacts skipped %d"
              % (name, len(cases), accepted[0], accepted[1], cmds[0], cmds[1],
                 rejected[0], rejected[1], len(crashes), artifacts))
        for inp, why in crashes:
            print("  CRASH %r: %s" % (inp[:200], why))
        for inp, why in misses[:int(os.environ.get("PARITY_SHOW", "40"))]:
            print("  MISS %r: %s" % (inp[:200], why[:300]))
        if len(misses) > 40:
            print("  ... %d more" % (len(misses) - 40))
        bad = len(crashes) + len(misses)
        failed += bad
        passed += cmds[0] + accepted[0]
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
