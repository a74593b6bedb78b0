package cnil.minimisation.min_02_test

import data.cnil.minimisation.min_02
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_02.results with input as {"manifest": manifest}
}

_review := {
	"objective": "Detect lung nodules on chest X-rays",
	"architecture": "CNN fine-tuned from a public pre-trained backbone",
	"sources": "Hospital PACS, images of the last five years",
	"data_selection_rationale": "Images and age band only; no names or identifiers",
}

test_pass_with_complete_review if {
	results := _results({"design_review": _review})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/design_review"]}
	some r in results
	startswith(r.message, "The design review covers the objective")
}

test_fail_without_review if {
	results := _results({"personal_data": {"processed": true}})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/design_review"]}
	some r in results
	r.severity == "error"
	contains(r.message, "GDPR art. 25(1)")
}

test_fail_per_missing_field if {
	review := object.union(object.remove(_review, ["architecture"]), {"data_selection_rationale": "  "})
	results := _results({"design_review": review})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/design_review/architecture"],
		["fail", "/design_review/data_selection_rationale"],
	}
	some r in results
	startswith(r.message, "design_review.architecture is missing: the technical architecture shapes the data")
}

test_not_applicable_cases if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_02.results with input as {"manifest": {"design_review": object.remove(_review, ["sources"])}, "options": {"lang": "fr"}}
	some r in results
	min_02.rule_info.title.fr == "Protection des données prise en compte dès la conception"
	startswith(r.message, "design_review.sources est absent : le choix des sources de données")
}
