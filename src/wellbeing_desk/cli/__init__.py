"""``wellbeing-desk-cli``: the Qt-free command-line companion (see docs/CLI.md)."""
