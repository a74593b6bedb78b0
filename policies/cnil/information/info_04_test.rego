package cnil.information.info_04_test

import data.cnil.information.info_04

_transparency := {"memorisation_risk_disclosed": true, "info_to_training_delay": "P30D", "cards": ["data_card", "model_card"]}

_manifest(transparency, status) := {
	"personal_data": {"processed": true},
	"model": {"status": status},
	"transparency": transparency,
}

_results(manifest) := results if {
	results := info_04.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

test_pass_when_memorisation_disclosed if {
	results := _results(_manifest(_transparency, "personal_data"))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/transparency"]}
	some r in results
	r.message == concat("", [
		"AI-specific transparency is provided: the memorisation risk is disclosed, a delay of P30D ",
		"separates information from training, and these formats are published: data_card, model_card.",
	])
}

test_anonymous_model_needs_no_memorisation_notice if {
	results := _results(_manifest(json.remove(_transparency, ["memorisation_risk_disclosed"]), "anonymous"))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/transparency"]}
	some r in results
	contains(r.message, "the model is declared anonymous")
}

test_warn_when_memorisation_not_disclosed if {
	results := _results(_manifest(object.union(_transparency, {"memorisation_risk_disclosed": false}), "personal_data"))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/transparency/memorisation_risk_disclosed", "warning"]}
	some r in results
	contains(r.message, "(model.status: personal_data)")
	contains(r.message, "(declared: false)")
}

test_missing_model_status_counts_as_not_anonymous if {
	manifest := json.remove(_manifest(json.remove(_transparency, ["memorisation_risk_disclosed"]), ""), ["model"])
	some r in _results(manifest)
	r.pointer == "/transparency/memorisation_risk_disclosed"
	contains(r.message, "(model.status: null)")
}

test_warn_on_missing_or_zero_delay if {
	_decisions(_manifest(json.remove(_transparency, ["info_to_training_delay"]), "personal_data")) == {["fail", "/transparency/info_to_training_delay"]}
	results := _results(_manifest(object.union(_transparency, {"info_to_training_delay": "P0D"}), "personal_data"))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/transparency/info_to_training_delay"]}
	some r in results
	startswith(r.message, "transparency.info_to_training_delay is \"P0D\"")
	_decisions(_manifest(object.union(_transparency, {"info_to_training_delay": "PT48H"}), "personal_data")) == {["fail", "/transparency/info_to_training_delay"]}
}

test_warn_without_cards if {
	_decisions(_manifest(object.union(_transparency, {"cards": []}), "personal_data")) == {["fail", "/transparency/cards"]}
}

test_everything_missing if {
	_decisions({}) == {
		["fail", "/transparency/memorisation_risk_disclosed"],
		["fail", "/transparency/info_to_training_delay"],
		["fail", "/transparency/cards"],
	}
}

test_single_card_text if {
	some r in _results(_manifest(object.union(_transparency, {"cards": "model_card"}), "personal_data"))
	endswith(r.message, "formats are published: model_card.")
}

test_not_applicable_without_gdpr if {
	_decisions({"personal_data": {"processed": false}}) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := info_04.results with input as {"manifest": _manifest(json.remove(_transparency, ["cards"]), "personal_data"), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "transparency.cards est vide ou absent")
	info_04.rule_info.title == "Information — transparence propre à l'IA et délai pour s'opposer avant l'entraînement" with input.options.lang as "fr"
	fr := info_04.results with input as {"manifest": _manifest(_transparency, "anonymous"), "options": {"lang": "fr"}}
	some p in fr
	startswith(p.message, "La transparence propre à l'IA est assurée : le risque de mémorisation est signalé")
}
