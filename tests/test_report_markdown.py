"""The reviewer's report as Markdown: the HTML's contents, and inert manifest strings.

The Markdown is read back by an independent CommonMark parser (markdown-it-py,
with GFM tables and strikethrough) to check what a reader would really see.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from cnilpolicy.i18n import words
from cnilpolicy.render import FORMATS, html, markdown
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import LABELS, STEP_TITLES, VERDICT_WORDS, labels, word
from tests.report_verdicts import (
    EMOJI,
    GOLDEN,
    IMG,
    LONG,
    QUOTES,
    RTL,
    SCRIPT,
    check_golden,
    compliant_verdict,
    hostile_verdict,
    parse_html,
    sample_verdict,
)

BATCH = (sample_verdict("en"), compliant_verdict("en"))


def to_html(document: str) -> str:
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    rendered: str = parser.render(document)
    return rendered


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_golden_report(lang: str) -> None:
    document = markdown.render([sample_verdict(lang)], RenderOptions(lang=lang))
    check_golden(f"sample.{lang}.md", document)


def test_golden_batch() -> None:
    check_golden("batch.en.md", markdown.render(BATCH, RenderOptions()))
    files = markdown.render_files(BATCH, RenderOptions())
    assert sorted(files) == ["imaging-triage.md", "index.md", "no-personal-data.md"]
    check_golden("files/index.md", files["index.md"])
    assert files["imaging-triage.md"] == markdown.render([BATCH[0]], RenderOptions())


def test_the_format_is_registered() -> None:
    assert FORMATS["markdown"] is markdown.render


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_contents_as_the_html(lang: str) -> None:
    verdict = sample_verdict(lang)
    from_markdown = parse_html(to_html(markdown.render([verdict], RenderOptions(lang=lang))))
    from_html = parse_html(html.render([verdict], RenderOptions(lang=lang)))
    shown = " ".join(from_markdown.text.split())
    # Every text of the verdict, and every label around it, is in both.
    expected = [
        verdict.path, verdict.sha256, verdict.project or "", verdict.organisation or "",
        word(VERDICT_WORDS, lang, verdict.verdict), "15",
        *(word(STEP_TITLES, lang, step.id) for step in verdict.steps),
        *(r.message for r in verdict.results),
        *(r.title for r in verdict.results),
        *(r.remediation for r in verdict.results if r.status in ("fail", "warn", "waived")),
        *(ref.label for r in verdict.results for ref in r.references),
        *(item.action for item in verdict.action_plan),
        *(item.owner or "" for item in verdict.action_plan),
        *(note.message for note in verdict.waiver_notes),
        *(fact.pointer for fact in verdict.derived_facts),
        labels(lang)["statement"], labels(lang)["action_plan"], labels(lang)["facts"],
    ]  # fmt: skip
    html_text = " ".join(from_html.text.split())
    for text in expected:
        flat = " ".join(text.split())
        assert flat in shown, flat
        assert flat in html_text, flat
    # The remediation of a passing rule is not work to do, in either format.
    dpia_fix = next(r.remediation for r in verdict.results if r.rule_id == "DPIA-01")
    assert dpia_fix not in shown and dpia_fix not in html_text
    links = {attrs["href"] for tag, attrs in from_markdown.tags if tag == "a"}
    assert links == {ref.url for r in verdict.results for ref in r.references if ref.url}


def test_manifest_strings_stay_text() -> None:
    document = markdown.render([hostile_verdict()], RenderOptions())
    rendered = to_html(document)
    page = parse_html(rendered)
    tags = {tag for tag, _ in page.tags}
    # Only the markup the report itself writes: no image, raw HTML, emphasis or
    # strikethrough coming from a manifest string.
    assert not tags & {"script", "img", "b", "s", "del", "h4", "h5", "h6"}
    # The report's own emphasis holds only its own labels.
    label = labels("en")
    for emphasised in re.findall(r"<em>(.*?)</em>", rendered, flags=re.S):
        assert emphasised in label.values() or emphasised.startswith(label["generated_by"])
    hrefs = [attrs["href"] or "" for tag, attrs in page.tags if tag == "a"]
    assert hrefs and all(href.startswith("https://") for href in hrefs)
    assert sum(1 for tag, _ in page.tags if tag == "h1") == 1
    text = page.text
    for hostile in (SCRIPT, IMG, QUOTES, EMOJI, LONG):
        assert hostile in text
    # The right-to-left override shows as its code point, the Arabic and Hebrew as they are.
    assert RTL.replace("\u202e", "[U+202E]") in text
    assert "\u202e" not in document


def test_table_cells_are_not_split_by_manifest_pipes() -> None:
    tokens = (
        MarkdownIt("commonmark")
        .enable("table")
        .parse(markdown.render([hostile_verdict()], RenderOptions()))
    )
    widths: list[int] = []
    cells = 0
    for token in tokens:
        if token.type == "thead_open":
            widths.append(0)
        if token.type in ("th_open",):
            widths[-1] += 1
        if token.type == "tr_open":
            cells = 0
        if token.type == "td_open":
            cells += 1
        if token.type == "tr_close" and cells:
            assert cells == widths[-1]
    assert len(widths) >= 4  # counts, steps, facts and action plan tables were found


def test_escaping_helpers() -> None:
    assert markdown.text("a *b* _c_ [d](e) <f> `g` |h| ~i~ &amp; #j $k$ \\") == (
        "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\|h\\| \\~i\\~ \\&amp; \\#j \\$k\\$ \\\\"
    )
    assert markdown.text("two\nlines\n# heading") == "two lines \\# heading"
    assert markdown.code("a`b") == "``a`b``"
    assert markdown.code("`x`") == "`` `x` ``"
    assert markdown.code("a|b") == "`a\\|b`"
    assert markdown.text("a\u202eb\u2066") == "a\\[U+202E\\]b\\[U+2066\\]"
    assert markdown.code("\u202e") == "`[U+202E]`"


def test_no_stale_golden_file() -> None:
    # Every file under tests/golden/report is written by one of the golden tests.
    expected = {
        "sample.en.html", "sample.fr.html", "batch.en.html", "sample.en.md", "sample.fr.md",
        "batch.en.md", "files/index.html", "files/imaging-triage.html",
        "files/no-personal-data.html", "files/index.md",
    }  # fmt: skip
    present = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    assert present == expected


def test_no_manifest_gives_a_document_that_says_so() -> None:
    for document in (
        markdown.render([], RenderOptions(lang="fr")),
        markdown.render_files([], RenderOptions(lang="fr"))["index.md"],
    ):
        assert word(LABELS, "fr", "no_manifest") in document
        assert not any(said in document for said in words(VERDICT_WORDS, "fr").values())
