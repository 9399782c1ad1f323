#!/usr/bin/env python3
"""gen-aws-ops.py - rules/data/aws-ops.tsv -> guard/aws_ops_table.c

    python3 tools/gen-aws-ops.py [--in TSV] [--out C_FILE]

Writes the classification of every AWS CLI operation as constant C data that
guard/aws_ops.c binary-searches (layout: guard/aws_ops_int.h).  The output is
committed, so building guard needs no Python; `make aws-table` reruns this and
`make aws-table-check` checks that the committed file is what it would write.

Why an encoding instead of plain strings: the 20,244 operation names are
474 KB as C strings, 70 % of the size of the whole static binary.  They are
made of few words (about 2,450 distinct: describe, get, queue, ...), so each
name is stored as word numbers, the most frequent words in one byte, and a
name shares its leading words with the one before it: about 108 KB, and
190 KB for the whole table with the reasons.

Deterministic: the output depends only on the TSV's content (every order is
a sort with a total key), so regenerating an unchanged TSV changes nothing.
Standard library only.
"""

import argparse
import collections
import os
import re
import sys

BUCKET = 8           # AWS_OPS_BUCKET: names per front-coding restart point
MAXLEN = 128         # AWS_OPS_MAXLEN: longest name + NUL the decoder holds
MAXWORDS = 15        # AWS_OPS_MAXWORDS: the entry header has 4 bits of each

CLASSES = ("read", "mutate", "sensitive-read", "side-effect-read")
# enum aws_class in guard/aws_ops.h: AWS_UNKNOWN is 0, the rest follow CLASSES.
CLASS_ENUM = {c: i + 1 for i, c in enumerate(CLASSES)}
# For duplicate keys: the class least likely to be allowed wins.  A state
# change (side-effect-read) is ranked above a leak without one
# (sensitive-read); both are denied by default anyway.
RESTRICT = {"read": 0, "sensitive-read": 1, "side-effect-read": 2, "mutate": 3}

NAME_RE = re.compile(r"^(?:[a-z0-9]+(?:[- ][a-z0-9]+)*)?$")
SERVICE_RE = re.compile(r"^(?:[a-z0-9][a-z0-9.-]*|<any>)$")


def die(msg):
    sys.exit("gen-aws-ops: " + msg)


def words_of(op):
    """Split a CLI name into words.  '-' joins words; a space (waiters:
    'wait function-exists', nested: 'wizard new-function') stays at the end
    of the word before it, so the decoder joins with '-' unless the previous
    word ends in a space."""
    return re.findall(r"[^- ]+ ?", op)


def join_words(ws):
    out = ""
    for w in ws:
        if out and not out.endswith(" "):
            out += "-"
        out += w
    return out


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        die(f"{path}: empty")
    head = lines[0].split("\t")
    need = ("service", "cli_operation", "class", "reason")
    for col in need:
        if col not in head:
            die(f"{path}: header has no '{col}' column")
    ix = {c: head.index(c) for c in need}
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line.endswith("\r"):
            die(f"{path}:{n}: CR line ending")
        f = line.split("\t")
        if len(f) != len(head):
            die(f"{path}:{n}: {len(f)} fields, header has {len(head)}")
        svc, op, cls, reason = (f[ix[c]] for c in need)
        if not SERVICE_RE.match(svc):
            die(f"{path}:{n}: bad service {svc!r}")
        if not NAME_RE.match(op):
            die(f"{path}:{n}: bad cli_operation {op!r}")
        if cls not in CLASS_ENUM:
            die(f"{path}:{n}: bad class {cls!r}")
        if len(op) + 1 > MAXLEN or len(words_of(op)) > MAXWORDS:
            die(f"{path}:{n}: cli_operation too long for the decoder")
        if join_words(words_of(op)) != op:
            die(f"{path}:{n}: {op!r} does not survive the word split")
        if "\0" in reason:
            die(f"{path}:{n}: NUL in reason")
        rows.append((n, svc, op, cls, reason))
    return rows


def merge(rows):
    """One entry per (service, cli_operation).  The research table has one
    row per key (the three CLI versions are already united), but if a key
    comes twice the most restrictive class is kept, with its reason; among
    equals the first row."""
    keep = {}
    seen = collections.defaultdict(list)
    for r in rows:
        key = (r[1], r[2])
        seen[key].append(r)
        if key not in keep or RESTRICT[r[3]] > RESTRICT[keep[key][3]]:
            keep[key] = r
    dups = [(k, v, keep[k]) for k, v in seen.items() if len(v) > 1]
    dups.sort(key=lambda d: (d[0][0].encode(), d[0][1].encode()))
    return keep, dups


def varint(v):
    # 0..127 in one byte; 128..32767 in two, high byte first with bit 7 set.
    if v < 0x80:
        return [v]
    if v < 0x8000:
        return [0x80 | (v >> 8), v & 0xFF]
    die("number too large for the encoding")


def c_str(s):
    """s as the body of a C string literal.  '?' is escaped because
    -std=c17 turns trigraphs on; octal escapes are always three digits,
    so a following digit cannot extend them."""
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch in '"\\?':
            out.append("\\" + ch)
        elif 0x20 <= b < 0x7F:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def c_comment(s):
    return s.replace("*/", "* /")


def generate(rows, src_name):
    keep, dups = merge(rows)
    by_svc = collections.defaultdict(list)
    for (svc, op), r in keep.items():
        by_svc[svc].append(r)
    services = sorted(by_svc, key=lambda s: s.encode())
    for s in services:
        by_svc[s].sort(key=lambda r: r[2].encode())

    # Frequent words and (class, reason) pairs get the small numbers, which
    # fit in one byte.  Ties by the text, so the order is total.
    wfreq = collections.Counter(w for r in keep.values() for w in words_of(r[2]))
    words = sorted(wfreq, key=lambda w: (-wfreq[w], w.encode()))
    wid = {w: i for i, w in enumerate(words)}
    afreq = collections.Counter((r[3], r[4]) for r in keep.values())
    attrs = sorted(afreq, key=lambda a: (-afreq[a], CLASS_ENUM[a[0]], a[1].encode()))
    aid = {a: i for i, a in enumerate(attrs)}

    # aws_ops_text: service names, then reasons; each reason once.
    text, text_off = [], {}
    pos = 0

    def add_text(s):
        nonlocal pos
        if s not in text_off:
            text_off[s] = pos
            text.append((pos, s))
            pos += len(s.encode("utf-8")) + 1
        return text_off[s]

    svc_name = {s: add_text(s) for s in services}
    for a in attrs:
        add_text(a[1])

    # One offset more than words, so a word's length is the difference of
    # two offsets (minus its NUL), without strlen.
    word_off, wpos = [], 0
    for w in words:
        word_off.append(wpos)
        wpos += len(w) + 1
    word_off.append(wpos)
    if wpos > 0xFFFF:
        die("word text over 64 KiB: widen aws_ops_word to uint32_t")

    # The entry stream.  An entry: a byte (shared << 4 | new), where shared
    # is how many leading words it has in common with the entry before it
    # (0 at the start of a bucket, so a bucket decodes on its own) and new
    # how many word numbers follow; then the word numbers; then the number
    # of its (class, reason) pair.
    code_lines, buckets, svc_rows = [], [], []
    cpos = 0
    for s in services:
        ops = by_svc[s]
        if len(ops) > 0xFFFF or len(buckets) > 0xFFFF:
            die("too many operations for the uint16_t fields of aws_ops_svc")
        svc_rows.append((s, svc_name[s], len(ops), len(buckets)))
        prev = []
        for i, r in enumerate(ops):
            ws = words_of(r[2])
            if i % BUCKET == 0:
                buckets.append(cpos)
                prev = []
            k = 0
            while k < min(len(ws), len(prev)) and ws[k] == prev[k]:
                k += 1
            b = [k << 4 | (len(ws) - k)]
            for w in ws[k:]:
                b += varint(wid[w])
            b += varint(aid[(r[3], r[4])])
            code_lines.append((s, r, b))
            cpos += len(b)
            prev = ws

    counts = collections.Counter(r[3] for r in keep.values())
    o = []
    w = o.append
    w("/*")
    w(" * aws_ops_table.c - GENERATED by tools/gen-aws-ops.py from")
    w(f" * {src_name}; do not edit.  Regenerate: make aws-table.")
    w(" * Layout and meaning: aws_ops_int.h.  Lookup: aws_ops.h.")
    w(" *")
    w(f" * {len(rows)} rows, {len(keep)} distinct (service, cli_operation) keys,")
    w(f" * {len(services)} services, {len(words)} words, {len(attrs)} (class, reason) pairs,")
    w(f" * {len(buckets)} buckets of up to {BUCKET}, {cpos} bytes of entries.")
    w(" * Classes: " + ", ".join(f"{c} {counts[c]}" for c in CLASSES) + ".")
    w(" *")
    w(" * Duplicate keys (the same service and operation on several rows) keep")
    w(" * the most restrictive class, mutate > side-effect-read > sensitive-read")
    w(" * > read, with that row's reason; among equal classes the first row.")
    if not dups:
        w(" * Duplicates merged: none.")
    else:
        w(f" * Duplicates merged: {len(dups)}.")
        for (svc, op), rs, kept in dups:
            lines_ = ", ".join(f"line {r[0]} {r[3]}" for r in rs)
            w(c_comment(f" *   {svc} {op}: {lines_} -> {kept[3]} (line {kept[0]})"))
    w(" */")
    w('#include "aws_ops_int.h"')
    w("")
    w("/* The encoding below assumes these; a header edited without the")
    w(" * generator (or the reverse) fails to compile. */")
    w(f'_Static_assert(AWS_OPS_BUCKET == {BUCKET}, "tools/gen-aws-ops.py BUCKET");')
    w(f'_Static_assert(AWS_OPS_MAXLEN == {MAXLEN}, "tools/gen-aws-ops.py MAXLEN");')
    w(f'_Static_assert(AWS_OPS_MAXWORDS == {MAXWORDS}, "tools/gen-aws-ops.py MAXWORDS");')
    w("")
    w(f"const unsigned aws_ops_nsvc = {len(services)};")
    w(f"const unsigned aws_ops_nops = {len(keep)};")
    w(f"const unsigned aws_ops_nword = {len(words)};")
    w(f"const unsigned aws_ops_nattr = {len(attrs)};")
    w(f"const unsigned aws_ops_nbucket = {len(buckets)};")
    w(f"const unsigned aws_ops_ncode = {cpos};")
    w("")
    w("/* Service names, then reasons, NUL-terminated; offset in the comment. */")
    w("const char aws_ops_text[] =")
    for p, s in text:
        w(f'\t/* {p:6d} */ "{c_str(s)}\\0"')
    w("\t;")
    w("")
    w("/* Sorted by name (strcmp): name, number of operations, first bucket. */")
    w("const struct aws_ops_svc aws_ops_svc[] = {")
    for s, name, n, b in svc_rows:
        w(f"\t{{ {name}, {n}, {b} }},\t/* {c_comment(s)} */")
    w("};")
    w("")
    w("/* Class and reason (offset in aws_ops_text) of each pair, by pair number. */")
    w("const struct aws_ops_attr aws_ops_attr[] = {")
    enum_name = {c: "AWS_" + c.upper().replace("-", "_") for c in CLASSES}
    for i, a in enumerate(attrs):
        w(f"\t{{ {text_off[a[1]]}, {enum_name[a[0]]} }},\t/* {i}: {afreq[a]} ops */")
    w("};")
    w("")
    w("/* Words, NUL-terminated, most frequent first. */")
    w("const char aws_ops_wordtext[] =")
    for i, wd in enumerate(words):
        w(f'\t/* {i:4d} */ "{c_str(wd)}\\0"')
    w("\t;")
    w("")
    w("/* Offset in aws_ops_wordtext of each word, by word number, and the end. */")
    w("const uint16_t aws_ops_word[] = {")
    for i in range(0, len(word_off), 12):
        w("\t" + " ".join(f"{x}," for x in word_off[i:i + 12]))
    w("};")
    w("")
    w("/* Offset in aws_ops_code of the first entry of each bucket. */")
    w("const uint32_t aws_ops_bucket[] = {")
    for i in range(0, len(buckets), 10):
        w("\t" + " ".join(f"{x}," for x in buckets[i:i + 10]))
    w("};")
    w("")
    w("/* The entries, service by service, in strcmp order of the operation. */")
    w("const uint8_t aws_ops_code[] = {")
    for s, r, b in code_lines:
        op = r[2] if r[2] else '""'
        w(f"\t{''.join(f'{x},' for x in b)}\t/* {c_comment(s)} {c_comment(op)}: {r[3]} */")
    w("};")
    return "\n".join(o) + "\n", counts, dups


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--in", dest="src", default="rules/data/aws-ops.tsv")
    ap.add_argument("--out", default="guard/aws_ops_table.c")
    a = ap.parse_args()
    rows = read_tsv(a.src)
    # The name written into the file is the repository path, not the path
    # given, so a regeneration into build/ for the check compares equal.
    out, counts, dups = generate(rows, "rules/data/aws-ops.tsv")
    d = os.path.dirname(a.out)
    if d:
        os.makedirs(d, exist_ok=True)
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    os.replace(tmp, a.out)
    summary = ", ".join(f"{c} {counts[c]}" for c in CLASSES)
    print(f"gen-aws-ops: {a.out}: {sum(counts.values())} ops ({summary}), "
          f"{len(dups)} duplicate keys merged", file=sys.stderr)


if __name__ == "__main__":
    main()
