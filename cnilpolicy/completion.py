"""`cnilpolicy completion SHELL`: the script that makes a shell complete cnilpolicy's words.

Click does the completing: the script calls cnilpolicy back with
_CNILPOLICY_COMPLETE set, and Click answers with the commands, options and
choices of that point of the command line.
"""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

SHELLS = ("bash", "zsh", "fish")
PROGRAM = "cnilpolicy"
COMPLETE_VARIABLE = "_CNILPOLICY_COMPLETE"


def completion_script(command: click.Command, shell: str) -> str:
    completer = get_completion_class(shell)
    if completer is None:  # pragma: no cover - SHELLS are Click's own
        raise click.UsageError(f"no completion for {shell}")
    script = completer(command, {}, PROGRAM, COMPLETE_VARIABLE).source()
    return script if script.endswith("\n") else script + "\n"
