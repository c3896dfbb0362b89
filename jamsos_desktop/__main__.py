"""`python -m jamsos_desktop` is the same as the `jamsos-desktop` command."""

import sys

from jamsos_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
