package cnilpolicy.lib.result_test

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

_chain := [
	{"path": ["data", "cnil", "demo", "rule", "results"]},
	{
		"path": ["data", "cnil", "demo", "rule"],
		"annotations": {
			"title": "Demo rule",
			"related_resources": [{"ref": "https://www.cnil.fr/fr/demo", "description": "CNIL demo"}],
			"custom": {
				"id": "DEMO-01", "step": "demo", "level": "must", "severity": "error",
				"articles": ["GDPR 5(1)(b)", "AI Act 10", "Code pénal 321-1"],
				"fr": {"title": "Règle de démonstration"},
				"remediation": {"en": "Fix it", "fr": "Corrigez"},
				"messages": {"bad": {"en": "Dataset {{.dataset}} is bad", "fr": "Le jeu {{.dataset}} est mauvais"}},
			},
		},
	},
]

test_fail_builds_a_result if {
	r := result.fail(_chain, "bad", {"dataset": "ds-1"}, "/datasets/0")
	r == {
		"rule_id": "DEMO-01", "step": "demo", "decision": "fail", "severity": "error", "level": "must",
		"message": "Dataset ds-1 is bad", "pointer": "/datasets/0", "params": {"dataset": "ds-1"},
	}
}

test_at_joins_a_pointer_and_a_path if {
	result.at("/processing_activities/0", "legal_basis") == "/processing_activities/0/legal_basis"
	result.at("/datasets/1", "consent/proof_ref") == "/datasets/1/consent/proof_ref"
	result.at("/datasets/1", ["necessity", "safeguards"]) == "/datasets/1/necessity/safeguards"
}

test_separators_follow_the_typography_of_the_language if {
	result.semicolon == "; "
	result.colon == ": "
	result.semicolon == " ; " with input.options.lang as "fr"
	result.colon == " : " with input.options.lang as "fr"
}

test_render_localised_renders_the_text_of_the_language if {
	texts := {"en": "{{.n}} datasets", "fr": "{{.n}} jeux de données"}
	result.render_localised(texts, {"n": 2}) == "2 datasets"
	result.render_localised(texts, {"n": 2}) == "2 jeux de données" with input.options.lang as "fr"
}

test_text_or_dash_shows_a_missing_value_as_a_dash if {
	result.text_or_dash(null) == "—"
	result.text_or_dash("P5Y") == "P5Y"
	result.text_or_dash(1825) == "1825"
}

test_a_finding_becomes_the_result_of_its_decision if {
	f := result.finding("bad", {"dataset": "ds-1"}, "/datasets/0")
	f == {"message": "bad", "params": {"dataset": "ds-1"}, "pointer": "/datasets/0"}
	result.from_finding(_chain, "fail", f) == result.fail(_chain, "bad", {"dataset": "ds-1"}, "/datasets/0")
	r := result.from_finding(_chain, "not_applicable", f)
	r.decision == "not_applicable"
	r.message == "Dataset ds-1 is bad"
}

test_describe_gives_the_texts_of_every_result if {
	result.describe(_chain) == {
		"rule_id": "DEMO-01", "step": "demo", "severity": "error", "level": "must",
		"title": {"en": "Demo rule", "fr": "Règle de démonstration"},
		"remediation": {"en": "Fix it", "fr": "Corrigez"},
		"references": [
			{"label": "CNIL demo", "url": "https://www.cnil.fr/fr/demo"},
			{"label": "GDPR 5(1)(b)", "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj"},
			{"label": "AI Act 10", "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"},
			{"label": "Code pénal 321-1"},
		],
	}
}

test_french_texts_are_selected if {
	r := result.pass(_chain, "bad", {"dataset": "ds-1"}, "") with input.options.lang as "fr"
	r.message == "Le jeu ds-1 est mauvais"
	d := result.describe(_chain) with input.options.lang as "fr"
	d.references[1].label == "RGPD, art. 5, § 1, b)"
}

test_missing_french_falls_back_to_english if {
	chain := json.patch(_chain, [{"op": "remove", "path": "/1/annotations/custom/fr"}])
	r := result.not_applicable(chain, "bad", {"dataset": "x"}, "") with input.options.lang as "fr"
	r.decision == "not_applicable"
	r.message == "Le jeu x est mauvais"
	d := result.describe(chain) with input.options.lang as "fr"
	d.title == {"en": "Demo rule"}
}

test_unknown_message_key_is_undefined if {
	not result.fail(_chain, "nope", {}, "")
}

test_duration_days if {
	facts.duration_days("P2Y") == 730
	facts.duration_days("P1Y6M") == 545
	facts.duration_days("P30D") == 30
	facts.duration_days("P2W") == 14
	not facts.duration_days("P")
	not facts.duration_days("indefinite")
}

test_filled if {
	facts.filled("x")
	not facts.filled("  ")
	not facts.filled([])
	facts.filled(false)
	not facts.filled(null)
}

test_personal_data_is_assumed_when_undeclared if {
	facts.personal_data_processed with input as {"manifest": {}}
	facts.gdpr_applies with input as {"manifest": {}}
	not facts.personal_data_processed with input as {"manifest": {"personal_data": {"processed": false}}}
	facts.personal_data_processed with input as {"manifest": {"personal_data": {"processed": false}, "datasets": [{"contains_personal_data": true}]}}
	not facts.gdpr_applies with input as {"manifest": {"legal_regime": "law_enforcement"}}
	facts.gdpr_applies with input as {"manifest": {"legal_regime": "gpdr"}}
}

# strings.render_template fails on these characters in a parameter; the finding
# must keep its message, with the characters shown as escapes.
test_control_characters_in_a_parameter_are_rendered_visibly if {
	r := result.fail(_chain, "bad", {"dataset": "ds\u007f\u0000\u001b\u000b\u0007-1"}, "/datasets/0")
	r.decision == "fail"
	r.message == "Dataset ds\\x7f\\x00\\x1b\\x0b\\x07-1 is bad"
}

test_control_characters_nested_in_a_parameter_are_rendered_visibly if {
	result.render("{{range .names}}<{{.}}>{{end}}", {"names": ["a\u001fb", "c"]}) == "<a\\x1fb><c>"
}

test_parameters_that_render_are_left_as_they_are if {
	result.render("{{.x}}", {"x": "tab\tand line\nbreak é \u202e"}) == "tab\tand line\nbreak é \u202e"
}

test_a_message_that_cannot_render_is_null_never_absent if {
	chain := json.patch(_chain, [{"op": "replace", "path": "/1/annotations/custom/messages/bad/en", "value": "broken {{.dataset"}])
	r := result.fail(chain, "bad", {"dataset": "ds-1"}, "/datasets/0")
	r.decision == "fail"
	r.message == null
}

# The shared not-applicable result: one text for every GDPR rule, its
# pointer on the fact that puts the development outside the GDPR.
test_outside_gdpr_names_the_deciding_fact if {
	no_data := result.outside_gdpr(_chain) with input as {"manifest": {"personal_data": {"processed": false}}}
	no_data.rule_id == "DEMO-01"
	no_data.decision == "not_applicable"
	no_data.level == "must"
	no_data.pointer == "/personal_data/processed"
	no_data.message == "The GDPR does not apply to the development (personal_data.processed=false): the CNIL recommendations this rule checks cover processing of personal data under the GDPR only."
	regime := result.outside_gdpr(_chain) with input as {"manifest": {"legal_regime": "law_enforcement"}, "options": {"lang": "fr"}}
	regime.pointer == "/legal_regime"
	regime.params == {"fact": "legal_regime=law_enforcement"}
	startswith(regime.message, "Le RGPD ne s'applique pas au développement (legal_regime=law_enforcement) :")
}

test_custom_gives_the_rule_metadata if {
	result.custom(_chain).id == "DEMO-01"
}
