# Facts about the AI Act classification
# The AI Act applies to AI systems whether or not they process personal
# data, so these facts do not depend on gdpr_applies. When the operator role
# is undeclared, the provider role is assumed: the development phase is the
# provider's, and ROLE-04 reports the omission.
package cnilpolicy.lib.facts

# The declared ai_act.risk_level (prohibited, high, transparency, minimal), or null.
default ai_act_risk_level := null

ai_act_risk_level := level if {
	level := manifest.ai_act.risk_level
	is_string(level)
}

# The declared ai_act.operator_role, provider when undeclared.
default ai_act_operator_role := "provider"

ai_act_operator_role := role if {
	role := manifest.ai_act.operator_role
	is_string(role)
}

ai_act_high_risk_provider if {
	ai_act_risk_level == "high"
	ai_act_operator_role == "provider"
}

derived contains {
	"id": "ai_act_high_risk_provider",
	"value": ai_act_high_risk_provider_value,
	"basis": [
		sprintf("ai_act.risk_level=%v", [ai_act_risk_level]),
		sprintf("ai_act.operator_role=%s", [ai_act_operator_role]),
	],
	"pointer": "/ai_act/risk_level",
}

ai_act_high_risk_provider_value if ai_act_high_risk_provider

else := false
