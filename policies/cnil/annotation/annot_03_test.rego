package cnil.annotation.annot_03_test

import data.cnil.annotation.annot_03
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"processing_activities": [{"id": "pa-train", "phase": "development", "dataset_ids": ["ds-notes"], "art9_exception": "public_health"}],
	"datasets": [{"id": "ds-notes", "contains_personal_data": true, "annotated": true, "special_categories": []}],
	"annotation": {"sensitive_labels": ["health_data"]},
}

_results(manifest) := results if {
	results := annot_03.results with input as {"manifest": manifest}
}

test_pass_with_the_exception_of_the_activity_processing_the_annotated_data if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/art9_exception"]}
	some r in results
	r.message == concat("", [
		"annotation.art9_exception is not declared, but the sensitive labels (health data) are covered by an exception of GDPR art. 9(2) ",
		"in each annotated dataset: ds-notes (health data): public health (art. 9(2)(i)), declared on the development activities that process it (pa-train).",
	])
}

test_pass_with_annotation_exception if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/processing_activities/0/art9_exception"},
		{"op": "add", "path": "/annotation/art9_exception", "value": "explicit_consent"},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/annotation/art9_exception"]}
	some r in results
	r.message == "The sensitive labels (health data) rely on the exception explicit consent (GDPR art. 9(2)(a)), declared in annotation.art9_exception."
}

test_pass_with_the_category_exception_of_the_annotated_dataset if {
	# The dataset lists health_data with its own exception: LB-05 relies on it, so does ANNOT-03.
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/processing_activities/0/art9_exception"},
		{"op": "replace", "path": "/datasets/0/special_categories", "value": [{"category": "health_data", "art9_exception": "archiving_research_statistics_art89"}]},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/special_categories/0/art9_exception"]}
	some r in results
	endswith(r.message, "ds-notes (health data): archiving, research or statistics (art. 89) (art. 9(2)(j)), declared on the dataset's special categories.")
}

test_deployment_activity_does_not_count if {
	manifest := json.patch(_base, [{"op": "add", "path": "/processing_activities/0/phase", "value": "deployment"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/annotation/art9_exception"]}
	some r in results
	r.message == concat("", [
		"The labels reveal special-category data (health data) in annotated dataset ds-notes, but no GDPR art. 9(2) exception covers them: ",
		"annotation.art9_exception is not declared, the dataset's special_categories declares none for health data, and no development activity ",
		"processes the dataset (processing_activities[].dataset_ids). The art9_exception of pa-train (public_health) does not count: ",
		"only the development activities that process the annotated data can rely on one. ",
		"Processing these data is prohibited without an exception (GDPR art. 9(1)).",
	])
}

test_an_activity_not_processing_the_annotated_data_does_not_count if {
	# The old rule accepted any development activity's exception.
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/processing_activities/0/dataset_ids", "value": ["ds-synthetic"]},
		{"op": "add", "path": "/processing_activities/-", "value": {"id": "pa-label", "phase": "development", "dataset_ids": ["ds-notes"]}},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/annotation/art9_exception"]}
	some r in results
	r.params.missing == "pa-label"
	contains(r.message, "and art9_exception is missing, or is not an art. 9(2) exception, on pa-label, among the development activities that process the dataset (pa-label).")
	contains(r.message, "The art9_exception of pa-train (public_health) does not count")
}

test_every_annotated_dataset_needs_coverage if {
	manifest := json.patch(_base, [{"op": "add", "path": "/datasets/-", "value": {"id": "ds-images", "ai_act_governance": {"preparation_ops": ["labelling"]}}}])
	results := _results(manifest)
	{[r.decision, r.params.dataset] | some r in results} == {["fail", "ds-images"]}

	unnamed := json.patch(manifest, [{"op": "remove", "path": "/datasets/1/id"}])
	{[r.decision, r.params.dataset] | some r in _results(unnamed)} == {["fail", "datasets[1]"]}
	some r in results
	contains(r.message, "no development activity processes the dataset")
}

test_fail_when_no_dataset_is_marked_annotated if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/datasets/0/annotated"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/annotation/art9_exception"]}
	some r in results
	contains(r.message, "no dataset holding personal data is marked as annotated")
	contains(r.message, "The art9_exception of pa-train (public_health) therefore does not count.")
}

test_fail_on_unknown_annotation_exception if {
	manifest := json.patch(_base, [{"op": "add", "path": "/annotation/art9_exception", "value": "legitimate_interests"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/annotation/art9_exception"]}
	some r in results
	startswith(r.message, `annotation.art9_exception is "legitimate_interests", which is not one of the exceptions of GDPR art. 9(2)`)
}

test_fail_on_unknown_activity_exception if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/processing_activities/0/art9_exception", "value": "legitimate_interests"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.severity == "error"
	r.pointer == "/annotation/art9_exception"
	contains(r.message, "(health data)")
	contains(r.message, "on pa-train, among the development activities")
}

test_fail_on_unknown_category_exception if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/datasets/0/special_categories", "value": [{"category": "health_data", "art9_exception": "research"}]}])
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, "annotation.art9_exception is not declared, the art9_exception that the dataset's special_categories declares for health data is not an art. 9(2) exception.")

	# A second label, without a category of its own, falls back on the (missing) activities.
	labelled := json.patch(manifest, [
		{"op": "add", "path": "/annotation/sensitive_labels/-", "value": "racial_or_ethnic_origin"},
		{"op": "remove", "path": "/processing_activities/0/art9_exception"},
	])
	some l in _results(labelled)
	l.params.labels == "health data, racial or ethnic origin"
	contains(l.message, concat("", [
		"is not an art. 9(2) exception, the dataset's special_categories declares none for racial or ethnic origin, ",
		"and art9_exception is missing, or is not an art. 9(2) exception, on pa-train, among the development activities that process the dataset (pa-train).",
	]))
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_without_annotation if {
	testing.decisions(_results({})) == {["not_applicable", "/annotation"]}
}

test_not_applicable_without_sensitive_labels if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation/sensitive_labels", "value": []}])
	testing.decisions(_results(manifest)) == {["not_applicable", "/annotation/sensitive_labels"]}
}

test_fail_when_undeclared if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation", "value": {"guidelines_ref": "g.md"}}])
	testing.decisions(_results(manifest)) == {["fail", "/annotation/sensitive_labels"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "add", "path": "/processing_activities/0/phase", "value": "deployment"}])
	results := annot_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Les étiquettes révèlent des données sensibles (données concernant la santé) dans le jeu de données annoté ds-notes")
	contains(r.message, "L'art9_exception de pa-train (public_health) ne compte pas : seuls les traitements de développement qui utilisent les données annotées peuvent en invoquer une.")
	annot_03.rule_info.title.fr == "Annotations sensibles couvertes par une exception (RGPD, art. 9, § 2)"

	passed := annot_03.results with input as {"manifest": _base, "options": {"lang": "fr"}}
	some p in passed
	endswith(p.message, "dans chaque jeu de données annoté : ds-notes (données concernant la santé) : santé publique (art. 9, § 2, i)), déclarée sur les traitements de développement qui l'utilisent (pa-train).")
}
