package cnil.information.info_04_test

import data.cnil.information.info_04
import data.cnilpolicy.lib.testing

_transparency := {"memorisation_risk_disclosed": true, "info_to_training_delay": "P30D", "cards": ["data_card", "model_card"]}

_manifest(transparency, status) := {
	"personal_data": {"processed": true},
	"model": {"status": status},
	"transparency": transparency,
}

_results(manifest) := results if {
	results := info_04.results with input as {"manifest": manifest}
}

test_pass_refers_memorisation_to_model_03 if {
	results := _results(_manifest(_transparency, "personal_data"))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/transparency"]}
	some r in results
	r.message == concat("", [
		"AI-specific transparency is provided: a delay of P30D separates information from training, ",
		"and these formats are published: data card, model card. Whether the memorisation risk must ",
		"be disclosed is judged by MODEL-03 (an obligation when the model is not anonymous).",
	])
}

# One owner per fact: an undisclosed memorisation risk is MODEL-03's error, never a warning here.
test_memorisation_not_judged_here if {
	undisclosed := object.union(_transparency, {"memorisation_risk_disclosed": false})
	testing.decisions(_results(_manifest(undisclosed, "personal_data"))) == {["pass", "/transparency"]}
	testing.decisions(_results(json.remove(_manifest(undisclosed, ""), ["model"]))) == {["pass", "/transparency"]}
}

test_warn_on_missing_or_zero_delay if {
	testing.decisions(_results(_manifest(json.remove(_transparency, ["info_to_training_delay"]), "personal_data"))) == {["fail", "/transparency/info_to_training_delay"]}
	results := _results(_manifest(object.union(_transparency, {"info_to_training_delay": "P0D"}), "personal_data"))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/transparency/info_to_training_delay"]}
	some r in results
	startswith(r.message, "transparency.info_to_training_delay is \"P0D\"")
	testing.decisions(_results(_manifest(object.union(_transparency, {"info_to_training_delay": "PT48H"}), "personal_data"))) == {["fail", "/transparency/info_to_training_delay"]}
}

test_warn_without_cards if {
	testing.decisions(_results(_manifest(object.union(_transparency, {"cards": []}), "personal_data"))) == {["fail", "/transparency/cards"]}
}

test_everything_missing if {
	testing.decisions(_results({})) == {
		["fail", "/transparency/info_to_training_delay"],
		["fail", "/transparency/cards"],
	}
}

test_single_card_text if {
	some r in _results(_manifest(object.union(_transparency, {"cards": "model_card"}), "personal_data"))
	contains(r.message, "formats are published: model_card.")
}

test_not_applicable_without_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := info_04.results with input as {"manifest": _manifest(json.remove(_transparency, ["cards"]), "personal_data"), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "transparency.cards est vide ou absent")
	info_04.rule_info.title.fr == "Information — transparence propre à l'IA et délai pour s'opposer avant l'entraînement"
	fr := info_04.results with input as {"manifest": _manifest(_transparency, "anonymous"), "options": {"lang": "fr"}}
	some p in fr
	startswith(p.message, "La transparence propre à l'IA est assurée : un délai de P30D")
}
