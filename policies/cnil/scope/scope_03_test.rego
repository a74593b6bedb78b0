package cnil.scope.scope_03_test

import data.cnil.scope.scope_03
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := scope_03.results with input as {"manifest": manifest}
}

_dev := {"id": "pa-train", "phase": "development"}

_deploy := {
	"id": "pa-serve",
	"phase": "deployment",
	"purpose": {"description": "Serve predictions to clinicians"},
	"legal_basis": "public_task",
	"ropa_ref": "ropa#2",
}

test_pass_development_and_deployment if {
	manifest := {"processing_activities": [_dev, _deploy]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0"], ["pass", "/processing_activities/1"]}
	some r in _results(manifest)
	r.message == "Activity pa-serve is declared as a separate processing operation of the deployment phase (phase)."
}

test_fail_on_empty_manifest if {
	testing.decisions(_results({})) == {["fail", "/processing_activities"]}
}

test_fail_when_only_deployment_is_declared if {
	manifest := {"processing_activities": [_deploy]}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities"], ["pass", "/processing_activities/0"]}
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, "No activity of processing_activities has phase development")
}

test_fail_on_missing_or_wrong_phase if {
	manifest := {"processing_activities": [{"id": "pa-a"}, {"id": "pa-b", "phase": "training"}]}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/0/phase"], ["fail", "/processing_activities/1/phase"]}
	some r in _results(manifest)
	contains(r.message, `Activity pa-b declares phase "training"`)
}

test_fail_on_missing_and_duplicate_ids if {
	manifest := {"processing_activities": [_dev, {"phase": "development"}, _dev]}
	testing.decisions(_results(manifest)) == {
		["pass", "/processing_activities/0"],
		["fail", "/processing_activities/1/id"],
		["fail", "/processing_activities/2/id"],
	}
	messages := {r.message | some r in _results(manifest)}
	some m1 in messages
	startswith(m1, "processing_activities[1] has no id")
	some m2 in messages
	startswith(m2, "The id pa-train is used by several entries")
}

test_fail_when_deployment_lacks_its_own_purpose_basis_and_record if {
	manifest := {"processing_activities": [_dev, {"id": "pa-serve", "phase": "deployment"}]}
	testing.decisions(_results(manifest)) == {
		["pass", "/processing_activities/0"],
		["fail", "/processing_activities/1/purpose/description"],
		["fail", "/processing_activities/1/legal_basis"],
		["fail", "/processing_activities/1/ropa_ref"],
	}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	results := _results({"legal_regime": "national_security"})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/legal_regime"]}
	some r in results
	contains(r.message, "national_security")
}

test_french_texts if {
	results := scope_03.results with input as {"manifest": {"processing_activities": [_deploy]}, "options": {"lang": "fr"}}
	some r in results
	scope_03.rule_info.title.fr == "Développement et déploiement déclarés comme des traitements distincts"
	startswith(r.message, "Aucune entrée de processing_activities n'a la phase development")
}

test_french_renders_the_phase_in_words if {
	results := scope_03.results with input as {"manifest": {"processing_activities": [_dev]}, "options": {"lang": "fr"}}
	{r.message | some r in results} == {"Le traitement pa-train est déclaré comme traitement distinct, relevant de la phase de développement (phase)."}
}
