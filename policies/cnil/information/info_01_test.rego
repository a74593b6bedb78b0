package cnil.information.info_01_test

import data.cnil.information.info_01
import data.cnilpolicy.lib.testing

_manifest := {
	"personal_data": {"processed": true},
	"datasets": [
		{"id": "ds-web", "source_type": "web_scraping", "information_measure_ref": "https://acme.example/notice"},
		{"id": "ds-crm", "source_type": "own_data_reuse", "contains_personal_data": true},
		{"id": "ds-synthetic", "source_type": "synthetic", "contains_personal_data": false},
	],
	"transparency": {"mode": "general_public_notice"},
}

_results(manifest) := results if {
	results := info_01.results with input as {"manifest": manifest}
}

test_decides_each_personal_dataset_and_the_mode if {
	testing.decisions(_results(_manifest)) == {
		["pass", "/datasets/0/information_measure_ref"],
		["fail", "/datasets/1/information_measure_ref"],
		["pass", "/transparency/mode"],
	}
}

test_fail_message_names_dataset_and_source if {
	some r in _results(_manifest)
	r.decision == "fail"
	startswith(r.message, "Dataset ds-crm contains personal data (source_type: reuse of the organisation's own data) but datasets[].information_measure_ref is missing")
	r.severity == "error"
}

test_pass_message_names_the_measure if {
	some r in _results(_manifest)
	r.pointer == "/datasets/0/information_measure_ref"
	r.message == "Dataset ds-web (source_type: web scraping): the people concerned are informed through https://acme.example/notice."
}

test_fail_without_mode if {
	testing.decisions(_results({"transparency": {}})) == {["fail", "/transparency/mode"]}
	testing.decisions(_results({})) == {["fail", "/transparency/mode"]}
}

test_fail_with_unknown_mode if {
	results := _results({"transparency": {"mode": "website"}})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/transparency/mode"]}
	some r in results
	contains(r.message, "\"website\"")
}

test_undeclared_source_type if {
	some r in _results({"datasets": [{"id": "ds-x"}], "transparency": {"mode": "both"}})
	contains(r.message, "(source_type: undeclared)")
}

test_not_applicable_without_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}, "datasets": [{"id": "d", "contains_personal_data": false}]})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := info_01.results with input as {"manifest": _manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Le jeu de données ds-crm contient des données personnelles (source_type : réutilisation de données de l'organisme)")
	startswith(info_01.rule_info.title.fr, "Information — informer les personnes dont les données sont utilisées")
}

test_mode_is_rendered_in_words if {
	some r in _results(_manifest)
	r.pointer == "/transparency/mode"
	r.message == "The people concerned are informed through a general public notice (transparency.mode)."
	results := info_01.results with input as {"manifest": json.patch(_manifest, [{"op": "replace", "path": "/transparency/mode", "value": "both"}]), "options": {"lang": "fr"}}
	some f in results
	f.pointer == "/transparency/mode"
	f.message == "Les personnes concernées sont informées individuellement et par une information générale publique (transparency.mode)."
}

test_fail_when_the_declared_collection_contradicts_the_source if {
	manifest := json.patch(_manifest, [{"op": "add", "path": "/datasets/0/collected_from_data_subject", "value": true}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results; r.pointer == "/datasets/0/collected_from_data_subject"} == {["fail", "/datasets/0/collected_from_data_subject"]}
	some r in results
	r.pointer == "/datasets/0/collected_from_data_subject"
	contains(r.message, "declares collected_from_data_subject: true (GDPR art. 13)")
	contains(r.message, "its source type (web scraping) means the data were obtained from elsewhere than the people (GDPR art. 14)")
}

# The two regimes' articles are cited the French way in French.
test_french_contradiction_cites_the_articles_the_french_way if {
	manifest := json.patch(_manifest, [{"op": "add", "path": "/datasets/0/collected_from_data_subject", "value": true}])
	results := info_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.pointer == "/datasets/0/collected_from_data_subject"
	contains(r.message, "déclare collected_from_data_subject : true (RGPD, art. 13), mais")
	contains(r.message, "ailleurs qu'auprès des personnes (RGPD, art. 14)")
	not contains(r.message, "GDPR")
}

test_override_with_reason_or_agreeing_is_accepted if {
	reasoned := json.patch(_manifest, [
		{"op": "add", "path": "/datasets/0/collected_from_data_subject", "value": true},
		{"op": "add", "path": "/datasets/0/collected_from_data_subject_reason", "value": "Posts the people sent us through our own forum's export"},
	])
	every r in _results(reasoned) {
		r.pointer != "/datasets/0/collected_from_data_subject"
	}
	agreeing := json.patch(_manifest, [{"op": "add", "path": "/datasets/0/collected_from_data_subject", "value": false}])
	every r in _results(agreeing) {
		r.pointer != "/datasets/0/collected_from_data_subject"
	}
}
