package cnil.dpia.dpia_01_test

import data.cnil.dpia.dpia_01
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true},
	"ai_act": {"risk_level": "minimal"},
	"dpia": {
		"screening": {
			"ref": "dpia/screening.pdf",
			"art35_3": [],
			"cnil_list_items": [8],
			"edpb_criteria": ["large_scale", "evaluation_scoring"],
		},
		"ref": "dpia/dpia-v1.pdf",
	},
}

_results(manifest) := results if {
	results := dpia_01.results with input as {"manifest": manifest}
}

test_pass_when_required_and_carried_out if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/ref"]}
	some r in results
	contains(r.message, "item 8 of the CNIL list")
	contains(r.message, "two or more EDPB criteria met (evaluation or scoring, large-scale processing)")
	contains(r.message, "dpia/dpia-v1.pdf")
	r.params.codes == "cnil_list:8, edpb_criteria:evaluation_scoring+large_scale"
}

test_pass_when_screening_concludes_no_dpia if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/cnil_list_items", "value": []},
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": ["large_scale"]},
		{"op": "remove", "path": "/dpia/ref"},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/screening"]}
	some r in results
	contains(r.message, "dpia/screening.pdf concludes that no DPIA is required")
}

test_fail_when_required_without_dpia_lists_the_reasons if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/dpia/ref"},
		{"op": "add", "path": "/dpia/screening/art35_3/-", "value": "b_large_scale_special_categories_or_criminal"},
		{"op": "replace", "path": "/ai_act/risk_level", "value": "high"},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/ref"]}
	some r in results
	startswith(r.message, "A DPIA is required (high-risk AI system under the AI Act")
	contains(r.message, "; GDPR art. 35(3)(b): large-scale processing of special categories")
	contains(r.message, "but dpia.ref is missing")
}

test_unknown_art35_3_case_is_still_named if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/dpia/ref"},
		{"op": "add", "path": "/dpia/screening/art35_3/-", "value": "z_other"},
	])
	some r in _results(manifest)
	contains(r.message, "GDPR art. 35(3) case z_other")
}

test_fail_without_screening_ref if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/dpia/screening/ref"}])
	testing.decisions(_results(manifest)) == {["fail", "/dpia/screening/ref"]}
}

test_fail_per_unanswered_list if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/dpia/screening/art35_3"},
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": "large_scale"},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/dpia/screening/art35_3"],
		["fail", "/dpia/screening/edpb_criteria"],
	}
	some r in results
	r.pointer == "/dpia/screening/art35_3"
	contains(r.message, "the cases of GDPR art. 35(3)")
}

test_empty_manifest_fails_closed if {
	testing.decisions(_results({})) == {
		["fail", "/dpia/screening/ref"],
		["fail", "/dpia/screening/art35_3"],
		["fail", "/dpia/screening/cnil_list_items"],
		["fail", "/dpia/screening/edpb_criteria"],
	}
}

test_not_applicable_without_personal_data if {
	results := _results({"personal_data": {"processed": false}})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	results := _results({"legal_regime": "national_security", "personal_data": {"processed": true}})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/legal_regime"]}
	some r in results
	contains(r.message, "national_security")
}

test_french_texts if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/dpia/ref"},
		{"op": "replace", "path": "/ai_act/risk_level", "value": "high"},
	])
	results := dpia_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Une AIPD est requise (système d'IA à haut risque")
	contains(r.message, " ; point 8 de la liste CNIL")
	contains(r.message, "au moins deux critères du CEPD remplis (traitement à grande échelle, évaluation ou notation)")
	dpia_01.rule_info.title.fr == "Examen documenté de la nécessité d'une AIPD (RGPD, art. 35, § 3 ; liste CNIL ; critères du CEPD)"
}

test_fail_when_the_screening_denies_a_required_dpia if {
	manifest := json.patch(_base, [{"op": "add", "path": "/dpia/screening/dpia_required", "value": false}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/screening/dpia_required"]}
	some r in results
	contains(r.message, "dpia.screening.dpia_required is false, but the screening's answers and the manifest's facts make a DPIA required (item 8 of the CNIL list")
}

test_screening_conclusion_alone_requires_a_dpia if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/cnil_list_items", "value": []},
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": ["large_scale"]},
		{"op": "add", "path": "/dpia/screening/dpia_required", "value": true},
		{"op": "remove", "path": "/dpia/ref"},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/ref"]}
	some r in results
	contains(r.message, "the screening itself concludes that a DPIA is required")
}

# Profiling for recruitment is item 3 of the CNIL list, whatever the screening lists.
test_fail_when_the_screening_omits_a_derived_item if {
	manifest := object.union(_base, {"ai_act": {"performs_profiling": true}, "ai_system": {"intended_uses": ["recruitment"]}})
	results := _results(manifest)
	some r in results
	r.decision == "fail"
	r.pointer == "/dpia/screening/cnil_list_items"
	r.message == concat("", [
		"The facts of the manifest place the processing in item 3 of the CNIL list of processing operations that require a DPIA ",
		"(deliberation 2018-327): ai_act.performs_profiling=true (/ai_act/performs_profiling) + ",
		`ai_system.intended_uses.0="recruitment" (/ai_system/intended_uses/0); but dpia.screening.cnil_list_items does not list it ([8]). `,
		"A DPIA is mandatory for that item (GDPR art. 35(4)): add it to the screening, or correct the facts if they are wrong.",
	])
	not "pass" in {x.decision | some x in results}
	listed := json.patch(manifest, [{"op": "replace", "path": "/dpia/screening/cnil_list_items", "value": [3, 8]}])
	testing.decisions(_results(listed)) == {["pass", "/dpia/ref"]}
}

test_derived_item_requires_a_dpia_even_when_the_screening_says_no if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/cnil_list_items", "value": [3]},
		{"op": "replace", "path": "/dpia/screening/edpb_criteria", "value": []},
		{"op": "remove", "path": "/dpia/ref"},
		{"op": "add", "path": "/ai_act/performs_profiling", "value": true},
		{"op": "add", "path": "/ai_system", "value": {"intended_uses": ["workforce_management"]}},
	])
	testing.decisions(_results(manifest)) == {["fail", "/dpia/ref"]}
}

test_not_required_under_a_justified_edpb_exception if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/dpia/screening/cnil_list_items", "value": []},
		{"op": "remove", "path": "/dpia/ref"},
		{"op": "add", "path": "/dpia/screening/edpb_exception", "value": {"justification": "j", "dpo_advice_ref": "dpo.pdf"}},
	])
	some r in _results(manifest)
	r.decision == "pass"
	contains(r.message, "covered by a justified exception with the DPO's advice (reported by DPIA-01.2)")
}
