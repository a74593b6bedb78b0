package cnil.retention.ret_03_test

import data.cnil.retention.ret_03
import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := ret_03.results with input as {"manifest": manifest}
}

_ds(retention) := {"id": "ds-web", "retention": retention}

test_pass_when_long_retention_justified if {
	results := _results({"datasets": [_ds({"period": "P3Y", "long_retention_justification": "evolving_open_dataset"})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention/long_retention_justification"]}
	some r in results
	contains(r.message, "kept for P3Y from — (about 1095 days)")
	contains(r.message, "cnilpolicy's threshold (365 days, not a CNIL figure)")
}

test_fail_when_long_retention_unjustified if {
	results := _results({"datasets": [_ds({"period": "P2Y6M"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/long_retention_justification"]}
	some r in results
	r.severity == "error"
	contains(r.message, "Dataset ds-web is kept for P2Y6M from — (about 910 days)")
	contains(r.message, "set by cnilpolicy, not by the CNIL")
}

test_fail_when_justification_unknown if {
	results := _results({"datasets": [_ds({"period": "P5Y", "long_retention_justification": "just_in_case"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/long_retention_justification"]}
	some r in results
	contains(r.message, `is "just_in_case", which is not one of`)
}

test_not_applicable_at_or_below_threshold if {
	results := _results({"datasets": [_ds({"period": "P1Y"}), _ds({"period": "P12M"})]})
	{[r.decision, r.pointer] | some r in results} == {
		["not_applicable", "/datasets/0/retention/period"],
		["not_applicable", "/datasets/1/retention/period"],
	}
	some r in results
	contains(r.message, "does not exceed 365 days (one year), the long-retention threshold set by cnilpolicy, not by the CNIL")
}

test_not_applicable_without_valid_period if {
	testing.decisions(_results({"datasets": [_ds({"period": "indefinite"}), {"id": "b"}]})) == {
		["not_applicable", "/datasets/0/retention/period"],
		["not_applicable", "/datasets/1/retention/period"],
	}
}

test_not_applicable_cases if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_derived_long_retention_fact if {
	manifest := {"datasets": [
		_ds({"period": "P3Y"}),
		{"id": "ds-short", "retention": {"period": "P6M"}},
		{"id": "ds-anon", "contains_personal_data": false, "retention": {"period": "P10Y"}},
		{"retention": {"period": "P2Y"}},
	]}
	derived := {d | some d in facts.derived with input as {"manifest": manifest}; d.id == "long_retention"}
	derived == {{
		"id": "long_retention", "value": true, "basis": [
			"datasets[3]: period P2Y (about 730 days) > P1Y, cnilpolicy's long-retention threshold",
			"ds-web: period P3Y (about 1095 days) > P1Y, cnilpolicy's long-retention threshold",
		],
		"pointer": "/datasets",
	}}
}

test_derived_long_retention_false if {
	derived := {d | some d in facts.derived with input as {"manifest": {"datasets": [_ds({"period": "P6M"})]}}; d.id == "long_retention"}
	derived == {{"id": "long_retention", "value": false, "basis": [], "pointer": "/datasets"}}
}

test_french_texts if {
	results := ret_03.results with input as {"manifest": {"datasets": [_ds({"period": "P2Y"})]}, "options": {"lang": "fr"}}
	some r in results
	ret_03.rule_info.title.fr == "Conservation longue des données d'entraînement seulement si elle est justifiée"
	contains(r.message, "seuil de conservation longue fixé par cnilpolicy et non par la CNIL")
}

_research_activity := {"id": "pa-research", "purpose": {"scientific_research": true}}

test_fail_when_research_ground_without_research_purpose if {
	results := _results({"datasets": [_ds({"period": "P5Y", "long_retention_justification": "scientific_research_art89"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/long_retention_justification"]}
	some r in results
	contains(r.message, "no development activity declares a research purpose")
}

test_pass_when_research_ground_with_research_purpose if {
	manifest := {
		"processing_activities": [_research_activity],
		"datasets": [_ds({"period": "P5Y", "long_retention_justification": "scientific_research_art89"})],
	}
	testing.decisions(_results(manifest)) == {["pass", "/datasets/0/retention/long_retention_justification"]}
}

test_fail_when_other_ground_not_written if {
	results := _results({"datasets": [_ds({"period": "P5Y", "long_retention_justification": "other"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/long_retention_justification"]}
	some r in results
	contains(r.message, "long_retention_other_ground")
}

test_pass_when_other_ground_written if {
	retention := {"period": "P5Y", "long_retention_justification": "other", "long_retention_other_ground": "Kept for the warranty of the medical device the model ships in."}
	testing.decisions(_results({"datasets": [_ds(retention)]})) == {["pass", "/datasets/0/retention/long_retention_justification"]}
}

test_never_starting_period_is_long_retention if {
	results := _results({"datasets": [_ds({"period": "P6M", "start_event": "end_of_service"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/long_retention_justification"]}
	some r in results
	contains(r.message, "kept for P6M from the end of the service")
}

test_derived_indefinite_retention_fact if {
	manifest := {"datasets": [
		_ds({"period": "P99Y"}),
		{"id": "ds-life", "retention": {"period": "P1M", "start_event": "end_of_service"}},
		{"id": "ds-short", "retention": {"period": "P6M"}},
	]}
	derived := {d | some d in facts.derived with input as {"manifest": manifest}; d.id == "indefinite_retention"}
	derived == {{"id": "indefinite_retention", "value": true, "pointer": "/datasets", "basis": [
		"ds-life: start_event=end_of_service: the period never starts while the service lives",
		"ds-web: period P99Y (about 36135 days) > P20Y, cnilpolicy's retention ceiling",
	]}}
}

test_derived_indefinite_retention_false if {
	derived := {d | some d in facts.derived with input as {"manifest": {"datasets": [_ds({"period": "P6M"})]}}; d.id == "indefinite_retention"}
	derived == {{"id": "indefinite_retention", "value": false, "basis": [], "pointer": "/datasets"}}
}
