package cnil.responsibilities.role_03_2_test

import data.cnil.responsibilities.role_03_2
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := role_03_2.results with input as {"manifest": manifest}
}

_processor := {
	"id": "pa-client",
	"phase": "development",
	"gdpr_role": "processor",
	"dataset_ids": ["ds-client"],
	"processor_reuses_client_data": true,
	"client_authorisation_ref": "contracts/reuse-authorisation.pdf",
}

_own := {"id": "pa-own-model", "phase": "development", "gdpr_role": "controller"}

_datasets := [
	{"id": "ds-public", "contains_personal_data": false},
	{"id": "ds-client", "contains_personal_data": true, "compatibility_test": {"ref": "reuse/compat-client.md"}},
]

test_pass_when_reuse_is_framed if {
	manifest := {"processing_activities": [_processor, _own], "datasets": _datasets}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/processor_reuses_client_data"]}
	some r in _results(manifest)
	contains(r.message, "authorised by the client (contracts/reuse-authorisation.pdf)")
	contains(r.message, "(pa-own-model)")
}

test_not_applicable_when_no_reuse if {
	activity := object.union(_processor, {"processor_reuses_client_data": false})
	results := _results({"processing_activities": [activity]})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/processing_activities/0/processor_reuses_client_data"]}
	some r in results
	contains(r.message, "activity pa-client")
}

test_fail_when_reuse_undeclared if {
	activity := object.remove(_processor, ["processor_reuses_client_data"])
	testing.decisions(_results({"processing_activities": [activity]})) == {["fail", "/processing_activities/0/processor_reuses_client_data"]}
}

test_fail_on_each_missing_condition if {
	activity := object.remove(_processor, ["client_authorisation_ref"])
	datasets := json.patch(_datasets, [{"op": "remove", "path": "/1/compatibility_test"}])
	results := _results({"processing_activities": [activity], "datasets": datasets})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/processing_activities/0/client_authorisation_ref"],
		["fail", "/processing_activities"],
		["fail", "/datasets/1/compatibility_test/ref"],
	}
	some r in results
	startswith(r.message, "Dataset ds-client of the client is reused")
}

test_only_datasets_shared_with_a_controller_activity_need_a_test if {
	# The processor works on two client datasets; its own model reuses only ds-extract.
	processor := object.union(_processor, {"dataset_ids": ["ds-client", "ds-extract"]})
	own := object.union(_own, {"dataset_ids": ["ds-extract"]})
	datasets := [
		{"id": "ds-client", "contains_personal_data": true},
		{"id": "ds-extract", "contains_personal_data": true, "compatibility_test": {"ref": "reuse/compat-extract.md"}},
	]
	testing.decisions(_results({"processing_activities": [processor, own], "datasets": datasets})) == {["pass", "/processing_activities/0/processor_reuses_client_data"]}

	# Sharing nothing with the controller activity: every client dataset counts as reused.
	unrelated := object.union(_own, {"dataset_ids": ["ds-own"]})
	testing.decisions(_results({"processing_activities": [processor, unrelated], "datasets": datasets})) == {["fail", "/datasets/0/compatibility_test/ref"]}
}

test_fail_without_or_with_unknown_dataset_ids if {
	no_ids := object.remove(_processor, ["dataset_ids"])
	testing.decisions(_results({"processing_activities": [no_ids, _own]})) == {["fail", "/processing_activities/0/dataset_ids"]}
	unknown := object.union(_processor, {"dataset_ids": ["ds-client", "ds-ghost"]})
	results := _results({"processing_activities": [unknown, _own], "datasets": _datasets})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/dataset_ids"]}
	some r in results
	contains(r.message, "dataset ds-ghost")
}

test_not_applicable_without_processor if {
	testing.decisions(_results({"processing_activities": [_own]})) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := role_03_2.results with input as {"manifest": {"processing_activities": [_processor], "datasets": _datasets}, "options": {"lang": "fr"}}
	some r in results
	role_03_2.rule_info.title.fr == "Sous-traitants réutilisant les données du client pour leurs propres modèles"
	startswith(r.message, "Le traitement pa-client réutilise les données du client pour les propres modèles du prestataire, mais aucun autre traitement")
}
