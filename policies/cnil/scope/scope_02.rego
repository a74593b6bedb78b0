# METADATA
# title: Applicable legal regime of the development processing
# description: >-
#   Identify which regime governs the development processing: the GDPR, the
#   law-enforcement regime (Directive (EU) 2016/680, Title III of the French loi
#   Informatique et Libertés) or the national-security regime. When the operational
#   use is defined at development time, the development processing follows the regime
#   of the deployment processing; otherwise (for example a general-purpose system) it
#   generally falls under the GDPR. The CNIL AI recommendations only cover processing
#   subject to the GDPR.
# related_resources:
#   - description: "CNIL — IA : Déterminer le régime juridique applicable"
#     ref: https://www.cnil.fr/fr/determiner-le-regime-juridique-applicable
# custom:
#   id: SCOPE-02
#   step: scope
#   fiche: legal-regime
#   level: must
#   severity: error
#   evidence: confirmed
#   articles:
#     - "GDPR 2(2)(d)"
#     - "Directive (EU) 2016/680"
#     - "Loi Informatique et Libertés, Title III"
#   fr:
#     title: Régime juridique applicable au traitement de développement
#     description: >-
#       Identifier le régime qui encadre le traitement de développement : le RGPD, le régime
#       applicable aux traitements en matière pénale, dit « police-justice » (directive (UE)
#       2016/680, titre III de la loi Informatique et Libertés), ou le régime des traitements
#       intéressant la sûreté de l'État et la défense (sécurité nationale). Lorsque l'usage
#       opérationnel est défini dès la phase de développement, le traitement de développement
#       suit le régime du traitement de déploiement ; à défaut (par exemple pour un système à
#       usage général), il relève en général du RGPD. Les recommandations de la CNIL sur l'IA ne
#       couvrent que les traitements soumis au RGPD.
#   remediation:
#     en: >-
#       Set legal_regime to gdpr, law_enforcement or national_security. Declare
#       ai_system.operational_use_known; when the operational use is known at development
#       time, declare deployment.legal_regime and align legal_regime with it.
#     fr: >-
#       Renseignez legal_regime avec gdpr, law_enforcement ou national_security. Renseignez
#       ai_system.operational_use_known ; lorsque l'usage opérationnel est connu dès le
#       développement, renseignez deployment.legal_regime et alignez legal_regime sur
#       celui-ci.
#   checks:
#     - message: no_personal_data
#       outcome: not_applicable
#       level: must
#       catalog: "SCOPE-02 — Level: MUST."
#     - message: not_declared
#       outcome: fail
#       level: must
#       catalog: "SCOPE-02 — Identify which regime governs the development processing (GDPR, law-enforcement, national security)."
#     - message: unknown_regime
#       outcome: fail
#       level: must
#       catalog: "SCOPE-02 — Identify which regime governs the development processing (GDPR, law-enforcement, national security)."
#     - message: use_not_declared
#       outcome: fail
#       level: must
#       catalog: "SCOPE-02 — Identify which regime governs the development processing (GDPR, law-enforcement, national security)."
#     - message: no_deployment_regime
#       outcome: fail
#       level: must
#       catalog: "SCOPE-02 — Identify which regime governs the development processing (GDPR, law-enforcement, national security)."
#     - message: mismatch
#       outcome: fail
#       level: must
#       catalog: "SCOPE-02 — Identify which regime governs the development processing (GDPR, law-enforcement, national security)."
#     - message: gdpr_known_use
#       outcome: pass
#       level: must
#       catalog: "SCOPE-02 — Identify which regime governs the development processing (GDPR, law-enforcement, national security)."
#     - message: gdpr_unknown_use
#       outcome: pass
#       level: must
#       catalog: "SCOPE-02 — Identify which regime governs the development processing (GDPR, law-enforcement, national security)."
#     - message: other_regime
#       outcome: not_applicable
#       level: must
#       catalog: "SCOPE-02 — Level: MUST."
#   messages:
#     no_personal_data:
#       en: >-
#         Not applicable: the manifest declares that the development processes no personal
#         data (personal_data.processed is false), so no data protection regime has to be
#         identified.
#       fr: >-
#         Sans objet : le manifeste déclare que le développement ne traite aucune donnée
#         personnelle (personal_data.processed vaut false) ; aucun régime de protection des
#         données n'est donc à identifier.
#     not_declared:
#       en: >-
#         legal_regime is not declared: the regime governing the development processing
#         (`gdpr`, `law_enforcement` or `national_security`) must be identified, because it
#         determines which rules apply. The rules of this catalog are applied as if the GDPR
#         governed the processing.
#       fr: >-
#         legal_regime n'est pas renseigné : le régime applicable au traitement de
#         développement (`gdpr`, `law_enforcement` ou `national_security`) doit être identifié, car
#         il détermine les règles applicables. Les règles de ce catalogue sont appliquées
#         comme si le RGPD régissait le traitement.
#     unknown_regime:
#       en: >-
#         legal_regime is "{{.regime}}", which is not one of the regimes the CNIL distinguishes
#         (`gdpr`, `law_enforcement`, `national_security`).
#       fr: >-
#         legal_regime vaut « {{.regime}} », qui ne fait pas partie des régimes distingués par
#         la CNIL (`gdpr`, `law_enforcement`, `national_security`).
#     use_not_declared:
#       en: >-
#         ai_system.operational_use_known is not declared: whether the operational use is
#         known at development time decides whether the development processing follows the
#         regime of the deployment processing.
#       fr: >-
#         ai_system.operational_use_known n'est pas renseigné : c'est le fait que l'usage
#         opérationnel soit connu ou non dès le développement qui détermine si le traitement de
#         développement suit le régime du traitement de déploiement.
#     no_deployment_regime:
#       en: >-
#         The operational use is known at development time (ai_system.operational_use_known is
#         true) but deployment.legal_regime is not declared: the development processing
#         follows the regime of the deployment processing, which must therefore be identified.
#       fr: >-
#         L'usage opérationnel est connu dès le développement (ai_system.operational_use_known
#         vaut true) mais deployment.legal_regime n'est pas renseigné : le traitement de
#         développement suit le régime du traitement de déploiement, qui doit donc être
#         identifié.
#     mismatch:
#       en: >-
#         legal_regime is `{{.regime}}` but deployment.legal_regime is `{{.deployment_regime}}`:
#         when the operational use is known at development time, the development processing
#         follows the regime of the deployment processing.
#       fr: >-
#         legal_regime vaut `{{.regime}}` mais deployment.legal_regime vaut
#         `{{.deployment_regime}}` : lorsque l'usage opérationnel est connu dès le
#         développement, le traitement de développement suit le régime du traitement de
#         déploiement.
#     gdpr_known_use:
#       en: >-
#         The development processing falls under the GDPR, the regime of the deployment
#         processing (operational use known at development time).
#       fr: >-
#         Le traitement de développement relève du RGPD, régime du traitement de déploiement
#         (usage opérationnel connu dès le développement).
#     gdpr_unknown_use:
#       en: >-
#         The development processing falls under the GDPR; the operational use is not known at
#         development time, a case in which the development processing generally falls under
#         the GDPR.
#       fr: >-
#         Le traitement de développement relève du RGPD ; l'usage opérationnel n'est pas connu
#         dès le développement, cas dans lequel le traitement de développement relève en
#         général du RGPD.
#     other_regime:
#       en: >-
#         The development processing falls under the {{.regime}} regime, not the GDPR. The CNIL
#         recommendations on the development of AI systems do not cover this regime: the other
#         rules of this catalog are not applicable and the rules of that regime must be
#         followed instead.
#       fr: >-
#         Le traitement de développement relève du régime {{.regime}}, et non du RGPD. Les
#         recommandations de la CNIL sur le développement des systèmes d'IA ne couvrent pas ce
#         régime : les autres règles de ce catalogue ne s'appliquent pas et ce sont les règles
#         propres à ce régime qu'il faut suivre.
package cnil.scope.scope_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_regimes := {"gdpr", "law_enforcement", "national_security"}

_regime := facts.value_at(input.manifest, ["legal_regime"])

_known_use := facts.value_at(input.manifest, ["ai_system", "operational_use_known"])

_deployment_regime := facts.value_at(input.manifest, ["deployment", "legal_regime"])

results contains result.not_applicable(rego.metadata.chain(), "no_personal_data", {}, "/personal_data/processed") if {
	not facts.personal_data_processed
}

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/legal_regime") if {
	facts.personal_data_processed
	not facts.declared(input.manifest, ["legal_regime"])
}

results contains result.fail(rego.metadata.chain(), "unknown_regime", {"regime": sprintf("%v", [_regime])}, "/legal_regime") if {
	facts.personal_data_processed
	facts.declared(input.manifest, ["legal_regime"])
	not _regime in _regimes
}

results contains result.fail(rego.metadata.chain(), "use_not_declared", {}, "/ai_system/operational_use_known") if {
	facts.personal_data_processed
	not is_boolean(_known_use)
}

results contains result.fail(rego.metadata.chain(), "no_deployment_regime", {}, "/deployment/legal_regime") if {
	facts.personal_data_processed
	_known_use == true
	not facts.declared(input.manifest, ["deployment", "legal_regime"])
}

results contains result.fail(rego.metadata.chain(), "mismatch", params, "/legal_regime") if {
	facts.personal_data_processed
	_known_use == true
	_regime in _regimes
	facts.declared(input.manifest, ["deployment", "legal_regime"])
	_deployment_regime != _regime
	params := {"regime": _regime, "deployment_regime": sprintf("%v", [_deployment_regime])}
}

results contains result.pass(rego.metadata.chain(), key, {"regime": labels.word("legal_regime", _regime)}, "/legal_regime") if {
	facts.personal_data_processed
	_consistent
	key := _pass_key
}

# The regime is valid and agrees with the deployment regime when the use is known.
_consistent if {
	_regime in _regimes
	_known_use == false
}

_consistent if {
	_regime in _regimes
	_known_use == true
	_deployment_regime == _regime
}

_pass_key := "other_regime" if _regime != "gdpr"

else := "gdpr_known_use" if _known_use == true

else := "gdpr_unknown_use"
