"""The `init` and `schema` commands (registered by cli.py).

Exit codes as everywhere: 0 written (init: the check's verdict is printed, not
returned), 2 usage, unusable answers or an output that exists without --force,
3 the check could not run (the manifest is written all the same).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import NoReturn

import click

from cnilpolicy.catalog import load_catalog, load_shipped_catalog
from cnilpolicy.check import LANGUAGES, CheckOptions, check_manifests
from cnilpolicy.click_language import LocalisedCommand, option
from cnilpolicy.engine import OpaService, find_opa
from cnilpolicy.errors import EngineError, Failure, ManifestError, ManifestInvalid, os_reason
from cnilpolicy.field_rules import index_rules
from cnilpolicy.i18n import N_, count_words, word, words
from cnilpolicy.init_interview import (
    Answers,
    InitError,
    PromptAsker,
    answers_asker,
    interview,
)
from cnilpolicy.init_manifest import Builder, render_yaml, strip_placeholders
from cnilpolicy.init_texts import MESSAGES
from cnilpolicy.loader import DocumentWords, load_manifest
from cnilpolicy.manifest_doc import render as render_reference
from cnilpolicy.output import OutputError, write_file
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from cnilpolicy.render.text import COUNT_WORDS, VERDICT_WORDS
from cnilpolicy.resources import schemas_dir
from cnilpolicy.rule import Rule
from cnilpolicy.schema import MANIFEST_SCHEMA, check_manifest, validator
from cnilpolicy.schema_fields import top_fields
from cnilpolicy.schema_texts import SchemaTexts
from cnilpolicy.verdict import FAIL, WARN, ManifestVerdict

EXIT_OK, EXIT_INVALID, EXIT_ENGINE = 0, 2, 3
DEFAULT_OUTPUT = "cnil-manifest.yaml"


def _fail(message: str | Exception, code: int, **values: object) -> NoReturn:
    """Stop the command: the CLI reports the message (marked N_), in the reader's language."""
    if isinstance(message, Exception):
        raise Failure(code, "{error}", error=message)
    raise Failure(code, message, **values)


def _catalog(opa_path: str | None) -> list[Rule]:
    # The catalog shipped with cnilpolicy needs no OPA; --opa-path reads the annotations live.
    try:
        return load_catalog(find_opa(opa_path)) if opa_path else load_shipped_catalog()
    except EngineError as error:
        _fail(error, EXIT_ENGINE)


def _write(path: Path, text: str) -> None:
    """Whole or not at all (output.write_file), into a folder made if it is missing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, [text])
    except OSError as error:
        _fail(N_("cannot write {path}: {reason}"), EXIT_INVALID, path=path, reason=os_reason(error))
    except OutputError as error:
        _fail(error, EXIT_INVALID)


@click.command(
    "schema",
    cls=LocalisedCommand,
    help=N_("Print the manifest schema (stable $id), or the field reference generated from it."),
)
@option("--output", type=click.Path(dir_okay=False), help=N_("Write to this file."))
@option(
    "--format",
    "output_format",
    type=click.Choice(["json", "markdown"]),
    default="json",
    show_default=True,
    help=N_(
        "json: the JSON Schema, for editors; markdown: the field reference (docs/manifest.md)."
    ),
)
@option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="en",
    show_default=True,
    help=N_("Language of the field reference (markdown only)."),
)
@option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help=N_("OPA binary that reads the rules' annotations (markdown only)."),
)
def schema_command(output: str | None, output_format: str, lang: str, opa_path: str | None) -> None:
    if output_format == "json":
        text = (schemas_dir() / MANIFEST_SCHEMA).read_text(encoding="utf-8")
    else:
        fields = top_fields()
        readers = index_rules(_catalog(opa_path), fields)
        text = render_reference(fields, readers, SchemaTexts.load(), lang)
    if output:
        _write(Path(output), text)
    else:
        click.echo(text, nl=False)


@click.command(
    "init",
    cls=LocalisedCommand,
    help=N_(
        "Write a first manifest by answering questions in the CNIL's order, then check it.\n\n"
        "Every default (Enter) is the cautious answer; `yes '' | cnilpolicy init` takes them "
        "all and still writes a valid manifest. Fields no question can fill (references, "
        "dates) are left as commented lines, '# key: <what to put>', which the check "
        "reports until they are filled in."
    ),
)
@option(
    "--output",
    type=click.Path(dir_okay=False),
    default=DEFAULT_OUTPUT,
    show_default=True,
    help=N_("The manifest to write."),
)
@option("--force", is_flag=True, help=N_("Overwrite the output if it exists."))
@option(
    "--answers",
    "answers_file",
    type=click.Path(dir_okay=False),
    help=N_("Answer from this YAML file (the questions' keys) instead of asking."),
)
@option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="en",
    show_default=True,
    help=N_("Language of the questions, of the manifest's comments and of the check's messages."),
)
@option(
    "--date",
    "evaluation_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help=N_("Date written in the header and used by the check that follows. Default: today."),
)
@option(
    "--opa-url",
    help=N_("Check with this running OPA server (with the cnilpolicy policies loaded)."),
)
@option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help=N_("OPA binary (else $CNILPOLICY_OPA, .tools/bin/opa, PATH)."),
)
def init_command(
    output: str,
    force: bool,
    answers_file: str | None,
    lang: str,
    evaluation_date: datetime.datetime | None,
    opa_url: str | None,
    opa_path: str | None,
) -> None:
    target = Path(output)
    if target.exists() and not force:
        _fail(N_("{path} exists; use --force to overwrite it"), EXIT_INVALID, path=output)
    date = (evaluation_date or datetime.datetime.now()).date().isoformat()
    texts = SchemaTexts.load()
    catalog = _catalog(opa_path)
    fields = top_fields()
    readers = index_rules(catalog, fields)
    try:
        answers = _answers(answers_file, texts, lang, target)
    except InitError as error:
        _fail(error, EXIT_INVALID)
    except click.Abort:
        # click turns both Ctrl-C and the end of the input into Abort; piped answers
        # that stop early are a usage error, a person pressing Ctrl-C an interruption.
        if not sys.stdin.isatty():
            message = N_("the input ended before the last question; nothing written")
            _fail(message, EXIT_INVALID)
        _fail(N_("interrupted; nothing written"), 130)
    document = Builder(readers, texts, lang).build(answers)
    # The data must match the schema before anything is written: a failure here is a bug.
    problems = list(validator().iter_errors(strip_placeholders(document)))
    if problems:
        message = N_("internal error: the manifest would not be valid: {problem}")
        _fail(message, EXIT_ENGINE, problem=problems[0].message)
    _write(target, render_yaml(document, readers, lang, date))
    click.echo("")
    click.echo(words(MESSAGES, lang)["written"].format(path=output))
    _check_and_summarise(target, lang, date, opa_url, opa_path)


#: The answers file is read with the manifest loader; its errors name it for what it is.
ANSWERS_WORDS = DocumentWords(
    not_text=N_("{path}: answers file is not UTF-8 text"),
    empty=N_("{path}: answers file is empty"),
    not_mapping=N_("{path}: an answers file must be a mapping at the top level"),
)


def _answers(answers_file: str | None, texts: SchemaTexts, lang: str, target: Path) -> Answers:
    default_name = target.resolve().parent.name or "project"
    if answers_file is None:
        click.echo(words(MESSAGES, lang)["intro"])
        return interview(PromptAsker(lang), texts, lang, default_name)
    try:
        loaded = load_manifest(answers_file, ANSWERS_WORDS)
    except ManifestError as error:
        raise InitError("{error}", error=error) from None
    return interview(answers_asker(loaded.data), texts, lang, default_name)


def _check_and_summarise(
    path: Path, lang: str, date: str, opa_url: str | None, opa_path: str | None
) -> None:
    try:
        manifest = load_manifest(path)
        check_manifest(manifest)
    except ManifestInvalid as error:  # pragma: no cover - validated before writing
        for issue in error.issues:
            click.echo(issue.line_in(lang), err=True)
        _fail(N_("{path} is not valid"), EXIT_INVALID, path=path)
    options = CheckOptions(pack=PACKS[DEFAULT_PACK], lang=lang, evaluation_date=date)
    try:
        with OpaService(opa_url, opa_path) as opa:
            verdicts = check_manifests(opa, [manifest], options, jobs=1)
    except EngineError as error:
        message = N_("{path} written, but the check could not run: {reason}")
        _fail(message, EXIT_ENGINE, path=path, reason=error)
    click.echo(summary(verdicts[0], lang))


def summary(verdict: ManifestVerdict, lang: str) -> str:
    """The verdict's headline and the next three things to fill in, failures first."""
    counts = verdict.counts()
    shown = ", ".join(
        count_words(COUNT_WORDS[status], lang, counts[status])
        for status in ("fail", "warn", "waived", "pass", "not_applicable")
    )
    lines = [f"{verdict.path}: {word(VERDICT_WORDS, lang, verdict.verdict)} ({shown})"]
    pending = [r for r in verdict.results if r.status == FAIL]
    pending += [r for r in verdict.results if r.status == WARN]
    said = words(MESSAGES, lang)
    if not pending:
        lines.append(said["nothing_next"])
        return "\n".join(lines) + "\n"
    lines.append(said["next"])
    for result in pending[:3]:
        where = f"{verdict.path}:{result.line}" if result.line else verdict.path
        lines.append(f"  {result.rule_id:<11} {result.message}")
        lines.append(f"  {'':<11} {where} ({result.pointer or '/'})")
    return "\n".join(lines) + "\n"
