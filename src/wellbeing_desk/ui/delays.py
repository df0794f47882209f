"""How long the app waits, in one place, so that every page waits the same."""

# After the last key press before a list or a picker searches.
SEARCH_DELAY_MS = 150
# After the last change before an editor or the plan saves (drafts survive a lock).
AUTOSAVE_DELAY_MS = 700
# How long "Undo" stays offered after something went to the trash.
UNDO_TIMEOUT_MS = 15_000
# After a screen that judges a new passphrase shows, before zxcvbn loads in the
# background: the first paint comes first, and no one types a passphrase faster.
STRENGTH_WARM_UP_DELAY_MS = 250
