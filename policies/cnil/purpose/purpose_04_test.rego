package cnil.purpose.purpose_04_test

import data.cnil.purpose.purpose_04
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := purpose_04.results with input as {"manifest": manifest}
}

_gpai(activity) := {"ai_system": {"general_purpose": true}, "processing_activities": [activity]}

_activity := {
	"id": "pa-pretrain",
	"phase": "development",
	"purpose": {
		"description": "Develop an LLM able to summarise and translate French administrative texts",
		"gpai": {"system_type": "llm", "capabilities": ["summarisation", "translation"]},
	},
}

test_pass_with_type_and_capabilities if {
	manifest := _gpai(_activity)
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/purpose/gpai"]}
	some r in _results(manifest)
	r.message == "Activity pa-pretrain states the type of system (large language model) and its foreseeable capabilities (summarisation, translation)."
}

test_fail_on_missing_and_unknown_system_type if {
	no_type := json.patch(_activity, [{"op": "remove", "path": "/purpose/gpai/system_type"}])
	bad_type := json.patch(_activity, [{"op": "replace", "path": "/purpose/gpai/system_type", "value": "chatbot"}])
	manifest := {"ai_system": {"general_purpose": true}, "processing_activities": [no_type, bad_type]}
	testing.decisions(_results(manifest)) == {
		["fail", "/processing_activities/0/purpose/gpai/system_type"],
		["fail", "/processing_activities/1/purpose/gpai/system_type"],
	}
	some r in _results(manifest)
	contains(r.message, `purpose.gpai.system_type "chatbot"`)
}

test_fail_without_capabilities if {
	activity := json.patch(_activity, [{"op": "replace", "path": "/purpose/gpai/capabilities", "value": []}])
	results := _results(_gpai(activity))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/purpose/gpai/capabilities"]}
	some r in results
	startswith(r.message, "Activity pa-pretrain lists no purpose.gpai.capabilities")
}

test_fail_with_explicit_message_on_generic_description if {
	activity := {"id": "pa-pretrain", "purpose": {"description": "Development of a generative AI model.", "gpai": {"system_type": "llm"}}}
	results := _results(_gpai(activity))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/purpose/gpai/capabilities"]}
	some r in results
	contains(r.message, `the purpose "Development of a generative AI model." only says that an AI model or system is developed`)
}

test_generic_wording_heuristic if {
	purpose_04._generic("Development of a generative AI model")
	purpose_04._generic("train a large language model")
	purpose_04._generic("Développement d'un modèle d'IA générative")
	not purpose_04._generic("Develop an LLM able to summarise administrative texts")
	not purpose_04._generic("model")
	not purpose_04._generic(42)
}

test_fail_when_general_purpose_undeclared if {
	testing.decisions(_results({})) == {["fail", "/ai_system/general_purpose"]}
}

test_fail_without_development_activity if {
	testing.decisions(_results({"ai_system": {"general_purpose": true}})) == {["fail", "/processing_activities"]}
}

test_not_applicable_for_specific_systems if {
	testing.decisions(_results({"ai_system": {"general_purpose": false}})) == {["not_applicable", "/ai_system/general_purpose"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	activity := {"id": "pa-pretrain", "purpose": {"description": "Développement d'un modèle d'IA générative", "gpai": {"system_type": "llm"}}}
	results := purpose_04.results with input as {"manifest": _gpai(activity), "options": {"lang": "fr"}}
	some r in results
	purpose_04.rule_info.title.fr == "Systèmes à usage général — type de système et capacités techniquement envisageables"
	startswith(r.message, "Traitement pa-pretrain : la finalité « Développement d'un modèle d'IA générative » indique seulement")
}

# The issue's example: "development of a generative AI model", type other, a catch-all capability.
test_fail_other_type_and_catch_all_capability if {
	activity := {
		"id": "pa-genai",
		"purpose": {
			"description": "Development of a generative AI model",
			"gpai": {"system_type": "other", "capabilities": ["text generation", "Any other task (general purpose)"]},
		},
	}
	results := _results(_gpai(activity))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/processing_activities/0/purpose/gpai/system_type_description"],
		["fail", "/processing_activities/0/purpose/gpai/capabilities"],
	}
	some r in results
	r.pointer == "/processing_activities/0/purpose/gpai/capabilities"
	contains(r.message, `lists "Any other task (general purpose)", which names no function`)
	contains(r.message, "generic_capability_words in policies/lib/thresholds/data.yaml, not a CNIL list")
}

test_catch_all_words_in_french_and_empty_words if {
	activity := json.patch(_activity, [{"op": "replace", "path": "/purpose/gpai/capabilities", "value": ["toutes tâches", "—", "summarisation"]}])
	results := _results(_gpai(activity))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/purpose/gpai/capabilities"]}
	some r in results
	contains(r.message, `lists "toutes tâches", "—", which names no function`)
}

test_pass_when_other_type_is_described_and_capabilities_name_functions if {
	activity := json.patch(_activity, [
		{"op": "replace", "path": "/purpose/gpai/system_type", "value": "other"},
		{"op": "add", "path": "/purpose/gpai/system_type_description", "value": "Tabular foundation model for time series"},
		{"op": "replace", "path": "/purpose/gpai/capabilities", "value": ["forecasting of any time series", "anomaly detection"]},
	])
	testing.decisions(_results(_gpai(activity))) == {["pass", "/processing_activities/0/purpose/gpai"]}
}

# The condition is a fact: an operational use not known makes the purpose general-purpose,
# whatever ai_system.general_purpose says.
test_unknown_use_applies_even_if_declared_not_general_purpose if {
	manifest := {
		"ai_system": {"general_purpose": false, "operational_use_known": false},
		"processing_activities": [json.remove(_activity, ["purpose/gpai"])],
	}
	testing.decisions(_results(manifest)) == {
		["fail", "/processing_activities/0/purpose/gpai/system_type"],
		["fail", "/processing_activities/0/purpose/gpai/capabilities"],
	}
	known := json.patch(manifest, [{"op": "replace", "path": "/ai_system/operational_use_known", "value": true}])
	testing.decisions(_results(known)) == {["not_applicable", "/ai_system/general_purpose"]}
}
