package cnil.legal_basis.lb_05_test

import data.cnil.legal_basis.lb_05

_health := {
	"id": "ds-xray",
	"contains_personal_data": true,
	"special_categories": [{"category": "health_data", "art9_exception": "public_health"}],
}

_plain := {"id": "ds-plain", "contains_personal_data": true, "special_categories": []}

_activity := {"id": "pa-train", "phase": "development", "art9_exception": "archiving_research_statistics_art89"}

_manifest(activities, datasets) := {
	"personal_data": {"processed": true},
	"processing_activities": activities,
	"datasets": datasets,
}

_results(manifest) := results if {
	results := lb_05.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

test_pass_with_art9_exception if {
	results := _results(_manifest([_activity], [_health, _plain]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/art9_exception"]}
	some r in results
	r.message == "Activity pa-train processes special categories (health_data in ds-xray) under the exception archiving_research_statistics_art89 (GDPR art. 9(2)(j))."
}

test_string_categories_are_read if {
	dataset := object.union(_plain, {"id": "ds-bio", "special_categories": ["biometric_data_for_unique_identification"]})
	results := _results(_manifest([object.remove(_activity, ["art9_exception"])], [dataset]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/art9_exception"]}
	some r in results
	contains(r.message, "pa-train processes special categories (biometric_data_for_unique_identification in ds-bio) but art9_exception is missing")
}

test_fail_with_unknown_exception if {
	activity := object.union(_activity, {"art9_exception": "research"})
	results := _results(_manifest([activity], [_health]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/art9_exception"]}
	some r in results
	contains(r.message, `art9_exception "research" is not one of`)
}

test_only_activities_using_the_dataset_need_the_exception if {
	other := {"id": "pa-other", "phase": "development", "dataset_ids": ["ds-plain"]}
	deployment := {"id": "pa-run", "phase": "deployment"}
	user := object.union(_activity, {"dataset_ids": ["ds-xray"]})
	_decisions(_manifest([other, deployment, user], [_health, _plain])) == {["pass", "/processing_activities/2/art9_exception"]}
}

test_fail_when_no_development_activity_uses_the_dataset if {
	other := {"id": "pa-other", "phase": "development", "dataset_ids": ["ds-plain"]}
	results := _results(_manifest([other], [_health, _plain]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/special_categories"]}
	some r in results
	contains(r.message, "ds-xray contains special categories (health_data) but no development processing activity")
}

test_fail_when_special_categories_undeclared if {
	results := _results(_manifest([_activity], [{"id": "ds-u", "contains_personal_data": true}]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/special_categories"]}
	some r in results
	contains(r.message, "ds-u: special_categories is not declared")
}

test_criminal_data_needs_art10_basis if {
	criminal := object.union(_plain, {"criminal_convictions_offences": true})
	results := _results(_manifest([_activity], [criminal]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/art10_basis_ref"]}
	some r in results
	contains(r.message, "GDPR art. 10")

	listed := object.union(_plain, {"special_categories": ["criminal_convictions_offences"], "art10_basis_ref": "CPP art. 706"})
	_decisions(_manifest([_activity], [listed])) == {["pass", "/datasets/0/art10_basis_ref"]}
}

test_not_applicable_without_sensitive_data if {
	non_personal := {"id": "ds-synth", "contains_personal_data": false}
	results := _results(_manifest([_activity], [_plain, non_personal]))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/datasets"]}
	_decisions({}) == {["not_applicable", "/datasets"]}
}

test_not_applicable_outside_gdpr if {
	_decisions({"personal_data": {"processed": false}}) == {["not_applicable", "/personal_data/processed"]}
	_decisions({"legal_regime": "law_enforcement"}) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := lb_05.results with input as {"manifest": _manifest([_activity], [_health]), "options": {"lang": "fr"}}
	some r in results
	r.title == "Catégories particulières et données d'infraction exigent une exception supplémentaire"
	contains(r.message, "au titre de l'exception archiving_research_statistics_art89 (article 9(2)(j) du RGPD)")
}
