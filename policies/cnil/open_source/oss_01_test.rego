package cnil.open_source.oss_01_test

import data.cnil.open_source.oss_01
import data.cnilpolicy.lib.testing

_manifest(distribution) := {
	"personal_data": {"processed": true},
	"datasets": [
		{"id": "ds-web", "contains_personal_data": true},
		{"id": "ds-synthetic", "contains_personal_data": false},
	],
	"distribution": distribution,
}

_results(manifest) := results if {
	results := oss_01.results with input as {"manifest": manifest}
}

test_pass_for_open_weights if {
	results := _results(_manifest({"mode": "open_weights", "open_source_practices": ["weights", "model_documentation"]}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/distribution"]}
	some r in results
	contains(r.message, "(model documentation, model weights)")
}

test_warn_when_mode_undeclared if {
	results := _results(_manifest({}))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/distribution/mode", "warning"]}
	testing.decisions(_results(json.remove(_manifest({}), ["distribution"]))) == {["fail", "/distribution/mode"]}
}

test_warn_when_open_without_weights if {
	results := _results(_manifest({"mode": "fully_open", "open_source_practices": ["training_code"]}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/distribution/open_source_practices"]}
	some r in results
	startswith(r.message, "distribution.mode is fully open but distribution.open_source_practices does not list weights")
}

test_warn_when_personal_training_data_published_without_assessment if {
	distribution := {"mode": "fully_open", "open_source_practices": ["weights", "training_data"]}
	results := _results(_manifest(distribution))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/distribution/training_data_publication_assessment_ref"]}
	some r in results
	contains(r.message, "datasets ds-web contain personal data")
	assessed := object.union(distribution, {"training_data_publication_assessment_ref": "docs/publication.md"})
	testing.decisions(_results(_manifest(assessed))) == {["pass", "/distribution"]}
}

test_weights_practice_alone_counts_as_open if {
	testing.decisions(_results(_manifest({"open_source_practices": ["weights"]}))) == {["pass", "/distribution"]}
}

test_not_applicable_when_closed if {
	results := _results(_manifest({"mode": "api_only"}))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/distribution/mode"]}
	some r in results
	contains(r.message, "(distribution.mode: API access only)")
}

test_not_applicable_when_practices_without_weights_and_no_mode if {
	results := _results(_manifest({"open_source_practices": ["api"]}))
	some r in results
	r.decision == "not_applicable"
	contains(r.message, "(distribution.mode: null)")
}

test_not_applicable_without_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := oss_01.results with input as {"manifest": _manifest({}), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "distribution.mode n'est pas renseigné")
	startswith(oss_01.rule_info.title.fr, "Diffusion en source ouverte — l'ouverture comme bénéfice")
}
