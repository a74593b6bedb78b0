package cnil.rights.rights_01_test

import data.cnil.rights.rights_01
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"processing_activities": [{"id": "pa-train", "phase": "development", "legal_basis": "legitimate_interests"}],
	"datasets": [
		{"id": "ds-web", "contains_personal_data": true, "rights_procedure_ref": "rights#dsr"},
		{"id": "ds-synth", "contains_personal_data": false},
	],
	"rights": {
		"procedures": ["access", "rectification", "erasure", "restriction", "objection"],
		"applies_to_model": true,
		"model_measures": ["periodic_retraining", "output_filtering"],
	},
	"model": {"status": "personal_data"},
}

_results(manifest) := results if {
	results := rights_01.results with input as {"manifest": manifest}
}

test_pass_on_complete_manifest if {
	testing.decisions(_results(_base)) == {
		["pass", "/rights/procedures"],
		["pass", "/datasets/0/rights_procedure_ref"],
		["pass", "/rights/model_measures"],
	}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_empty_manifest_fails_closed if {
	decisions := testing.decisions(_results({}))
	["fail", "/rights/procedures"] in decisions
	["fail", "/rights/applies_to_model"] in decisions
}

test_missing_right_named if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/procedures", "value": ["access", "erasure"]}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/rights/procedures"
	contains(r.message, "`objection`, `rectification`, `restriction`")
	contains(r.message, "(legitimate interests)")
}

test_portability_required_for_consent if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/processing_activities/0/legal_basis", "value": "consent"}])
	some r in _results(manifest)
	r.pointer == "/rights/procedures"
	r.decision == "fail"
	contains(r.message, "does not cover `consent_withdrawal`, `portability`:")
	not contains(r.message, "objection")
}

test_unknown_basis_requires_portability_and_objection if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/processing_activities/0/legal_basis"}])
	some r in _results(manifest)
	r.pointer == "/rights/procedures"
	contains(r.message, "does not cover `portability`")
	contains(r.message, "(none)")
}

test_procedure_objects_accepted if {
	procedures := [{"right": right, "ref": "p.md"} | some right in ["access", "rectification", "erasure", "restriction", "objection"]]
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/procedures", "value": procedures}])
	["pass", "/rights/procedures"] in testing.decisions(_results(manifest))
}

test_fail_dataset_without_procedure if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/0/rights_procedure_ref"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/datasets/0/rights_procedure_ref"
	contains(r.message, "ds-web")
}

test_fail_model_not_covered if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/applies_to_model", "value": false}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/rights/applies_to_model"
	contains(r.message, "model.status: holding personal data")
}

test_fail_model_status_undeclared_presumed_personal if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/model"},
		{"op": "remove", "path": "/rights/applies_to_model"},
	])
	some r in _results(manifest)
	r.pointer == "/rights/applies_to_model"
	contains(r.message, "model.status: null")
}

test_fail_model_without_measures if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/rights/model_measures"}])
	["fail", "/rights/model_measures"] in testing.decisions(_results(manifest))
}

test_anonymous_model_needs_no_model_measures if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/model/status", "value": "anonymous"},
		{"op": "add", "path": "/model/anonymity_analysis_ref", "value": "reports/anonymity.pdf"},
		{"op": "remove", "path": "/rights/applies_to_model"},
		{"op": "remove", "path": "/rights/model_measures"},
	])
	testing.decisions(_results(manifest)) == {
		["pass", "/rights/procedures"],
		["pass", "/datasets/0/rights_procedure_ref"],
		["pass", "/model/status"],
	}
}

test_dataset_without_id_named_by_index if {
	manifest := json.patch(_base, [{"op": "add", "path": "/datasets/-", "value": {"contains_personal_data": true}}])
	some r in _results(manifest)
	r.pointer == "/datasets/2/rights_procedure_ref"
	contains(r.message, "#2")
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/0/rights_procedure_ref"}])
	results := rights_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.decision == "fail"
	startswith(r.message, "Le jeu de données ds-web peut contenir")
	rights_01.rule_info.title.fr == "Exercice des droits des personnes sur les jeux d'entraînement et sur un modèle non anonyme"
}
