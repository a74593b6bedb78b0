# METADATA
# title: Processors — contract under GDPR art. 28
# description: >-
#   A provider that develops an AI system as a processor, on behalf of a controller, must
#   work under a contract or other legal act meeting GDPR art. 28(3), which binds it to the
#   controller's documented instructions.
# related_resources:
#   - description: "CNIL — Determining the legal qualification of AI system providers"
#     ref: https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers
# custom:
#   id: ROLE-03
#   step: responsibilities
#   fiche: roles
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 28(3)", "GDPR 28(4)"]
#   fr:
#     title: Sous-traitants — contrat conforme au RGPD, art. 28
#     description: >-
#       Un fournisseur qui développe un système d'IA en qualité de sous-traitant, pour le compte
#       d'un responsable de traitement, doit agir dans le cadre d'un contrat ou d'un autre acte
#       juridique conforme au RGPD, art. 28, § 3, qui le lie aux instructions documentées du
#       responsable de traitement.
#   remediation:
#     en: >-
#       For every development activity with gdpr_role processor or sub_processor, set
#       processor_contract_ref to the art. 28 contract (data processing agreement) with the
#       controller, or with the processor for a sub-processor.
#     fr: >-
#       Pour chaque traitement de développement dont gdpr_role vaut processor ou sub_processor,
#       renseignez processor_contract_ref avec le contrat de l'art. 28 (accord de sous-traitance)
#       conclu avec le responsable de traitement, ou avec le sous-traitant pour un sous-traitant
#       ultérieur.
#   checks:
#     - message: no_processing_on_behalf
#       outcome: not_applicable
#       level: must
#       catalog: "ROLE-03 — Level: MUST (contract); MUST-IF `processor_reuses_client_data == true` (conditions)."
#     - message: no_contract
#       outcome: fail
#       level: must
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#     - message: contracted
#       outcome: pass
#       level: must
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#   messages:
#     no_processing_on_behalf:
#       en: >-
#         Not applicable: no development activity declares gdpr_role `processor` or
#         `sub_processor`.
#       fr: >-
#         Sans objet : aucun traitement de développement ne déclare gdpr_role `processor` ou
#         `sub_processor`.
#     no_contract:
#       en: >-
#         Activity {{.activity}} is carried out as {{.role_label}} (gdpr_role: {{.role}}) but declares no
#         processor_contract_ref: processing on behalf of another organisation must be
#         governed by a contract under GDPR art. 28(3).
#       fr: >-
#         Le traitement {{.activity}} est mené en qualité de {{.role_label}} (gdpr_role : {{.role}})
#         mais ne renseigne pas processor_contract_ref : un traitement pour le compte d'un autre
#         organisme doit être encadré par un contrat conforme au RGPD, art. 28, § 3.
#     contracted:
#       en: >-
#         Activity {{.activity}} is carried out as {{.role_label}} (gdpr_role: {{.role}}) under the
#         art. 28 contract {{.ref}}.
#       fr: >-
#         Le traitement {{.activity}} est mené en qualité de {{.role_label}} (gdpr_role : {{.role}})
#         dans le cadre du contrat de l'art. 28 {{.ref}}.
package cnil.responsibilities.role_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_processing_on_behalf", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.processor_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_contract", params, pointer) if {
	facts.gdpr_applies
	some i in facts.processor_activities
	not facts.declared(_activities[i], ["processor_contract_ref"])
	params := {"activity": facts.activity_label(i), "role": _activities[i].gdpr_role, "role_label": _role_label(i)}
	pointer := sprintf("/processing_activities/%d/processor_contract_ref", [i])
}

results contains result.pass(rego.metadata.chain(), "contracted", params, pointer) if {
	facts.gdpr_applies
	some i in facts.processor_activities
	ref := _activities[i].processor_contract_ref
	facts.filled(ref)
	params := {"activity": facts.activity_label(i), "role": _activities[i].gdpr_role, "role_label": _role_label(i), "ref": ref}
	pointer := sprintf("/processing_activities/%d/processor_contract_ref", [i])
}

# The role in the reader's language.
_role_label(i) := labels.word("gdpr_role", _activities[i].gdpr_role)
