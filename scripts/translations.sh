#!/bin/bash
# The translation round trip: extract every tr() string into the .ts files, fill
# them from translators' tables if given, and compile the .qm files the app loads.
#
#   scripts/translations.sh                 # lupdate → lrelease
#   scripts/translations.sh TABLE.py ...    # lupdate → fill from ES = {...} → lrelease
#
# A table may also hold EN_PLURAL = {...}: the English singular/plural forms of
# plural messages (wellbeing_desk_en.ts holds only those). Run it from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
ts=assets/translations
# Files on disk only: a module moved or deleted but not yet committed is still in the index.
mapfile -t sources < <(git ls-files --cached --others --exclude-standard 'src/wellbeing_desk/*.py' |
    while read -r file; do [ -f "$file" ] && echo "$file"; done | LC_ALL=C sort)
"$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations none -ts "$ts/wellbeing_desk_es.ts"
"$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations none -pluralonly \
    -ts "$ts/wellbeing_desk_en.ts"
if [ "$#" -gt 0 ]; then
    merged=$(mktemp -d)
    trap 'rm -rf "$merged"' EXIT
    "$bin/python" - "$merged" "$@" <<'PY'
import runpy, sys
out, tables = sys.argv[1], sys.argv[2:]
es, en = {}, {}
for table in tables:
    data = runpy.run_path(table)
    es.update(data.get("ES", {}))
    en.update(data.get("EN_PLURAL", {}))
open(f"{out}/es.py", "w").write(f"ES = {es!r}\n")
open(f"{out}/en.py", "w").write(f"ES = {en!r}\n")
PY
    "$bin/python" scripts/fill_translations.py "$ts/wellbeing_desk_es.ts" "$merged/es.py" || true
    "$bin/python" scripts/fill_translations.py "$ts/wellbeing_desk_en.ts" "$merged/en.py" >/dev/null || true
fi
"$bin/pyside6-lrelease" "$ts/wellbeing_desk_es.ts" "$ts/wellbeing_desk_en.ts"
