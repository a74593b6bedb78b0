package cnil.dpia.dpia_03_test

import data.cnil.dpia.dpia_03
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true},
	"datasets": [
		{"id": "ds-cxr", "contains_personal_data": true, "special_categories": ["health_data"]},
		{"id": "ds-synthetic", "contains_personal_data": false, "special_categories": ["health_data"]},
		{"id": "ds-reports", "contains_personal_data": true, "special_categories": [{"category": "health_data", "art9_exception": "public_health"}, 42]},
	],
	"dpia": {"screening": {
		"edpb_criteria": ["sensitive_or_highly_personal_data", "large_scale"],
		"explicit_answers": {
			"sensitive_or_highly_personal_data": true,
			"large_scale": true,
			"vulnerable_data_subjects": false,
			"matching_combining_datasets": false,
			"innovative_use_new_technology": false,
		},
	}},
}

_results(manifest) := results if {
	results := dpia_03.results with input as {"manifest": manifest}
}

_answers := "/dpia/screening/explicit_answers"

test_pass_when_all_five_answered_consistently if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", _answers]}
	some r in results
	endswith(r.message, "met: large-scale processing, sensitive or highly personal data.")
}

test_pass_with_no_criterion_met if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": []},
		{"op": "replace", "path": "/dpia/screening/explicit_answers/sensitive_or_highly_personal_data", "value": false},
		{"op": "replace", "path": "/dpia/screening/explicit_answers/large_scale", "value": false},
		{"op": "remove", "path": "/datasets/0/special_categories"},
		{"op": "replace", "path": "/datasets/2/special_categories", "value": []},
	])
	some r in _results(manifest)
	r.decision == "pass"
	endswith(r.message, "met: none.")
}

test_fail_per_missing_answer if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/dpia/screening/explicit_answers/vulnerable_data_subjects"},
		{"op": "replace", "path": "/dpia/screening/explicit_answers/large_scale", "value": "yes"},
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": ["sensitive_or_highly_personal_data"]},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/dpia/screening/explicit_answers/vulnerable_data_subjects"],
		["fail", "/dpia/screening/explicit_answers/large_scale"],
	}
	some r in results
	r.pointer == "/dpia/screening/explicit_answers/vulnerable_data_subjects"
	contains(r.message, "(data concerning vulnerable data subjects)")
}

test_fail_when_no_answers_at_all if {
	count([r | some r in _results({}); r.decision == "fail"]) == 5
	count([r | some r in _results({"dpia": {"screening": {"explicit_answers": [true]}}}); r.decision == "fail"]) == 5
}

test_fail_when_true_answer_not_listed if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": ["large_scale"]}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/screening/explicit_answers/sensitive_or_highly_personal_data"]}
	some r in results
	contains(r.message, "is true but dpia.screening.edpb_criteria does not list sensitive_or_highly_personal_data")
}

test_fail_when_false_answer_is_listed if {
	manifest := json.patch(_base, [{"op": "add", "path": "/dpia/screening/edpb_criteria/-", "value": "matching_combining_datasets"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/screening/explicit_answers/matching_combining_datasets"]}
	some r in results
	contains(r.message, "is false but dpia.screening.edpb_criteria lists matching_combining_datasets")
}

test_fail_when_special_categories_contradict_the_answer if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/explicit_answers/sensitive_or_highly_personal_data", "value": false},
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": ["large_scale"]},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/screening/explicit_answers/sensitive_or_highly_personal_data"]}
	{r.params.dataset | some r in results} == {"ds-cxr", "ds-reports"}
	some r in results
	contains(r.message, "dataset ds-cxr declares special categories of data (health data)")
	some r2 in results
	contains(r2.message, "dataset ds-reports declares special categories of data (42, health data)")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/dpia/screening/explicit_answers/large_scale"}])
	results := dpia_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "dpia.screening.explicit_answers.large_scale n'est pas renseigné")
	contains(r.message, "(données traitées à grande échelle)")
	dpia_03.rule_info.title.fr == "Réponse explicite aux critères du CEPD pour les données d'entraînement"
}

test_fail_when_an_answer_contradicts_the_facts if {
	manifest := json.patch(_base, [{"op": "add", "path": "/datasets/0/data_subjects", "value": ["patients"]}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/screening/explicit_answers/vulnerable_data_subjects"]}
	some r in results
	r.message == concat("", [
		"dpia.screening.explicit_answers.vulnerable_data_subjects is false, but the manifest's facts meet this EDPB criterion: ",
		`datasets.0.data_subjects.0="patients" (/datasets/0/data_subjects/0). Correct the answer, or the facts if they are wrong; `,
		"the tool counts the criterion as met either way (DPIA-01).",
	])
}
