package cnil.dpia.dpia_01_2_test

import data.cnil.dpia.dpia_01_2

# Two criteria derived from the facts: profiling (evaluation_scoring) and
# employees among the people concerned (vulnerable_data_subjects).
_base := {
	"personal_data": {"processed": true},
	"ai_act": {"performs_profiling": true},
	"datasets": [{"id": "ds-staff", "data_subjects": ["employees"]}],
	"dpia": {"screening": {"edpb_criteria": []}},
}

_exception := {"justification": "Aggregated rota data; no decision about a person.", "dpo_advice_ref": "dpo/2025-04.pdf"}

_results(manifest) := results if {
	results := dpia_01_2.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.message] | some r in _results(manifest)}

test_derived_criteria_without_exception_pass_to_dpia_01 if {
	_decisions(_base) == {["pass", "2 EDPB criteria are met (evaluation or scoring, vulnerable data subjects) and no exception is claimed: DPIA-01 requires the DPIA."]}
}

test_justified_exception_warns_with_its_justification if {
	manifest := json.patch(_base, [{"op": "add", "path": "/dpia/screening/edpb_exception", "value": _exception}])
	some r in _results(manifest)
	r.decision == "fail"
	r.severity == "warning"
	r.pointer == "/dpia/screening/edpb_exception"
	contains(r.message, `for this reason: "Aggregated rota data; no decision about a person."`)
	contains(r.message, "with the DPO's advice (dpo/2025-04.pdf)")
	contains(r.message, "vulnerable data subjects: datasets.0.data_subjects.0=\"employees\" (/datasets/0/data_subjects/0)")
}

test_incomplete_exception_names_the_missing_field if {
	manifest := json.patch(_base, [{"op": "add", "path": "/dpia/screening/edpb_exception", "value": {"justification": "x"}}])
	some r in _results(manifest)
	r.decision == "fail"
	startswith(r.message, "dpia.screening.edpb_exception is recorded without dpo_advice_ref")
}

test_below_threshold_is_not_applicable if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/ai_act/performs_profiling", "value": false}])
	_decisions(manifest) == {["not_applicable", "Fewer than two EDPB criteria are met (vulnerable data subjects): WP248's rule of thumb does not call for a DPIA on that ground."]}
	{r.params.criteria | some r in _results({"personal_data": {"processed": true}})} == {"none"}
}

test_not_applicable_without_personal_data_or_under_another_regime if {
	{r.decision | some r in _results({"personal_data": {"processed": false}})} == {"not_applicable"}
	{r.pointer | some r in _results({"legal_regime": "law_enforcement"})} == {"/legal_regime"}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "add", "path": "/dpia/screening/edpb_exception", "value": _exception}])
	results := dpia_01_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "2 critères du CEPD sont remplis")
}

test_declared_criteria_are_shown_as_declared if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": ["large_scale"]},
		{"op": "add", "path": "/dpia/screening/edpb_exception", "value": _exception},
	])
	some r in _results(manifest)
	contains(r.message, "; large-scale processing: declared in dpia.screening; ")
}

# The facts behind the criteria read in French in French: the criteria in
# words, French separators, « déclaré dans dpia.screening ».
test_french_facts_behind_the_criteria if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": ["large_scale"]},
		{"op": "add", "path": "/dpia/screening/edpb_exception", "value": _exception},
	])
	results := dpia_01_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.decision == "fail"
	contains(r.message, concat("", [
		"Faits à l'origine des critères : évaluation ou notation : ai_act.performs_profiling=true (/ai_act/performs_profiling) ; ",
		"traitement à grande échelle : déclaré dans dpia.screening ; ",
	]))
	not contains(r.message, "declared in")
	not contains(r.message, "large_scale")
}
