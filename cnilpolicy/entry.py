"""The console command. Ctrl-C while Python imports cnilpolicy is handled too.

For `check`, the local OPA server is spawned before the command line is
imported (cnilpolicy.engine.early): OPA compiles the policies while Python
imports the rest.
"""

from __future__ import annotations

import os
import signal
import sys


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run() -> None:
    # SIGTERM (a CI job cancelled) unwinds like Ctrl-C from the start: importing
    # may take a while on a busy machine.
    signal.signal(signal.SIGTERM, _interrupt)
    early = None
    try:
        from cnilpolicy.engine.early import spawn_early

        early = spawn_early(sys.argv[1:], os.environ)
        from cnilpolicy.cli import main
    except KeyboardInterrupt:
        if early is not None:
            early.stop()
        # A second Ctrl-C (or SIGTERM) while Python exits must not turn exit 130 into
        # a death by signal: ignored from here on.
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, signal.SIG_IGN)
        sys.stderr.write("cnilpolicy: error: interrupted\n")
        raise SystemExit(130) from None
    try:
        main(obj=early)
    finally:
        if early is not None:
            early.stop()
