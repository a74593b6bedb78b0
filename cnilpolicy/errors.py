"""The errors cnilpolicy raises. The CLI maps each type to its exit code, in one place."""

from __future__ import annotations

import errno
from dataclasses import dataclass

from cnilpolicy.i18n import N_, Message, translate, translate_in_context


class CnilPolicyError(Exception):
    """Base of every error cnilpolicy reports to its user as one line.

    Its text is English (str(error)). An error raised with a catalogue message (marked
    N_, with {placeholders}) and its values is also shown in the reader's language by
    in_language(); one raised with a ready-made text is shown as it is.
    """

    def __init__(self, message: str = "", /, **values: object) -> None:
        self.message = Message(message, **values)
        super().__init__(str(self.message) if values else message)

    def in_language(self, lang: str) -> str:
        if lang == "en" or not self.message.template:
            return str(self)
        return self.message.in_language(lang)


class Failure(CnilPolicyError):
    """A command refusing to go on (usage, configuration, an engine it cannot use).

    Carries its exit code: the command decides it, the CLI reports it in one place.
    """

    def __init__(self, code: int, message: str, /, **values: object) -> None:
        super().__init__(message, **values)
        self.code = code


class ManifestError(CnilPolicyError):
    """The manifest cannot be read: missing file, bad YAML or JSON, forbidden construct."""


#: A message after the value it is about: its JSON Pointer, or the manifest's root.
_POINTED = N_("{pointer}: {message}")


def pointer_shown(pointer: str, lang: str) -> str:
    """A JSON Pointer as a reader sees it: the root ("") as "/" in English, in words otherwise."""
    return pointer or translate_in_context(lang, "JSON Pointer of the manifest's root", "/")


def pointed(pointer: str, message: str, lang: str) -> str:
    """message after the value it is about ("/datasets/0: …"), in lang's typography."""
    return translate(lang, _POINTED).format(pointer=pointer_shown(pointer, lang), message=message)


@dataclass(frozen=True)
class SchemaIssue:
    """One schema violation, located in the manifest.

    message is English (the validator's words); template and values, when the
    violation is one the catalogue words, give it in another language.
    """

    path: str
    line: int
    column: int
    pointer: str
    message: str
    template: str = ""
    #: Each value text, or an object that says itself in_language(lang).
    values: tuple[tuple[str, object], ...] = ()

    def message_in(self, lang: str) -> str:
        if lang == "en" or not self.template:
            return self.message
        return Message(self.template, **dict(self.values)).in_language(lang)

    def line_in(self, lang: str) -> str:
        """The issue as one line of stderr: file:line:column: pointer: message."""
        # "file:line:column: " is what editors read, in every language; what follows is lang's.
        place = f"{self.path}:{self.line}:{self.column}"
        return f"{place}: {pointed(self.pointer, self.message_in(lang), lang)}"

    def __str__(self) -> str:
        return self.line_in("en")


class ManifestInvalid(CnilPolicyError):
    """The manifest does not match the schema; carries every issue found."""

    def __init__(self, issues: list[SchemaIssue]) -> None:
        self.issues = issues
        super().__init__(N_("{count} schema error(s)"), count=len(issues))


class EngineError(CnilPolicyError):
    """OPA could not give a usable decision: never to be read as a pass."""


class OpaNotFound(EngineError):
    """No OPA binary was found where cnilpolicy looks for one."""


class OpaUnavailable(EngineError):
    """OPA cannot be reached at all: no manifest of the run can be judged, so the run stops."""


#: The operating system's reasons a reader meets most (its strerror, in English), so that
#: the catalogue gives them in the reader's language.
_OS_REASONS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EPIPE: N_("Broken pipe"),
    errno.EROFS: N_("Read-only file system"),
    errno.ELOOP: N_("Too many levels of symbolic links"),
    errno.EIO: N_("Input/output error"),
    errno.ENAMETOOLONG: N_("File name too long"),
}


#: Whose words a quotation holds: English shows them bare, another language quotes them
#: after a sentence naming the program (« message de l'analyseur YAML (en anglais) : « … » »).
SYSTEM_SAYS = N_("the system says: {said}")
YAML_PARSER_SAYS = N_("the YAML parser says: {said}")
JSON_PARSER_SAYS = N_("the JSON parser says: {said}")
TOML_PARSER_SAYS = N_("the TOML parser says: {said}")
SCHEMA_CHECKER_SAYS = N_("the JSON Schema checker says: {said}")
TEXT_DECODER_SAYS = N_("Python's text decoder says: {said}")
OPA_SAYS = N_("OPA says: {said}")


class _Said(Message):
    """Words that are English whatever the reader's language (the system's, a parser's):
    bare in English; in another language, the template (translated) around them."""

    __slots__ = ("words",)

    def __init__(self, template: str, words: str, **values: object) -> None:
        super().__init__(template, **values)
        self.words = words

    def in_language(self, lang: str) -> str:
        return self.words if lang == "en" else super().in_language(lang)


def quoted(whose: str, said: object) -> Message:
    """Another program's words (whose: one of the *_SAYS templates), on one line."""
    words = " ".join(str(said).split())
    return _Said(whose, words, said=words)


def os_reason(error: OSError) -> Message:
    """Why the system refused: in the reader's language when it is a common reason, else
    the system's words (English) quoted as its own."""
    said = error.strerror or str(error)
    message = _OS_REASONS.get(error.errno or 0)
    return _Said(message, said) if message else quoted(SYSTEM_SAYS, said)


def reason_of(error: Exception, whose: str) -> Message:
    """Why a file could not be read: the system's reason, or the parser's (whose) words."""
    if isinstance(error, OSError):
        return os_reason(error)
    if isinstance(error, UnicodeDecodeError):
        return quoted(TEXT_DECODER_SAYS, error)
    return quoted(whose, error)
