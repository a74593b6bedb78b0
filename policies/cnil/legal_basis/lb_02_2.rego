# METADATA
# title: "Consent withdrawal: a defined effect on the dataset and the trained models"
# description: >-
#   When a development processing relies on consent, decide in advance what a withdrawal does to
#   the training dataset and, where relevant, to models already trained on the data (removal from
#   the dataset, removal and retraining, or removal and output filtering), so that withdrawal has
#   a real effect. The list of effects is the tool's own proposal, not CNIL wording.
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing
# custom:
#   id: LB-02.2
#   step: legal_basis
#   fiche: legal-basis
#   level: should
#   severity: warning
#   evidence: inference
#   articles: ["GDPR 7(3)", "GDPR 17(1)(b)"]
#   fr:
#     title: "Retrait du consentement : un effet défini sur le jeu de données et les modèles entraînés"
#     description: >-
#       Lorsqu'un traitement de développement repose sur le consentement, il convient de décider
#       à l'avance de l'effet d'un retrait sur le jeu de données d'entraînement et, le cas
#       échéant, sur les modèles déjà entraînés sur ces données (suppression du jeu de données,
#       suppression et réentraînement, ou suppression et filtrage des sorties), afin que le
#       retrait ait un effet réel. La liste des effets est une proposition propre à l'outil, et
#       non une formulation de la CNIL.
#   remediation:
#     en: >-
#       Set consent.withdrawal_effect to remove_from_dataset, remove_and_retrain or
#       remove_and_filter, and describe the procedure that applies it (how data is located in the
#       dataset, when models are retrained or filtered).
#     fr: >-
#       Renseignez consent.withdrawal_effect avec remove_from_dataset, remove_and_retrain ou
#       remove_and_filter, et décrivez la procédure qui l'applique (comment les données sont
#       retrouvées dans le jeu de données, quand les modèles sont réentraînés ou filtrés).
#   checks:
#     - message: no_activity
#       outcome: not_applicable
#       level: should
#       catalog: "LB-02 — Level: MUST-IF `legal_basis == consent` (withdrawal-propagation design is SHOULD ⚪)."
#     - message: not_consent
#       outcome: not_applicable
#       level: should
#       catalog: "LB-02 — Level: MUST-IF `legal_basis == consent` (withdrawal-propagation design is SHOULD ⚪)."
#     - message: no_basis
#       outcome: not_applicable
#       level: should
#       catalog: "LB-02 — Level: MUST-IF `legal_basis == consent` (withdrawal-propagation design is SHOULD ⚪)."
#     - message: no_effect
#       outcome: fail
#       level: should
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#     - message: unknown_effect
#       outcome: fail
#       level: should
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#     - message: defined
#       outcome: pass
#       level: should
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#   messages:
#     no_activity:
#       en: >-
#         No development processing activity is declared, so none relies on consent (LB-01 reports
#         the missing activities).
#       fr: >-
#         Aucun traitement de la phase de développement n'est déclaré, donc aucun ne repose sur le
#         consentement (LB-01 signale l'absence de traitements).
#     not_consent:
#       en: >-
#         Activity {{.activity}} does not rely on consent (legal_basis: {{.basis}}, no
#         other_law_consent_required): no withdrawal effect is needed.
#       fr: >-
#         Le traitement {{.activity}} ne repose pas sur le consentement (legal_basis : {{.basis}},
#         pas de other_law_consent_required) : aucun effet du retrait n'est à prévoir.
#     no_basis:
#       en: >-
#         Activity {{.activity}} declares no legal_basis (LB-01 reports it) and no other law
#         requiring consent: no withdrawal effect can be required yet.
#       fr: >-
#         Le traitement {{.activity}} ne déclare pas de legal_basis (LB-01 le signale) ni d'autre loi
#         exigeant un consentement : aucun effet du retrait ne peut encore être exigé.
#     no_effect:
#       en: >-
#         Activity {{.activity}} relies on consent but consent.withdrawal_effect is not declared:
#         without a decided effect on the dataset and on models already trained, a withdrawal may
#         have no practical effect (GDPR art. 7(3)).
#       fr: >-
#         Le traitement {{.activity}} repose sur le consentement mais consent.withdrawal_effect
#         n'est pas renseigné : sans effet décidé sur le jeu de données et sur les modèles déjà
#         entraînés, un retrait risque de rester sans portée pratique (RGPD, art. 7, § 3).
#     unknown_effect:
#       en: >-
#         Activity {{.activity}}: consent.withdrawal_effect "{{.effect}}" is not one of
#         remove_from_dataset, remove_and_retrain, remove_and_filter.
#       fr: >-
#         Traitement {{.activity}} : consent.withdrawal_effect « {{.effect}} » n'est pas l'une des
#         valeurs remove_from_dataset, remove_and_retrain, remove_and_filter.
#     defined:
#       en: >-
#         Activity {{.activity}}: a withdrawal of consent leads to {{.effect_label}}
#         (consent.withdrawal_effect).
#       fr: >-
#         Traitement {{.activity}} : un retrait du consentement entraîne {{.effect_label}}
#         (consent.withdrawal_effect).
#   labels:
#     withdrawal_effect:
#       remove_from_dataset:
#         en: the removal of the data from the training dataset
#         fr: la suppression des données du jeu d'entraînement
#       remove_and_retrain:
#         en: the removal of the data from the training dataset and the retraining of the models
#         fr: la suppression des données du jeu d'entraînement et le réentraînement des modèles
#       remove_and_filter:
#         en: the removal of the data from the training dataset and the filtering of the models' outputs
#         fr: la suppression des données du jeu d'entraînement et le filtrage des sorties des modèles
package cnil.legal_basis.lb_02_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_effects := {"remove_from_dataset", "remove_and_retrain", "remove_and_filter"}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

_activities := facts.development_activity_entries if facts.gdpr_applies

_relies_on_consent(activity) if activity.legal_basis == "consent"

_relies_on_consent(activity) if activity.other_law_consent_required == true

results contains result.not_applicable(rego.metadata.chain(), "not_consent", params, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	facts.declared(a.activity, ["legal_basis"])
	not _relies_on_consent(a.activity)
	params := {"activity": a.label, "basis": labels.word("legal_basis", a.activity.legal_basis)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_basis", {"activity": a.label}, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	not facts.declared(a.activity, ["legal_basis"])
	not _relies_on_consent(a.activity)
}

results contains result.fail(rego.metadata.chain(), "no_effect", {"activity": a.label}, result.at(a.pointer, "consent/withdrawal_effect")) if {
	some a in _activities
	_relies_on_consent(a.activity)
	not facts.declared(a.activity, ["consent", "withdrawal_effect"])
}

results contains result.fail(rego.metadata.chain(), "unknown_effect", params, result.at(a.pointer, "consent/withdrawal_effect")) if {
	some a in _activities
	_relies_on_consent(a.activity)
	effect := a.activity.consent.withdrawal_effect
	facts.filled(effect)
	not effect in _effects
	params := {"activity": a.label, "effect": sprintf("%v", [effect])}
}

results contains result.pass(rego.metadata.chain(), "defined", params, result.at(a.pointer, "consent/withdrawal_effect")) if {
	some a in _activities
	_relies_on_consent(a.activity)
	effect := a.activity.consent.withdrawal_effect
	effect in _effects
	params := {"activity": a.label, "effect": effect, "effect_label": result.localised(_custom.labels.withdrawal_effect[effect])}
}

_custom := result.custom(rego.metadata.chain())
