package cnil.responsibilities.role_03_test

import data.cnil.responsibilities.role_03
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := role_03.results with input as {"manifest": manifest}
}

_processor := {"id": "pa-client", "phase": "development", "gdpr_role": "processor", "processor_contract_ref": "contracts/dpa.pdf"}

test_pass_with_contract if {
	manifest := {"processing_activities": [_processor]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/processor_contract_ref"]}
	some r in _results(manifest)
	r.message == "Activity pa-client is carried out as processor (gdpr_role: processor) under the art. 28 contract contracts/dpa.pdf."
}

test_fail_without_contract if {
	manifest := {"processing_activities": [
		{"id": "pa-own", "phase": "development", "gdpr_role": "controller"},
		{"id": "pa-sub", "phase": "development", "gdpr_role": "sub_processor"},
	]}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/1/processor_contract_ref"]}
	some r in _results(manifest)
	startswith(r.message, "Activity pa-sub is carried out as sub-processor (gdpr_role: sub_processor) but declares no processor_contract_ref")
}

test_not_applicable_without_processor_activity if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
	deployment := object.union(object.remove(_processor, ["processor_contract_ref"]), {"phase": "deployment"})
	testing.decisions(_results({"processing_activities": [deployment]})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	activity := object.remove(_processor, ["processor_contract_ref"])
	results := role_03.results with input as {"manifest": {"processing_activities": [activity]}, "options": {"lang": "fr"}}
	some r in results
	role_03.rule_info.title.fr == "Sous-traitants — contrat conforme au RGPD, art. 28"
	startswith(r.message, "Le traitement pa-client est mené en qualité de sous-traitant (gdpr_role : processor) mais ne renseigne pas processor_contract_ref")
}
