package cnil.reuse.reuse_03_test

import data.cnil.reuse.reuse_03
import data.cnilpolicy.lib.testing

_criteria := {
	"link_between_purposes": "Extends the diagnostic purpose",
	"collection_context": "Patients informed of research reuse",
	"nature_of_data": "Health data, pseudonymised",
	"possible_consequences": "No decision on the patients",
	"appropriate_safeguards": "Pseudonymisation, restricted access",
}

_dataset := {
	"id": "ds-cxr",
	"contains_personal_data": true,
	"source_type": "own_data_reuse",
	"reuse": {"original_purpose": "Care", "training_disclosed_at_collection": false, "basis": "other"},
	"compatibility_test": {"ref": "docs/compat.pdf", "result": "compatible", "criteria": _criteria},
}

_research := {
	"id": "pa-research",
	"phase": "development",
	"dataset_ids": ["ds-cxr"],
	"purpose": {"scientific_research": true},
	"art89_safeguards": ["pseudonymisation", "ethics_review"],
}

_manifest(datasets, activities) := {"personal_data": {"processed": true}, "datasets": datasets, "processing_activities": activities}

_results(manifest) := results if {
	results := reuse_03.results with input as {"manifest": manifest}
}

_with_test(test) := object.union(object.remove(_dataset, ["compatibility_test"]), {"compatibility_test": test})

test_pass_when_five_criteria_documented if {
	results := _results(_manifest([_dataset], []))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/compatibility_test/criteria"]}
	some r in results
	contains(r.message, "ds-cxr: the compatibility test documents the five criteria")
}

test_fail_for_each_missing_criterion if {
	test := {"ref": "x", "result": "compatible", "criteria": object.remove(_criteria, ["nature_of_data", "collection_context"])}
	results := _results(_manifest([_with_test(test)], []))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/compatibility_test/criteria/nature_of_data"],
		["fail", "/datasets/0/compatibility_test/criteria/collection_context"],
	}
	some r in results
	r.pointer == "/datasets/0/compatibility_test/criteria/nature_of_data"
	contains(r.message, "(c) the nature of the data, especially art. 9 or art. 10 data")
}

test_research_presumption_with_safeguards if {
	test := {"ref": "x", "result": "compatible", "research_presumption": true}
	results := _results(_manifest([_with_test(test)], [_research]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/compatibility_test/research_presumption"]}
	some r in results
	contains(r.message, "scientific research in activity pa-research with art. 89(1) safeguards (pseudonymisation, ethics review)")
}

test_research_presumption_without_safeguards if {
	test := {"ref": "x", "result": "compatible", "research_presumption": true}
	no_safeguards := object.remove(_research, ["art89_safeguards"])
	results := _results(_manifest([_with_test(test)], [no_safeguards]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/compatibility_test/research_presumption"]}
	some r in results
	contains(r.message, "only with the safeguards of GDPR art. 89(1)")

	other_dataset := object.union(_research, {"dataset_ids": ["ds-other"]})
	testing.decisions(_results(_manifest([_with_test(test)], [other_dataset]))) == {["fail", "/datasets/0/compatibility_test/research_presumption"]}
}

test_activity_without_dataset_ids_uses_every_dataset if {
	test := {"ref": "x", "result": "compatible", "research_presumption": true}
	testing.decisions(_results(_manifest([_with_test(test)], [object.remove(_research, ["dataset_ids"])]))) == {["pass", "/datasets/0/compatibility_test/research_presumption"]}
}

test_not_applicable_when_no_test_required if {
	disclosed := object.union(object.remove(_dataset, ["reuse"]), {"reuse": {"training_disclosed_at_collection": true}})
	results := _results(_manifest([disclosed, {"id": "ds-web", "source_type": "web_scraping"}], []))
	{[r.decision, r.pointer] | some r in results} == {
		["not_applicable", "/datasets/0/source_type"],
		["not_applicable", "/datasets/1/source_type"],
	}
	some r in results
	contains(r.message, "ds-web needs no compatibility test")
}

test_not_applicable_without_personal_dataset_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	test := {"ref": "x", "result": "compatible", "criteria": object.remove(_criteria, ["link_between_purposes"])}
	results := reuse_03.results with input as {"manifest": _manifest([_with_test(test)], []), "options": {"lang": "fr"}}
	some r in results
	reuse_03.rule_info.title.fr == "Le test de compatibilité couvre les cinq critères du RGPD, art. 6, § 4"
	contains(r.message, "critère du RGPD, art. 6, § 4 : a) le lien entre les finalités initiales et l'entraînement.")
}

# Each criterion's letter is written the French way in French (« c) »), never "(c)",
# and its articles are cited « art. 9 », not "articles 9 ou 10".
test_french_criteria_letters if {
	test := {"ref": "x", "result": "compatible", "criteria": {}}
	results := reuse_03.results with input as {"manifest": _manifest([_with_test(test)], []), "options": {"lang": "fr"}}
	messages := [r.message | some r in results]
	count(messages) == 5
	every m in messages {
		regex.match(`critère du RGPD, art\. 6, § 4 : [a-e]\) `, m)
		not regex.match(`\([a-e]\) `, m)
	}
	some nature in messages
	contains(nature, "c) la nature des données, notamment s'il s'agit de catégories particulières de données (art. 9) ou de données relatives aux condamnations pénales et aux infractions (art. 10).")
}
