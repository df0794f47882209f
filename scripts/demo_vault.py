"""Fill a fresh vault with four months of made-up check-ins and a few dialogue notes.

    WELLBEING_DESK_HOME=/tmp/demo python scripts/demo_vault.py --language es

The vault is created with cheap KDF settings and the passphrase
"tangerine harbour whistles slowly": never use it for real data.
"""

import argparse
import random
from datetime import date, datetime, time, timedelta

from wellbeing_desk.paths import default_vault_dir
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.care_items import ACTIVITY, NOTE_CONTEXT, WARNING_SIGN
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.journal import CHECKIN, ENTRY, EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant

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

# Dialogue notes: (days ago, context key, title, [(name, linked?)], takeaways,
# [(follow-up, in days or None)], tags, body).
NOTES = {
    "en": [
        (3, "peer_circle", "Peer circle: saying no without guilt",
         [("Ana Morales", True), ("Marta", False), ("Lucía", False)],
         ["Saying no to one request is saying yes to the campaign",
          "We take turns holding the phone at night"],
         [("Send Marta the rota template", 2), ("Ask Lucía about the retreat", 9)],
         ["boundaries", "care"],
         "## Practices that worked\nA shared rota for the night phone. Marta keeps Sundays "
         "offline, and tells people in advance.\n\n## Obstacles\nThe guilt when a family "
         "calls at midnight.\n\n## What I take away\nRest is part of the work, not a break "
         "from it."),
        (9, "counselling_session", "Session with Ana Ruiz",
         [("Psicóloga Ana Ruiz", True)],
         ["Notice the tight shoulders before the headache", "Write down three things at night"],
         [("Try the 5-4-3-2-1 exercise before hearings", None)],
         ["sleep", "care"],
         "We talked about the hearings and the nights after them. She suggested a short "
         "**grounding** exercise before going in."),
        (16, "team_meeting", "Team meeting: digital security after the raid",
         [("Carlos", False), ("Ana Morales", True), ("Digital Help Line", True)],
         ["Signal for everything about cases", "Nobody takes the laptop home alone"],
         [("Check the backups with Carlos", 4)],
         ["security"],
         "## What we decided\nDisappearing messages on, one week.\n\n## Who does what\n"
         "Carlos checks the backups; Ana writes to the help line."),
        (30, "online_dialogue", "Online dialogue with defenders from the region",
         [("Rosa", False), ("Teresa", False), ("Juan", False), ("Ana Morales", True)],
         ["Others feel the same exhaustion", "Collective care needs a budget line"],
         [], ["network", "care"],
         "Four countries, one tiredness. What helped elsewhere: shared meals, a rota, "
         "saying out loud when a week was too much."),
        (45, "retreat", "Retreat in the mountains, day two",
         [("Lucía", False), ("Marta", False)],
         ["Walking without the phone is possible"], [], ["rest"],
         "Slept nine hours. Long walk by the river. We cooked together in the evening."),
    ],
    "es": [
        (3, "peer_circle", "Círculo de pares: decir que no sin culpa",
         [("Ana Morales", True), ("Marta", False), ("Lucía", False)],
         ["Decir que no a un pedido es decir que sí a la campaña",
          "Nos turnamos el teléfono de noche"],
         [("Mandar a Marta la plantilla de turnos", 2), ("Preguntar a Lucía por el retiro", 9)],
         ["límites", "cuidado"],
         "## Prácticas que funcionaron\nUn turno compartido para el teléfono nocturno. Marta "
         "deja los domingos sin conexión y lo avisa antes.\n\n## Obstáculos\nLa culpa cuando "
         "una familia llama a medianoche.\n\n## Lo que me llevo\nDescansar es parte del "
         "trabajo, no una pausa."),
        (9, "counselling_session", "Sesión con Ana Ruiz",
         [("Psicóloga Ana Ruiz", True)],
         ["Notar los hombros tensos antes del dolor de cabeza", "Escribir tres cosas de noche"],
         [("Probar el 5-4-3-2-1 antes de las audiencias", None)],
         ["sueño", "cuidado"],
         "Hablamos de las audiencias y de las noches después. Me sugirió un ejercicio corto "
         "de **anclaje** antes de entrar."),
        (16, "team_meeting", "Reunión de equipo: seguridad digital tras el allanamiento",
         [("Carlos", False), ("Ana Morales", True), ("Línea de ayuda digital", True)],
         ["Signal para todo lo de los casos", "Nadie se lleva la computadora sola a casa"],
         [("Revisar las copias de seguridad con Carlos", 4)],
         ["seguridad"],
         "## Lo que decidimos\nMensajes temporales activados, una semana.\n\n## Quién hace "
         "qué\nCarlos revisa las copias; Ana escribe a la línea de ayuda."),
        (30, "online_dialogue", "Diálogo en línea con defensoras de la región",
         [("Rosa", False), ("Teresa", False), ("Juan", False), ("Ana Morales", True)],
         ["Otras sienten el mismo agotamiento", "El cuidado colectivo necesita presupuesto"],
         [], ["red", "cuidado"],
         "Cuatro países, un mismo cansancio. Lo que ayudó en otros lugares: comidas "
         "compartidas, turnos, decir en voz alta cuando una semana fue demasiado."),
        (45, "retreat", "Retiro en la montaña, segundo día",
         [("Lucía", False), ("Marta", False)],
         ["Caminar sin el teléfono es posible"], [], ["descanso"],
         "Dormí nueve horas. Caminata larga junto al río. Cocinamos juntas por la noche."),
    ],
}  # fmt: skip
PEOPLE = {
    "Ana Morales": ("person", ("peer_support",), ContactMethod("signal", "+52 55 0000 0000")),
    "Psicóloga Ana Ruiz": ("person", ("counselling",), ContactMethod("email", "ana@example.org")),
    "Digital Help Line": ("hotline", ("digital_security",), ContactMethod("signal", "@help.01")),
    "Línea de ayuda digital": (
        "hotline",
        ("digital_security",),
        ContactMethod("signal", "@help.01"),
    ),
}


def add_demo_notes(vault: Vault, language: str) -> list[str]:
    """A few dialogue notes, some people linked to her directory; returns their ids."""
    contexts = {
        item.starter_key: item.id
        for item in vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True)
    }
    linked: dict[str, str] = {}
    notes = []
    for days_ago, context, title, people, takeaways, follow_ups, tags, body in NOTES[language]:
        for name, link in people:
            if link and name not in linked:
                kind, categories, contact = PEOPLE[name]
                linked[name] = vault.directory.add(
                    DirectoryEntryInput(
                        name=name,
                        kind=kind,
                        categories=categories,
                        languages=(language,),
                        contacts=(contact,),
                        favourite=kind == "person",
                    )
                )
        notes.append(
            NoteInput(
                title=title,
                occurred_on=date.today() - timedelta(days=days_ago),
                context_id=contexts.get(context),
                participants=tuple(Participant(n, linked.get(n)) for n, _ in people),
                takeaways=tuple(takeaways),
                follow_ups=tuple(
                    FollowUpInput(
                        f"demo-{days_ago}-{i}",
                        text,
                        None if days is None else date.today() + timedelta(days=days),
                    )
                    for i, (text, days) in enumerate(follow_ups)
                ),
                tags=tuple(tags),
                body=body,
            )
        )
    return vault.notes.add_many(notes)


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
    notes = add_demo_notes(vault, parser.parse_args().language)
    vault.lock()
    print(f"{len(entries)} entries and {len(notes)} notes in {default_vault_dir()}")


if __name__ == "__main__":
    main()
