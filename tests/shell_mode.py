#!/usr/bin/env python3
"""Shell mode: guard in front of the real bash and sh.

Copies GUARD to a temporary bin/ as `bash` and `sh`, writes a config
(GUARD_CONFIG, honoured for root only) that maps them to the real /bin/bash
and /bin/sh, and checks:
  transparency   allowed commands give the real shell's stdout, stderr and
                 exit status, byte for byte;
  denial         a denied line runs nothing: recording fake programs on
                 PATH record nothing, files are not touched;
  agent shapes   the literal invocations of Claude Code, Codex and Gemini CLI;
  fail closed    every fault refuses with exit 126 and one line;
  audit log      one line per decision, a chain that `guard log --verify`
                 accepts, and that catches an edited, deleted or reordered
                 line; 64 concurrent shells x 200 commands lose no line.

usage: shell_mode.py GUARD [RELEASE_GUARD]
The concurrency run (12,800 guarded commands) uses RELEASE_GUARD, the
shipped static build, when given: under ASan it would take minutes.
Ends with 'N passed, N failed'; exit 1 on a failure.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REAL_BASH = shutil.which("bash", path="/usr/bin:/bin")
REAL_SH = "/bin/sh"


class Env:
    def __init__(self, guard):
        # outside /tmp: the investigator policy lets commands write there
        self.dir = tempfile.mkdtemp(prefix="guard-shell-", dir="/var/tmp")
        os.chmod(self.dir, 0o755)
        self.bin = os.path.join(self.dir, "bin")
        self.fake = os.path.join(self.dir, "fakebin")
        self.work = os.path.join(self.dir, "work")
        self.record = os.path.join(self.dir, "record")
        for d in (self.bin, self.fake, self.work):
            os.makedirs(d)
        for name in ("bash", "sh"):
            shutil.copy(guard, os.path.join(self.bin, name))
        self.guard = os.path.join(self.bin, "guard")
        shutil.copy(guard, self.guard)
        for prog in ("aws", "rm", "git"):
            path = os.path.join(self.fake, prog)
            with open(path, "w") as f:
                f.write('#!/bin/sh\nprintf "%%s " "%s" "$@" >> "%s"\necho >> "%s"\n'
                        % (prog, self.record, self.record))
            os.chmod(path, 0o755)
        self.rules = os.path.join(self.dir, "rules.yaml")
        shutil.copy(os.path.join(ROOT, "rules", "investigator.yaml"), self.rules)
        self.log = os.path.join(self.dir, "guard.log")
        self.config = os.path.join(self.dir, "guard.yaml")
        self.write_config()

    def write_config(self, **over):
        settings = {"rules": self.rules, "log": self.log, "mode": "enforce",
                    "interactive": "deny", "on_log_failure": "deny"}
        settings.update(over)
        text = "".join("%s: %s\n" % (k, v) for k, v in settings.items() if v is not None)
        text += "shells:\n  bash: %s\n  sh: %s\n" % (over.get("real_bash", REAL_BASH), REAL_SH)
        text = "\n".join(l for l in text.splitlines() if not l.startswith("real_bash")) + "\n"
        with open(self.config, "w") as f:
            f.write(text)
        os.chmod(self.config, 0o644)

    def environ(self, extra=None):
        env = {"PATH": "%s:%s:/usr/bin:/bin" % (self.bin, self.fake), "HOME": self.work,
               "GUARD_CONFIG": self.config, "LANG": "C", "SHLVL": "1"}
        env.update(extra or {})
        return env

    def recorded(self):
        try:
            return open(self.record).read()
        except FileNotFoundError:
            return ""

    def clear(self):
        if os.path.exists(self.record):
            os.unlink(self.record)


class Results:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, name, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s %s" % (name, detail))


def run(argv0_path, args, env, stdin=b"", cwd=None, argv0=None):
    p = subprocess.run([argv0 or os.path.basename(argv0_path)] + args, executable=argv0_path,
                       input=stdin, capture_output=True, env=env, cwd=cwd, timeout=60)
    return p.returncode, p.stdout, p.stderr


# ---- transparency -----------------------------------------------------------

TRANSPARENT = [
    (["-c", "echo hello; echo err >&2; exit 3"], b""),
    (["-c", 'printf "%s|" "$0" "$1" "$@"', "zero", "one", "two"], b""),
    # death by a signal (SIGXFSZ: the policy denies kill)
    (["-c", "ulimit -f 0; echo x > /tmp/guard-shell-xfsz"], b""),
    (["-c", "cat; echo done"], b"data on stdin\n"),
    (["-c", "read a; echo got:$a; cat"], b"line1\nline2\n"),
    (["-e", "-c", "false; echo not-reached"], b""),
    (["-o", "pipefail", "-c", "false | true; echo $?"], b""),
    (["-x", "-c", "echo traced"], b""),
    (["--norc", "--noprofile", "-c", "echo $((6*7))"], b""),
    (["-c", "nonexistent_command_xyz"], b""),
    (["-c", "for i in 1 2 3; do echo $i; done | wc -l"], b""),
    (["-c", "echo ${BASH_VERSION%%.*} $SHLVL"], b""),
    (["-s", "a", "b"], b'echo "stdin script $1 $2"; exit 4\n'),
    ([], b"echo plain stdin script; read x; echo after:$x\nhello\n"),
    (["-c", "echo 'unterminated"], b""),
]


def test_transparency(e, r):
    env = e.environ()
    for args, stdin in TRANSPARENT:
        real = run(REAL_BASH, args, env, stdin, e.work, argv0="bash")
        guarded = run(os.path.join(e.bin, "bash"), args, env, stdin, e.work, argv0="bash")
        if "unterminated" in " ".join(args):
            # bash rejects it; guard refuses it before bash sees it
            r.check(guarded[0] == 126 and b"guard:" in guarded[2], "syntax error refused", repr(guarded))
            continue
        r.check(real == guarded, "transparent %r" % (args,), "\n  real %r\n  guard %r" % (real, guarded))
    script = os.path.join(e.work, "script.sh")
    with open(script, "w") as f:
        f.write('echo "script $0 $#: $*"\nexit 5\n')
    real = run(REAL_BASH, [script, "x", "y"], env, b"", e.work, argv0="bash")
    guarded = run(os.path.join(e.bin, "bash"), [script, "x", "y"], env, b"", e.work, argv0="bash")
    r.check(real == guarded, "transparent script file", "%r %r" % (real, guarded))
    real = run(REAL_SH, ["-c", "echo $0 from sh; exit 7", "name"], env, b"", e.work, argv0="sh")
    guarded = run(os.path.join(e.bin, "sh"), ["-c", "echo $0 from sh; exit 7", "name"], env, b"",
                  e.work, argv0="sh")
    r.check(real == guarded, "transparent sh", "%r %r" % (real, guarded))
    # fds pass through untouched
    out = os.path.join(e.work, "fd3.txt")
    p = subprocess.run("exec 3>%s; %s -c 'echo on-fd-3 >&3'" % (out, os.path.join(e.bin, "bash")),
                       shell=True, env=env, executable=REAL_BASH, capture_output=True)
    r.check(p.returncode == 0 and open(out).read() == "on-fd-3\n", "fd 3 passes through", repr(p))


# ---- denial before any side effect ------------------------------------------

DENIED = [
    ["-c", "echo ran > marker; aws sqs purge-queue --queue-url U"],
    ["-c", "aws --region us-east-1 sqs purge-queue --queue-url U"],
    ["-c", "eval 'rm -rf x'; echo ran > marker"],
    ["-c", "timeout 5 aws sqs purge-queue --queue-url U"],
    ["-c", "git -C . push origin main"],
    ["-lc", "touch marker && r''m -rf x"],
    ["-c", "bash -c 'rm -rf x'"],
]


def test_denial(e, r):
    env = e.environ()
    guard_bash = os.path.join(e.bin, "bash")
    for args in DENIED:
        e.clear()
        marker = os.path.join(e.work, "marker")
        rc, out, err = run(guard_bash, args, env, b"", e.work)
        lines = err.decode().strip().splitlines()
        r.check(rc == 126 and len(lines) == 1 and lines[0].startswith("guard: denied: ")
                and "rule" in lines[0], "denied %r" % (args,), repr((rc, out, err)))
        r.check(e.recorded() == "" and not os.path.exists(marker), "nothing ran for %r" % (args,),
                e.recorded())
    # a script file, a script on stdin, a heredoc
    script = os.path.join(e.work, "evil.sh")
    with open(script, "w") as f:
        f.write("echo ran > marker\naws sqs purge-queue --queue-url U\n")
    for args, stdin in (([script], b""), ([], open(script, "rb").read()),
                        (["-c", "bash <<'EOF'\naws sqs purge-queue --queue-url U\nEOF"], b"")):
        e.clear()
        rc, out, err = run(guard_bash, args, env, stdin, e.work)
        r.check(rc == 126 and e.recorded() == "" and not os.path.exists(os.path.join(e.work, "marker")),
                "script denied %r" % (args,), repr((rc, err)))
    # exported functions and BASH_ENV are code too
    e.clear()
    rc, _, err = run(guard_bash, ["-c", "ls"], e.environ({"BASH_FUNC_ls%%": "() {  rm -rf x\n}"}),
                     b"", e.work)
    r.check(rc == 126 and e.recorded() == "", "exported function checked", repr(err))
    benv = os.path.join(e.work, "benv.sh")
    with open(benv, "w") as f:
        f.write("aws sqs purge-queue --queue-url U\n")
    e.clear()
    rc, _, err = run(guard_bash, ["-c", "true"], e.environ({"BASH_ENV": benv}), b"", e.work)
    r.check(rc == 126 and e.recorded() == "", "BASH_ENV checked", repr(err))


# ---- agent shapes -----------------------------------------------------------

def claude_wrapper(cmd, snapshot):
    q = "'" + cmd.replace("'", "'\"'\"'") + "'"
    return ("source %s 2>/dev/null || true && \\builtin shopt -u extglob 2>/dev/null || true && "
            "{ \\builtin unalias -- 'which'; \\builtin unset -f -- 'which'; } >/dev/null 2>&1 || true && "
            "{ \\builtin unalias -- 'unsetenv'; \\builtin unset -f -- 'unsetenv'; } >/dev/null 2>&1 || true && "
            "eval %s < /dev/null && pwd -P >| /tmp/claude-a1b2-cwd" % (snapshot, q))


SNAPSHOT_SCRIPT = r'''SNAPSHOT_FILE=$HOME/.claude/shell-snapshots/snapshot-bash-1-abcdef.sh
      source "$HOME/.bashrc" < /dev/null
      echo "# Snapshot file" >| "$SNAPSHOT_FILE"
      echo "unalias -a 2>/dev/null || true" >> "$SNAPSHOT_FILE"
      cat >> "$SNAPSHOT_FILE" << 'CLAUDE_CODE_END_x1'
function grep { if [[ "$1" == --version ]]; then command grep "$@"; else ARGV0=ugrep "$CLAUDE" -G "$@"; fi; }
function find { ARGV0=bfs "$CLAUDE" "$@"; }
export PATH=/usr/bin:/bin
CLAUDE_CODE_END_x1
      if [ ! -f "$SNAPSHOT_FILE" ]; then echo "Error: snapshot" >&2; exit 1; fi
'''


def test_agent_shapes(e, r):
    env = e.environ({"CLAUDE_CODE_SESSION_ID": "sess-1234"})
    guard_bash = os.path.join(e.bin, "bash")
    guard_sh = os.path.join(e.bin, "sh")
    os.makedirs(os.path.join(e.work, ".claude", "shell-snapshots"), exist_ok=True)
    rc, out, _ = run(guard_bash, ["-c", "env"], env, b"", e.work)
    r.check(rc == 0 and b"GUARD_CONFIG" in out, "claude: -c env probe")
    rc, out, err = run(guard_bash, ["-c", "-l", SNAPSHOT_SCRIPT], env, b"", e.work)
    snap = os.path.join(e.work, ".claude", "shell-snapshots", "snapshot-bash-1-abcdef.sh")
    r.check(rc == 0 and os.path.exists(snap), "claude: snapshot -c -l", repr((rc, err)))
    rc, out, err = run(guard_bash, ["-c", claude_wrapper("echo hello && ls / | head -3", snap)],
                       env, b"", e.work)
    r.check(rc == 0 and out.startswith(b"hello\n"), "claude: wrapper, allowed", repr((rc, err)))
    e.clear()
    rc, out, err = run(guard_bash, ["-c", claude_wrapper(
        "aws sqs purge-queue --queue-url U", snap)], env, b"", e.work)
    r.check(rc == 126 and e.recorded() == "", "claude: wrapper, denied", repr((rc, err)))
    prefix = os.path.join(e.work, "prefix.sh")
    with open(prefix, "w") as f:
        # as installed, the prefix script runs through guard (its #! names
        # bash) and so does the bash it execs
        f.write('#!%s\nexec %s -c "$1"\n' % (guard_bash, guard_bash))
    os.chmod(prefix, 0o755)
    e.clear()
    rc, _, err = run(guard_bash, ["-c", "%s %s" % (prefix, "'" + claude_wrapper(
        "aws sqs purge-queue --queue-url U", snap).replace("'", "'\"'\"'") + "'")], env, b"", e.work)
    r.check(rc == 126 and e.recorded() == "", "claude: CLAUDE_CODE_SHELL_PREFIX, denied", repr((rc, err)))
    e.clear()
    rc, _, err = run(guard_sh, ["-c", "bwrap --new-session --die-with-parent --ro-bind / / "
                                "--dev /dev --proc /proc --unshare-pid -- bash -c "
                                "'aws sqs purge-queue --queue-url U'"], env, b"", e.work)
    r.check(rc == 126 and e.recorded() == "", "claude: sandbox bwrap shape, denied", repr((rc, err)))
    rc, out, err = run(guard_bash, ["-lc", "echo hello && ls / | head -3"], env, b"", e.work)
    r.check(rc == 0 and out.startswith(b"hello\n"), "codex: bash -lc", repr((rc, err)))
    prologue = ("if . '%s/nonexistent-snapshot.sh' >/dev/null 2>&1; then :; fi\n"
                "export PATH=/usr/bin:$PATH\nexec '%s' -c 'echo out; echo err >&2; exit 3'"
                % (e.work, guard_bash))
    rc, out, err = run(guard_bash, ["-c", prologue], env, b"", e.work)
    r.check(rc == 3 and out == b"out\n" and err == b"err\n", "codex: prologue ending in exec bash -c",
            repr((rc, out, err)))
    gemini = ("shopt -u promptvars nullglob extglob nocaseglob dotglob; "
              "_bgpids_file='/tmp/gemini-shell-x1/bgpids.tmp'\n(\n"
              "  trap 'jobs -p > \"$_bgpids_file\"' EXIT\n%s\n)\n__code=$?\nexit $__code")
    os.makedirs("/tmp/gemini-shell-x1", exist_ok=True)
    rc, out, err = run(guard_bash, ["-c", gemini % "echo from-gemini"], env, b"", e.work)
    r.check(rc == 0 and out == b"from-gemini\n", "gemini: subshell wrapper", repr((rc, out, err)))
    e.clear()
    rc, out, err = run(guard_bash, ["-c", gemini % "aws sqs purge-queue --queue-url U"], env, b"", e.work)
    r.check(rc == 126 and e.recorded() == "", "gemini: wrapper, denied", repr((rc, err)))


# ---- fail closed ------------------------------------------------------------

def test_fail_closed(e, r):
    guard_bash = os.path.join(e.bin, "bash")
    env = e.environ()

    def refused(name, args=("-c", "echo should-not-run"), env_=None, stdin=b""):
        rc, out, err = run(guard_bash, list(args), env_ or env, stdin, e.work)
        lines = err.decode(errors="replace").strip().splitlines()
        r.check(rc == 126 and out == b"" and len(lines) == 1 and lines[0].startswith("guard: "),
                "fail closed: " + name, repr((rc, out, err[:300])))

    refused("missing config", env_=e.environ({"GUARD_CONFIG": "/nonexistent/guard.yaml"}))
    with open(e.config, "w") as f:
        f.write("rules: [unclosed\n")
    refused("invalid config")
    e.write_config(unknown_key="x")
    refused("unknown config key")
    e.write_config()
    os.chmod(e.config, 0o666)
    refused("world-writable config")
    os.chmod(e.config, 0o644)
    os.chmod(e.rules, 0o666)
    refused("world-writable rules")
    os.chmod(e.rules, 0o644)
    broken = os.path.join(e.dir, "broken.yaml")
    with open(broken, "w") as f:
        f.write("version: 1\nrules:\n  - id: x\n    deny: [\n")
    e.write_config(rules=broken)
    refused("broken rules")
    e.write_config(log=os.path.join(e.dir, "no-such-dir", "guard.log"))
    refused("log cannot be written")
    e.write_config(real_bash="/nonexistent/bash")
    refused("missing real shell")
    e.write_config()
    big = os.path.join(e.work, "big.sh")
    with open(big, "w") as f:
        f.write("echo x\n" * 300000)
    refused("oversize script file", (big,))
    refused("unparseable command", ("-c", "echo $(("))
    refused("privileged -p", ("-p", "-c", "echo x"))
    refused("interactive -i", ("-i",))
    refused("oversize stdin script", (), stdin=b"echo x\n" * 400000)


# ---- compiled configuration and policy ----------------------------------------

def yaml_read(e, args, env):
    """Which of the YAML files guard read (not just opened to check), by
    strace; None when strace is not installed."""
    if not shutil.which("strace"):
        return None
    out = os.path.join(e.dir, "strace.out")
    subprocess.run(["strace", "-f", "-e", "trace=openat,read,close", "-o", out,
                    os.path.join(e.bin, "bash")] + args, env=env, capture_output=True,
                   timeout=60)
    fds, read = {}, set()
    for line in open(out):
        for name in (e.config, e.rules):
            if 'openat(AT_FDCWD, "%s"' % name in line and "= " in line:
                fd = line.rsplit("= ", 1)[1].split()[0]
                if fd.isdigit():
                    fds[fd] = name
        call = line.split(None, 1)[-1]
        if call.startswith("read(") and call[5:].split(",")[0] in fds:
            read.add(fds[call[5:].split(",")[0]])
        if call.startswith("close(") and call[6:].split(")")[0] in fds:
            del fds[call[6:].split(")")[0]]
    return read


def test_compiled(e, r):
    env = e.environ()
    e.write_config()
    time.sleep(1.1)     # compile takes files a second old
    rc = subprocess.run([e.guard, "compile", e.config], capture_output=True).returncode
    r.check(rc == 0 and os.path.exists(e.config + ".compiled") and
            os.path.exists(e.rules + ".compiled"), "guard compile writes both files")
    before = len(log_lines(e))
    rc, out, _ = run(os.path.join(e.bin, "bash"), ["-c", "echo ok"], env, cwd=e.work)
    r.check(rc == 0 and out == b"ok\n" and len(log_lines(e)) == before + 1,
            "compiled: allowed command runs and is logged", repr((rc, out)))
    e.clear()
    rc, _, err = run(os.path.join(e.bin, "bash"),
                     ["-c", "aws sqs purge-queue --queue-url q"], env, cwd=e.work)
    r.check(rc == 126 and e.recorded() == "" and b"denied" in err,
            "compiled: denied command runs nothing", repr((rc, err)))
    read = yaml_read(e, ["-c", "true"], env)
    if read is not None:
        r.check(read == set(), "compiled: neither YAML file is read", repr(read))
    # a changed YAML is read again, whatever the compiled file says
    other = os.path.join(e.dir, "other.log")
    e.write_config(log=other)
    rc, _, _ = run(os.path.join(e.bin, "bash"), ["-c", "true"], env, cwd=e.work)
    r.check(rc == 0 and os.path.exists(other), "stale compiled configuration not used")
    if read is not None:
        r.check(yaml_read(e, ["-c", "true"], env) == {e.config},
                "stale compiled configuration: the YAML is read")
    # so is a changed rules file (the compiled configuration holds the policy)
    e.write_config()
    time.sleep(1.1)
    subprocess.run([e.guard, "compile", e.config], capture_output=True)
    if read is not None:
        r.check(yaml_read(e, ["-c", "true"], env) == set(), "recompiled: no YAML read")
    with open(e.rules, "a") as f:
        f.write("# changed\n")
    if read is not None:
        r.check(yaml_read(e, ["-c", "true"], env) == {e.config, e.rules},
                "changed rules: both YAML files are read")
    # a compiled file others could have written is not trusted
    time.sleep(1.1)
    subprocess.run([e.guard, "compile", e.config], capture_output=True)
    os.chmod(e.config + ".compiled", 0o666)
    os.chmod(e.rules + ".compiled", 0o666)
    if read is not None:
        r.check(yaml_read(e, ["-c", "true"], env) == {e.config, e.rules},
                "writable compiled files are not trusted")
    rc, _, _ = run(os.path.join(e.bin, "bash"), ["-c", "aws sqs purge-queue --queue-url q"],
                   env, cwd=e.work)
    r.check(rc == 126, "writable compiled files: the YAML still decides")
    for path in (e.config + ".compiled", e.rules + ".compiled"):
        os.unlink(path)


# ---- the audit log ----------------------------------------------------------

def log_lines(e):
    try:
        return open(e.log).read().splitlines()
    except FileNotFoundError:
        return []


def verify(e, path):
    p = subprocess.run([e.guard, "log", path, "--verify"], capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode() + p.stderr.decode()


def test_log(e, r, release=None):
    guard_bash = os.path.join(e.bin, "bash")
    env = e.environ({"CLAUDE_CODE_SESSION_ID": "sess-log"})
    if os.path.exists(e.log):
        os.unlink(e.log)
    run(guard_bash, ["-c", "echo one"], env, b"", e.work)
    run(guard_bash, ["-c", "aws sqs purge-queue --queue-url U"], env, b"", e.work)
    run(guard_bash, ["-c", "echo $(("], env, b"", e.work)
    lines = log_lines(e)
    r.check(len(lines) == 3, "one log line per decision", "%d lines" % len(lines))
    recs = [json.loads(l) for l in lines]
    r.check([x.get("decision") for x in recs] == ["allow", "deny", "deny"], "log decisions",
            repr([x.get("decision") for x in recs]))
    r.check(all(x.get("session") == "sess-log" for x in recs), "log names the session")
    rc, out = verify(e, e.log)
    r.check(rc == 0, "verify accepts an intact log", out)
    # tampering
    for name, mutate in (("edited", lambda ls: ls[:1] + [ls[1].replace("deny", "allow", 1)] + ls[2:]),
                         ("deleted", lambda ls: ls[:1] + ls[2:]),
                         ("reordered", lambda ls: [ls[1], ls[0]] + ls[2:])):
        t = os.path.join(e.dir, "tampered.log")
        with open(t, "w") as f:
            f.write("\n".join(mutate(list(lines))) + "\n")
        rc, out = verify(e, t)
        r.check(rc == 1 and "line" in out, "verify catches a %s line" % name, out)
    # 64 concurrent shells x 200 commands
    os.unlink(e.log)
    if release:
        guard_bash = os.path.join(e.dir, "release", "bash")
        os.makedirs(os.path.dirname(guard_bash), exist_ok=True)
        shutil.copy(release, guard_bash)
    n_shells, n_cmds = 64, 200

    def shell(k):
        # each shell runs 200 guarded commands: bash -c, through guard
        p = subprocess.run([REAL_BASH, "-c", 'for i in $(seq %d); do %s -c "echo $i" >/dev/null; done'
                            % (n_cmds, guard_bash)], env=env, capture_output=True, timeout=600)
        return p.returncode

    t0 = time.time()
    with ThreadPoolExecutor(max_workers=n_shells) as pool:
        codes = list(pool.map(shell, range(n_shells)))
    lines = log_lines(e)
    ok_json = all(l.startswith("{") and l.endswith("}") for l in lines)
    r.check(all(c == 0 for c in codes) and len(lines) == n_shells * n_cmds and ok_json,
            "64 concurrent shells x 200: every line, none torn",
            "%d lines, codes %r" % (len(lines), set(codes)))
    rc, out = verify(e, e.log)
    r.check(rc == 0, "64x200 log chain intact (%.1fs)" % (time.time() - t0), out)


# ---- audit mode -------------------------------------------------------------

def test_audit_mode(e, r):
    e.write_config(mode="audit")
    e.clear()
    rc, _, err = run(os.path.join(e.bin, "bash"), ["-c", "aws sqs purge-queue --queue-url U"],
                     e.environ(), b"", e.work)
    last = json.loads(log_lines(e)[-1])
    r.check(rc == 0 and "purge-queue" in e.recorded() and last.get("decision") == "deny"
            and last.get("mode") == "audit", "audit mode logs the deny and runs", repr((rc, err, last.get("mode"))))
    e.write_config()


def main():
    if os.getuid() != 0:
        print("shell_mode.py needs root (GUARD_CONFIG is honoured for root only)")
        print("0 passed, 1 failed")
        return 1
    guard = os.path.abspath(sys.argv[1])
    release = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
    e = Env(guard)
    r = Results()
    try:
        for t in (test_transparency, test_denial, test_agent_shapes, test_fail_closed,
                  test_audit_mode, test_compiled):
            t(e, r)
        test_log(e, r, release)
    finally:
        shutil.rmtree(e.dir, ignore_errors=True)
    print("%d passed, %d failed" % (r.passed, r.failed))
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main())
