"""The console command. Ctrl-C while Python imports cnilpolicy is handled too.

For `check`, the local OPA server is spawned before the command line is
imported (cnilpolicy.engine.early): OPA compiles the policies while Python
imports the rest.
"""

from __future__ import annotations

import os
import sys


def run() -> None:
    early = None
    try:
        from cnilpolicy.engine.early import spawn_early

        early = spawn_early(sys.argv[1:], os.environ)
        from cnilpolicy.cli import main
    except KeyboardInterrupt:
        if early is not None:
            early.stop()
        sys.stderr.write("cnilpolicy: error: interrupted\n")
        raise SystemExit(130) from None
    try:
        main(obj=early)
    finally:
        if early is not None:
            early.stop()
