package cnil.retention.ret_01_test

import data.cnil.retention.ret_01
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := ret_01.results with input as {"manifest": manifest}
}

_ds(retention) := {"id": "ds-imaging", "contains_personal_data": true, "retention": retention}

test_pass_with_period_and_justification if {
	results := _results({"datasets": [_ds({"period": "P2Y", "justification": "Two training cycles"})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention"]}
	some r in results
	r.message == "Dataset ds-imaging is kept for P2Y (about 730 days), a period justified in datasets[0].retention.justification."
}

test_fail_without_period if {
	results := _results({"datasets": [_ds({"justification": "x"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/period"]}
	some r in results
	contains(r.message, "ds-imaging")
	contains(r.message, "cannot be kept indefinitely")
	contains(r.message, "5(1)(e)")
}

test_fail_without_retention_block if {
	testing.decisions(_results({"datasets": [{"id": "ds-a"}]})) == {
		["fail", "/datasets/0/retention/period"],
		["fail", "/datasets/0/retention/justification"],
	}
}

test_fail_when_indefinite if {
	results := _results({"datasets": [_ds({"period": "Indefinite", "justification": "x"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/period"]}
	some r in results
	r.params.period == "Indefinite"
	contains(r.message, "cannot be kept indefinitely")
}

test_fail_when_not_iso_8601 if {
	results := _results({"datasets": [_ds({"period": "2 years", "justification": "x"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/period"]}
	some r in results
	contains(r.message, `("2 years") is not an ISO-8601 duration`)
}

test_fail_without_justification if {
	results := _results({"datasets": [_ds({"period": "P6M"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/justification"]}
}

test_each_dataset_decided_and_non_personal_skipped if {
	manifest := {"datasets": [
		{"id": "ds-synthetic", "contains_personal_data": false},
		_ds({"period": "P1Y", "justification": "x"}),
		{"contains_personal_data": true, "retention": {"period": "P1Y"}},
	]}
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {
		["pass", "/datasets/1/retention"],
		["fail", "/datasets/2/retention/justification"],
	}
	some r in results
	r.decision == "fail"
	contains(r.message, "datasets[2]")
}

test_fail_when_no_dataset_declared if {
	testing.decisions(_results({})) == {["fail", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": true}, "datasets": []})) == {["fail", "/datasets"]}
}

test_not_applicable_without_personal_datasets if {
	testing.decisions(_results({"personal_data": {"processed": true}, "datasets": [{"id": "x", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement", "datasets": [_ds({})]})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := ret_01.results with input as {"manifest": {"datasets": [_ds({"period": "indefinite", "justification": "x"})]}, "options": {"lang": "fr"}}
	some r in results
	ret_01.rule_info.title.fr == "Durée de conservation définie pour chaque jeu de données"
	startswith(r.message, "Le jeu de données ds-imaging déclare une durée de conservation illimitée")
	contains(r.message, "ne peuvent pas être conservées indéfiniment")
}

test_fail_when_beyond_the_tool_ceiling if {
	results := _results({"datasets": [_ds({"period": "P99Y", "justification": "For the life of the service", "long_retention_justification": "significant_investment"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/period"]}
	some r in results
	contains(r.message, "longer than P20Y, the retention ceiling set by cnilpolicy, not by the CNIL")
	contains(r.message, "indefinite retention in disguise")
	contains(r.message, "the declared ground (datasets[0].retention.long_retention_justification) is significant investment")
}

test_pass_at_the_ceiling if {
	testing.decisions(_results({"datasets": [_ds({"period": "P20Y", "justification": "x"})]})) == {["pass", "/datasets/0/retention"]}
}

test_fail_when_the_period_never_starts if {
	results := _results({"datasets": [_ds({"period": "P1Y", "start_event": "end_of_service", "justification": "x"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/start_event"]}
	some r in results
	contains(r.message, "runs from the end of the service")
	contains(r.message, "the declared ground is —.")
}

test_pass_when_a_legal_obligation_allows_indefinite_retention if {
	retention := {"period": "P50Y", "start_event": "end_of_service", "justification": "x", "long_retention_justification": "legal_obligation"}
	results := _results({"datasets": [_ds(retention)]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention"]}
	some r in results
	contains(r.message, "on a ground that allows it: legal obligation")
	contains(r.message, "P50Y (about 18250 days) > P20Y")
	contains(r.message, "start_event=end_of_service")
}

# The two reasons are joined the French way in French (« ; »).
test_french_reasons_joined_the_french_way if {
	retention := {"period": "P50Y", "start_event": "end_of_service", "justification": "x", "long_retention_justification": "legal_obligation"}
	results := ret_01.results with input as {"manifest": {"datasets": [_ds(retention)]}, "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "cnilpolicy ; start_event=end_of_service : la durée ne commence jamais")
}

test_fail_when_the_research_ground_is_not_supported if {
	retention := {"period": "P30Y", "justification": "x", "long_retention_justification": "scientific_research_art89"}
	testing.decisions(_results({"datasets": [_ds(retention)]})) == {["fail", "/datasets/0/retention/period"]}
	manifest := {"processing_activities": [{"purpose": {"scientific_research": true}}], "datasets": [_ds(retention)]}
	testing.decisions(_results(manifest)) == {["pass", "/datasets/0/retention"]}
}
