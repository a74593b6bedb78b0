package cnil.ai_act.aiact_03_test

import data.cnil.ai_act.aiact_03
import data.cnilpolicy.lib.testing

_base := {
	"ai_act": {"operator_role": "provider", "risk_level": "high"},
	"bias_detection_sensitive_data": {
		"used": true,
		"necessity_ref": "bias/necessity.md",
		"alternatives_ruled_out": ["synthetic", "anonymised"],
		"pseudonymised": true,
		"access_controls_ref": "bias/access.md",
		"no_third_party_transfer": true,
		"deletion_trigger": "bias_corrected",
		"ropa_justification_ref": "ropa#bias",
	},
}

_results(manifest) := results if {
	results := aiact_03.results with input as {"manifest": manifest}
}

test_pass_when_safeguarded if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/bias_detection_sensitive_data"]}
	some r in results
	contains(r.message, "strict necessity documented in bias/necessity.md")
	contains(r.message, "deletion when the bias is corrected")
}

test_not_applicable_when_not_high_risk if {
	testing.decisions(_results({})) == {["not_applicable", "/ai_act/risk_level"]}
	some r in _results({"ai_act": {"risk_level": "minimal"}})
	contains(r.message, "GDPR art. 9 alone")
}

test_not_applicable_for_deployer if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/ai_act/operator_role", "value": "deployer"}])
	testing.decisions(_results(manifest)) == {["not_applicable", "/ai_act/operator_role"]}
}

test_not_applicable_when_not_used if {
	testing.decisions(_results({"ai_act": {"risk_level": "high"}, "bias_detection_sensitive_data": {"used": false}})) == {["not_applicable", "/bias_detection_sensitive_data/used"]}
}

test_fail_when_undeclared if {
	testing.decisions(_results({"ai_act": {"risk_level": "high"}})) == {["fail", "/bias_detection_sensitive_data/used"]}
}

test_all_conditions_checked if {
	testing.decisions(_results({"ai_act": {"risk_level": "high"}, "bias_detection_sensitive_data": {"used": true}})) == {
		["fail", "/bias_detection_sensitive_data/necessity_ref"],
		["fail", "/bias_detection_sensitive_data/alternatives_ruled_out"],
		["fail", "/bias_detection_sensitive_data/pseudonymised"],
		["fail", "/bias_detection_sensitive_data/access_controls_ref"],
		["fail", "/bias_detection_sensitive_data/no_third_party_transfer"],
		["fail", "/bias_detection_sensitive_data/deletion_trigger"],
		["fail", "/bias_detection_sensitive_data/ropa_justification_ref"],
	}
}

test_alternatives_must_include_anonymised if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/bias_detection_sensitive_data/alternatives_ruled_out", "value": ["synthetic"]}])
	results := _results(manifest)
	some r in results
	r.decision == "fail"
	r.severity == "error"
	r.message == "Special categories are processed to detect bias but bias_detection_sensitive_data.alternatives_ruled_out is missing or insufficient: synthetic and anonymised data must be shown not to suffice (AI Act art. 10(5)(a))."
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/bias_detection_sensitive_data/no_third_party_transfer", "value": false}])
	results := aiact_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	r.message == "Des données sensibles sont traitées pour détecter des biais mais bias_detection_sensitive_data.no_third_party_transfer est absent ou insuffisant : les données ne doivent pas être transmises, transférées ni rendues accessibles à des tiers (règlement sur l'IA, art. 10, § 5, d))."
}

# The condition's point is cited the French way in French, the necessity
# condition (art. 10(5) itself) too: never half-English ("§ 5(d)").
test_french_texts_cite_the_point_the_french_way if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/bias_detection_sensitive_data/pseudonymised", "value": false},
		{"op": "remove", "path": "/bias_detection_sensitive_data/necessity_ref"},
	])
	results := aiact_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	messages := {r.message | some r in results}
	count(messages) == 2
	some pseudonymised in messages
	endswith(pseudonymised, "à l'état de l'art (règlement sur l'IA, art. 10, § 5, b)).")
	some necessity in messages
	endswith(necessity, "à la correction des biais (règlement sur l'IA, art. 10, § 5).")
	every m in messages {
		not regex.match(`\d\(`, m)
	}
}
