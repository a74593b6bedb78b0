package cnil.ai_act.aiact_04_test

import data.cnil.ai_act.aiact_04
import data.cnilpolicy.lib.testing

_gpai := {
	"technical_documentation_ref": "gpai/tech-doc.md",
	"downstream_info_ref": "gpai/downstream.md",
	"copyright_policy_ref": "gpai/copyright.md",
	"training_content_summary_url": "https://example.org/summary",
}

_base := {
	"ai_act": {
		"operator_role": "provider",
		"risk_level": "high",
		"gpai_model": true,
		"technical_documentation_ref": "aiact/annex-iv.md",
		"gpai": _gpai,
	},
	"processing_activities": [{"id": "pa-train", "legal_basis": "public_task"}],
}

_results(manifest) := results if {
	results := aiact_04.results with input as {"manifest": manifest}
}

test_pass_high_risk_gpai_provider if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/ai_act/technical_documentation_ref"], ["pass", "/ai_act/gpai"]}
	some r in results
	r.message == "The technical documentation of the high-risk system is aiact/annex-iv.md (AI Act art. 11)."
}

test_not_applicable_without_duty if {
	results := _results({"ai_act": {"operator_role": "provider", "risk_level": "minimal", "gpai_model": false}})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/ai_act"]}
	some r in results
	contains(r.message, "ai_act.risk_level: minimal risk, ai_act.operator_role: provider, ai_act.gpai_model: false")
}

test_empty_manifest_not_applicable if {
	testing.decisions(_results({})) == {["not_applicable", "/ai_act"]}
}

test_ai_act_legal_basis_always_fails if {
	manifest := {
		"ai_act": {"risk_level": "minimal", "gpai_model": false},
		"processing_activities": [{"id": "pa-train", "legal_basis": "ai_act"}],
		"model": {"legal_basis": "AI Act"},
	}
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legal_basis"], ["fail", "/model/legal_basis"]}
	some r in results
	r.severity == "error"
	startswith(r.message, "Processing activity pa-train declares the legal basis ai_act: the AI Act is not a legal basis")
}

test_high_risk_provider_needs_technical_documentation if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/ai_act/technical_documentation_ref"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/ai_act/technical_documentation_ref"
	contains(r.message, "Annex IV")
}

test_gpai_fields_named if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/ai_act/gpai/copyright_policy_ref"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/ai_act/technical_documentation_ref"], ["fail", "/ai_act/gpai/copyright_policy_ref"]}
	some r in results
	r.message == "The organisation provides a general-purpose AI model but ai_act.gpai.copyright_policy_ref is missing: a copyright policy, respecting text-and-data-mining opt-outs, must be adopted (AI Act art. 53(1)(c))."
}

test_open_source_exemption if {
	manifest := {
		"ai_act": {"risk_level": "minimal", "gpai_model": true, "gpai": {"copyright_policy_ref": "c.md", "training_content_summary_url": "https://e.org/s"}},
		"distribution": {"open_source_practices": ["weights", "model_documentation", "licence_allowing_use_modification_redistribution"]},
	}
	some r in _results(manifest)
	r.decision == "pass"
	startswith(r.message, "The general-purpose AI model's provider duties are documented: copyright_policy_ref, training_content_summary_url (AI Act art. 53(1)(c) and (d)); points (a) and (b) do not apply")
	systemic := json.patch(manifest, [{"op": "add", "path": "/ai_act/gpai_systemic_risk", "value": true}])
	testing.decisions(_results(systemic)) == {["fail", "/ai_act/gpai/technical_documentation_ref"], ["fail", "/ai_act/gpai/downstream_info_ref"]}
}

test_no_exemption_for_a_use_restricting_licence_or_undocumented_model if {
	practices := ["weights", "model_documentation", "licence_allowing_use_modification_redistribution"]
	manifest := {
		"ai_act": {"risk_level": "minimal", "gpai_model": true, "gpai": {"copyright_policy_ref": "c.md", "training_content_summary_url": "https://e.org/s"}},
		"distribution": {"open_source_practices": practices, "licence_restricts_uses": true},
	}
	testing.decisions(_results(manifest)) == {["fail", "/ai_act/gpai/technical_documentation_ref"], ["fail", "/ai_act/gpai/downstream_info_ref"]}
	undocumented := json.patch(manifest, [
		{"op": "replace", "path": "/distribution/licence_restricts_uses", "value": false},
		{"op": "replace", "path": "/distribution/open_source_practices", "value": ["weights", "licence_allowing_use_modification_redistribution"]},
	])
	testing.decisions(_results(undocumented)) == {["fail", "/ai_act/gpai/technical_documentation_ref"], ["fail", "/ai_act/gpai/downstream_info_ref"]}
}

test_deployer_needs_fria if {
	manifest := {"ai_act": {"operator_role": "deployer", "risk_level": "high", "annex_iii_area": "essential_services"}, "organisation": {"is_public_authority": false}}
	some r in _results(manifest)
	r.pointer == "/ai_act/fria_ref"
	contains(r.message, "Annex III area: essential_services")
	with_fria := json.patch(manifest, [{"op": "add", "path": "/ai_act/fria_ref", "value": "fria.pdf"}])
	testing.decisions(_results(with_fria)) == {["pass", "/ai_act/fria_ref"]}
}

test_annex_i_product_deployer_outside_art27 if {
	manifest := {"ai_act": {"operator_role": "deployer", "risk_level": "high", "annex_i_product": true, "annex_iii_area": null}, "organisation": {"is_public_authority": true}}
	testing.decisions(_results(manifest)) == {["not_applicable", "/ai_act"]}
	both := json.patch(manifest, [{"op": "replace", "path": "/ai_act/annex_iii_area", "value": "employment"}])
	testing.decisions(_results(both)) == {["fail", "/ai_act/fria_ref"]}
}

test_private_deployer_outside_art27_scope if {
	manifest := {"ai_act": {"operator_role": "deployer", "risk_level": "high", "annex_iii_area": "employment"}, "organisation": {"is_public_authority": false}}
	testing.decisions(_results(manifest)) == {["not_applicable", "/ai_act"]}
	infra := {"ai_act": {"operator_role": "deployer", "risk_level": "high", "annex_iii_area": "critical_infrastructure"}}
	testing.decisions(_results(infra)) == {["not_applicable", "/ai_act"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/processing_activities/0/legal_basis", "value": "ai_act"}])
	results := aiact_04.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.decision == "fail"
	startswith(r.message, "L'activité de traitement pa-train déclare la base légale ai_act")
}

# A deployer of a credit-scoring system (Annex III 5(b), implied by its intended use) owes a FRIA.
test_fria_for_a_credit_scoring_deployer_by_intended_use if {
	manifest := {
		"organisation": {"is_public_authority": false},
		"ai_act": {"operator_role": "deployer", "risk_level": "high"},
		"ai_system": {"intended_uses": ["credit_scoring"]},
	}
	results := aiact_04.results with input as {"manifest": manifest}
	some r in results
	r.decision == "fail"
	r.pointer == "/ai_act/fria_ref"
	r.params.area == "essential_services"
}
