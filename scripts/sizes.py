#!/usr/bin/env python3
"""Source files over 1,000 lines and functions over 120 (the guide in ARCHITECTURE.md).

Usage: scripts/sizes.py [--fn-limit N] [--file-limit N]   (run from the repository's top)
Prints each one found and exits 1 when any is; a function's length runs from its `fn` line
to its closing brace, found by counting braces outside strings, chars and comments.
"""
import argparse
import pathlib
import re
import sys

FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def strip(line, in_block):
    """The line without comments, strings and chars, and whether a block comment is open."""
    out, i = [], 0
    while i < len(line):
        if in_block:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out), True
            i, in_block = end + 2, False
        elif line.startswith("//", i):
            break
        elif line.startswith("/*", i):
            in_block, i = True, i + 2
        elif line[i] == '"':
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            i = j + 1
        elif line[i] == "'" and re.match(r"'(\\.|[^\\'])'", line[i:]):
            i += len(re.match(r"'(\\.|[^\\'])+'", line[i:]).group(0))
        else:
            out.append(line[i])
            i += 1
    return "".join(out), in_block


def functions(lines):
    """(name, first line, length) of every function with a body."""
    found, in_block = [], False
    stack = []  # (name, start, depth at start) of open functions
    depth = 0
    nest = 0  # open ( and [, so that `[u8; 32]` in a signature ends nothing
    pending = None
    for n, raw in enumerate(lines, 1):
        m = FN.match(raw)
        code, in_block = strip(raw, in_block)
        if m and not in_block:
            pending = (m.group(6), n)
        for ch in code:
            if ch == "{":
                if pending:
                    stack.append((pending[0], pending[1], depth))
                    pending = None
                depth += 1
            elif ch == "}":
                depth -= 1
                if stack and stack[-1][2] == depth:
                    name, start, _ = stack.pop()
                    found.append((name, start, n - start + 1))
            elif ch in "([":
                nest += 1
            elif ch in ")]":
                nest -= 1
            elif ch == ";" and pending and nest == 0:
                pending = None  # a declaration without a body
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fn-limit", type=int, default=120)
    ap.add_argument("--file-limit", type=int, default=1000)
    args = ap.parse_args()
    over = 0
    for path in sorted(pathlib.Path(".").glob("[st][re][cs]*/**/*.rs")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if len(lines) > args.file_limit:
            print(f"{path}: {len(lines)} lines")
            over += 1
        for name, start, length in functions(lines):
            if length > args.fn_limit:
                print(f"{path}:{start}: fn {name} is {length} lines")
                over += 1
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
