#!/usr/bin/env python3
"""Check one or more locale folders against English without building the service.

    pip install fluent.syntax babel
    python3 scripts/check_locale.py si ta        # or: all

For translators working outside Rust: the same rules `cargo test --test api locales` enforces,
plus what it cannot know. Per locale it reports, and exits 1 on any of the first four:

- a file that does not parse (Fluent syntax), with the line;
- a message or attribute English has and the locale lacks, or one the locale has and English not;
- a variable (`{ $count }`) the locale uses that English's message does not give it;
- a plural variant (`[few]`) the language does not have (CLDR plural rules, from babel);
- (warning) a plural selector missing a category the language does have;
- (warning) a variable English uses that the translation never shows;
- (listing, with --same) messages still identical to English.
"""

import sys
from pathlib import Path

try:
    from fluent.syntax import FluentParser, ast
except ImportError:  # pragma: no cover - tells the translator what to install
    sys.exit("needs: pip install fluent.syntax babel")

ROOT = Path(__file__).resolve().parent.parent / "locales"
NUMERIC_OR_CATEGORY = {"zero", "one", "two", "few", "many", "other"}


def plural_categories(code):
    try:
        from babel import Locale
    except ImportError:
        sys.exit("needs: pip install fluent.syntax babel")
    return set(Locale.parse(code).plural_form.tags) | {"other"}


def walk(node, found):
    """Collects variable names and plural selectors' variant keys under node."""
    if isinstance(node, ast.VariableReference):
        found["vars"].add(node.id.name)
    if isinstance(node, ast.SelectExpression):
        keys = []
        for variant in node.variants:
            if isinstance(variant.key, ast.Identifier):
                keys.append(variant.key.name)
            else:
                keys.append(variant.key.value)
        found["selects"].append(keys)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            if isinstance(value, list):
                for item in value:
                    walk(item, found)
            else:
                walk(value, found)


def text_of(pattern):
    if pattern is None:
        return None
    return "".join(
        e.value if isinstance(e, ast.TextElement) else "{}" for e in pattern.elements
    )


def load(path):
    source = path.read_text(encoding="utf-8")
    resource = FluentParser(with_spans=True).parse(source)
    errors, messages = [], {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            line = source.count("\n", 0, entry.span.start) + 1
            errors.append(f"{path}:{line}: does not parse: {entry.annotations[0].message}")
        elif isinstance(entry, (ast.Message, ast.Term)):
            name = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
            found = {"vars": set(), "selects": []}
            walk(entry, found)
            messages[name] = {
                "attrs": {a.id.name for a in entry.attributes},
                "vars": found["vars"],
                "selects": found["selects"],
                "text": text_of(entry.value),
            }
    return errors, messages


def check(code, show_same):
    problems, warnings, same = [], [], []
    categories = plural_categories(code)
    for en_file in sorted((ROOT / "en").glob("*.ftl")):
        path = ROOT / code / en_file.name
        if not path.exists():
            problems.append(f"{path}: missing file")
            continue
        _, english = load(en_file)
        errors, local = load(path)
        problems += errors
        for key in english.keys() - local.keys():
            problems.append(f"{path}: missing {key}")
        for key in local.keys() - english.keys():
            problems.append(f"{path}: {key} is not in English")
        for key in english.keys() & local.keys():
            en, loc = english[key], local[key]
            if en["attrs"] != loc["attrs"]:
                problems.append(f"{path}: {key} attributes {sorted(loc['attrs'])} != {sorted(en['attrs'])}")
            for var in loc["vars"] - en["vars"]:
                problems.append(f"{path}: {key} uses ${var}, which English does not give")
            for var in en["vars"] - loc["vars"]:
                warnings.append(f"{path}: {key} never shows ${var}")
            for keys in loc["selects"]:
                plural = [k for k in keys if k in NUMERIC_OR_CATEGORY]
                if not plural:
                    continue
                for k in plural:
                    if k not in categories:
                        problems.append(f"{path}: {key} has [{k}], not a plural category of {code} {sorted(categories)}")
                covered = set(plural) | ({"zero"} if "0" in keys else set())
                for k in categories - covered:
                    warnings.append(f"{path}: {key} lacks [{k}]")
            if code != "en" and loc["text"] and loc["text"].strip("{} ") and loc["text"] == en["text"]:
                same.append(f"{path}: {key} = {loc['text']}")
    for line in problems:
        print("ERROR", line)
    for line in warnings:
        print("warn ", line)
    if show_same:
        for line in same:
            print("same ", line)
    print(f"{code}: {len(problems)} errors, {len(warnings)} warnings, {len(same)} identical to English")
    return not problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_same = "--same" in sys.argv
    if not args:
        sys.exit(__doc__)
    codes = sorted(p.name for p in ROOT.iterdir() if p.is_dir()) if args == ["all"] else args
    ok = all([check(code, show_same) for code in codes])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
