package cnil.responsibilities.role_02_test

import data.cnil.responsibilities.role_02
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := role_02.results with input as {"manifest": manifest}
}

_joint := {
	"id": "pa-consortium",
	"phase": "development",
	"gdpr_role": "joint_controller",
	"joint_controller_arrangement": {
		"ref": "contracts/art26-consortium.pdf",
		"allocates": ["information", "data_subject_rights", "dpia"],
		"essence_published": true,
	},
}

test_pass_with_full_arrangement if {
	manifest := {"processing_activities": [_joint]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/joint_controller_arrangement"]}
	some r in _results(manifest)
	contains(r.message, "arrangement contracts/art26-consortium.pdf, which allocates informing the data subjects, rights of the data subjects, DPIA")
}

test_fail_on_each_gap if {
	activity := json.patch(_joint, [
		{"op": "remove", "path": "/joint_controller_arrangement/ref"},
		{"op": "replace", "path": "/joint_controller_arrangement/allocates", "value": ["dpia"]},
		{"op": "replace", "path": "/joint_controller_arrangement/essence_published", "value": false},
	])
	results := _results({"processing_activities": [activity]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/processing_activities/0/joint_controller_arrangement/ref"],
		["fail", "/processing_activities/0/joint_controller_arrangement/allocates"],
		["fail", "/processing_activities/0/joint_controller_arrangement/essence_published"],
	}
	some r in results
	contains(r.message, "does not include `data_subject_rights`, `information`")
}

test_fail_without_any_arrangement if {
	activity := object.remove(_joint, ["joint_controller_arrangement"])
	testing.decisions(_results({"processing_activities": [activity]})) == {
		["fail", "/processing_activities/0/joint_controller_arrangement/ref"],
		["fail", "/processing_activities/0/joint_controller_arrangement/allocates"],
		["fail", "/processing_activities/0/joint_controller_arrangement/essence_published"],
	}
}

test_not_applicable_without_joint_control if {
	manifest := {"processing_activities": [
		{"id": "pa-train", "gdpr_role": "controller"},
		object.union(_joint, {"phase": "deployment"}),
	]}
	testing.decisions(_results(manifest)) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	activity := json.patch(_joint, [{"op": "remove", "path": "/joint_controller_arrangement/essence_published"}])
	results := role_02.results with input as {"manifest": {"processing_activities": [activity]}, "options": {"lang": "fr"}}
	some r in results
	role_02.rule_info.title.fr == "Responsables conjoints — accord répartissant les obligations du RGPD"
	startswith(r.message, "Traitement pa-consortium : joint_controller_arrangement.essence_published ne vaut pas true")
}
