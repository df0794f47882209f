"""The bundle's one program: the app, or the command line when called as wellbeing-desk-cli.

A one-folder bundle holds one executable; ``wellbeing-desk-cli`` beside it is
a symbolic link to it (``build-linux.sh``), so both share one copy of Qt,
SQLCipher and the rest.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).name.startswith("wellbeing-desk-cli"):
        from wellbeing_desk.cli.main import main as cli_main

        sys.exit(cli_main())
    from wellbeing_desk.app import main as app_main

    sys.exit(app_main())
