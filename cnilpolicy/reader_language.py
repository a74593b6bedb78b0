"""The language of the messages of a run, known before the command line is parsed.

An error may come before any command reads its --lang (a configuration file that
cannot be read, an interrupt while Python starts, an unknown pack): it is shown in
the language the reader asked for all the same. The same order as `check`'s own:
the --lang flag, then CNILPOLICY_LANG, then the `lang` of the project's
configuration file (not with --isolated or CNILPOLICY_ISOLATED), then English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from cnilpolicy.i18n import LANGUAGES

VARIABLE = "CNILPOLICY_LANG"


def reader_language(args: Sequence[str], environ: Mapping[str, str], cwd: Path) -> str:
    options = list(args[: list(args).index("--")] if "--" in args else args)
    asked = None
    for index, arg in enumerate(options):
        if arg == "--lang" and index + 1 < len(options):
            asked = options[index + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    if asked in LANGUAGES:
        return str(asked)
    if environ.get(VARIABLE) in LANGUAGES:
        return environ[VARIABLE]
    isolated = "--isolated" in options or _truthy(environ.get("CNILPOLICY_ISOLATED"))
    return (None if isolated else _configured(cwd)) or "en"


def _configured(cwd: Path) -> str | None:
    from cnilpolicy.config import find_config
    from cnilpolicy.errors import CnilPolicyError

    try:
        found = find_config(cwd)
    except (CnilPolicyError, OSError):
        return None  # the error being reported may be this file's
    lang = found[1].get("lang") if found else None
    return lang if lang in LANGUAGES else None


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")
