#!/usr/bin/env bash
# Every user-visible string of the sources has a German translation, and the translations keep the
# source's placeholders (%1, %n...). Runs lupdate on a scratch copy of the .ts, so that a string
# added since the last `update_translations` shows up here as untranslated.
#
# usage: TranslationCompletenessTest.sh LUPDATE TS_FILE SOURCES_LST PYTHON3
set -euo pipefail

lupdate=$1
ts=$2
sources=$3
python=$4

scratch=$(mktemp -d "${TMPDIR:-/tmp}/allium-translation-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/current.ts"
if ! log=$("$lupdate" -silent -no-obsolete -locations none "@$sources" -ts "$scratch/current.ts" 2>&1); then
    echo "$log" >&2
    echo "FAIL: lupdate could not read the sources" >&2
    exit 1
fi

"$python" - "$scratch/current.ts" "$(basename "$ts")" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET

path, name = sys.argv[1], sys.argv[2]
root = ET.parse(path).getroot()
placeholder = re.compile(r"%(?:n|L?[1-9])")
untranslated, mismatched, total = [], [], 0
for context in root.iter("context"):
    ctx = context.findtext("name")
    for message in context.iter("message"):
        total += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            untranslated.append(f"{ctx}: {source!r}")
            continue
        wanted = sorted(set(placeholder.findall(source)))
        for form in forms:
            # A singular form may name the number ("1 Tag") instead of %n.
            got = sorted(set(placeholder.findall(form)))
            if got != wanted and not (message.get("numerus") == "yes" and set(got) == set(wanted) - {"%n"}):
                mismatched.append(f"{ctx}: {source!r} -> {form!r}")

if untranslated:
    print(f"FAIL: {len(untranslated)} of {total} strings have no German translation. Run "
          f"`cmake --build <build> --target update_translations` and translate them in {name} "
          "(Qt Linguist, or by hand):", file=sys.stderr)
    for entry in untranslated:
        print("    " + entry, file=sys.stderr)
if mismatched:
    print(f"FAIL: {len(mismatched)} translations lose or add placeholders:", file=sys.stderr)
    for entry in mismatched:
        print("    " + entry, file=sys.stderr)
if untranslated or mismatched:
    sys.exit(1)
print(f"PASS: all {total} strings of the sources have a German translation with the same placeholders")
PY
