"""Click's own words and cnilpolicy's help in the reader's language.

Click marks its words (Usage:, Options, Error:, its usage errors) with gettext.gettext,
which reads the process's global catalogue. cnilpolicy changes no global gettext state:
while a command line runs in another language than English (speaking()), the `_` and
`ngettext` names of Click's modules point at the catalogue of Click's words shipped with
cnilpolicy (locale/LANG/LC_MESSAGES/click.po, the "click" domain, extracted from Click
itself: tests/test_cli_help.py), and they are given back when the run ends. English runs
touch nothing: Click's output stays its own, byte for byte.

The help of cnilpolicy's commands and options, and the metavars that name no value the
reader types, are messages of cnilpolicy's catalogue (marked N_), shown in the language
of the run when the help or the error is written. The language of the run is held in a
context variable for the time of the run only: Click calls these methods with no room
for it.
"""

from __future__ import annotations

import contextlib
import gettext
import importlib
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from functools import cache
from typing import Any, TypeVar

import click

from cnilpolicy.i18n import LOCALE_DIR, N_, Message, translate

CLICK_DOMAIN = "click"
#: The modules of Click that hold `_` (gettext) and `ngettext`.
_CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.types",
    "click.termui",
    "click.utils",
    "click.shell_completion",
    "click._termui_impl",
)
_LANGUAGE: ContextVar[str] = ContextVar("cnilpolicy_interface_language", default="en")

#: Metavars that name a kind of value, not a value the reader types (choices and date
#: formats are shown as they are), and the usage line's pieces.
_METAVARS = {
    "TEXT": N_("TEXT"),
    "PATH": N_("PATH"),
    "FILE": N_("FILE"),
    "DIRECTORY": N_("DIRECTORY"),
    "INTEGER": N_("INTEGER"),
    "INTEGER RANGE": N_("INTEGER RANGE"),
    "FLOAT RANGE": N_("FLOAT RANGE"),
    "MANIFESTS": N_("MANIFESTS"),
    "RULE_ID": N_("RULE_ID"),
    "FOLDER": N_("FOLDER"),
    "COMMAND": N_("COMMAND"),
}
_METAVAR_WORDS = re.compile(r"[A-Z][A-Z_]*(?: RANGE)?")
_ENV_VAR_HINT = " (env var: "


@cache
def _click_catalogue(lang: str) -> gettext.NullTranslations:
    return gettext.translation(CLICK_DOMAIN, localedir=LOCALE_DIR, languages=[lang], fallback=True)


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Click's words and cnilpolicy's help in lang while the block runs."""
    token = _LANGUAGE.set(lang)
    replaced: list[tuple[Any, str, Any]] = []
    if lang != "en":
        catalogue = _click_catalogue(lang)
        for name in _CLICK_MODULES:
            with contextlib.suppress(ImportError):  # a module another Click may not have
                module = importlib.import_module(name)
                for attr, words in (("_", catalogue.gettext), ("ngettext", catalogue.ngettext)):
                    if hasattr(module, attr):
                        replaced.append((module, attr, getattr(module, attr)))
                        setattr(module, attr, words)
    try:
        yield
    finally:
        for module, attr, original in reversed(replaced):
            setattr(module, attr, original)
        _LANGUAGE.reset(token)


def shown(message: str | Message) -> str:
    """A message of cnilpolicy's catalogue (with its values) in the language of the run."""
    if isinstance(message, Message):
        return message.in_language(_LANGUAGE.get())
    return translate(_LANGUAGE.get(), message)


def _metavar(text: str) -> str:
    lang = _LANGUAGE.get()
    if lang == "en":
        return text
    return _METAVAR_WORDS.sub(
        lambda m: translate(lang, _METAVARS[m[0]]) if m[0] in _METAVARS else m[0], text
    )


class LocalisedOption(click.Option):
    """An option whose help, metavar and error hint are in the language of the run.

    Its help is a message (N_), or a Message when the help holds values.
    """

    def __init__(self, *args: Any, help: str | Message | None = None, **attrs: Any) -> None:
        attrs["help"] = None if help is None else str(help)
        super().__init__(*args, **attrs)
        self._message = help

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None or not self.help or self._message is None:
            return record
        spec, text = record
        # Click writes the help, then its own "[env var: …; default: …]" (its catalogue).
        return spec, shown(self._message) + text[len(self.help) :]

    def make_metavar(self, ctx: click.Context) -> str:
        return _metavar(super().make_metavar(ctx))

    def get_error_hint(self, ctx: click.Context | None) -> str:
        hint = super().get_error_hint(ctx)
        head, found, variables = hint.partition(_ENV_VAR_HINT)
        if not found:
            return hint
        said = shown(N_("env var: {variables}")).format(variables=variables[:-1])
        return f"{head} ({said})"


class LocalisedArgument(click.Argument):
    """An argument whose metavar (in usage lines and errors) is in the language of the run."""

    def make_metavar(self, ctx: click.Context) -> str:
        return _metavar(super().make_metavar(ctx))


_Decorated = TypeVar("_Decorated", bound=Callable[..., Any] | click.Command)


def option(*decls: str, **attrs: Any) -> Callable[[_Decorated], _Decorated]:
    """click.option, localised."""
    return click.option(*decls, cls=LocalisedOption, **attrs)


def argument(*decls: str, **attrs: Any) -> Callable[[_Decorated], _Decorated]:
    """click.argument, localised."""
    return click.argument(*decls, cls=LocalisedArgument, **attrs)


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo(ctx.get_help(), color=ctx.color)
    ctx.exit()


class _Formatter(click.HelpFormatter):
    def write_heading(self, heading: str) -> None:
        # French puts a space before the colon.
        line = shown(N_("{heading}:")).format(heading=heading)
        self.write(f"{'':>{self.current_indent}}{line}\n")


class _Context(click.Context):
    formatter_class = _Formatter


class _LocalisedCommand:
    """What every command of cnilpolicy shares: its help in the language of the run.

    The help text is a message of cnilpolicy's catalogue (marked N_ where the command
    is declared); the help option is cnilpolicy's own (the one Click makes keeps its
    text in the language of the first run that asks for it).
    """

    context_class = _Context
    _message: str | Message | None = None
    _help_option_made: click.Option | None = None

    @property
    def help(self) -> str | None:
        return None if self._message is None else shown(self._message)

    @help.setter
    def help(self, message: str | Message | None) -> None:
        self._message = message

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        command: Any = self
        names = command.get_help_option_names(ctx)
        if not names or not command.add_help_option:
            return None
        if self._help_option_made is None:
            self._help_option_made = LocalisedOption(
                [*names, "_cnilpolicy_help"],
                is_flag=True,
                expose_value=False,
                is_eager=True,
                help=N_("Show this message and exit."),
                callback=_show_help,
            )
        return self._help_option_made

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)  # type: ignore[misc]
        return [_metavar(piece) for piece in pieces]


class LocalisedCommand(_LocalisedCommand, click.Command):  # type: ignore[misc]
    """A command of cnilpolicy (see _LocalisedCommand)."""


class LocalisedGroup(_LocalisedCommand, click.Group):  # type: ignore[misc]
    """A group of cnilpolicy's commands (see _LocalisedCommand)."""

    command_class = LocalisedCommand
