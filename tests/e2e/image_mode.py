"""run.py --mode image: the scenario inside the investigator image (podman).

The image is the one `make image` builds from docker/Dockerfile: Claude
Code installed (`claude`), guard installed by `guard install --lockdown` in
front of /bin/bash and /bin/sh, the rules and config in /etc/guard, the
audit log in /var/log/guard, the user `investigator` with a prepared
~/.claude.json and the client's own deny list (user and managed
settings).  This mode checks that install as it is: it runs the image's
client as the image's user, in the image's HOME and working directory,
with the image's guard config; it sets no GUARD_CONFIG and no SHELL of its
own (the image's ENV says SHELL=/bin/bash).

It adds, by bind mount, only /e2e: the run directory, holding the fake
`aws` (first on PATH), the victim and the aws call log.  --network=host
lets the client reach the mock API on the host's 127.0.0.1.  The
container is kept until the audit log, the guard config and the rules have
been copied out of it (podman cp), then removed.

Settings, from the environment:
  E2E_IMAGE        the image (default localhost/guard-investigator, i.e.
                   :latest, the tag `make image` gives)
  CONTAINERS_CONF  podman's config; if unset, build/podman/containers.conf
                   (written by tests/image/podman.sh) when it exists, else
                   one written to build/e2e (runtime runc, and the ulimits
                   this host needs: shared/reference/infra.md)
"""
import json
import os
import re
import shutil
import subprocess
import time
import uuid

DEFAULT_IMAGE = "localhost/guard-investigator"
CONTAINERS_CONF = """[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
"""
GUARD_CONFIG = "/etc/guard/guard.yaml"


class Image:
    inside = "/e2e"

    def __init__(self, root):
        self.image = os.environ.get("E2E_IMAGE", DEFAULT_IMAGE)
        self.env = dict(os.environ)
        if not shutil.which("podman"):
            raise SystemExit("e2e: --mode image needs podman (apt-get install podman runc)")
        if "CONTAINERS_CONF" not in self.env:
            # the one tests/image/podman.sh writes for `make image`
            conf = os.path.join(root, "build", "podman", "containers.conf")
            if not os.path.exists(conf):
                conf = os.path.join(root, "build", "e2e", "containers.conf")
                os.makedirs(os.path.dirname(conf), exist_ok=True)
                with open(conf, "w", encoding="utf-8") as f:
                    f.write(CONTAINERS_CONF)
            self.env["CONTAINERS_CONF"] = conf
        got = self.podman("image", "inspect", "--format", "{{json .Config}}", self.image)
        if got.returncode != 0:
            raise SystemExit("e2e: no image %s (make image, or set E2E_IMAGE): %s" % (
                self.image, got.stderr.strip()))
        self.config = json.loads(got.stdout)
        self.image_env = dict(e.split("=", 1) for e in self.config.get("Env") or [])

    def podman(self, *args, **kw):
        kw.setdefault("stdout", subprocess.PIPE)
        kw.setdefault("stderr", subprocess.PIPE)
        return subprocess.run(["podman"] + list(args), env=self.env, text=True, **kw)

    def client_version(self):
        got = self.podman("run", "--rm", "--pull=never", "--network=none",
                          "--entrypoint", "claude", self.image, "--version")
        return (got.stdout or got.stderr).strip()

    def view(self, v):
        """The paths as the image's client sees them: its HOME and workdir."""
        v = dict(v)
        v["home"] = self.image_env.get("HOME", "/root")
        v["work"] = self.config.get("WorkingDir") or v["home"]
        v["shell"] = self.image_env.get("SHELL", "/bin/bash")
        return v

    def user(self):
        """(uid, gid) of the image's default user."""
        got = self.podman("run", "--rm", "--pull=never", "--network=none",
                          "--entrypoint", "/usr/bin/id", self.image)
        m = re.match(r"uid=(\d+)\([^)]*\) gid=(\d+)", got.stdout)
        if not m:
            raise SystemExit("e2e: cannot read the image's user: %s" % (got.stderr or got.stdout))
        return int(m.group(1)), int(m.group(2))

    def run_client(self, client_args, run, p, v, env, timeout):
        """Runs the image's claude with client_args; (exit status or None on
        timeout, seconds).  Leaves the image's audit log in p["log"], its
        rules in p["rules"]."""
        uid, gid = self.user()
        for top, dirs, files in os.walk(run):
            for n in dirs + files:
                os.lchown(os.path.join(top, n), uid, gid)
        os.lchown(run, uid, gid)
        # The fake aws is a program on PATH: root's, as guard's unsafe-path
        # rule requires of every PATH directory (the client writes only
        # into the rest of the run directory).
        for top, dirs, files in os.walk(p["fakebin"]):
            for n in dirs + files:
                os.lchown(os.path.join(top, n), 0, 0)
        os.lchown(p["fakebin"], 0, 0)
        os.chmod(p["fakebin"], 0o755)
        keep = ("ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY", "E2E_AWS_LOG", "NO_COLOR")
        env = {k: val for k, val in env.items() if k in keep}
        env["PATH"] = v["fakebin"] + ":" + self.image_env.get("PATH", "/usr/bin:/bin")
        if uid == 0:
            env["IS_SANDBOX"] = "1"
        cname = "guard-e2e-" + uuid.uuid4().hex[:8]
        argv = ["podman", "run", "--name", cname, "--pull=never", "--network=host",
                "--ulimit", "nofile=20000:20000", "--ulimit", "nproc=32768:32768",
                "-v", "%s:%s" % (run, self.inside),
                "-v", "%s:/tmp/e2e-rec" % os.path.join(run, "rec"), "--entrypoint", "claude"]
        for k, val in sorted(env.items()):
            argv += ["-e", "%s=%s" % (k, val)]
        argv += [self.image] + client_args
        started = time.monotonic()
        rc = None
        with open(p["stdout"], "wb") as out, open(p["stderr"], "wb") as err:
            proc = subprocess.Popen(argv, env=self.env, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err)
            try:
                rc = proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.podman("kill", cname)
                proc.wait()
        secs = time.monotonic() - started
        try:
            self.fetch(cname, p)
        finally:
            self.podman("rm", "-f", cname)
        return rc, secs

    def fetch(self, cname, p):
        """The image's guard config, and the log and rules it names."""
        conf = os.path.join(os.path.dirname(p["config"]), "image-guard.yaml")
        got = self.podman("cp", "%s:%s" % (cname, GUARD_CONFIG), conf)
        if got.returncode != 0:
            print("e2e: no %s in the image: %s" % (GUARD_CONFIG, got.stderr.strip()))
            return
        with open(conf, encoding="utf-8") as f:
            text = f.read()
        for key, dest in (("log", p["log"]), ("rules", p["rules"])):
            m = re.search(r"^%s:\s*(\S+)" % key, text, re.M)
            if not m:
                print("e2e: %s names no %s" % (GUARD_CONFIG, key))
                continue
            if os.path.exists(dest):
                os.unlink(dest)
            got = self.podman("cp", "%s:%s" % (cname, m.group(1).strip("\"'")), dest)
            if got.returncode != 0:
                print("e2e: cannot copy the image's %s: %s" % (key, got.stderr.strip()))
