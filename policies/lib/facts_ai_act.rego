# Facts about the AI Act classification
# The AI Act applies to AI systems whether or not they process personal
# data, so these facts do not depend on gdpr_applies. When the operator role
# is undeclared, the provider role is assumed: the development phase is the
# provider's, and ROLE-04 reports the omission.
#
# High risk is derived from facts (AI Act art. 6), never taken from the
# declared ai_act.risk_level alone: a team could otherwise escape the
# high-risk obligations by declaring a lower level. The routes, each a
# reason [code, pointer] in ai_act_high_risk_facts:
#   - annex_i_product: a product (or safety component) under Annex I
#     legislation with third-party conformity assessment (art. 6(1));
#   - annex_iii_area: an Annex III area, declared in ai_act.annex_iii_area or
#     implied by ai_system.intended_uses (recruitment, workforce management
#     and employee monitoring are Annex III point 4, credit scoring point
#     5(b)), with no art. 6(3) derogation claimed;
#   - annex_iii_profiling: the derogation is claimed but the system profiles
#     natural persons; art. 6(3) last subparagraph makes it high-risk always;
#   - annex_iii_profiling_undeclared, annex_iii_derogation_undocumented,
#     annex_iii_derogation_no_ground: the derogation is claimed but cannot be
#     verified (profiling not declared, no documented assessment as art. 6(4)
#     requires, no ground of art. 6(3)), so it cannot remove the high risk.
# A declared risk_level of high with none of these facts still counts as
# high (the conservative reading: the team knows of a route the manifest
# does not record); AIACT-01 asks for the missing fact.
package cnilpolicy.lib.facts

import data.cnilpolicy.lib.result

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

# The system profiles natural persons (GDPR art. 4(4)), as declared.
ai_act_profiling if manifest.ai_act.performs_profiling == true

# Intended uses that place a system in an Annex III area by themselves.
_annex_iii_uses := {
	"recruitment": "employment",
	"workforce_management": "employment",
	"employee_monitoring": "employment",
	"credit_scoring": "essential_services",
}

# The Annex III areas the facts point to, each with the pointer of its fact.
ai_act_annex_iii_areas contains [area, "/ai_act/annex_iii_area"] if {
	area := manifest.ai_act.annex_iii_area
	is_string(area)
}

ai_act_annex_iii_areas contains [area, sprintf("/ai_system/intended_uses/%d", [i])] if {
	some i, use in manifest.ai_system.intended_uses
	area := _annex_iii_uses[use]
}

_derogation := value_at(manifest, ["ai_act", "art6_3_derogation"])

_derogation_claimed if manifest.ai_act.art6_3_derogation.claimed == true

_derogation_grounds := {"narrow_procedural_task", "improves_prior_human_activity", "detects_decision_patterns", "preparatory_task"}

# Why the facts make the system high-risk: [code, pointer] pairs.
ai_act_high_risk_facts contains ["annex_i_product", "/ai_act/annex_i_product"] if {
	manifest.ai_act.annex_i_product == true
}

# An Annex III area, shown whenever the derogation does not remove it.
ai_act_high_risk_facts contains ["annex_iii_area", pointer] if {
	some [_, pointer] in ai_act_annex_iii_areas
	not _derogation_valid
}

_derogation_valid if {
	_derogation_claimed
	count(_derogation_defects) == 0
}

ai_act_high_risk_facts contains defect if {
	count(ai_act_annex_iii_areas) > 0
	some defect in _derogation_defects
}

_derogation_defects contains ["annex_iii_profiling", "/ai_act/performs_profiling"] if {
	_derogation_claimed
	ai_act_profiling
}

_derogation_defects contains ["annex_iii_profiling_undeclared", "/ai_act/performs_profiling"] if {
	_derogation_claimed
	not is_boolean(value_at(manifest, ["ai_act", "performs_profiling"]))
}

_derogation_defects contains ["annex_iii_derogation_undocumented", "/ai_act/art6_3_derogation/documentation_ref"] if {
	_derogation_claimed
	not declared(_derogation, ["documentation_ref"])
}

_derogation_defects contains ["annex_iii_derogation_no_ground", "/ai_act/art6_3_derogation/ground"] if {
	_derogation_claimed
	not _derogation.ground in _derogation_grounds
}

# The facts alone make the system high-risk.
ai_act_high_risk_by_facts if count(ai_act_high_risk_facts) > 0

# High-risk: by the facts, or declared so.
ai_act_high_risk if ai_act_high_risk_by_facts

ai_act_high_risk if ai_act_risk_level == "high"

# The declared level contradicts the facts: a lower level where the facts
# make the system high-risk. A prohibited practice stays above high risk.
ai_act_risk_level_contradicted if {
	ai_act_high_risk_by_facts
	ai_act_risk_level in {"transparency", "minimal"}
}

# The facts behind high risk, as "field=value (pointer)" for messages and
# the derived fact.
ai_act_high_risk_basis contains concat(result.colon, [_route(code), fact_text(pointer)]) if {
	some [code, pointer] in ai_act_high_risk_facts
}

# A route's name in a reason: its code in English, as the derived fact's basis
# has always read; in words in French, where a code would be English.
_route(code) := _routes_fr[code] if result.lang == "fr"

else := code

_routes_fr := {
	"annex_i_product": "produit de l'annexe I",
	"annex_iii_area": "domaine de l'annexe III",
	"annex_iii_profiling": "profilage de personnes physiques malgré la dérogation de l'art. 6, § 3",
	"annex_iii_profiling_undeclared": "profilage non déclaré alors que la dérogation de l'art. 6, § 3, est invoquée",
	"annex_iii_derogation_undocumented": "dérogation de l'art. 6, § 3, non documentée",
	"annex_iii_derogation_no_ground": "dérogation de l'art. 6, § 3, sans motif reconnu",
}

ai_act_high_risk_basis contains result.localised({
	"en": "declared: ai_act.risk_level=high (/ai_act/risk_level)",
	"fr": "déclaré : ai_act.risk_level=high (/ai_act/risk_level)",
}) if {
	not ai_act_high_risk_by_facts
	ai_act_risk_level == "high"
}

# A fact of the manifest as "field=value (pointer)", for the reasons of a
# derived classification.
fact_text(pointer) := sprintf("%s=%s (%s)", [_field(pointer), _json_at(pointer), pointer])

# The dotted field name of a JSON pointer (indexes kept).
_field(pointer) := concat(".", [part | some part in split(trim_prefix(pointer, "/"), "/")])

# The manifest's value at a JSON pointer, as JSON text ("null" when absent).
_json_at(pointer) := json.marshal(object.get(manifest, [_key(part) | some part in split(trim_prefix(pointer, "/"), "/")], null))

_key(part) := to_number(part) if regex.match(`^[0-9]+$`, part)

else := part

ai_act_high_risk_provider if {
	ai_act_high_risk
	ai_act_operator_role == "provider"
}

derived contains {
	"id": "ai_act_high_risk",
	"value": ai_act_high_risk_value,
	"basis": sort(ai_act_high_risk_basis),
	"pointer": "/ai_act/risk_level",
}

ai_act_high_risk_value if ai_act_high_risk

else := false

derived contains {
	"id": "ai_act_high_risk_provider",
	"value": ai_act_high_risk_provider_value,
	"basis": [
		sprintf("ai_act_high_risk=%v", [ai_act_high_risk_value]),
		sprintf("ai_act.operator_role=%s", [ai_act_operator_role]),
	],
	"pointer": "/ai_act/risk_level",
}

ai_act_high_risk_provider_value if ai_act_high_risk_provider

else := false
