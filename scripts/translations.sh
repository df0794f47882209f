#!/bin/bash
# The translation round trip: extract every tr() string into the .ts files, fill
# them from translators' tables if given, and compile the .qm files the app loads.
#
#   scripts/translations.sh                 # lupdate → lrelease, every language
#   scripts/translations.sh TABLE.py ...    # lupdate → fill → lrelease
#
# A table holds one dict per language it translates, named by the language in
# capitals: ES = {...}, FR = {...}, PT = {...}, AR = {...} (source → translation;
# a list of forms for a plural message; a (source, comment) key where one source
# means two things). EN_PLURAL = {...} holds the English singular/plural forms
# of plural messages (wellbeing_desk_en.ts holds only those). Run it from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
ts=assets/translations
# language code → the .ts file's language (plural rules); keep in step with languages.py.
declare -A target=([es]=es_ES [fr]=fr [pt]=pt_BR [ar]=ar)
languages=(es fr pt ar)
# Files on disk only: a module moved or deleted but not yet committed is still in the index.
mapfile -t sources < <(git ls-files --cached --others --exclude-standard 'src/wellbeing_desk/*.py' |
    while read -r file; do [ -f "$file" ] && echo "$file"; done | LC_ALL=C sort)
for lang in "${languages[@]}"; do
    "$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations none \
        -target-language "${target[$lang]}" -ts "$ts/wellbeing_desk_$lang.ts"
done
"$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations none -pluralonly \
    -ts "$ts/wellbeing_desk_en.ts"
if [ "$#" -gt 0 ]; then
    merged=$(mktemp -d)
    trap 'rm -rf "$merged"' EXIT
    "$bin/python" - "$merged" "$@" <<'PY'
import runpy, sys
out, tables = sys.argv[1], sys.argv[2:]
merged = {}
for table in tables:
    for name, value in runpy.run_path(table).items():
        if name.isupper() and isinstance(value, dict):
            merged.setdefault(name, {}).update(value)
for name, value in merged.items():
    open(f"{out}/{name}.py", "w").write(f"{name} = {value!r}\n")
PY
    for lang in "${languages[@]}"; do
        name=${lang^^}
        [ -f "$merged/$name.py" ] || continue
        "$bin/python" scripts/fill_translations.py "$ts/wellbeing_desk_$lang.ts" "$merged/$name.py" "$name" || true
    done
    if [ -f "$merged/EN_PLURAL.py" ]; then
        "$bin/python" scripts/fill_translations.py "$ts/wellbeing_desk_en.ts" "$merged/EN_PLURAL.py" EN_PLURAL >/dev/null || true
    fi
fi
for lang in "${languages[@]}" en; do
    "$bin/pyside6-lrelease" "$ts/wellbeing_desk_$lang.ts" -qm "$ts/wellbeing_desk_$lang.qm" >/dev/null
done
