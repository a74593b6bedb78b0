"""Readable at scale: the Markdown summary's cap, the batch index's order and totals."""

from __future__ import annotations

from dataclasses import replace

from cnilpolicy.render import RenderOptions, html, markdown, markdown_summary
from cnilpolicy.render.markdown_summary import MAX_BYTES
from cnilpolicy.verdict import UnevaluatedSection
from tests.verdicts import hospital, odd_path, with_baseline, with_problems

#: GitHub's cap for one step's summary.
GITHUB_CAP = 1024 * 1024


def batch(size: int) -> list:  # type: ignore[type-arg]
    """size manifests, each a copy of a realistic verdict under its own path."""
    verdicts = []
    for number in range(size):
        base = hospital() if number % 3 else odd_path()
        verdicts.append(replace(base, path=f"repos/service-{number:05d}/cnil-manifest.yaml"))
    return verdicts


def test_a_small_summary_is_whole() -> None:
    text = markdown_summary.render(batch(3), RenderOptions())
    assert "Truncated" not in text
    assert text.count("<details>") == 3 + 1  # each manifest's other rules, and the waived findings


def test_the_summary_of_any_batch_stays_under_githubs_cap() -> None:
    for size in (3000, 10000):
        text = markdown_summary.render(batch(size), RenderOptions())
        assert len(text.encode("utf-8")) <= MAX_BYTES < GITHUB_CAP
        assert "Truncated: " in text and "more rows are not shown" in text
        # What fits comes first: the table of manifests, failing ones first.
        rows = [line for line in text.splitlines() if line.startswith("| `repos/")]
        assert rows and "Non compliant" in rows[0]
        assert text.rstrip().endswith("</sub>")  # the footer is always there


def test_the_french_summary_says_it_is_truncated_too() -> None:
    text = markdown_summary.render(batch(4000), RenderOptions(lang="fr"))
    assert "Tronqué" in text and len(text.encode("utf-8")) <= MAX_BYTES


def test_the_batch_index_lists_failing_manifests_first_with_totals() -> None:
    entries = list(reversed(with_problems()))  # compliant-with-warnings first, as given
    for render in (html.render, markdown.render):
        text = render(entries, RenderOptions())
        positions = [
            text.index(path)
            for path in (
                "services/search/cnil-manifest.yaml",  # engine error
                "services/billing/cnil-manifest.yaml",  # invalid
                "fixtures/manifests/hospital-imaging.yaml",  # non compliant
                "odd dir",  # compliant with warnings
            )
        ]
        assert positions == sorted(positions), render
        assert "Manifests" in text and "Points to fix: 1; points to improve: 2" in text


def test_readable_report_file_names() -> None:
    files = html.render_files(batch(3), RenderOptions())
    assert sorted(files) == ["index.html", "service-00000.html", "service-00001.html",
                             "service-00002.html"]  # fmt: skip


def test_reports_mark_findings_against_the_baseline() -> None:
    verdicts = with_baseline()
    states = [r.baseline for v in verdicts for r in v.results if r.baseline]
    page = html.render(verdicts, RenderOptions())
    assert page.count('class="tag baseline"') == len(states)
    assert '<span class="tag baseline">new</span>' in page
    document = markdown.render(verdicts, RenderOptions())
    assert document.count("**\\[new\\]**") == states.count("new")
    assert document.count("**\\[worse\\]**") == states.count("worse")


def test_the_summary_stays_capped_when_every_manifest_carries_a_notice() -> None:
    verdicts = [
        replace(
            v,
            pack="cnil-2024",
            unevaluated_sections=(UnevaluatedSection("scraping", ("cnil-extended",)),),
        )
        for v in batch(6000)
    ]
    assert verdicts[0].unevaluated_notice()
    text = markdown_summary.render(verdicts, RenderOptions())
    assert len(text.encode("utf-8")) <= MAX_BYTES
    assert "more manifests have sections not evaluated by their pack" in text
