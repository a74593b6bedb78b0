# Facts of the DPIA screening: is a DPIA required, and why.
#
#   dpia_required and its reasons, computed once from the screening recorded
#   under dpia.screening and from the AI Act classification, and reported in
#   `derived` so that a reviewer sees why the DPIA rules applied. The
#   screening only matters when the GDPR applies (facts.gdpr_applies).
#
#   Reason codes (sorted in the derived fact):
#   - art35_3:<case>: a GDPR art. 35(3) case listed in dpia.screening.art35_3
#     (a DPIA is mandatory);
#   - cnil_list:<n>: item n of the CNIL list of processing operations that
#     require a DPIA (deliberation 2018-327, art. 35(4)) listed in
#     dpia.screening.cnil_list_items or determined by the facts
#     (facts_dpia_derived.rego);
#   - edpb_criteria:<c1>+<c2>[+...]: two or more EDPB/WP248 criteria are met
#     (the rule of thumb of WP248: a DPIA is then likely required). The
#     criteria are those listed in dpia.screening.edpb_criteria, those
#     answered true in dpia.screening.explicit_answers, and those the facts
#     determine. WP248 allows a justified exception: when the screening
#     records why no DPIA is needed with the DPO's advice
#     (dpia.screening.edpb_exception), this reason is dropped and DPIA-01.2
#     warns with the justification;
#   - ai_act_high_risk: the system is high-risk under the AI Act (derived
#     from the facts, facts_ai_act.rego) and personal data is processed; the
#     CNIL then presumes a DPIA necessary (DPIA-02);
#   - screening_conclusion: the screening itself concludes that a DPIA is
#     required (dpia.screening.dpia_required is true), for example on a
#     single EDPB criterion, which WP248 says can suffice. The opposite
#     conclusion (false) never removes a reason: DPIA-01 reports the
#     contradiction.
package cnilpolicy.lib.facts

import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# Why a DPIA is required; empty when the GDPR does not apply.
dpia_required_reasons contains code if {
	gdpr_applies
	some case in _dpia_list("art35_3")
	code := sprintf("art35_3:%v", [case])
}

dpia_required_reasons contains code if {
	gdpr_applies
	some item in _dpia_list("cnil_list_items")
	code := sprintf("cnil_list:%v", [item])
}

dpia_required_reasons contains code if {
	gdpr_applies
	some item in dpia_cnil_items_derived
	code := sprintf("cnil_list:%v", [item])
}

dpia_required_reasons contains code if {
	gdpr_applies
	dpia_edpb_threshold_met
	not dpia_edpb_exception
	code := concat("", ["edpb_criteria:", concat("+", sort(dpia_edpb_criteria))])
}

dpia_required_reasons contains "ai_act_high_risk" if {
	gdpr_applies
	dpia_high_risk_system
}

dpia_required_reasons contains "screening_conclusion" if {
	gdpr_applies
	manifest.dpia.screening.dpia_required == true
}

# A DPIA is required when at least one reason holds.
default dpia_required := false

dpia_required if count(dpia_required_reasons) > 0

# The system is high-risk under the AI Act (derived, facts_ai_act.rego).
dpia_high_risk_system if ai_act_high_risk

# Two or more EDPB criteria: WP248's rule of thumb for a likely high risk.
dpia_edpb_threshold_met if count(dpia_edpb_criteria) >= 2

# The EDPB criteria met: declared by the screening, or determined by the
# facts (facts_dpia_derived.rego).
dpia_edpb_criteria := _declared_edpb_criteria | dpia_edpb_criteria_derived

# Listed in edpb_criteria or answered true in explicit_answers (DPIA-03).
_declared_edpb_criteria contains criterion if {
	some criterion in _dpia_list("edpb_criteria")
	is_string(criterion)
}

_declared_edpb_criteria contains criterion if {
	answers := value_at(manifest, ["dpia", "screening", "explicit_answers"])
	is_object(answers)
	some criterion, answer in answers
	answer == true
}

# The entries of one screening list, or an empty array when it is absent or
# not a list.
_dpia_list(name) := list if {
	list := value_at(manifest, ["dpia", "screening", name])
	is_array(list)
}

_dpia_list(name) := [] if not is_array(value_at(manifest, ["dpia", "screening", name]))

derived contains {
	"id": "dpia_required",
	"value": dpia_required,
	"basis": sort([reason_text(code) | some code in dpia_required_reasons]),
	"pointer": "/dpia/screening",
}

# A reason of dpia_required in the reader's words (the codes stay the
# rules' own: DPIA-01 names each reason in its messages).
reason_text(code) := reason({"en": "GDPR art. 35(3): %s", "fr": "RGPD, art. 35, § 3 : %s"}, [labels.word("art35_3_case", case)]) if {
	startswith(code, "art35_3:")
	case := substring(code, count("art35_3:"), -1)
}

reason_text(code) := reason({"en": "item %s of the CNIL list (deliberation 2018-327)", "fr": "point %s de la liste de la CNIL (délibération 2018-327)"}, [item]) if {
	startswith(code, "cnil_list:")
	item := substring(code, count("cnil_list:"), -1)
}

reason_text(code) := reason({"en": "EDPB criteria met: %s", "fr": "critères du CEPD remplis : %s"}, [labels.words("edpb_criterion", criteria)]) if {
	startswith(code, "edpb_criteria:")
	criteria := split(substring(code, count("edpb_criteria:"), -1), "+")
}

reason_text("ai_act_high_risk") := result.localised({"en": "high-risk AI system (AI Act)", "fr": "système d'IA à haut risque (règlement sur l'IA)"})

reason_text("screening_conclusion") := result.localised({"en": "the screening concludes that a DPIA is required", "fr": "l'examen préalable conclut qu'une AIPD est requise"})
