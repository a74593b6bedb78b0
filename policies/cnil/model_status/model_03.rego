# METADATA
# title: The GDPR obligations extend to a model that is not anonymous
# description: >-
#   If the model is not anonymous, the GDPR applies to the model itself: keeping or
#   distributing it needs a legal basis (GDPR art. 6(1)), the information given to people
#   must mention the risk of memorisation (this rule owns that check; INFO-04 refers to it),
#   and people's rights must be exercisable on it (RIGHTS-01 owns that check). A
#   model trained on personal data and not declared anonymous (model.status personal_data,
#   not_assessed or missing) is treated as containing personal data.
# related_resources:
#   - description: "CNIL — IA : Analyser le statut d'un modèle d'IA au regard du RGPD"
#     ref: https://www.cnil.fr/fr/ia-analyser-le-statut-dun-modele-dia-au-regard-du-rgpd
#   - description: "CNIL — IA : Respecter et faciliter l'exercice des droits des personnes concernées"
#     ref: https://www.cnil.fr/fr/ia-respecter-lexercice-des-droits-des-personnes
# custom:
#   id: MODEL-03
#   step: model_status
#   fiche: model-status
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5", "GDPR 6(1)", "GDPR 13", "GDPR 14", "GDPR 15", "GDPR 17", "GDPR 21", "GDPR 32"]
#   fr:
#     title: Extension des obligations du RGPD à un modèle non anonyme
#     description: >-
#       Si le modèle n'est pas anonyme, le RGPD s'applique au modèle lui-même : sa conservation ou
#       sa diffusion nécessite une base légale (RGPD, art. 6, § 1), l'information délivrée aux
#       personnes doit mentionner le risque de mémorisation, et les droits des personnes doivent
#       pouvoir s'exercer sur lui. Un modèle entraîné sur des données personnelles et non déclaré
#       anonyme (model.status valant personal_data ou not_assessed, ou absent) est traité comme
#       contenant des données personnelles.
#   remediation:
#     en: >-
#       For a model that is not anonymous, declare the legal basis for keeping and distributing
#       it in model.legal_basis (a GDPR art. 6(1) basis), disclose the memorisation risk
#       (transparency.memorisation_risk_disclosed: true); RIGHTS-01 asks for
#       rights.applies_to_model.
#     fr: >-
#       Pour un modèle non anonyme, déclarez la base légale de sa conservation et de sa diffusion
#       dans model.legal_basis (une base du RGPD, art. 6, § 1), informez du risque de mémorisation
#       (transparency.memorisation_risk_disclosed : true) ; RIGHTS-01 demande
#       rights.applies_to_model.
#   checks:
#     - message: model_anonymous
#       outcome: not_applicable
#       level: must-if
#       catalog: "MODEL-03 — Level: MUST-IF `model.status == personal_data`; SHOULD (filters)."
#     - message: no_legal_basis
#       outcome: fail
#       level: must-if
#       catalog: "MODEL-03 — If the model is not anonymous, GDPR obligations extend to the model (legal basis for keeping/distributing it, information incl. memorisation risk, rights — RIGHTS-01, security)."
#     - message: memorisation_not_disclosed
#       outcome: fail
#       level: must-if
#       catalog: "MODEL-03 — if the model is not anonymous, GDPR obligations extend to the model, including information on the memorisation risk."
#     - message: extended
#       outcome: pass
#       level: must-if
#       catalog: "MODEL-03 — If the model is not anonymous, GDPR obligations extend to the model (legal basis for keeping/distributing it, information incl. memorisation risk, rights — RIGHTS-01, security)."
#   messages:
#     model_anonymous:
#       en: >-
#         The model is declared anonymous (model.status: anonymous): the GDPR obligations do not
#         extend to the model itself.
#       fr: >-
#         Le modèle est déclaré anonyme (model.status : anonymous) : les obligations du RGPD ne
#         s'étendent pas au modèle lui-même.
#     no_legal_basis:
#       en: >-
#         The model is not declared anonymous (model.status: {{.status}}) and model.legal_basis
#         ({{.basis}}) is not a GDPR art. 6(1) basis: keeping and distributing a model that
#         contains personal data is a processing that needs its own legal basis.
#       fr: >-
#         Le modèle n'est pas déclaré anonyme (model.status : {{.status}}) et model.legal_basis
#         ({{.basis}}) n'est pas une base du RGPD, art. 6, § 1 : conserver et diffuser un modèle
#         contenant des données personnelles est un traitement qui requiert sa propre base légale.
#     memorisation_not_disclosed:
#       en: >-
#         The model is not declared anonymous (model.status: {{.status}}) but
#         transparency.memorisation_risk_disclosed is not true: people must be told that the
#         model may have memorised their data (GDPR art. 13 and 14).
#       fr: >-
#         Le modèle n'est pas déclaré anonyme (model.status : {{.status}}) mais
#         transparency.memorisation_risk_disclosed ne vaut pas true : les personnes doivent être
#         informées que le modèle a pu mémoriser leurs données (RGPD, art. 13 et 14).
#     extended:
#       en: >-
#         The GDPR obligations extend to the model (model.status: {{.status}}): legal basis
#         {{.basis}}, memorisation risk disclosed; RIGHTS-01 checks that rights can be exercised
#         on the model.
#       fr: >-
#         Les obligations du RGPD s'étendent au modèle (model.status : {{.status}}) : base légale
#         {{.basis}}, risque de mémorisation communiqué ; RIGHTS-01 vérifie que les droits
#         peuvent s'exercer sur le modèle.
package cnil.model_status.model_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_bases := {"consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"}

_basis := facts.value_at(input.manifest, ["model", "legal_basis"])

_applies if {
	facts.gdpr_applies
	facts.model_presumed_personal
}

_issues contains result.finding("no_legal_basis", _params, "/model/legal_basis") if not _basis in _bases

_issues contains result.finding("memorisation_not_disclosed", _params, "/transparency/memorisation_risk_disclosed") if {
	not facts.value_at(input.manifest, ["transparency", "memorisation_risk_disclosed"]) == true
}

# Rights on the model (rights.applies_to_model) are RIGHTS-01's to judge: one
# owner per fact. The memorisation disclosure is judged here, not in INFO-04:
# for a model that is not anonymous it is an obligation (art. 13, 14).

_params := {"status": labels.word("model.status", facts.model_status_value), "basis": labels.word("legal_basis", _basis)}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "model_anonymous", {}, "/model/status") if {
	facts.gdpr_applies
	not facts.model_presumed_personal
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_applies
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "extended", _params, "/model/legal_basis") if {
	_applies
	count(_issues) == 0
}
