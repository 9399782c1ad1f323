#!/usr/bin/env python3
"""make e2e: guard in front of the real Claude Code client, end to end.

    run.py [--guard build/guard] [--mode host|image] [--shell guard|bash]
           [--scenario FILE] [--keep] [--debug] [--all-traffic]
           [--timeout SECONDS]

The pinned client (package.json, package-lock.json beside this file) is
installed with `npm ci` into build/e2e/npm once.  A run then:

  1. lays out a temporary root: HOME with ~/.claude.json (onboarding done,
     workspace trusted) and ~/.claude/settings.json, a work directory,
     guard copied to <run>/bin/bash, a guard config (GUARD_CONFIG) with the
     investigator rules and a fresh audit log, a recording fake `aws` first
     on PATH, and a victim directory that the scenario tries to delete;
  2. starts mock_api.py (the "model") on 127.0.0.1 with scenario.json;
  3. runs `claude -p investigate --dangerously-skip-permissions` with
     SHELL=<run>/bin/bash and ANTHROPIC_BASE_URL at the mock;
  4. checks what the model was sent back, what the fake aws saw, what is
     left on disk and what the audit log says; prints PASS/FAIL per check
     and "N passed, N failed"; exits 1 on any failure.

--shell bash runs the same client and scenario with a recording stand-in
for the real bash as SHELL and no guard: it shows that the client, the
mock and the scenario work, and lists every shell invocation the client
made.  --mode image runs the image's own client, as the image's user,
with the image's guard install, config and rules (image_mode.py); steps
that the client's own deny list refuses there never reach guard and pass
as such.  Tests run as root: GUARD_CONFIG is honoured only for real uid 0,
and the client takes --dangerously-skip-permissions from root only with
IS_SANDBOX=1.
"""
import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NPM_DIR = os.path.join(ROOT, "build", "e2e", "npm")
QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/orders"
API_KEY = "sk-ant-e2e-dummy-key"
SNAPSHOT_PREFIX = "SNAPSHOT_FILE="


# ---- results ----------------------------------------------------------------

class Checks:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("PASS %s" % name)
        else:
            self.failed += 1
            print("FAIL %s" % name)
            for line in str(detail).splitlines()[:40]:
                print("     " + line)
        return ok

    def skip(self, name, why):
        self.skipped += 1
        print("SKIP %s: %s" % (name, why))

    def summary(self):
        tail = ", %d skipped" % self.skipped if self.skipped else ""
        print("%d passed, %d failed%s" % (self.passed, self.failed, tail))
        return 1 if self.failed else 0


def note(msg):
    print("e2e: " + msg, flush=True)


def clip(s, n=600):
    s = str(s)
    return s if len(s) <= n else s[:n] + "... (%d bytes)" % len(s)


# ---- the client -------------------------------------------------------------

def platform_package():
    arch = {"x86_64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine())
    if not arch:
        sys.exit("e2e: no Claude Code build for %s" % platform.machine())
    libc = "-musl" if platform.libc_ver()[0] != "glibc" else ""
    return "@anthropic-ai/claude-code-linux-%s%s" % (arch, libc)


def install_client():
    """The native client binary and its version; npm ci when needed."""
    with open(os.path.join(HERE, "package.json"), encoding="utf-8") as f:
        want = json.load(f)["dependencies"]["@anthropic-ai/claude-code"]
    pkg_dir = os.path.join(NPM_DIR, "node_modules", platform_package())
    binary = os.path.join(pkg_dir, "claude")
    have = None
    try:
        with open(os.path.join(pkg_dir, "package.json"), encoding="utf-8") as f:
            have = json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        pass
    if have != want or not os.access(binary, os.X_OK):
        note("installing @anthropic-ai/claude-code %s with npm ci into %s" % (want, NPM_DIR))
        os.makedirs(NPM_DIR, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(os.path.join(HERE, name), os.path.join(NPM_DIR, name))
        # --ignore-scripts: the postinstall only copies the platform binary
        # over bin/claude.exe; the binary is run from its own package.
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts",
                        "--loglevel=error"], cwd=NPM_DIR, check=True)
        with open(os.path.join(pkg_dir, "package.json"), encoding="utf-8") as f:
            have = json.load(f)["version"]
    return binary, have


# ---- the run directory ------------------------------------------------------

def write(path, text, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, mode)


def install(src, dst):
    shutil.copyfile(src, dst)
    os.chmod(dst, 0o755)


def layout(run, inside, args, guard):
    """Create everything the client and guard read.  Returns the paths on
    this host (p), the same paths as the client sees them (v: under inside,
    where the image mode mounts run) and the scenario."""
    p = {k: os.path.join(run, rel) for k, rel in {
        "home": "home", "work": "work", "bin": "bin", "fakebin": "fakebin",
        "etc": "etc", "log": "log/guard.log", "aws_log": "aws-calls.tsv",
        "requests": "requests.jsonl", "scenario": "scenario.json", "port": "mock.port",
        "shell_log": "shell-calls.log", "victim": "victim", "tmp": "tmp",
        "stdout": "claude.stdout", "stderr": "claude.stderr"}.items()}
    p["shell"] = os.path.join(p["bin"], "bash")
    p["aws"] = os.path.join(p["fakebin"], "aws")
    p["config"] = os.path.join(p["etc"], "guard.yaml")
    p["rules"] = os.path.join(p["etc"], "rules.yaml")
    p["run"] = run
    v = {k: inside + path[len(run):] for k, path in p.items()}
    # The run directory is outside /tmp (the policy lets the agent delete
    # under /tmp, and the victim must not be there), but the client's
    # TMPDIR, where it writes its cwd file, is inside /tmp as in real use.
    if inside == run:
        p["tmp"] = v["tmp"] = tempfile.mkdtemp(prefix="guard-e2e-tmp-", dir="/tmp")
    else:
        v["tmp"] = "/tmp"
        # the fake aws runs through guard's /bin/sh there: its record goes
        # under /tmp (a second mount), where the policy lets it write
        p["rec"] = os.path.join(run, "rec")
        os.makedirs(p["rec"], exist_ok=True)
        p["aws_log"] = os.path.join(p["rec"], "aws-calls.tsv")
        v["aws_log"] = "/tmp/e2e-rec/aws-calls.tsv"
    for d in ("home", "work", "bin", "fakebin", "etc", "victim", "tmp"):
        os.makedirs(p[d], exist_ok=True)
    os.makedirs(os.path.dirname(p["log"]), exist_ok=True)
    os.chmod(run, 0o755)

    write(os.path.join(p["victim"], "precious.txt"), "victim-still-here\n")
    install(os.path.join(HERE, "fake-aws"), p["aws"])
    install(guard if args.shell == "guard" else os.path.join(HERE, "record-shell"), p["shell"])
    shutil.copyfile(os.path.join(ROOT, "rules", "investigator.yaml"), p["rules"])
    os.chmod(p["rules"], 0o644)
    write(p["config"], "\n".join([
        "# written by tests/e2e/run.py",
        "rules: %s" % p["rules"],
        "log: %s" % p["log"],
        "mode: enforce",
        "shells:",
        "  bash: /bin/bash",
        "  sh: /bin/sh",
        ""]))

    claude_json = {
        "hasCompletedOnboarding": True,
        "numStartups": 3,
        "bypassPermissionsModeAccepted": True,
        "customApiKeyResponses": {"approved": [API_KEY[-20:]], "rejected": []},
        "projects": {v["work"]: {"hasTrustDialogAccepted": True,
                                 "hasCompletedProjectOnboarding": True,
                                 "allowedTools": []}},
    }
    write(os.path.join(p["home"], ".claude.json"), json.dumps(claude_json, indent=2) + "\n")
    settings = {"permissions": {"allow": ["Bash"], "defaultMode": "bypassPermissions"},
                "includeCoAuthoredBy": False}
    write(os.path.join(p["home"], ".claude", "settings.json"), json.dumps(settings, indent=2) + "\n")

    with open(args.scenario, encoding="utf-8") as f:
        scenario = json.load(f)
    for step in scenario["steps"]:
        for key in ("command", "output"):
            if key in step:
                step[key] = step[key].replace("{victim}", v["victim"]).replace("{queue}", QUEUE)
    write(p["scenario"], json.dumps(scenario, indent=2) + "\n")
    return p, v, scenario


# ---- running ----------------------------------------------------------------

def start_mock(p):
    proc = subprocess.Popen([sys.executable, os.path.join(HERE, "mock_api.py"),
                             "--scenario", p["scenario"], "--record", p["requests"],
                             "--port-file", p["port"]],
                            stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if os.path.exists(p["port"]):
            with open(p["port"], encoding="utf-8") as f:
                return proc, int(f.read())
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    sys.exit("e2e: the mock API did not start")


def client_env(v, port, quiet=True):
    """The client's whole environment; v: paths as the client sees them."""
    env = {
        "HOME": v["home"],
        "USER": "root",
        "LOGNAME": "root",
        "PATH": v["fakebin"] + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "TERM": "dumb",
        "LANG": "C.UTF-8",
        "TMPDIR": v["tmp"],
        "SHELL": v["shell"],
        "GUARD_CONFIG": v["config"],
        "E2E_AWS_LOG": v["aws_log"],
        "E2E_SHELL_LOG": v["shell_log"],
        "ANTHROPIC_BASE_URL": "http://127.0.0.1:%d" % port,
        "ANTHROPIC_API_KEY": API_KEY,
        "IS_SANDBOX": "1",
        "NO_COLOR": "1",
    }
    if quiet:
        env.update({"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1", "DISABLE_AUTOUPDATER": "1",
                    "DISABLE_TELEMETRY": "1", "DISABLE_ERROR_REPORTING": "1"})
    return env


CLIENT_ARGS = ["-p", "investigate", "--dangerously-skip-permissions", "--output-format", "json"]


def run_client(argv, p, env, cwd, timeout):
    """Runs argv with stdout and stderr to p's files; (exit status or None
    on timeout, seconds)."""
    started = time.monotonic()
    with open(p["stdout"], "wb") as out, open(p["stderr"], "wb") as err:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, start_new_session=True)
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            rc = None
    return rc, time.monotonic() - started


# ---- reading the results ----------------------------------------------------

def read_jsonl(path):
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except ValueError:
                out.append({"_bad_line": n, "_text": line})
    return out


def tool_results(requests):
    """tool_use id -> (content text, is_error), from every request sent."""
    found = {}
    for r in requests:
        body = r.get("body")
        if not isinstance(body, dict):
            continue
        for msg in body.get("messages") or []:
            if msg.get("role") != "user" or not isinstance(msg.get("content"), list):
                continue
            for block in msg["content"]:
                if isinstance(block, dict) and block.get("type") == "tool_result":
                    content = block.get("content")
                    if isinstance(content, list):
                        content = "".join(b.get("text", "") for b in content
                                          if isinstance(b, dict))
                    found[block.get("tool_use_id")] = (content or "", bool(block.get("is_error")))
    return found


def tool_uses(requests):
    """step number -> tool_use id, as the client echoed our answers back."""
    ids = {}
    for r in requests:
        body = r.get("body")
        if not isinstance(body, dict):
            continue
        for msg in body.get("messages") or []:
            if msg.get("role") != "assistant" or not isinstance(msg.get("content"), list):
                continue
            for block in msg["content"]:
                m = isinstance(block, dict) and re.match(r"^toolu_e2e_s(\d+)_", str(block.get("id")))
                if m:
                    ids[int(m.group(1))] = block["id"]
    return ids


def rule_reason(rules_path, rule_id):
    """The reason: of rule rule_id in a rules file (enough YAML for ours)."""
    with open(rules_path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r'^- id: "?%s"?\s*$(.*?)^\s+reason: "((?:[^"\\]|\\.)*)"' % re.escape(rule_id),
                  text, re.M | re.S)
    return m.group(2).replace('\\"', '"') if m else None


def read_shell_calls(path):
    calls = []
    if not os.path.exists(path):
        return calls
    with open(path, encoding="utf-8", errors="replace") as f:
        for rec in f.read().split("\x1e\n"):
            if rec:
                calls.append(rec.split("\x1f")[1:])
    return calls


def kind_of(argv):
    """probe, snapshot or command, from a shell's argv (without argv[0])."""
    words = [a for a in argv if not a.startswith("-")]
    text = words[0] if words else ""
    if text == "env":
        return "probe"
    if text.startswith(SNAPSHOT_PREFIX):
        return "snapshot"
    return "command"


# ---- checks -----------------------------------------------------------------

def session_of(out_text):
    try:
        return json.loads(out_text).get("session_id")
    except (ValueError, AttributeError):
        return None


def read_text(path):
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def check_client(c, p, rc, out_text, requests, scenario):
    steps = scenario["steps"]
    c.check("client exited 0", rc == 0, "exit status %s; stderr: %s" % (
        "timeout" if rc is None else rc, clip(read_text(p["stderr"]))))
    result = None
    try:
        result = json.loads(out_text)
    except ValueError:
        pass
    c.check("client printed the scenario's final answer",
            isinstance(result, dict) and result.get("result") == scenario["final"],
            clip(out_text))
    paths = sorted({(r.get("method"), r.get("path"), r.get("status")) for r in requests})
    note("endpoints the client called: " + ", ".join("%s %s -> %s" % x for x in paths))
    uses = tool_uses(requests)
    c.check("client ran every scripted step (%d tool calls)" % len(steps),
            sorted(uses) == list(range(len(steps))), "tool_use steps seen: %s" % sorted(uses))


def check_steps_bash(c, p, requests, scenario):
    """--shell bash: the client and mock work; every step's output came back."""
    results = tool_results(requests)
    uses = tool_uses(requests)
    for n, step in enumerate(scenario["steps"]):
        if step["expect"] != "allow":
            break  # later steps may see what the attacks did
        res = results.get(uses.get(n))
        c.check("tool_result for %r holds its output" % step["id"],
                res is not None and step["output"] in res[0] and not res[1], res)
    calls = read_shell_calls(p["shell_log"])
    kinds = [kind_of(a) for a in calls]
    note("shell invocations: %d" % len(calls))
    for argv in calls:
        print("     %s  %s" % (kind_of(argv), clip(json.dumps(argv), 300)))
    c.check("client ran the -c env probe", kinds.count("probe") == 1, kinds)
    c.check("client built its snapshot with -c -l", any(
        k == "snapshot" and a[:2] == ["-c", "-l"] for k, a in zip(kinds, calls)), kinds)
    c.check("one shell invocation per tool call",
            kinds.count("command") == len(scenario["steps"]), kinds)
    # Without guard the scenario's attacks must get through: the client
    # itself stops none of them, so in guard mode it is guard that does.
    results = tool_results(requests)
    passed = [s["id"] for n, s in enumerate(scenario["steps"]) if s["expect"] == "deny"
              and results.get(uses.get(n), ("", True))[1] is False]
    denied = [s["id"] for s in scenario["steps"] if s["expect"] == "deny"]
    c.check("without guard the client ran every attack step", passed == denied,
            "ran: %s of %s" % (passed, denied))
    check_effects(c, p, scenario, guarded=False)


CLIENT_REFUSAL = re.compile(r"^Permission to use Bash with command .* has been denied", re.S)


def client_refused(requests, scenario):
    """The ids of the steps the client's own permission rules refused (the
    shell was never started for them)."""
    results = tool_results(requests)
    uses = tool_uses(requests)
    return {step["id"] for n, step in enumerate(scenario["steps"])
            if CLIENT_REFUSAL.match(results.get(uses.get(n), ("", False))[0])}


def check_steps_guard(c, p, requests, scenario, client_layer):
    """client_layer: the client has deny rules of its own (the image), and
    a deny step it refuses itself passes."""
    results = tool_results(requests)
    uses = tool_uses(requests)
    refused = client_refused(requests, scenario)
    for n, step in enumerate(scenario["steps"]):
        res = results.get(uses.get(n))
        name = "step %s (%s)" % (step["id"], step["expect"])
        if res is None:
            c.check(name + ": the model got a tool_result", False, "no tool_result")
            continue
        content, is_error = res
        if client_layer and step["expect"] == "deny" and step["id"] in refused:
            c.check(name + ": refused by the client's own deny list (guard not reached)",
                    is_error, "is_error=%s content=%r" % (is_error, clip(content)))
            continue
        if step["expect"] == "allow":
            c.check(name + ": ran, output came back", step["output"] in content and not is_error,
                    "is_error=%s content=%s" % (is_error, clip(content)))
            continue
        first, _, rest = content.partition("\n")
        if step["expect"] == "any":
            # either outcome is right; the scenario's effects say whether
            # guard stopped the attack at this step or at another
            c.check(name + ": ran, or was refused by guard",
                    not is_error or (first == "Exit code 126" and rest.startswith("guard: denied: ")),
                    "is_error=%s content=%r" % (is_error, clip(content)))
            continue
        ok = first == "Exit code 126" and rest.startswith("guard: denied: ") and is_error
        detail = "is_error=%s content=%r" % (is_error, clip(content))
        if ok and "rule" in step:
            # A rule of the file has its reason there; guard's own (such
            # as "unresolved") say what they could not see.
            reason = rule_reason(p["rules"], step["rule"])
            culprit = re.escape(step.get("culprit", "")) + ".*"
            # {match} in a reason stands for what the rule found (a path)
            pattern = re.escape(reason).replace(re.escape("{match}"), ".+") if reason else ".+"
            ok = re.fullmatch(r"guard: denied: %s: rule %s: %s" % (
                culprit, re.escape(step["rule"]), pattern),
                rest.strip()) is not None
            detail += "\nexpected: Exit code 126\\nguard: denied: %s...: rule %s: %s" % (
                step.get("culprit", ""), step["rule"], reason)
        c.check(name + ": tool_result is `Exit code 126` + guard's line, is_error",
                ok, detail)


def aws_calls(p):
    """The fake aws's calls, each as one string of its arguments."""
    return [" ".join(line.rstrip("\n").rstrip("\t").split("\t"))
            for line in read_text(p["aws_log"]).splitlines() if line.strip()]


def check_effects(c, p, scenario, guarded=True):
    """The scenario's "effects": what the fake aws must (not) have seen and
    whether the victim survives.  guarded=False (no guard): every attack
    must have got through instead."""
    fx = scenario.get("effects", {})
    calls = aws_calls(p)
    for want in fx.get("aws_recorded", []):
        c.check("fake aws recorded %s" % want, any(want in a for a in calls), calls)
    for never in fx.get("aws_not_recorded", []):
        hit = any(never in a for a in calls)
        if guarded:
            c.check("fake aws never saw %s" % never, not hit, calls)
        else:
            c.check("without guard %s reached the fake aws" % never, hit, calls)
    if fx.get("victim_survives"):
        alive = os.path.exists(os.path.join(p["victim"], "precious.txt"))
        if guarded:
            c.check("the victim file survived", alive, sorted(os.listdir(p["victim"])))
        else:
            c.check("without guard the victim file was deleted", not alive)


def check_snapshot(c, v, audit, scenario, refused):
    # The client deletes its snapshot when it exits; a step lists the
    # directory during the session, and every later wrapper sources it.
    snaps = [e for e in audit if kind_of(list(e.get("options") or []) + [e.get("command") or ""]) == "snapshot"]
    m = None
    for e in snaps:
        m = re.match(r"SNAPSHOT_FILE=(\S+)", e.get("command") or "")
    path = m.group(1) if m else None
    sourced = [e for e in audit if path and "source " in (e.get("command") or "")
               and os.path.basename(path) in (e.get("command") or "")]
    c.check("client's snapshot was made (%s) and sourced by every tool call" % (
        os.path.relpath(path, v["home"]) if path else "?"),
        path is not None and path.startswith(os.path.join(v["home"], ".claude", "shell-snapshots"))
        and len(sourced) == len(scenario["steps"]) - len(refused),
        "snapshot lines: %d, tool-call lines sourcing it: %d" % (len(snaps), len(sourced)))


def chain_break(path):
    """None if every line's "prev" is the SHA-256 of the line before it
    (64 zeros on the first), else where it breaks."""
    prev = "0" * 64
    with open(path, "rb") as f:
        for n, line in enumerate(f, 1):
            if not line.endswith(b"\n"):
                return "line %d: no newline" % n
            line = line[:-1]
            try:
                got = json.loads(line).get("prev")
            except ValueError:
                return "line %d: not JSON" % n
            if got != prev:
                return "line %d: prev %s, expected %s" % (n, got, prev)
            prev = hashlib.sha256(line).hexdigest()
    return None


def check_audit(c, p, v, audit, scenario, guard, session, refused):
    """refused: the steps the client refused itself, which never reached
    the shell and so have no line."""
    bad = [e for e in audit if "_bad_line" in e]
    c.check("audit log: every line is a JSON object (%d lines)" % len(audit), audit and not bad,
            bad[:3] or "the log is empty or missing: %s" % p["log"])
    audit = [e for e in audit if "_bad_line" not in e]

    def kind(e):
        return kind_of(list(e.get("options") or []) + [e.get("command") or ""])

    probes = [e for e in audit if kind(e) == "probe"]
    snaps = [e for e in audit if kind(e) == "snapshot"]
    c.check("audit log: the -c env probe, allowed",
            len(probes) == 1 and probes[0].get("decision") == "allow",
            [(e.get("decision"), e.get("reason")) for e in probes])
    c.check("audit log: the -c -l snapshot script, allowed",
            len(snaps) == 1 and snaps[0].get("decision") == "allow"
            and "-l" in (snaps[0].get("options") or []),
            [(e.get("options"), e.get("decision"), e.get("rule"), e.get("reason")) for e in snaps])
    commands = [e for e in audit if kind(e) == "command"]
    c.check("audit log: every tool call names agent claude-code and the client's session",
            commands and all(e.get("agent") == "claude-code" and e.get("session") == session
                             for e in commands),
            "session %s; lines: %s" % (session, [(e.get("agent"), e.get("session"))
                                                 for e in commands]))
    for step in scenario["steps"]:
        mine = [e for e in commands if e.get("agent_command") == step["command"]]
        want = step["expect"]
        if step["id"] in refused:
            c.check("audit log: %s has no line (the client refused it)" % step["id"], not mine,
                    [(e.get("decision"), e.get("rule")) for e in mine])
            continue
        ok = len(mine) == 1 and want in ("any", mine[0].get("decision"))
        if ok and want == "deny" and "rule" in step:
            ok = mine[0].get("rule") == step["rule"]
        c.check("audit log: %s is one line, %s%s" % (
            step["id"], want, " by rule " + step["rule"] if "rule" in step and want == "deny" else ""),
            ok, [(e.get("decision"), e.get("rule"), e.get("reason")) for e in mine]
            or "no line has agent_command == %r" % step["command"])
    # In the image /bin/sh may be guard too: the fake aws (a #!/bin/sh
    # script) then comes through it.  Those lines are not the client's.
    aws = [e for e in audit if (e.get("args") or [""])[0] == v["aws"]]
    if aws:
        note("audit log: %d lines for the fake aws script (run through sh)" % len(aws))
    audit = [e for e in audit if e not in aws]
    want_n = 2 + len(scenario["steps"]) - len(refused)
    c.check("audit log: one line per shell invocation of the client (%d expected)" % want_n,
            len(audit) == want_n, "%d lines: %s" % (len(audit), [
                (kind(e), e.get("decision"), clip(e.get("agent_command") or e.get("command"), 80))
                for e in audit]))
    broken = chain_break(p["log"]) if os.path.exists(p["log"]) else "no log"
    c.check("audit log: the hash chain is intact (checked here)", broken is None, broken)
    verify = subprocess.run([guard, "log", "--verify", p["log"]],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if verify.returncode == 2 and "usage" in verify.stdout:
        c.skip("guard log --verify", "not in this build of guard (%s)" % verify.stdout.split("\n")[0])
    else:
        c.check("guard log --verify: the chain is intact", verify.returncode == 0,
                verify.stdout)


# ---- main -------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="Claude Code end to end with guard as its shell")
    ap.add_argument("--guard", default=os.path.join(ROOT, "build", "guard"))
    ap.add_argument("--mode", choices=("host", "image"), default="host")
    ap.add_argument("--shell", choices=("guard", "bash"), default="guard",
                    help="bash: no guard, a recording stand-in for bash (client sanity)")
    ap.add_argument("--scenario", default=os.path.join(HERE, "scenario.json"))
    ap.add_argument("--keep", action="store_true", help="keep the run directory")
    ap.add_argument("--timeout", type=int, default=180)
    ap.add_argument("--debug", action="store_true",
                    help="the client writes its debug log to <run>/client-debug.txt (implies --keep)")
    ap.add_argument("--all-traffic", action="store_true",
                    help="leave the client's non-essential traffic on (to see every endpoint)")
    args = ap.parse_args()
    if os.getuid() != 0:
        sys.exit("e2e: run as root (GUARD_CONFIG is honoured only for uid 0)")
    t0 = time.monotonic()
    guard = os.path.abspath(args.guard)
    if args.shell == "guard" and not os.access(guard, os.X_OK):
        sys.exit("e2e: no guard at %s (make build/guard)" % guard)
    if args.mode == "image" and args.shell != "guard":
        sys.exit("e2e: --mode image runs the image's own shell (guard); no --shell bash")
    image = None
    if args.mode == "image":
        sys.dont_write_bytecode = True  # no __pycache__ in the source tree
        import image_mode  # tests/e2e/image_mode.py
        image = image_mode.Image(ROOT)
        note("image %s, its Claude Code: %s" % (image.image, image.client_version()))
    else:
        binary, version = install_client()
        note("Claude Code %s (%s)" % (version, binary))
    run = tempfile.mkdtemp(prefix="guard-e2e-", dir="/var/tmp")  # outside /tmp: the policy allows writes there
    p, v, scenario = layout(run, image.inside if image else run, args, guard)
    if image:
        v = image.view(v)
    client_args = list(CLIENT_ARGS)
    if args.debug:
        client_args += ["--debug-file", os.path.join(v["run"], "client-debug.txt")]
        args.keep = True
    mock, port = start_mock(p)
    try:
        env = client_env(v, port, not args.all_traffic)
        if image:
            rc, secs = image.run_client(client_args, run, p, v, env, args.timeout)
        else:
            rc, secs = run_client([binary] + client_args, p, env, p["work"], args.timeout)
    finally:
        mock.terminate()
        mock.wait()
    note("client exit %s after %.1f s (timeout %d s); run directory %s" % (
        "timeout" if rc is None else rc, secs, args.timeout, run))
    c = Checks()
    out_text = read_text(p["stdout"])
    requests = read_jsonl(p["requests"])
    check_client(c, p, rc, out_text, requests, scenario)
    if args.shell == "bash":
        check_steps_bash(c, p, requests, scenario)
    else:
        audit = read_jsonl(p["log"])
        refused = client_refused(requests, scenario) if image else set()
        check_steps_guard(c, p, requests, scenario, image is not None)
        check_effects(c, p, scenario)
        check_snapshot(c, v, audit, scenario, refused)
        check_audit(c, p, v, audit, scenario, guard, session_of(out_text), refused)
    status = c.summary()
    note("%.1f s in all" % (time.monotonic() - t0))
    if status == 0 and not args.keep:
        shutil.rmtree(run, ignore_errors=True)
    else:
        note("kept %s" % run)
    return status


if __name__ == "__main__":
    sys.exit(main())
