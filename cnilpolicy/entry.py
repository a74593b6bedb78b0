"""The console command. Ctrl-C while Python imports cnilpolicy is handled too.

For `check`, the local OPA server is spawned before the command line is
imported (cnilpolicy.engine.early): OPA compiles the policies while Python
imports the rest.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import NoReturn


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _interrupted() -> str:
    # Before the command line is parsed: the language is the flag's, the variable's or
    # the project's file's (cnilpolicy.reader_language), as for every other error.
    from pathlib import Path

    from cnilpolicy.i18n import translate
    from cnilpolicy.reader_language import reader_language

    lang = reader_language(sys.argv[1:], os.environ, Path.cwd())
    message = translate(lang, "interrupted")
    return translate(lang, "cnilpolicy: error: {message}").format(message=message)


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
        sys.stderr.write(_interrupted() + "\n")
        raise SystemExit(130) from None
    try:
        main(obj=early)
    except SystemExit as leaving:
        # The command line reports every error and exits with its code (cli._Main).
        code = leaving.code if isinstance(leaving.code, int) else 1
    finally:
        if early is not None:
            early.stop()
    _leave(code)


def _leave(code: int) -> NoReturn:
    """Exit with code without Python's teardown of every module and object.

    By now the command has written and flushed its report, closed its files and
    stopped its servers (cli._Main reports a failure to flush); what the
    teardown would free, the process's end frees anyway. It took tens of
    milliseconds of every single check (benchmarks/README.md).
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
