"""``python -m wellbeing_desk`` opens the desktop app."""

import sys

from wellbeing_desk.app import main

sys.exit(main())
