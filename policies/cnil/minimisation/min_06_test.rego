package cnil.minimisation.min_06_test

import data.cnil.minimisation.min_06
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_06.results with input as {"manifest": manifest, "options": {"evaluation_date": "2026-01-15"}}
}

_ds(extra) := object.union({"id": "ds-cxr", "bias_assessment_ref": "reports/bias.pdf", "last_quality_review": "2025-09-01"}, extra)

_one_shot := {"learning_mode": "one_shot"}

test_pass_when_reviewed_within_cadence if {
	results := _results({"ai_system": _one_shot, "datasets": [_ds({"review_frequency": "P6M"})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/last_quality_review"]}
	some r in results
	r.message == "Dataset ds-cxr: quality and bias assessment in reports/bias.pdf, last reviewed on 2025-09-01, review cadence P6M."
}

test_pass_one_shot_without_cadence if {
	results := _results({"ai_system": _one_shot, "datasets": [_ds({})]})
	some r in results
	r.decision == "pass"
	r.message == "Dataset ds-cxr: quality and bias assessment in reports/bias.pdf, last reviewed on 2025-09-01."
}

test_warn_when_review_overdue if {
	results := _results({"ai_system": _one_shot, "datasets": [_ds({"last_quality_review": "2025-06-16", "review_frequency": "P6M"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/last_quality_review"]}
	some r in results
	r.severity == "warning"
	r.message == "Dataset ds-cxr: the last quality and bias review (2025-06-16) is older than the declared cadence (P6M): the next review was due on 2025-12-16, before the evaluation date 2026-01-15. Review the data again and update datasets[0].last_quality_review."
}

test_not_overdue_on_due_date if {
	results := min_06.results with input as {
		"manifest": {"ai_system": _one_shot, "datasets": [_ds({"last_quality_review": "2025-07-15", "review_frequency": "P6M"})]},
		"options": {"evaluation_date": "2026-01-15"},
	}
	{r.decision | some r in results} == {"pass"}
}

test_no_overdue_check_without_evaluation_date if {
	results := min_06.results with input as {"manifest": {"ai_system": _one_shot, "datasets": [_ds({"last_quality_review": "2020-01-01", "review_frequency": "P1M"})]}}
	{r.decision | some r in results} == {"pass"}
}

test_warn_without_assessment_or_review if {
	testing.decisions(_results({"ai_system": _one_shot, "datasets": [{"id": "ds-cxr"}]})) == {
		["fail", "/datasets/0/bias_assessment_ref"],
		["fail", "/datasets/0/last_quality_review"],
	}
}

test_warn_when_continuous_without_cadence if {
	results := _results({"ai_system": {"learning_mode": "continuous"}, "datasets": [_ds({})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/review_frequency"]}
	some r in results
	contains(r.message, "feeds a continuously learning system")
}

test_warn_when_learning_mode_unknown_without_cadence if {
	results := _results({"datasets": [_ds({})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/review_frequency"]}
	some r in results
	contains(r.message, "ai_system.learning_mode is not declared")
}

test_warn_on_malformed_values if {
	results := _results({"ai_system": _one_shot, "datasets": [_ds({"last_quality_review": "2025-02-30", "review_frequency": "six months"})]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/last_quality_review"],
		["fail", "/datasets/0/review_frequency"],
	}
	some r in results
	r.message == `Dataset ds-cxr: datasets[0].review_frequency ("six months") is not a positive ISO-8601 duration such as P6M or P1Y.`
}

test_fail_when_no_dataset_declared if {
	testing.decisions(_results({})) == {["fail", "/datasets"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "x", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_06.results with input as {
		"manifest": {"ai_system": _one_shot, "datasets": [_ds({"last_quality_review": "2025-01-10", "review_frequency": "P1Y"})]},
		"options": {"lang": "fr", "evaluation_date": "2026-01-15"},
	}
	some r in results
	min_06.rule_info.title.fr == "Qualité des données et biais suivis dans le temps"
	contains(r.message, "la revue suivante était due le 2026-01-10, avant la date d'évaluation 2026-01-15")
}
