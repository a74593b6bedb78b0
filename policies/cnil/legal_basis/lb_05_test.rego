package cnil.legal_basis.lb_05_test

import data.cnil.legal_basis.lb_05
import data.cnilpolicy.lib.testing

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

test_pass_with_the_activity_exception if {
	dataset := object.union(_health, {"special_categories": [{"category": "health_data"}]})
	results := _results(_manifest([_activity], [dataset, _plain]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/art9_exception"]}
	some r in results
	r.message == concat("", [
		"Activity pa-train processes special categories, each covered by an exception of GDPR art. 9(2): ",
		"health data (ds-xray) under `archiving_research_statistics_art89` (archiving in the public interest, ",
		"scientific or historical research or statistics, under art. 89(1), art. 9(2)(j)), declared on the activity.",
	])
	r.params.exceptions == "archiving_research_statistics_art89"
}

test_pass_with_the_category_exception_alone if {
	# The category carries its own exception: the activity needs none.
	activity := object.remove(_activity, ["art9_exception"])
	results := _results(_manifest([activity], [_health]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/special_categories"]}
	some r in results
	contains(r.message, "health data (ds-xray) under `public_health` (reasons of public interest in the area of public health, art. 9(2)(i)), declared on the dataset's category")
}

test_the_category_exception_is_relied_on_before_the_activity_exception if {
	# health_data relies on its own public_health; genetic_data, without its own, on the activity's.
	dataset := object.union(_health, {"special_categories": [
		{"category": "health_data", "art9_exception": "public_health"},
		{"category": "genetic_data"},
	]})
	results := _results(_manifest([_activity], [dataset]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/art9_exception"]}
	some r in results
	r.params.exceptions == "archiving_research_statistics_art89, public_health"
	contains(r.message, "genetic data (ds-xray) under `archiving_research_statistics_art89` (")
	contains(r.message, "art. 9(2)(j)), declared on the activity; health data (ds-xray) under `public_health` (")
	not contains(r.message, "health data (ds-xray) under archiving")
}

test_string_categories_are_read if {
	dataset := object.union(_plain, {"id": "ds-bio", "special_categories": ["biometric_data_for_unique_identification"]})
	results := _results(_manifest([object.remove(_activity, ["art9_exception"])], [dataset]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/art9_exception"]}
	some r in results
	contains(r.message, "pa-train processes special categories (biometric data for unique identification in ds-bio) but no art. 9(2) exception covers them")
}

test_fail_names_only_the_uncovered_categories if {
	dataset := object.union(_health, {"special_categories": [
		{"category": "health_data", "art9_exception": "public_health"},
		{"category": "genetic_data"},
	]})
	other := object.union(_plain, {"id": "ds-dna", "special_categories": [{"category": "genetic_data"}]})
	results := _results(_manifest([object.remove(_activity, ["art9_exception"])], [dataset, other]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/art9_exception"]}
	some r in results
	r.params.categories == "genetic data"
	r.params.datasets == "ds-dna, ds-xray"
	contains(r.message, "art9_exception is missing both on the activity and on these category items")
}

test_fail_with_unknown_exception if {
	activity := object.union(_activity, {"art9_exception": "research"})
	results := _results(_manifest([activity], [_health]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/art9_exception"]}
	some r in results
	contains(r.message, `art9_exception "research" is not one of`)
}

test_fail_with_unknown_category_exception if {
	dataset := object.union(_health, {"special_categories": [{"category": "health_data", "art9_exception": "research"}]})
	results := _results(_manifest([_activity], [dataset]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/special_categories/0/art9_exception"]}
	some r in results
	contains(r.message, `Dataset ds-xray, category health_data: art9_exception "research" is not one of`)
}

test_only_activities_using_the_dataset_need_the_exception if {
	other := {"id": "pa-other", "phase": "development", "dataset_ids": ["ds-plain"]}
	deployment := {"id": "pa-run", "phase": "deployment"}
	user := object.union(_activity, {"dataset_ids": ["ds-xray"]})
	dataset := object.union(_health, {"special_categories": ["health_data"]})
	testing.decisions(_results(_manifest([other, deployment, user], [dataset, _plain]))) == {["pass", "/processing_activities/2/art9_exception"]}
}

test_fail_when_no_development_activity_uses_the_dataset if {
	other := {"id": "pa-other", "phase": "development", "dataset_ids": ["ds-plain"]}
	results := _results(_manifest([other], [_health, _plain]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/special_categories"]}
	some r in results
	contains(r.message, "ds-xray contains special categories (health data) but no development processing activity")
}

test_a_dataset_without_id_is_named_by_its_position if {
	results := _results(_manifest([_activity], [{"contains_personal_data": true}]))
	some r in results
	r.params.dataset == "datasets[0]"
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
	testing.decisions(_results(_manifest([_activity], [listed]))) == {["pass", "/datasets/0/art10_basis_ref"]}
}

test_not_applicable_without_sensitive_data if {
	non_personal := {"id": "ds-synth", "contains_personal_data": false}
	results := _results(_manifest([_activity], [_plain, non_personal]))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/datasets"]}
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
}

test_not_applicable_outside_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := lb_05.results with input as {"manifest": _manifest([_activity], [_health]), "options": {"lang": "fr"}}
	some r in results
	lb_05.rule_info.title.fr == "Catégories particulières et données d'infraction : exception supplémentaire requise"
	contains(r.message, "chacune couverte par une exception du RGPD, art. 9, § 2 : données concernant la santé (ds-xray) au titre de l'exception `public_health` (motifs d'intérêt public dans le domaine de la santé publique, art. 9, § 2, i)), déclarée sur la catégorie du jeu de données.")
}
