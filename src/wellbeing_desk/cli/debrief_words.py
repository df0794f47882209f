"""The few words ``debrief templates`` adds around a template's own text, per language.

The templates speak the locale's language (their texts hold every interface
language); the lines around them should too. Qt's translations are not
loaded by the command line, so these few words live here. English is the
default and what ``--json`` keeps (ids, never words).
"""

WORDS: dict[str, dict[str, str]] = {
    "en": {"mine": "mine", "built in": "built in", "about the event": "about the event, optional",
           "text": "text", "rating": "rating", "checklist": "checklist", "choice": "choice",
           "contacts": "contacts", "actions": "actions"},
    "es": {"mine": "mía", "built in": "incluida", "about the event": "sobre el suceso, opcional",
           "text": "texto", "rating": "valoración", "checklist": "lista", "choice": "elección",
           "contacts": "contactos", "actions": "acciones"},
    "fr": {"mine": "le mien", "built in": "fourni",
           "about the event": "sur l'événement, facultatif",
           "text": "texte", "rating": "évaluation", "checklist": "liste", "choice": "choix",
           "contacts": "contacts", "actions": "actions"},
    "pt": {"mine": "meu", "built in": "incluído",
           "about the event": "sobre o acontecimento, opcional",
           "text": "texto", "rating": "avaliação", "checklist": "lista", "choice": "escolha",
           "contacts": "contatos", "actions": "ações"},
    "ar": {"mine": "قالبي", "built in": "مدمج", "about the event": "عن الحدث، اختياري",
           "text": "نص", "rating": "تقييم", "checklist": "قائمة", "choice": "اختيار",
           "contacts": "جهات تواصل", "actions": "إجراءات"},
}  # fmt: skip


def word(key: str, language: str) -> str:
    """``key`` in ``language``; English for a language or key not listed."""
    return WORDS.get(language, WORDS["en"]).get(key) or WORDS["en"].get(key, key)
