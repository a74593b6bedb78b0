package cnil.dpia.dpia_05_2_test

import data.cnil.dpia.dpia_05_2

_base := {
	"personal_data": {"processed": true},
	"ai_system": {"generative": false},
	"ai_act": {"performs_profiling": false},
	"datasets": [{"id": "ds-own", "source_type": "own_data_reuse"}],
	"dpia": {
		"screening": {"edpb_criteria": ["large_scale", "innovative_use_new_technology"]},
		"risks_assessed": ["training_data_misuse_or_breach", "automated_discrimination_bias", "ai_specific_attacks", "confidentiality_extraction"],
	},
}

_results(manifest) := results if {
	results := dpia_05_2.results with input as {"manifest": manifest}
}

_missing(manifest) := {r.params.risk | some r in _results(manifest); r.decision == "fail"}

test_pass_with_the_risks_expected_of_every_system if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/risks_assessed"]}
	some r in results
	r.message == concat("", [
		"The DPIA covers the AI risks expected for this system: attacks specific to AI systems, automated discrimination from bias, ",
		"extraction of confidential data, misuse or breach of the training data.",
	])
}

test_fail_per_missing_risk_of_every_system if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/risks_assessed", "value": ["ai_specific_attacks"]}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/risks_assessed"]}
	_missing(manifest) == {"training_data_misuse_or_breach", "automated_discrimination_bias", "confidentiality_extraction"}
	some r in results
	contains(r.message, "`confidentiality_extraction` (confidentiality of data that can be extracted")
	endswith(r.message, "here: listed by the CNIL for every AI system.")
	r.severity == "warning"
}

test_generative_system_expects_false_content if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/ai_system/generative", "value": true}])
	_missing(manifest) == {"false_content_about_real_person"}
}

test_undeclared_generative_flag_expects_false_content if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/ai_system"}])
	some r in _results(manifest)
	r.params.risk == "false_content_about_real_person"
	contains(r.message, "ai_system.generative is true or not declared")
}

test_web_scraping_expects_loss_of_control if {
	manifest := json.patch(_base, [
		{"op": "add", "path": "/datasets/-", "value": {"id": "ds-web", "source_type": "web_scraping"}},
		{"op": "add", "path": "/datasets/-", "value": {"id": "ds-web-anon", "source_type": "web_scraping", "contains_personal_data": false}},
	])
	results := _results(manifest)
	{r.params.risk | some r in results} == {"loss_of_control_public_data"}
	some r in results
	contains(r.message, "datasets built by web scraping: ds-web.")
}

test_decisions_about_persons_expect_automation_bias if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/ai_act/performs_profiling", "value": true},
		{"op": "add", "path": "/dpia/screening/edpb_criteria/-", "value": "evaluation_scoring"},
		{"op": "add", "path": "/dpia/screening/art35_3", "value": ["a_systematic_extensive_evaluation_with_legal_effects"]},
	])
	results := _results(manifest)
	{r.params.risk | some r in results} == {"automated_decision_automation_bias"}
	some r in results
	contains(r.message, "(ai_act.performs_profiling, evaluation or scoring, systematic and extensive evaluation with legal effects)")
}

test_pass_with_all_conditional_risks if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/ai_system/generative", "value": true},
		{"op": "add", "path": "/datasets/-", "value": {"id": "ds-web", "source_type": "web_scraping"}},
		{"op": "add", "path": "/dpia/screening/edpb_criteria/-", "value": "automated_decision_legal_effect"},
		{"op": "replace", "path": "/dpia/risks_assessed", "value": [
			"training_data_misuse_or_breach", "automated_discrimination_bias",
			"ai_specific_attacks", "confidentiality_extraction", "false_content_about_real_person",
			"loss_of_control_public_data", "automated_decision_automation_bias",
		]},
	])
	some r in _results(manifest)
	r.decision == "pass"
	contains(r.message, "false content about a real person, loss of control over data published online, misuse or breach of the training data.")
}

test_not_applicable_when_no_dpia_is_required if {
	{[r.decision, r.pointer] | some r in _results({})} == {["not_applicable", "/dpia/screening"]}
}

test_not_applicable_without_personal_data if {
	{[r.decision, r.pointer] | some r in _results({"personal_data": {"processed": false}})} == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	{[r.decision, r.pointer] | some r in _results({"legal_regime": "law_enforcement"})} == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/risks_assessed", "value": ["confidentiality_extraction"]}])
	results := dpia_05_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "dpia.risks_assessed ne contient pas `ai_specific_attacks` (attaques propres aux systèmes d'IA")
	endswith(r.message, "ici : risque listé par la CNIL pour tout système d'IA.")
	dpia_05_2.rule_info.title.fr == "L'AIPD couvre les risques liés à l'IA listés par la CNIL, selon le système"
}
