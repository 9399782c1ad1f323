#!/usr/bin/env python3
"""A scripted stand-in for the Anthropic Messages API, for `make e2e`.

The real Claude Code client is pointed at this server (ANTHROPIC_BASE_URL).
It plays the model from a scenario file: each answer to a conversation that
offers the Bash tool is the next scripted `Bash` tool call, and when the
script is spent the answer is the scenario's final text.

Which step comes next is read from the conversation itself: every tool_use
id this server hands out carries its step number ("toolu_e2e_s03_..."), so
the next step is one past the highest number found in the assistant turns
of the request.  The server keeps no state between requests, and a request
the client retries gets the same answer.

Requests that do not offer the Bash tool (a title, a summary, a quota
probe) get a short text.  Every request is appended to --record as one JSON
object per line (method, path, selected headers, body, and what was
answered), so that the driver can read the tool_result blocks the client
sent back.  Unknown endpoints are recorded and answered 404.

    mock_api.py --scenario FILE --record FILE [--port-file FILE] [--port N]

Listens on 127.0.0.1 only; port 0 (the default) takes a free port, written
to --port-file and printed as "mock_api: listening on PORT".
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ID_RE = re.compile(r"^toolu_e2e_s(\d+)_")
KEPT_HEADERS = ("user-agent", "anthropic-version", "anthropic-beta", "x-app",
                "content-type", "accept", "x-stainless-retry-count")


class Mock:
    """The scenario, the record file and the answers."""

    def __init__(self, scenario_path, record_path):
        with open(scenario_path, encoding="utf-8") as f:
            scenario = json.load(f)
        self.steps = scenario["steps"]
        self.final_text = scenario.get("final", "Investigation finished.")
        self.side_text = scenario.get("side", "Queue investigation")
        self.record_path = record_path
        self.lock = threading.Lock()
        self.seq = 0

    def record(self, entry):
        with self.lock:
            self.seq += 1
            entry = dict(entry, seq=self.seq, t=round(time.time(), 3))
            with open(self.record_path, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    @staticmethod
    def offers_bash(body):
        return any(isinstance(t, dict) and t.get("name") == "Bash"
                   for t in body.get("tools") or [])

    @staticmethod
    def steps_done(body):
        """One past the highest step number among our tool_use ids."""
        done = 0
        for msg in body.get("messages") or []:
            if msg.get("role") != "assistant" or not isinstance(msg.get("content"), list):
                continue
            for block in msg["content"]:
                if isinstance(block, dict) and block.get("type") == "tool_use":
                    m = ID_RE.match(str(block.get("id", "")))
                    if m:
                        done = max(done, int(m.group(1)) + 1)
        return done

    def answer(self, body):
        """(content blocks, stop_reason, note for the record)."""
        if not self.offers_bash(body):
            return [{"type": "text", "text": self.side_text}], "end_turn", "side"
        n = self.steps_done(body)
        if n >= len(self.steps):
            return [{"type": "text", "text": self.final_text}], "end_turn", "final"
        step = self.steps[n]
        tool_input = {"command": step["command"],
                      "description": step.get("description", step.get("id", "step"))}
        block = {"type": "tool_use", "id": "toolu_e2e_s%02d_%s" % (n, uuid.uuid4().hex[:10]),
                 "name": "Bash", "input": tool_input}
        return [block], "tool_use", "step %d %s" % (n, step.get("id", ""))

    @staticmethod
    def message(body, content, stop_reason):
        return {
            "id": "msg_e2e_" + uuid.uuid4().hex[:16],
            "type": "message",
            "role": "assistant",
            "model": body.get("model") or "claude-e2e",
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {"input_tokens": 12, "output_tokens": 7,
                      "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0},
        }


def sse_events(msg):
    """The Messages API stream for a finished message, as (event, data) pairs."""
    head = dict(msg, content=[], stop_reason=None,
                usage=dict(msg["usage"], output_tokens=1))
    yield "message_start", {"type": "message_start", "message": head}
    for i, block in enumerate(msg["content"]):
        if block["type"] == "text":
            start = {"type": "text", "text": ""}
            deltas = [{"type": "text_delta", "text": block["text"]}]
        else:
            start = dict(block, input={})
            text = json.dumps(block["input"])
            half = len(text) // 2  # two fragments, as a real stream sends pieces
            deltas = [{"type": "input_json_delta", "partial_json": part}
                      for part in (text[:half], text[half:])]
        yield "content_block_start", {"type": "content_block_start", "index": i,
                                      "content_block": start}
        for d in deltas:
            yield "content_block_delta", {"type": "content_block_delta", "index": i, "delta": d}
        yield "content_block_stop", {"type": "content_block_stop", "index": i}
    yield "message_delta", {"type": "message_delta",
                            "delta": {"stop_reason": msg["stop_reason"], "stop_sequence": None},
                            "usage": {"output_tokens": msg["usage"]["output_tokens"]}}
    yield "message_stop", {"type": "message_stop"}


def make_handler(mock):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "guard-e2e-mock/1"

        def log_message(self, fmt, *args):
            pass

        def _body(self):
            n = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(n) if n > 0 else b""
            if not raw:
                return None
            try:
                return json.loads(raw.decode("utf-8"))
            except ValueError:
                return raw.decode("utf-8", "replace")

        def _record(self, body, status, note):
            path, _, query = self.path.partition("?")
            hdrs = {k.lower(): v for k, v in self.headers.items() if k.lower() in KEPT_HEADERS}
            mock.record({"method": self.command, "path": path, "query": query,
                         "headers": hdrs, "status": status, "answer": note, "body": body})

        def _json(self, status, obj):
            data = json.dumps(obj).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("request-id", "req_e2e_" + uuid.uuid4().hex[:12])
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _not_found(self, body):
            self._record(body, 404, "not found")
            self._json(404, {"type": "error", "error": {
                "type": "not_found_error", "message": "e2e mock: no such endpoint"}})

        def _stream(self, msg):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.send_header("request-id", "req_e2e_" + uuid.uuid4().hex[:12])
            self.end_headers()
            for name, data in sse_events(msg):
                self.wfile.write(("event: %s\ndata: %s\n\n" % (name, json.dumps(data))).encode())
                self.wfile.flush()
            self.close_connection = True

        def do_HEAD(self):
            self._record(None, 200, "head")
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self):
            path = self.path.partition("?")[0]
            if path == "/v1/models" or path.startswith("/v1/models/"):
                self._record(None, 200, "models")
                self._json(200, {"data": [], "has_more": False, "first_id": None, "last_id": None})
                return
            self._not_found(None)

        def do_POST(self):
            body = self._body()
            path = self.path.partition("?")[0]
            if path == "/v1/messages/count_tokens":
                self._record(body, 200, "count_tokens")
                self._json(200, {"input_tokens": 100})
                return
            if path != "/v1/messages" or not isinstance(body, dict):
                self._not_found(body)
                return
            content, stop_reason, note = mock.answer(body)
            msg = mock.message(body, content, stop_reason)
            stream = bool(body.get("stream"))
            self._record(body, 200, note + (" (stream)" if stream else " (json)"))
            if stream:
                self._stream(msg)
            else:
                self._json(200, msg)

    return Handler


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--record", required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    args = ap.parse_args()
    mock = Mock(args.scenario, args.record)
    srv = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(mock))
    srv.daemon_threads = True
    port = srv.server_address[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w", encoding="utf-8") as f:
            f.write("%d\n" % port)
        os.replace(args.port_file + ".tmp", args.port_file)
    print("mock_api: listening on %d" % port, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
