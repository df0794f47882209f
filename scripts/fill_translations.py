"""Fill a Qt .ts file from a Python dict of source -> translation (a translator's helper).

    python scripts/fill_translations.py assets/translations/wellbeing_desk_fr.ts TABLE.py [NAME]

TABLE.py defines ``NAME = {"source": "translation", ...}`` (``NAME`` is ``ES``
unless given: ``FR``, ``PT``, ``AR``…), a list of forms for plural messages.
A key may also be ``("source", "disambiguation comment")`` for a source that
means two things. Messages with a translation in the table lose their
"unfinished" mark; the rest are listed.
"""

import os
import runpy
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, table_path: str, name: str = "ES") -> int:
    table = runpy.run_path(table_path).get(name, {})
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        translation = message.find("translation")
        assert translation is not None
        key = (source, comment) if (source, comment) in table else source
        if key in table:
            value = table[key]
            if message.get("numerus") == "yes":  # plural forms: a list, one per form
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = value
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    ET.indent(tree, space="    ")
    # Written beside it and renamed: a failure part-way never leaves a cut-short .ts.
    partial = ts_path + ".partial"
    with open(partial, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    os.replace(partial, ts_path)
    for source in missing:
        print(f"missing: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
