"""The console command. Ctrl-C while Python imports cnilpolicy is handled too."""

from __future__ import annotations

import sys


def run() -> None:
    try:
        from cnilpolicy.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("cnilpolicy: error: interrupted\n")
        raise SystemExit(130) from None
    main()
