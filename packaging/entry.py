"""Entry point of the one-folder desktop build: the same `main` as the `briefing-app` command."""

import sys

from briefing_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
