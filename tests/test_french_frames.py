"""`--lang fr` output holds no English word of the interface, in any format or command.

The English words of the interface are those of the catalogue's messages (its msgids,
extracted from the code as tests/test_i18n.py does) that no French translation uses
("message", "justification", "OPA" are words of both). Each output of every fixture
manifest and every fixture case, in every format, of `rules`, of `explain` of every
rule and of `schema --format markdown` is scanned for them once everything that is not
the frame is taken out: the rules' own texts (titles, messages, remediations,
references: the policies' words, reviewed elsewhere), the manifests' values and paths,
rule ids, and text in code style (what the reader types). JSON is not scanned: it is
data, whose keys and values are codes.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from cnilpolicy import pipeline
from cnilpolicy.catalog import load_shipped_catalog
from cnilpolicy.check import CheckOptions
from cnilpolicy.cli import main
from cnilpolicy.discovery import discover
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.explain import failing_excerpt
from cnilpolicy.fixture_cases import read_yaml
from cnilpolicy.policy_context import load_policy_context
from cnilpolicy.problem import Entry
from cnilpolicy.render import RENDERERS, RenderOptions
from cnilpolicy.render.stream import render_whole
from cnilpolicy.rule import Rule
from tests.support import BASE_MANIFESTS, CASES, EVALUATION_DATE, load_case
from tests.test_cli_help import CLICK_PO, click_messages, command_at, command_paths, run
from tests.test_i18n import PO, code_messages

#: The formats of `check` a person reads (json is data).
FORMATS = ("text", "markdown", "html", "markdown-summary", "github", "junit", "sarif",
           "codequality")  # fmt: skip
_WORD = re.compile("[A-Za-zÀ-ÿ]+(?:['\u2019][A-Za-zÀ-ÿ]+)?")
#: Rule ids, check names and other upper-case codes (SCOPE-01, MANIFEST-SCHEMA, DPIA-05.2).
_CODE_IDS = re.compile(r"\b[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+\b")
#: What a reader types or a machine reads: a token with a path, a field, a URL, a placeholder.
_CODE_TOKENS = re.compile(r"\S*(?:[_/\\=<>{}@#%]|\w\.\w|://)\S*")
#: A command-line option with its value (`--fail-on error` names the value the reader typed).
_OPTIONS = re.compile(r"--[a-z-]+(?: [a-z-]+)?")
#: A digest (the policies' revision, a fingerprint): its letters are hex digits, not words
#: ("…c5250be684…" once read as "be").
_DIGESTS = re.compile(r"\b(?=[0-9a-f]*[0-9])[0-9a-f]{12,}\b")


def _words(text: str) -> set[str]:
    text = _DIGESTS.sub(" ", text)
    text = _OPTIONS.sub(" ", _CODE_IDS.sub(" ", text))
    text = _CODE_TOKENS.sub(" ", text)
    return {word.lower() for word in _WORD.findall(text)}


def _flat(messages: Iterable[Any]) -> Iterator[str]:
    for message in messages:
        if isinstance(message, str):
            yield message
        else:
            yield from message


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    return interface_english_words()


def interface_english_words() -> set[str]:
    """Words of the interface's English messages that no French translation uses.

    The interface's messages are cnilpolicy's and Click's (its help and usage errors).
    """
    english = set()
    for message in [message for _, message in code_messages()] + list(click_messages()):
        for text in _flat([message]):
            english |= _words(re.sub(r"`[^`]*`", " ", text))
    french = set()
    for po in (PO, CLICK_PO):
        with po.open("rb") as handle:
            french |= {
                word
                for m in read_po(handle)
                if m.id
                for word in _words(" ".join(_flat([m.string])))
            }
    return english - french


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, bool | int | float):
        yield json.dumps(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _without(text: str, foreign: Iterable[str]) -> str:
    """text with every foreign string taken out, longest first."""
    text = _OPTIONS.sub(" ", _one_line(text))
    # Each foreign string as it is, and as Markdown shows it (code spans and escapes out).
    items = {_one_line(f) for f in foreign if len(f.strip()) >= 8}
    items |= {_one_line(_markdown_text(f)) for f in items}
    for item in sorted({i for i in items if len(i) >= 8}, key=len, reverse=True):
        if item in text:
            text = text.replace(item, " ¶ ")
    return text


def _english_left(text: str, foreign: Iterable[str], english: set[str]) -> list[str]:
    """Each English word of the interface left in text, with where it is."""
    left = _without(text, foreign)
    # A short value ("yes", a number) is left in place, and its words are not counted.
    short = {word for item in foreign if len(item.strip()) < 8 for word in _words(item)}
    found = []
    for word in sorted((_words(left) & english) - short):
        match = re.search(rf"(?<![\w'\u2019]){re.escape(word)}(?![\w'\u2019])", left, re.I)
        where = left[max(0, match.start() - 60) : match.end() + 60] if match else ""
        found.append(f"{word!r} in …{where}…")
    return found


# --- what each format shows a person, as plain text --------------------------------------


class _HtmlText(HTMLParser):
    """The text of a page, without its code elements, style and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("code", "style", "script"):
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "style", "script"):
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _markdown_text(markdown: str) -> str:
    # Code spans first (their content is what the reader types), then the escapes.
    markdown = re.sub(r"(`+)(?:(?!\1).)+?\1", " ", markdown)
    markdown = re.sub(r"\]\([^)\s]*\)", "] ", markdown)
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def _xml_text(xml: str) -> str:
    parts = []
    for element in ET.fromstring(xml).iter():
        if element.tag in ("property", "properties"):
            continue  # machine-read names and values
        parts += [value for key, value in element.attrib.items() if key in ("name", "message")]
        parts.append(element.text or "")
    return "\n".join(parts)


def _sarif_text(document: dict[str, Any]) -> str:
    run = document["runs"][0]
    parts = []
    for rule in run["tool"]["driver"]["rules"]:
        parts += [rule["shortDescription"]["text"], rule["fullDescription"]["text"]]
        parts += [rule["help"]["text"], _markdown_text(rule["help"]["markdown"])]
    parts += [result["message"]["text"] for result in run["results"]]
    for invocation in run["invocations"]:
        for key in ("toolConfigurationNotifications", "toolExecutionNotifications"):
            parts += [note["message"]["text"] for note in invocation.get(key, [])]
    parts += [m.get("unevaluatedSections", "") for m in run["properties"]["manifests"]]
    return "\n".join(parts)


def shown_text(output_format: str, output: str) -> str:
    if output_format == "html":
        parser = _HtmlText()
        parser.feed(output)
        return " ".join(parser.parts)
    if output_format in ("markdown", "markdown-summary"):
        return _markdown_text(re.sub(r"<[^>]+>", " ", output))
    if output_format == "github":
        # A command's title and message, decoded as the runner decodes them.
        return "\n".join(unquote(line.split(" ", 1)[-1]) for line in output.splitlines())
    if output_format == "junit":
        return _xml_text(output)
    if output_format == "sarif":
        return _sarif_text(json.loads(output))
    if output_format == "codequality":
        return "\n".join(issue["description"] for issue in json.loads(output))
    return output


# --- the runs --------------------------------------------------------------------------


def _foreign_of_verdicts(verdicts: list[dict[str, Any]], manifests: list[Path]) -> set[str]:
    """The rules' texts of the verdicts, and every value and path of the manifests."""
    foreign: set[str] = set()
    for verdict in verdicts:
        foreign.add(verdict["manifest"]["path"])
        foreign |= {verdict.get("project") or "", verdict.get("organisation") or ""}
        for result in verdict["results"]:
            foreign |= {result["title"], result["message"], result.get("remediation") or ""}
            foreign |= {ref["label"] for ref in result.get("references", [])}
            foreign |= {ref.get("url") or "" for ref in result.get("references", [])}
            foreign |= set(_strings(result.get("waiver") or {}))
        for fact in verdict.get("derived_facts", []):
            foreign |= set(_strings(fact))
        for note in verdict.get("waiver_notes", []):
            foreign |= set(_strings(note.get("waiver") or {}))
    for path in manifests:
        foreign |= set(_strings(read_yaml(path)))
    return foreign


@pytest.fixture(scope="module")
def case_manifests(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Every fixture case, patched and written as a manifest, by the pack it is judged under."""
    folder = tmp_path_factory.mktemp("cases")
    written: dict[str, list[Path]] = {}
    for path in CASES:
        case = load_case(path)
        target = folder / path.parent.name
        target.mkdir(exist_ok=True)
        written.setdefault(case.pack, []).append(case.write(target))
    return written


def _entries(server: LocalOpaServer, pack: str, manifests: list[Path]) -> list[Entry]:
    """The entries of one `check --lang fr` of manifests, evaluated once for every format.

    The command's own stream (pipeline.entries against the real OPA server) gives them,
    and each format renders them as `check` does (stream.chunks): evaluating the same
    manifests again for each format would only repeat the same verdicts.
    """
    policies = load_policy_context((), None, check_rules=False)
    run = pipeline.Run(
        found=discover(tuple(map(str, manifests))),
        policies=policies,
        options=CheckOptions(pack=policies.packs[pack], lang="fr", evaluation_date=EVALUATION_DATE),
        fail_on="never",
        opa_urls=(server.url,),
    )
    tally = pipeline.tally(run)
    entries = list(pipeline.entries(run, tally))
    assert tally.stopped is None and not tally.engine_errors
    return entries


def _rendered(output_format: str, entries: list[Entry]) -> str:
    policies = load_policy_context((), None, check_rules=False)
    options = RenderOptions(
        lang="fr",
        fail_on="never",
        catalog=pipeline.report_catalog(output_format, None, policies),
    )
    return render_whole(RENDERERS[output_format], entries, options)


def _verdicts(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The verdicts of a JSON report: one manifest's, or a batch's."""
    return list(document["manifests"]) if "manifests" in document else [document]


RUNS = [
    ("manifests", "cnil-extended"),
    ("manifests", "cnil-2024"),
    ("cases", "cnil-extended"),
    ("cases", "cnil-2024"),
]


@pytest.mark.parametrize(("which", "pack"), RUNS, ids=lambda v: str(v))
def test_check_output_in_french_holds_no_english_interface_word(
    opa_server: LocalOpaServer,
    case_manifests: dict[str, list[Path]],
    english_words: set[str],
    which: str,
    pack: str,
) -> None:
    # Every fixture manifest, and every fixture case under the pack it names.
    manifests = list(BASE_MANIFESTS) if which == "manifests" else case_manifests[pack]
    assert manifests
    entries = _entries(opa_server, pack, manifests)
    verdicts = _verdicts(json.loads(_rendered("json", entries)))
    assert len(verdicts) == len(manifests)
    # SARIF describes every rule of the catalog, from its texts.
    catalog_texts = {text for rule in load_shipped_catalog() for text in _rule_texts(rule)}
    foreign = _foreign_of_verdicts(verdicts, manifests) | catalog_texts
    found = {}
    for output_format in FORMATS:
        shown = shown_text(output_format, _rendered(output_format, entries))
        english = _english_left(shown, foreign, english_words)
        if english:
            found[output_format] = english
    assert not found, "\n".join(
        f"{where}: {said}" for where, words in found.items() for said in words
    )


def test_every_case_is_scanned(case_manifests: dict[str, list[Path]]) -> None:
    assert set(case_manifests) <= {pack for which, pack in RUNS if which == "cases"}
    assert sum(map(len, case_manifests.values())) == len(CASES)


def _rule_texts(rule: Rule) -> set[str]:
    texts = {rule.title_in("fr"), rule.description_in("fr"), rule.remediation_in("fr")}
    texts |= set(rule.articles) | {part for link in rule.links for part in link}
    # The references in the reader's language (a CNIL page with no French version keeps
    # its English title, marked « page en anglais »: the CNIL's words, not the frame's).
    for lang in ("en", "fr"):
        references = rule.references_in(lang)
        for reference in (*references.cnil_pages, *references.articles):
            texts |= {reference.label, reference.url or ""}
    for messages in rule.messages.values():
        texts |= {str(text) for text in messages.values()}
    texts |= set(_strings((rule.raw.get("custom") or {}).get("checks") or []))
    return texts


def test_rules_in_french_hold_no_english_interface_word(english_words: set[str]) -> None:
    catalog = load_shipped_catalog()
    foreign = {text for rule in catalog for text in _rule_texts(rule)}
    found = {}
    for output_format in ("text", "markdown"):
        result = CliRunner().invoke(main, ["rules", "--lang", "fr", "--format", output_format])
        assert result.exit_code == 0, result.stderr
        shown = shown_text(output_format, result.stdout)
        english = _english_left(shown, foreign | {r.step for r in catalog}, english_words)
        if english:
            found[output_format] = english
    assert not found, "\n".join(
        f"{where}: {said}" for where, words in found.items() for said in words
    )


def test_explain_in_french_holds_no_english_interface_word(english_words: set[str]) -> None:
    found = {}
    for rule in load_shipped_catalog():
        result = CliRunner().invoke(main, ["explain", rule.id, "--lang", "fr"])
        assert result.exit_code == 0, result.stderr
        # The excerpts quote the fixtures' YAML (indented): keys and values of a manifest.
        foreign = _rule_texts(rule) | {
            line for line in result.stdout.split("\n") if line.startswith("    ")
        }
        # The failing case's own French description is the fixture's text, not the
        # frame's (tests/test_glossary.py reads it); the caption around it is scanned.
        excerpt = failing_excerpt(rule.id, lang="fr")
        if excerpt is not None:
            assert excerpt.description in result.stdout
            foreign.add(excerpt.description)
        english = _english_left(result.stdout, foreign, english_words)
        if english:
            found[rule.id] = english
    assert not found, "\n".join(
        f"{where}: {said}" for where, words in found.items() for said in words
    )


def _schema_texts() -> set[str]:
    """The schema's own texts, in both languages (reviewed elsewhere), and its names."""
    from cnilpolicy.schema_fields import all_fields
    from cnilpolicy.schema_texts import SchemaTexts

    texts = SchemaTexts.load()
    foreign = set(texts.french.values())
    for found in all_fields():
        foreign |= {found.path, found.description, texts.description(found, "fr")}
        for choice in found.choices:
            foreign |= {json.dumps(choice.value), choice.description}
            foreign.add(texts.choice(found, choice, "fr"))
    return foreign


def test_schema_reference_in_french_holds_no_english_interface_word(
    english_words: set[str],
) -> None:
    result = CliRunner().invoke(main, ["schema", "--format", "markdown", "--lang", "fr"])
    assert result.exit_code == 0, result.stderr
    foreign = _schema_texts() | {rule.id for rule in load_shipped_catalog()}
    english = _english_left(shown_text("markdown", result.stdout), foreign, english_words)
    assert english == []
    # The scan can fail here: the English reference shows the frame's words.
    result = CliRunner().invoke(main, ["schema", "--format", "markdown", "--lang", "en"])
    left = _english_left(shown_text("markdown", result.stdout), foreign, english_words)
    assert {"read", "allowed", "values", "field"} <= {said.split("'")[1] for said in left}


def test_the_same_scan_of_english_output_finds_the_interface_words(
    opa_server: LocalOpaServer, english_words: set[str]
) -> None:
    # The scan can fail: on the English report of a non-compliant manifest it finds the
    # frame's words, and nothing of the rules' texts or the manifest's values.
    manifests = [p for p in BASE_MANIFESTS if p.name == "hr-recruitment-ranking.yaml"]
    result = CliRunner().invoke(
        main,
        ["check", "--format", "text", "--date", EVALUATION_DATE, "--fail-on", "never",
         "--opa-url", opa_server.url, *map(str, manifests)],
        catch_exceptions=False,
    )  # fmt: skip
    verdicts = _verdicts(json.loads(_check_json_en(opa_server, manifests)))
    foreign = _foreign_of_verdicts(verdicts, manifests)
    found = {said.split("'")[1] for said in _english_left(result.stdout, foreign, english_words)}
    assert {"why", "where", "fix", "see", "evaluated", "compliant", "failures"} <= found
    assert _words("dpia.ref SCOPE-01 https://cnil.fr/en/x {{.rule}} --fail-on error") == set()


def _check_json_en(server: LocalOpaServer, manifests: list[Path]) -> str:
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--date", EVALUATION_DATE, "--fail-on", "never",
         "--opa-url", server.url, *map(str, manifests)],
        catch_exceptions=False,
    )  # fmt: skip
    return result.stdout


# --- Click's interface: help and usage errors ------------------------------------------


def _values_of_commands() -> set[str]:
    """What the help shows that the reader types: command names, choices, defaults."""
    foreign: set[str] = set()
    for path in command_paths():
        command = command_at(path)
        foreign |= set(path)
        for param in command.params:
            foreign |= set(getattr(param.type, "choices", ()))
            if isinstance(param.default, str):
                foreign.add(param.default)
    return foreign


#: Usage errors the reader meets most (a mistyped option, a missing or wrong value).
USAGE_ERRORS = [
    ["check", "--bogus", "x"],
    ["check"],
    ["check", "--format", "bogus", "x"],
    ["check", "--jobs", "0", "x"],
    ["check", "--jobs", "many", "x"],
    ["check", "--date", "2026-13-45", "x"],
    ["check", "--lang"],
    ["check", "--no-color=3", "x"],
    ["bogus"],
    ["bundle", "build"],
    ["test", "/nonexistent-folder"],
    ["explain"],
    ["completion", "tcsh"],
]


def _interface_in(lang: str, tmp_path: Path) -> dict[str, str]:
    shown = {
        " ".join(("cnilpolicy", *path, "--help")): run([*path, "--help"], lang, tmp_path).stdout
        for path in command_paths()
    }
    for args in USAGE_ERRORS:
        result = run(args, lang, tmp_path)
        assert result.exit_code == 2, result.output
        shown[" ".join(("cnilpolicy", *args))] = result.stderr
    versions = run(["version"], lang, tmp_path)
    assert versions.exit_code == 0, versions.output
    # Its last line is OPA's version and the binary's path, typed by nobody.
    shown["cnilpolicy version"] = versions.stdout.splitlines()[1]
    return shown


def test_help_and_usage_errors_in_french_hold_no_english_interface_word(
    english_words: set[str], tmp_path: Path
) -> None:
    foreign = _values_of_commands() | {"bogus", "many", "tcsh", "/nonexistent-folder"}
    found = {}
    for where, text in _interface_in("fr", tmp_path).items():
        # The completion commands are what the reader types.
        text = "\n".join(line for line in text.splitlines() if not line.startswith("  bash: "))
        english = _english_left(text, foreign, english_words)
        if english:
            found[where] = english
    assert not found, "\n".join(
        f"{where}: {said}" for where, words in found.items() for said in words
    )


def test_the_same_scan_of_the_english_help_finds_the_interface_words(
    english_words: set[str], tmp_path: Path
) -> None:
    foreign = _values_of_commands()
    shown = _interface_in("en", tmp_path)
    left = {said.split("'")[1] for text in shown.values() for said in _english_left(
        text, foreign, english_words
    )}  # fmt: skip
    assert {"show", "exit", "try", "missing", "invalid", "such", "evaluate", "seconds"} <= left
    assert "policies" in left  # the version's label
