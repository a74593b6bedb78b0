# METADATA
# title: "DPIA outcomes: action plan, residual risk, DPO advice, prior consultation"
# description: >-
#   The DPIA leads to an action plan that reduces the risks to an acceptable level (GDPR art.
#   35(7)(d)); the controller seeks the advice of the data protection officer where one is
#   designated (art. 35(2)); and when the residual risk remains high, it consults the CNIL before
#   the processing (art. 36(1)). When the derived fact dpia_required holds, the rule checks that
#   dpia.measures is not empty, that dpia.residual_risk is low, medium or high, that
#   dpia.dpo_advice_ref is recorded unless organisation.has_dpo is false (an undeclared DPO
#   status is treated as a designated DPO), and that dpia.prior_consultation_ref is recorded when
#   the residual risk is high.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-06
#   step: dpia
#   fiche: dpia
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 35(2)", "GDPR 35(7)(d)", "GDPR 36(1)"]
#   checks:
#     - {message: not_required, outcome: not_applicable, level: must, catalog: "DPIA-01: no DPIA required"}
#     - {message: no_measures, outcome: fail, level: must, catalog: "DPIA-06: dpia.measures[] non-empty (MUST, art. 35(7)(d))"}
#     - {message: no_residual_risk, outcome: fail, level: must, catalog: "DPIA-06: dpia.residual_risk in {low, medium, high} (MUST)"}
#     - {message: dpo_undeclared, outcome: fail, level: must, catalog: "DPIA-06: dpia.dpo_advice_ref if organisation.has_dpo (MUST, art. 35(2))"}
#     - {message: no_dpo_advice, outcome: fail, level: must, catalog: "DPIA-06: dpia.dpo_advice_ref if organisation.has_dpo (MUST, art. 35(2))"}
#     - {message: no_prior_consultation, outcome: fail, level: must, catalog: "DPIA-06: residual_risk == high -> dpia.prior_consultation_ref (MUST, art. 36(1))"}
#     - {message: complete, outcome: pass, level: must, catalog: "DPIA-06 (MUST, art. 35(2), 35(7)(d), 36(1))"}
#   fr:
#     title: "Suites de l'AIPD : plan d'action, risque résiduel, avis du DPO, consultation préalable"
#     description: >-
#       L'AIPD aboutit à un plan d'action qui ramène les risques à un niveau acceptable (RGPD, art.
#       35, § 7, d)) ; le responsable de traitement demande conseil au délégué à la protection des
#       données (DPO) lorsqu'il en a désigné un (art. 35, § 2) ; et lorsque le risque résiduel reste
#       élevé, il consulte la CNIL avant la mise en œuvre du traitement (art. 36, § 1). Lorsque le
#       fait dérivé dpia_required est établi, la règle vérifie que dpia.measures n'est pas vide, que
#       dpia.residual_risk vaut low, medium ou high, que dpia.dpo_advice_ref est renseigné sauf si
#       organisation.has_dpo vaut false (l'absence de déclaration est traitée comme la désignation
#       d'un DPO), et que dpia.prior_consultation_ref est renseigné lorsque le risque résiduel est
#       élevé.
#   remediation:
#     en: >-
#       List the measures of the action plan in dpia.measures, declare the residual risk in
#       dpia.residual_risk (low, medium or high), record the DPO's advice in dpia.dpo_advice_ref
#       (or set organisation.has_dpo to false if no DPO is designated) and, when the residual risk
#       is high, consult the CNIL before the processing and record it in
#       dpia.prior_consultation_ref.
#     fr: >-
#       Listez les mesures du plan d'action dans dpia.measures, déclarez le risque résiduel dans
#       dpia.residual_risk (low, medium ou high), consignez l'avis du délégué à la protection des
#       données (DPO) dans dpia.dpo_advice_ref (ou renseignez organisation.has_dpo à false si aucun
#       DPO n'est désigné) et, si le risque résiduel est élevé, consultez la CNIL avant le
#       traitement et consignez-le dans dpia.prior_consultation_ref.
#   fragments:
#     no_dpo:
#       en: no DPO designated
#       fr: aucun DPO désigné
#     no_consultation:
#       en: not needed, the residual risk is not high
#       fr: non nécessaire, le risque résiduel n'est pas élevé
#   messages:
#     not_required:
#       en: >-
#         No DPIA is required according to the screening declared under dpia.screening (derived
#         fact dpia_required is false, see DPIA-01): its outcomes are not checked.
#       fr: >-
#         Aucune AIPD n'est requise d'après l'examen déclaré dans dpia.screening (le fait dérivé
#         dpia_required vaut false, voir DPIA-01) : ses suites ne sont pas vérifiées.
#     no_measures:
#       en: >-
#         dpia.measures is empty or missing: the DPIA must set out the measures envisaged to
#         address the risks and bring them to an acceptable level (GDPR art. 35(7)(d)).
#       fr: >-
#         dpia.measures est vide ou absent : l'AIPD doit présenter les mesures envisagées pour faire
#         face aux risques et les ramener à un niveau acceptable (RGPD, art. 35, § 7, d)).
#     no_residual_risk:
#       en: >-
#         dpia.residual_risk is missing or is not one of low, medium, high: the residual risk after
#         the measures decides whether the CNIL must be consulted before the processing (GDPR art. 36(1)).
#       fr: >-
#         dpia.residual_risk est absent ou ne vaut pas low, medium ou high : le risque résiduel
#         après mesures détermine si la CNIL doit être consultée avant le traitement (RGPD, art. 36,
#         § 1).
#     no_dpo_advice:
#       en: >-
#         organisation.has_dpo is true but dpia.dpo_advice_ref is missing: the controller must seek
#         the advice of the data protection officer when carrying out a DPIA (GDPR art. 35(2)).
#       fr: >-
#         organisation.has_dpo vaut true mais dpia.dpo_advice_ref est absent : le responsable du
#         traitement doit demander conseil au délégué à la protection des données lors de la
#         réalisation d'une AIPD (RGPD, art. 35, § 2).
#     dpo_undeclared:
#       en: >-
#         organisation.has_dpo is not declared and dpia.dpo_advice_ref is missing: when a data
#         protection officer is designated, their advice must be sought on the DPIA (GDPR art.
#         35(2)); record it, or declare organisation.has_dpo: false.
#       fr: >-
#         organisation.has_dpo n'est pas renseigné et dpia.dpo_advice_ref est absent : lorsqu'un
#         délégué à la protection des données est désigné, son conseil doit être demandé sur l'AIPD
#         (RGPD, art. 35, § 2) ; consignez-le, ou déclarez organisation.has_dpo : false.
#     no_prior_consultation:
#       en: >-
#         dpia.residual_risk is high but dpia.prior_consultation_ref is missing: the CNIL must be
#         consulted before the processing when the DPIA indicates a high residual risk (GDPR art. 36(1)).
#       fr: >-
#         dpia.residual_risk vaut high mais dpia.prior_consultation_ref est absent : la CNIL doit
#         être consultée avant le traitement lorsque l'AIPD fait apparaître un risque résiduel élevé
#         (RGPD, art. 36, § 1).
#     complete:
#       en: >-
#         The DPIA sets out {{.measures}} measure(s); residual risk (dpia.residual_risk):
#         {{.residual_risk}}; DPO advice: {{.dpo_advice}}; prior consultation of the CNIL:
#         {{.consultation}}.
#       fr: >-
#         L'AIPD prévoit {{.measures}} mesure(s) ; risque résiduel (dpia.residual_risk) :
#         {{.residual_risk}} ; avis du DPO : {{.dpo_advice}} ; consultation préalable de la CNIL :
#         {{.consultation}}.
package cnil.dpia.dpia_06

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_custom := result.custom(rego.metadata.chain())

_measures := measures if {
	measures := facts.value_at(input.manifest, ["dpia", "measures"])
	is_array(measures)
	count(measures) > 0
}

_residual_risk := level if {
	level := facts.value_at(input.manifest, ["dpia", "residual_risk"])
	level in {"low", "medium", "high"}
}

_has_dpo := facts.value_at(input.manifest, ["organisation", "has_dpo"])

_dpo_advice := facts.value_at(input.manifest, ["dpia", "dpo_advice_ref"])

_consultation := facts.value_at(input.manifest, ["dpia", "prior_consultation_ref"])

_applies if {
	facts.gdpr_applies
	facts.dpia_required
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_required", {}, "/dpia/screening") if {
	facts.gdpr_applies
	not facts.dpia_required
}

results contains result.fail(rego.metadata.chain(), "no_measures", {}, "/dpia/measures") if {
	_applies
	not _measures
}

results contains result.fail(rego.metadata.chain(), "no_residual_risk", {}, "/dpia/residual_risk") if {
	_applies
	not _residual_risk
}

results contains result.fail(rego.metadata.chain(), "no_dpo_advice", {}, "/dpia/dpo_advice_ref") if {
	_applies
	_has_dpo == true
	not facts.filled(_dpo_advice)
}

results contains result.fail(rego.metadata.chain(), "dpo_undeclared", {}, "/dpia/dpo_advice_ref") if {
	_applies
	not is_boolean(_has_dpo)
	not facts.filled(_dpo_advice)
}

results contains result.fail(rego.metadata.chain(), "no_prior_consultation", {}, "/dpia/prior_consultation_ref") if {
	_applies
	_residual_risk == "high"
	not facts.filled(_consultation)
}

results contains result.pass(rego.metadata.chain(), "complete", params, "/dpia") if {
	_applies
	params := {
		"measures": count(_measures),
		"residual_risk": labels.word("dpia.residual_risk", _residual_risk),
		"dpo_advice": _dpo_advice_text,
		"consultation": _consultation_text,
	}
}

_dpo_advice_text := _dpo_advice if facts.filled(_dpo_advice)

_dpo_advice_text := result.localised(_custom.fragments.no_dpo) if {
	_has_dpo == false
	not facts.filled(_dpo_advice)
}

_consultation_text := _consultation if {
	_residual_risk == "high"
	facts.filled(_consultation)
}

_consultation_text := result.localised(_custom.fragments.no_consultation) if {
	_residual_risk != "high"
}
