"""Starter sets for her own lists: activities that help, warning signs, note contexts.

Stored by key; a starter item shows its translated name (the UI translates
the key) until she renames it. English names here serve the CLI and tests.
"""

STARTER_ACTIVITIES: tuple[tuple[str, str], ...] = (
    ("rest", "Rest"),
    ("movement", "Movement"),
    ("trusted_people", "Time with people I trust"),
    ("nature", "Nature"),
    ("creative", "Creative work"),
    ("spiritual", "Spiritual practice"),
    ("counselling", "Counselling"),
    ("boundary", "Time off / a boundary kept"),
    ("meal", "A proper meal"),
)

STARTER_WARNING_SIGNS: tuple[tuple[str, str], ...] = (
    ("trouble_sleeping", "Trouble sleeping"),
    ("irritability", "Irritability"),
    ("numbness", "Feeling numb"),
    ("withdrawing", "Withdrawing from people"),
    ("exhaustion", "Exhaustion"),
    ("hypervigilance", "Always on alert"),
    # Added in schema 6 (CARE.md §5); an existing vault gets them at the end of her list.
    ("nightmares", "Nightmares or unwanted memories"),
    ("hopelessness", "Hopelessness or cynicism"),
    ("drinking_more", "Drinking more than usual"),
    ("body_aches", "Body aches"),
    ("cannot_stop_working", "Not being able to stop working"),
)

# Where a dialogue note comes from (her own list, like the two above).
STARTER_NOTE_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("peer_circle", "Peer-support circle"),
    ("counselling_session", "Counselling session"),
    ("team_meeting", "Team meeting"),
    ("retreat", "Retreat or safe space"),
    ("online_dialogue", "Online dialogue"),
    ("other", "Other"),
)

STARTER_NAMES: dict[str, str] = dict(
    STARTER_ACTIVITIES + STARTER_WARNING_SIGNS + STARTER_NOTE_CONTEXTS
)
