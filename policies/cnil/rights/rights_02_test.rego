package cnil.rights.rights_02_test

import data.cnil.rights.rights_02
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"rights": {
		"identification_possible": false,
		"identification_method": "the person may provide the URL of the page where their data appeared",
		"art11_response_template_ref": "rights/art11-answer.md",
	},
}

_results(manifest) := results if {
	results := rights_02.results with input as {"manifest": manifest}
}

test_pass_when_answer_prepared if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/rights/art11_response_template_ref"]}
	some r in results
	contains(r.message, "rights/art11-answer.md")
	contains(r.message, "URL of the page")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_when_identification_possible if {
	testing.decisions(_results({"rights": {"identification_possible": true}})) == {["not_applicable", "/rights/identification_possible"]}
}

test_fail_when_undeclared if {
	testing.decisions(_results({})) == {["fail", "/rights/identification_possible"]}
}

test_fail_without_template if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/rights/art11_response_template_ref"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/rights/art11_response_template_ref"
	contains(r.message, "cannot identify them")
}

test_fail_without_method if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/identification_method", "value": " "}])
	testing.decisions(_results(manifest)) == {["fail", "/rights/identification_method"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/rights/art11_response_template_ref"}])
	results := rights_02.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "rights.identification_possible vaut false mais rights.art11_response_template_ref")
	rights_02.rule_info.title.fr == "Réponse aux demandes lorsque la personne ne peut pas être identifiée (RGPD, art. 11)"
}
