"""The reviewer's report as HTML: contents, escaping, self-containment, files of a batch."""

from __future__ import annotations

import re

import pytest

from cnilpolicy.i18n import words
from cnilpolicy.render import FORMATS, html
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import (
    LABELS,
    MONTHS,
    RULE_STATUS_WORDS,
    STEP_STATUS_WORDS,
    STEP_TITLES,
    VERDICT_WORDS,
    long_date,
    word,
)
from cnilpolicy.render.report_model import manifest_slugs, safe_url
from tests.report_verdicts import (
    IMG,
    LONG,
    QUOTES,
    SCRIPT,
    check_golden,
    compliant_verdict,
    flat,
    hostile_verdict,
    parse_html,
    sample_verdict,
)

BATCH = (sample_verdict("en"), compliant_verdict("en"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_golden_report(lang: str) -> None:
    check_golden(
        f"sample.{lang}.html", html.render([sample_verdict(lang)], RenderOptions(lang=lang))
    )


def test_golden_batch_page() -> None:
    check_golden("batch.en.html", html.render(BATCH, RenderOptions()))


def test_golden_batch_files() -> None:
    files = html.render_files(BATCH, RenderOptions())
    assert sorted(files) == ["imaging-triage.html", "index.html", "no-personal-data.html"]
    for name, content in files.items():
        check_golden(f"files/{name}", content)


def test_the_formats_are_registered() -> None:
    assert FORMATS["html"] is html.render


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_report_has_every_section_in_the_cnil_order(lang: str) -> None:
    verdict = sample_verdict(lang)
    page = parse_html(html.render([verdict], RenderOptions(lang=lang)))
    step_ids = [i for i in page.ids if i.startswith("step-")]
    assert step_ids == [f"step-{s.id.replace('_', '-')}" for s in verdict.steps]
    sections = [i for i in page.ids if i in ("summary", "facts", "actions", "waivers", "statement")]
    assert sections == ["summary", "facts", "actions", "waivers", "statement"]
    assert page.ids.index("facts") < page.ids.index(step_ids[0])
    assert page.ids.index(step_ids[-1]) < page.ids.index("actions")
    for step in verdict.steps:
        text = page.section(f"step-{step.id.replace('_', '-')}")
        assert flat(word(STEP_TITLES, lang, step.id)) in text
        assert flat(word(STEP_STATUS_WORDS, lang, step.status)) in text
        for result in verdict.results:
            if result.step == step.id:
                assert result.rule_id in text
                assert " ".join(result.message.split()) in text
                assert (
                    flat(f"{result.pointer or '/'} — {word(LABELS, lang, 'line')} {result.line}")
                    in text
                )
                for reference in result.references:
                    assert flat(reference.label) in text
    header = page.section("report")
    for value in (verdict.path, verdict.sha256, verdict.pack, "1.22.3", "15"):
        assert value in header


def test_the_summary_uses_the_reviewers_vocabulary() -> None:
    page = parse_html(html.render([sample_verdict("fr")], RenderOptions(lang="fr")))
    summary = page.section("summary")
    assert flat(word(VERDICT_WORDS, "fr", "non_compliant")) in summary
    for status in ("acceptable", "à améliorer", "à corriger", "non évalué"):
        assert status in summary
    assert "to fix" not in summary and "not assessed" not in summary
    # 2 to fix, 1 to improve, 1 waived, 3 acceptable, 1 not applicable.
    counts = re.findall(r"(\d+)\s*[✗!≈✓\u2013]", summary)[:5]
    assert counts == ["2", "1", "1", "3", "1"]


def test_the_action_plan_lists_every_failure_and_warning_with_its_owner() -> None:
    verdict = sample_verdict("en")
    page = parse_html(html.render([verdict], RenderOptions()))
    actions = page.section("actions")
    listed = re.findall(r"([A-Z]+-\d{2}(?:\.\d+)?)(?![\d.])", actions)
    open_rules = [r.rule_id for r in verdict.results if r.status in ("fail", "warn")]
    # Failures first (in step order), then warnings; each rule once in the plan.
    assert list(dict.fromkeys(listed)) == [*dict.fromkeys(open_rules), "ANNOT-02"]
    assert "Write the purpose statement with the product owner" in actions
    assert "Owner: Product owner" in actions and "Due: 2026-02-28" in actions
    assert "in progress" in actions
    assert actions.count("no action planned in the manifest") == 2
    # Remediations of the rules to fix are in the plan, not only in the steps.
    for result in verdict.results:
        if result.status in ("fail", "warn"):
            assert result.remediation in actions
    # A passing rule's remediation is not offered as work to do.
    assert "Carry out the DPIA" not in page.text


def test_waivers_show_justification_approver_and_expiry() -> None:
    page = parse_html(html.render([sample_verdict("en")], RenderOptions()))
    waivers = page.section("waivers")
    for expected in (
        "RET-01",
        "Images must be kept for the 5-year medical-device audit.",
        "Approved by DPO, J. Martin",
        "Expires 2026-06-01",
        "PRIV-42",
        "expired",
        "The waiver of RET-02 expired on 2025-12-31.",
        "refused",
        "PURPOSE-01 is an obligation",
    ):
        assert expected in waivers
    retention = page.section("step-retention")
    assert "accepted by waiver" in retention and "DPO, J. Martin" in retention


def test_derived_facts_explain_why_rules_apply() -> None:
    facts = parse_html(html.render([sample_verdict("en")], RenderOptions())).section("facts")
    assert "A DPIA is required dpia_required yes cnil_list:7" in facts
    assert "Data are collected by web scraping web_scraping_applies no" in facts


def test_the_statement_says_the_tool_does_not_replace_legal_analysis() -> None:
    for lang, said in (("en", "does not replace the legal analysis"), ("fr", "ne remplace pas")):
        page = parse_html(html.render([sample_verdict(lang)], RenderOptions(lang=lang)))
        assert said in page.section("statement")


def test_references_are_links_and_only_web_links() -> None:
    page = parse_html(html.render([hostile_verdict()], RenderOptions()))
    hrefs = [attrs["href"] or "" for tag, attrs in page.tags if tag == "a"]
    assert "https://www.cnil.fr/en/ai-how-sheets-define-purpose" in hrefs
    assert all(href.startswith(("#", "https://", "http://")) for href in hrefs)
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("https://eur-lex.europa.eu/x") == "https://eur-lex.europa.eu/x"


def test_every_manifest_string_is_escaped() -> None:
    document = html.render([hostile_verdict()], RenderOptions())
    page = parse_html(document)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "img", "b", "iframe", "object", "embed"}
    assert not [name for _, attrs in page.tags for name in attrs if name.startswith("on")]
    for hostile in (SCRIPT, IMG, QUOTES, LONG):
        assert hostile in page.text
    assert "<script" not in document.replace("&lt;script", "")


def test_the_page_is_self_contained() -> None:
    document = html.render([sample_verdict("en")], RenderOptions())
    page = parse_html(document)
    assert [tag for tag, _ in page.tags if tag in ("script", "link", "img", "iframe")] == []
    assert not [attrs for _, attrs in page.tags if "src" in attrs]
    css = document[document.index("<style>") : document.index("</style>")]
    assert "url(" not in css and "@import" not in css
    policy = next(
        attrs["content"] or ""
        for tag, attrs in page.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert "@media print" in css and "break-before: page" in css


def test_the_output_is_deterministic() -> None:
    first = html.render(BATCH, RenderOptions()), html.render_files(BATCH, RenderOptions())
    second = html.render(BATCH, RenderOptions()), html.render_files(BATCH, RenderOptions())
    assert first == second


def test_a_batch_page_is_one_document_with_an_index_and_every_report() -> None:
    document = html.render(BATCH, RenderOptions())
    assert document.count("<html") == 1 and document.count("</html>") == 1
    page = parse_html(document)
    index = page.section("index")
    for verdict in BATCH:
        assert verdict.path in index
        assert word(VERDICT_WORDS, "en", verdict.verdict) in index
    hrefs = [attrs["href"] for tag, attrs in page.tags if tag == "a" and attrs.get("href")]
    # Each index link points at a report on the same page, and ids never repeat.
    assert "#imaging-triage--report" in hrefs and "#no-personal-data--report" in hrefs
    assert len(page.ids) == len(set(page.ids))
    for href in hrefs:
        if href and href.startswith("#"):
            assert href[1:] in page.ids
    assert "WeatherNow" in page.section("no-personal-data--report")
    assert word(VERDICT_WORDS, "en", "non_compliant") in index  # the worst of the batch


def test_render_files_gives_an_index_linking_each_report() -> None:
    files = html.render_files(BATCH, RenderOptions(lang="fr"))
    index = parse_html(files["index.html"])
    links = [attrs["href"] for tag, attrs in index.tags if tag == "a"]
    assert links == ["imaging-triage.html", "no-personal-data.html"]
    assert flat(word(VERDICT_WORDS, "fr", "non_compliant")) in index.section("index")
    report = parse_html(files["imaging-triage.html"])
    assert next(attrs["href"] for tag, attrs in report.tags if tag == "a") == "index.html"
    assert "step-purpose" in report.ids


def test_manifest_file_names_are_stable_safe_and_unique() -> None:
    names = manifest_slugs(
        ["a/Hospital Imaging.yaml", "b/hospital-imaging.json", "c/../<x>.yaml", "index.yaml",
         "d/solo.yaml", "d/solo.yaml"]
    )  # fmt: skip
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z0-9-]+", name) for name in names)
    # Colliding names take their folder: readable, not a digest.
    assert names[:2] == ["a-hospital-imaging", "b-hospital-imaging"]
    assert names[2] == "x" and names[3].startswith("index-")
    assert names[4:] == ["solo", "solo-2"]
    # The name of a manifest does not depend on the others in the batch.
    assert manifest_slugs(["d/solo.yaml"]) == ["solo"]
    assert manifest_slugs(["a/Hospital Imaging.yaml", "z.yaml"])[0] == "hospital-imaging"
    # The usual file name says nothing: the folder names the project.
    assert manifest_slugs(
        ["services/billing/cnil-manifest.yaml", "services/x/cnil-manifest.yaml",
         "other/x/cnil-manifest.yml", "cnil-manifest.json"]
    ) == ["billing", "services-x", "other-x", "cnil-manifest"]  # fmt: skip


def test_every_status_and_month_has_a_word() -> None:
    # Every word's French is checked by tests/test_i18n.py (the catalogue).
    assert set(RULE_STATUS_WORDS) == set(STEP_STATUS_WORDS)
    assert [word(MONTHS, "fr", str(month)) for month in (1, 8, 12)] == [
        "janvier",
        "août",
        "décembre",
    ]


def test_dates_read_as_a_reviewer_writes_them() -> None:
    assert long_date("2026-01-15", "en") == "15 January 2026"
    assert long_date("2026-08-01", "fr") == "1er août 2026"
    assert long_date("not a date", "fr") == "not a date"
    assert long_date("2026-13-01", "en") == "2026-13-01"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_manifest_gives_a_page_that_says_so(lang: str) -> None:
    for document in (
        html.render([], RenderOptions(lang=lang)),
        html.render_files([], RenderOptions(lang=lang))["index.html"],
    ):
        page = parse_html(document)
        assert flat(word(LABELS, lang, "no_manifest")) in page.section("index")
        # An empty batch is not "compliant": no verdict is given at all.
        assert not any(flat(said) in page.text for said in words(VERDICT_WORDS, lang).values())
