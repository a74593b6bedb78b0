package cnil.ai_act.aiact_01_test

import data.cnil.ai_act.aiact_01
import data.cnilpolicy.lib.testing

_base := {"ai_act": {"operator_role": "provider", "risk_level": "minimal", "annex_iii_area": null, "performs_profiling": false, "gpai_model": false}}

_derogation := {
	"ai_act": {
		"operator_role": "provider",
		"risk_level": "minimal",
		"annex_iii_area": "employment",
		"performs_profiling": false,
		"gpai_model": false,
		"art6_3_derogation": {"claimed": true, "ground": "preparatory_task", "documentation_ref": "aiact/art6-3.md"},
	},
}

_results(manifest) := results if {
	results := aiact_01.results with input as {"manifest": manifest}
}

test_pass_when_classified if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/ai_act/risk_level"]}
	some r in results
	r.message == concat("", [
		"The system is classified under the AI Act: ai_act.risk_level = minimal (minimal-risk system, ",
		"without obligations specific to its risk level); ai_act.gpai_model = false (not a general-purpose AI model).",
	])
}

test_pass_renders_the_values_in_french if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/ai_act/risk_level", "value": "high"},
		{"op": "replace", "path": "/ai_act/gpai_model", "value": true},
		{"op": "add", "path": "/ai_act/annex_i_product", "value": true},
	])
	results := aiact_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.message == concat("", [
		"Le système est classé au titre du règlement sur l'IA : ai_act.risk_level = high (système à haut risque) ; ",
		"ai_act.gpai_model = true (modèle d'IA à usage général, dont le fournisseur est soumis à l'art. 53 (et à l'art. 55 en cas de risque systémique)).",
	])
}

test_applies_without_personal_data if {
	manifest := object.union(_base, {"personal_data": {"processed": false}})
	testing.decisions(_results(manifest)) == {["pass", "/ai_act/risk_level"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["fail", "/ai_act/risk_level"], ["fail", "/ai_act/gpai_model"]}
}

test_empty_manifest_fails_closed if {
	some r in _results({})
	r.pointer == "/ai_act/risk_level"
	contains(r.message, "(null)")
}

test_prohibited_fails if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/ai_act/risk_level", "value": "prohibited"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.severity == "error"
	contains(r.message, "AI Act art. 5")
}

test_annex_iii_without_derogation_fails if {
	manifest := json.patch(_derogation, [{"op": "remove", "path": "/ai_act/art6_3_derogation"}])
	some r in _results(manifest)
	r.pointer == "/ai_act/risk_level"
	startswith(r.message, "The manifest classifies the system as minimal risk (ai_act.risk_level), but its facts make it high-risk under AI Act art. 6: ")
	contains(r.message, `annex_iii_area: ai_act.annex_iii_area="employment" (/ai_act/annex_iii_area).`)
}

test_intended_use_implies_the_annex_iii_area if {
	manifest := object.union(_base, {"ai_system": {"intended_uses": ["other", "credit_scoring"]}})
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, `annex_iii_area: ai_system.intended_uses.1="credit_scoring" (/ai_system/intended_uses/1)`)
}

test_high_without_a_route_fails if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/ai_act/risk_level", "value": "high"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.message == concat("", [
		"The manifest classifies the system high (ai_act.risk_level), but none of its facts makes it high-risk under ",
		"AI Act art. 6 (ai_act.annex_i_product = null; Annex III area from ai_act.annex_iii_area or ai_system.intended_uses: none; ",
		"art. 6(3) derogation claimed: false): record the fact that does (the Annex I product route or the Annex III area), ",
		"or correct the level.",
	])
}

test_high_with_a_valid_derogation_is_unsupported if {
	manifest := json.patch(_derogation, [{"op": "replace", "path": "/ai_act/risk_level", "value": "high"}])
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, "employment (/ai_act/annex_iii_area); art. 6(3) derogation claimed: true)")
}

test_annex_iii_high_passes if {
	manifest := json.patch(_derogation, [
		{"op": "remove", "path": "/ai_act/art6_3_derogation"},
		{"op": "replace", "path": "/ai_act/risk_level", "value": "high"},
		{"op": "replace", "path": "/ai_act/performs_profiling", "value": true},
	])
	testing.decisions(_results(manifest)) == {["pass", "/ai_act/risk_level"]}
}

test_documented_derogation_passes if {
	results := _results(_derogation)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/ai_act/art6_3_derogation"]}
	some r in results
	contains(r.message, concat("", [
		`the Annex III area "employment and workers management" (ai_act.annex_iii_area) is covered by the art. 6(3) derogation `,
		"(ai_act.art6_3_derogation.ground = preparatory_task: the system performs a task preparatory to an ",
		"assessment relevant to an Annex III use, art. 6(3)(d)), documented in aiact/art6-3.md.",
	]))
}

test_derogation_excluded_for_profiling if {
	manifest := json.patch(_derogation, [{"op": "replace", "path": "/ai_act/performs_profiling", "value": true}])
	testing.decisions(_results(manifest)) == {["fail", "/ai_act/performs_profiling"], ["fail", "/ai_act/risk_level"]}
	some r in _results(manifest)
	contains(r.message, "annex_iii_profiling: ai_act.performs_profiling=true (/ai_act/performs_profiling)")
}

test_derogation_needs_profiling_ground_and_documentation if {
	manifest := json.patch(_derogation, [
		{"op": "remove", "path": "/ai_act/performs_profiling"},
		{"op": "replace", "path": "/ai_act/art6_3_derogation", "value": {"claimed": true}},
	])
	testing.decisions(_results(manifest)) == {
		["fail", "/ai_act/performs_profiling"],
		["fail", "/ai_act/art6_3_derogation/ground"],
		["fail", "/ai_act/art6_3_derogation/documentation_ref"],
		["fail", "/ai_act/risk_level"],
	}
}

test_french_texts if {
	manifest := json.patch(_derogation, [{"op": "replace", "path": "/ai_act/performs_profiling", "value": true}])
	results := aiact_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "La dérogation de l'art. 6, § 3, est invoquée mais ai_act.performs_profiling vaut true")
	aiact_01.rule_info.title.fr == "Classification du système au regard du règlement sur l'IA et exclusion des pratiques interdites"
}

test_annex_i_product_is_high_risk if {
	manifest := json.patch(_base, [{"op": "add", "path": "/ai_act/annex_i_product", "value": true}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/ai_act/risk_level"
	contains(r.message, "annex_i_product: ai_act.annex_i_product=true (/ai_act/annex_i_product)")
	high := json.patch(manifest, [{"op": "replace", "path": "/ai_act/risk_level", "value": "high"}])
	testing.decisions(_results(high)) == {["pass", "/ai_act/risk_level"]}
}

# The facts behind high risk are named in French in French, joined the French
# way; never the English codes ("annex_iii_area: ...").
test_french_facts_in_words if {
	manifest := json.patch(_derogation, [
		{"op": "replace", "path": "/ai_act/performs_profiling", "value": true},
		{"op": "add", "path": "/ai_act/annex_i_product", "value": true},
	])
	results := aiact_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.pointer == "/ai_act/risk_level"
	contains(r.message, concat("", [
		"art. 6 : domaine de l'annexe III : ai_act.annex_iii_area=\"employment\" (/ai_act/annex_iii_area) ; ",
		"produit de l'annexe I : ai_act.annex_i_product=true (/ai_act/annex_i_product) ; ",
		"profilage de personnes physiques malgré la dérogation de l'art. 6, § 3 : ai_act.performs_profiling=true (/ai_act/performs_profiling). ",
	]))
	not regex.match(`annex_i+_[a-z_]+: `, r.message)
}
