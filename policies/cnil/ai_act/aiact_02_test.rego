package cnil.ai_act.aiact_02_test

import data.cnil.ai_act.aiact_02
import data.cnilpolicy.lib.testing

_governance := {
	"design_choices": "CNN pretrained on ImageNet, fine-tuned",
	"collection_and_origin": "PACS export of the hospital, 2018-2023",
	"original_purpose": "patient care",
	"preparation_ops": ["annotation", "cleaning"],
	"assumptions": "images represent the adult population of the region",
	"suitability_assessment": "docs/suitability.md",
	"bias_examination_ref": "docs/bias.md",
	"bias_mitigation": ["rebalancing"],
	"data_gaps": "few paediatric images: paediatric use excluded",
}

_base := {
	"ai_act": {"operator_role": "provider", "risk_level": "high"},
	"datasets": [
		{"id": "ds-train", "contains_personal_data": true, "split": "training", "ai_act_governance": _governance},
		{"id": "ds-test", "contains_personal_data": false, "split": "testing", "ai_act_governance": object.remove(_governance, ["original_purpose"])},
	],
}

_results(manifest) := results if {
	results := aiact_02.results with input as {"manifest": manifest}
}

test_pass_when_governed if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {
		["pass", "/datasets/0/ai_act_governance"],
		["pass", "/datasets/1/ai_act_governance"],
	}
	some r in results
	r.message == "Dataset ds-test (testing) has a complete AI Act art. 10 data-governance record."
}

test_not_applicable_when_not_high_risk if {
	some r in _results({"ai_act": {"risk_level": "minimal"}})
	r.decision == "not_applicable"
	r.pointer == "/ai_act/risk_level"
	contains(r.message, "(ai_act.risk_level: minimal risk, and no fact of the manifest makes it high-risk, see AIACT-01)")
}

test_empty_manifest_not_applicable if {
	testing.decisions(_results({})) == {["not_applicable", "/ai_act/risk_level"]}
}

test_not_applicable_for_deployer if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/ai_act/operator_role", "value": "deployer"}])
	testing.decisions(_results(manifest)) == {["not_applicable", "/ai_act/operator_role"]}
}

test_provider_assumed_when_role_undeclared if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/ai_act/operator_role"}])
	["pass", "/datasets/0/ai_act_governance"] in testing.decisions(_results(manifest))
}

test_fail_without_datasets if {
	testing.decisions(_results({"ai_act": {"risk_level": "high"}})) == {["fail", "/datasets"]}
}

test_fail_without_governance if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/1/ai_act_governance"}])
	testing.decisions(_results(manifest)) == {["pass", "/datasets/0/ai_act_governance"], ["fail", "/datasets/1/ai_act_governance"]}
}

test_missing_field_named_with_its_point if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/0/ai_act_governance/bias_examination_ref"}])
	results := _results(manifest)
	some r in results
	r.decision == "fail"
	r.severity == "error"
	r.pointer == "/datasets/0/ai_act_governance/bias_examination_ref"
	r.message == "Dataset ds-train: ai_act_governance.bias_examination_ref is missing (examination of possible biases, AI Act art. 10(2)(f))."
	not ["pass", "/datasets/0/ai_act_governance"] in {[x.decision, x.pointer] | some x in results}
}

test_original_purpose_required_for_personal_data if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/0/ai_act_governance/original_purpose"}])
	["fail", "/datasets/0/ai_act_governance/original_purpose"] in testing.decisions(_results(manifest))
}

test_split_required if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/datasets/1/split", "value": "holdout"}])
	some r in _results(manifest)
	r.pointer == "/datasets/1/split"
	contains(r.message, "(holdout)")
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/0/ai_act_governance/data_gaps"}])
	results := aiact_02.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.decision == "fail"
	r.message == "Jeu de données ds-train : ai_act_governance.data_gaps est absent (lacunes des données et manière d'y remédier, règlement sur l'IA, art. 10, § 2, h))."
}

test_dataset_without_id_named_by_index if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/1/id"}, {"op": "remove", "path": "/datasets/1/split"}])
	some r in _results(manifest)
	r.pointer == "/datasets/1/split"
	startswith(r.message, "Dataset #1: split is missing or invalid (null)")
}

# High risk is derived: recruitment is Annex III employment, and a profiling
# system cannot claim the art. 6(3) derogation.
test_applies_when_the_facts_make_the_system_high_risk if {
	manifest := {
		"ai_act": {"risk_level": "minimal", "performs_profiling": true, "art6_3_derogation": {"claimed": true, "ground": "preparatory_task", "documentation_ref": "x.md"}},
		"ai_system": {"intended_uses": ["recruitment"]},
		"datasets": [{"id": "ds", "split": "training"}],
	}
	testing.decisions(_results(manifest)) == {["fail", "/datasets/0/ai_act_governance"]}
}
