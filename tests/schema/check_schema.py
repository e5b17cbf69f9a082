#!/usr/bin/env python3
"""Holds data/schema/outline.schema.json to what CoachDeck's loader accepts.

- the schema is a valid JSON Schema (draft 2020-12);
- every file in tests/data/valid passes it, and so does the example in docs/outline-format.md;
- every file in tests/data/malformed that is JSON at all fails it, except the files listed in
  BEYOND_THE_SCHEMA (rules a JSON Schema cannot state: unique ids, references, cross-field
  limits, calendar days, nesting depth), which must pass it, so that list stays true.

Needs Debian's python3-jsonschema (scripts/deps installs it); exits 77 (skipped) without it.
usage: check_schema.py REPO_ROOT
"""
import json
import math
import pathlib
import re
import sys

try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed (scripts/deps installs it)")
    sys.exit(77)

BEYOND_THE_SCHEMA = {
    # unique ids
    "duplicate-agenda-id.json", "duplicate-figure-id.json", "duplicate-snapshot-id.json",
    "duplicate-figure-id-in-snapshot.json", "duplicate-note-id.json", "duplicate-action-id.json",
    # references to other parts of the outline
    "note-unknown-item.json", "snapshot-unknown-item.json", "clock-unknown-item.json",
    "perspective-unknown-figure.json", "shown-snapshot-unknown.json",
    # one field measured against another
    "session-number-over-count.json", "adjust-below-zero.json", "danger-above-warning.json",
    "zone-off-board.json",
    # days that match YYYY-MM-DD but are not in the calendar
    "session-date-invalid.json", "action-due-invalid.json",
    # the document's shape, not its content
    "nesting-100.json", "nesting-65.json",
}


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number overflow: {text}")
    return value


def load_json(path):
    """The document as CoachDeck's parser sees it, or None when it is not JSON to it."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        document = json.loads(text, parse_constant=reject_constant, parse_float=finite_float)
    except (UnicodeDecodeError, ValueError):
        return None
    if re.search(r"[\ud800-\udfff]", json.dumps(document, ensure_ascii=False)):
        return None  # a lone surrogate escape: refused by the parser
    return document


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    schema = json.loads((root / "data/schema/outline.schema.json").read_text(encoding="utf-8"))
    validator_class = jsonschema.Draft202012Validator
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failures = []
    checked = 0

    for path in sorted((root / "tests/data/valid").glob("*.json")):
        errors = list(validator.iter_errors(load_json(path)))
        checked += 1
        if errors:
            failures.append(f"{path.name}: valid, but the schema says: {errors[0].message}")

    docs = (root / "docs/outline-format.md").read_text(encoding="utf-8")
    examples = re.findall(r"```json\n(.*?)```", docs, re.S)
    complete = [e for e in examples if '"format": "coachdeck.outline"' in e]
    if not complete:
        failures.append("docs/outline-format.md: no complete example")
    for example in complete:
        checked += 1
        for error in validator.iter_errors(json.loads(example)):
            failures.append(f"docs/outline-format.md example: {error.message}")
    example_file = root / "tests/data/valid/docs-example.json"
    if complete and json.loads(complete[0]) != load_json(example_file):
        failures.append("docs/outline-format.md: the complete example differs from "
                        "tests/data/valid/docs-example.json")

    listed = set()
    for line in (root / "tests/data/malformed/EXPECTED.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name = line.split("\t")[0]
        listed.add(name)
        document = load_json(root / "tests/data/malformed" / name)
        if document is None:
            continue
        checked += 1
        accepted = validator.is_valid(document)
        if name in BEYOND_THE_SCHEMA and not accepted:
            failures.append(f"{name}: listed as beyond the schema, but the schema refuses it")
        elif name not in BEYOND_THE_SCHEMA and accepted:
            failures.append(f"{name}: CoachDeck refuses it ({line.split(chr(9))[2]}), the schema accepts it")
    for name in sorted(BEYOND_THE_SCHEMA - listed):
        failures.append(f"{name}: in BEYOND_THE_SCHEMA but not in EXPECTED.tsv")

    for failure in failures:
        print(failure)
    print(f"{checked - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
