"""Fill a fresh vault with four months of made-up check-ins, for screenshots and demos.

    WELLBEING_DESK_HOME=/tmp/demo python scripts/demo_vault.py --language es

The vault is created with cheap KDF settings and the passphrase
"tangerine harbour whistles slowly": never use it for real data.
"""

import argparse
import random
from datetime import date, datetime, time, timedelta

from wellbeing_desk.paths import default_vault_dir
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.journal import CHECKIN, ENTRY, EntryInput

PASSPHRASE = "tangerine harbour whistles slowly"
TEXT = {
    "en": {
        "lines": ["Long day; the hearing was postponed again", "Good call with Ana, then a walk",
                  "Slept badly, quiet evening", "Tea with my sister"],
        "body": "## After the hearing\nIt was postponed again. My shoulders were tight all "
                "afternoon.\n\n- walked by the river\n- **called Ana**",
        "plan": {"warning_signs": "Not sleeping, snapping at people, skipping meals.",
                 "what_helps": "Walking by the river. Cooking with my sister.",
                 "people": "Ana (peer circle), my sister, the counsellor on Thursdays."},
        "tags": ["work", "family", "travel"],
    },
    "es": {
        "lines": ["Día largo; otra vez aplazaron la audiencia", "Buena llamada con Ana y un paseo",
                  "Dormí mal, tarde tranquila", "Té con mi hermana"],
        "body": "## Después de la audiencia\nLa aplazaron otra vez. Tuve los hombros tensos toda "
                "la tarde.\n\n- caminé junto al río\n- **llamé a Ana**",
        "plan": {"warning_signs": "No dormir, contestar mal, saltarme comidas.",
                 "what_helps": "Caminar junto al río. Cocinar con mi hermana.",
                 "people": "Ana (círculo de pares), mi hermana, la psicóloga los jueves."},
        "tags": ["trabajo", "familia", "viaje"],
    },
}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", choices=sorted(TEXT), default="en")
    text = TEXT[parser.parse_args().language]
    rng = random.Random(7)
    vault = Vault.create(default_vault_dir(), PASSPHRASE, KdfParams.fast_for_tests())
    activities = [item.id for item in vault.care_items.items(ACTIVITY)]
    signs = [item.id for item in vault.care_items.items(WARNING_SIGN)]
    stress = 5.0
    entries = []
    for days_ago in range(120, 0, -1):
        if rng.random() < 0.2:
            continue
        day = date.today() - timedelta(days=days_ago)
        done = tuple(a for a in activities if rng.random() < 0.25)
        stress = min(
            10, max(0, stress + 0.3 * (5.5 - stress) + rng.uniform(-2, 2) - len(done) * 0.3)
        )
        full = rng.random() < 0.25
        entries.append(
            EntryInput(
                occurred_at=datetime.combine(day, time(rng.randint(7, 21), rng.randint(0, 59))),
                kind=ENTRY if full else CHECKIN,
                stress=round(stress),
                mood=max(1, min(5, round(5 - stress / 2.5 + rng.uniform(-0.8, 0.8)))),
                energy=rng.randint(1, 5) if full else None,
                sleep_hours=rng.choice([5.0, 6.5, 7.0, 8.0]) if full else None,
                body=text["body"] if full else rng.choice(text["lines"]),
                item_ids=done + (tuple(rng.sample(signs, 1)) if full and stress > 6 else ()),
                tags=(rng.choice(text["tags"]),) if full else (),
            )
        )
    vault.journal.add_many(entries)
    for section, body in text["plan"].items():
        vault.care_plan.set(section, body)
    vault.lock()
    print(f"{len(entries)} entries in {default_vault_dir()}")


if __name__ == "__main__":
    main()
