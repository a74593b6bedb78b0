# METADATA
# title: Known operational use — development purpose tied to the deployment purpose
# description: >-
#   When the system is developed for an operational use identified at development time,
#   the purpose of the development phase is tied to the purpose of the deployment phase:
#   if the deployment purpose is specified, explicit and legitimate, so is the development
#   purpose. The deployment purpose must therefore be declared for each development
#   activity.
# related_resources:
#   - description: "CNIL — Defining a purpose"
#     ref: https://www.cnil.fr/en/defining-purpose
# custom:
#   id: PURPOSE-03
#   step: purpose
#   fiche: purpose
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(b)"]
#   fr:
#     title: Usage opérationnel connu — finalité de développement rattachée à celle du déploiement
#     description: >-
#       Lorsque le système est développé pour un usage opérationnel identifié dès la phase de
#       développement, la finalité de la phase de développement est rattachée à celle de la
#       phase de déploiement : si la finalité de déploiement est déterminée, explicite et
#       légitime, celle du développement l'est aussi. La finalité de déploiement doit donc être
#       déclarée pour chaque traitement de développement.
#   remediation:
#     en: >-
#       Declare ai_system.operational_use_known (true or false). When it is true, fill
#       purpose.deployment_purpose on every development activity with the purpose of the
#       deployment processing the system is developed for.
#     fr: >-
#       Renseignez ai_system.operational_use_known (true ou false). S'il vaut true, renseignez
#       purpose.deployment_purpose pour chaque traitement de développement avec la finalité du
#       traitement de déploiement auquel le système est destiné.
#   checks:
#     - message: not_declared
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-03 — When the system is developed for a single operational use identified at development time, the development purpose is tied to the deployment purpose; if the deployment purpose is specified, explicit and legitimate, so is the development purpose."
#     - message: use_not_known
#       outcome: not_applicable
#       level: must-if
#       catalog: "PURPOSE-03 — Level: MUST-IF `ai_system.operational_use_known == true`."
#     - message: no_activity
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-03 — When the system is developed for a single operational use identified at development time, the development purpose is tied to the deployment purpose; if the deployment purpose is specified, explicit and legitimate, so is the development purpose."
#     - message: no_deployment_purpose
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-03 — When the system is developed for a single operational use identified at development time, the development purpose is tied to the deployment purpose; if the deployment purpose is specified, explicit and legitimate, so is the development purpose."
#     - message: tied
#       outcome: pass
#       level: must-if
#       catalog: "PURPOSE-03 — When the system is developed for a single operational use identified at development time, the development purpose is tied to the deployment purpose; if the deployment purpose is specified, explicit and legitimate, so is the development purpose."
#   messages:
#     not_declared:
#       en: >-
#         ai_system.operational_use_known is not declared: whether the operational use is
#         known at development time decides how the development purpose must be defined
#         (tied to the deployment purpose, or described by type and capabilities for a
#         general-purpose system).
#       fr: >-
#         ai_system.operational_use_known n'est pas renseigné : c'est le fait que l'usage
#         opérationnel soit connu ou non dès le développement qui détermine comment définir la
#         finalité de développement (rattachée à la finalité du déploiement, ou décrite par le
#         type et les capacités du système s'il est à usage général).
#     use_not_known:
#       en: >-
#         Not applicable: the operational use is not known at development time
#         (ai_system.operational_use_known is false); the development purpose is defined on its
#         own (see PURPOSE-04 for general-purpose systems).
#       fr: >-
#         Sans objet : l'usage opérationnel n'est pas connu dès le développement
#         (ai_system.operational_use_known vaut false) ; la finalité de développement est
#         définie de manière autonome (voir PURPOSE-04 pour les systèmes à usage général).
#     no_activity:
#       en: >-
#         The operational use is known at development time but no development activity is
#         declared in processing_activities, so no development purpose is tied to the
#         deployment purpose.
#       fr: >-
#         L'usage opérationnel est connu dès le développement mais aucun traitement de développement
#         n'est déclaré dans processing_activities ; aucune finalité de développement n'est donc
#         rattachée à la finalité du déploiement.
#     no_deployment_purpose:
#       en: >-
#         Activity {{.activity}} declares no purpose.deployment_purpose: the operational use is
#         known at development time, so the development purpose is tied to the deployment
#         purpose, which must be declared (GDPR art. 5(1)(b)).
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas purpose.deployment_purpose : l'usage
#         opérationnel étant connu dès le développement, la finalité de développement est rattachée
#         à celle du déploiement, qui doit donc être déclarée (RGPD, art. 5, § 1, b)).
#     tied:
#       en: >-
#         The development purpose of activity {{.activity}} is tied to the deployment purpose
#         "{{.deployment_purpose}}".
#       fr: >-
#         La finalité de développement du traitement {{.activity}} est rattachée à la finalité de
#         déploiement « {{.deployment_purpose}} ».
package cnil.purpose.purpose_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

_known_use := facts.value_at(input.manifest, ["ai_system", "operational_use_known"])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/ai_system/operational_use_known") if {
	facts.gdpr_applies
	not is_boolean(_known_use)
}

results contains result.not_applicable(rego.metadata.chain(), "use_not_known", {}, "/ai_system/operational_use_known") if {
	facts.gdpr_applies
	_known_use == false
}

results contains result.fail(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	_known_use == true
	count(facts.development_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_deployment_purpose", {"activity": facts.activity_label(i)}, pointer) if {
	facts.gdpr_applies
	_known_use == true
	some i in facts.development_activities
	not facts.declared(_activities[i], ["purpose", "deployment_purpose"])
	pointer := sprintf("/processing_activities/%d/purpose/deployment_purpose", [i])
}

results contains result.pass(rego.metadata.chain(), "tied", params, pointer) if {
	facts.gdpr_applies
	_known_use == true
	some i in facts.development_activities
	deployment_purpose := _activities[i].purpose.deployment_purpose
	facts.filled(deployment_purpose)
	params := {"activity": facts.activity_label(i), "deployment_purpose": deployment_purpose}
	pointer := sprintf("/processing_activities/%d/purpose/deployment_purpose", [i])
}
