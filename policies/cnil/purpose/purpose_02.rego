# METADATA
# title: Purpose recorded in the record of processing activities
# description: >-
#   The purpose of each development processing must appear in the controller's record of
#   processing activities (GDPR art. 30(1)(b)). The exemption of art. 30(5) for small
#   organisations will rarely fit training processing, which is not occasional.
# related_resources:
#   - description: "CNIL — Defining a purpose"
#     ref: https://www.cnil.fr/en/defining-purpose
# custom:
#   id: PURPOSE-02
#   step: purpose
#   fiche: purpose
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 30(1)(b)"]
#   fr:
#     title: Finalité inscrite au registre des activités de traitement
#     description: >-
#       La finalité de chaque traitement de développement doit figurer dans le registre des
#       activités de traitement du responsable de traitement (RGPD, art. 30, § 1, b)). La dérogation
#       de l'art. 30, § 5, prévue pour les petites structures s'appliquera rarement à un traitement
#       d'entraînement, qui n'est pas occasionnel.
#   remediation:
#     en: >-
#       Enter each development processing in the record of processing activities and set
#       the activity's ropa_ref to the identifier or link of that entry.
#     fr: >-
#       Inscrivez chaque traitement de développement au registre des activités de traitement
#       et renseignez le ropa_ref de l'activité avec l'identifiant ou le lien de cette fiche
#       de registre.
#   checks:
#     - message: no_activity
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-02 — The purpose must appear in the controller's record of processing activities (ROPA)."
#     - message: no_ropa_ref
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-02 — The purpose must appear in the controller's record of processing activities (ROPA)."
#     - message: recorded
#       outcome: pass
#       level: must
#       catalog: "PURPOSE-02 — The purpose must appear in the controller's record of processing activities (ROPA)."
#   messages:
#     no_activity:
#       en: >-
#         No development activity is declared in processing_activities, so none is linked to
#         the record of processing activities (GDPR art. 30(1)(b)).
#       fr: >-
#         Aucun traitement de développement n'est déclaré dans processing_activities ; aucune n'est
#         donc rattachée au registre des activités de traitement (RGPD, art. 30, § 1, b)).
#     no_ropa_ref:
#       en: >-
#         Activity {{.activity}} declares no ropa_ref: its purpose must be entered in the
#         record of processing activities (GDPR art. 30(1)(b)).
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas ropa_ref : sa finalité doit être inscrite au
#         registre des activités de traitement (RGPD, art. 30, § 1, b)).
#     recorded:
#       en: Activity {{.activity}} is entered in the record of processing activities ({{.ref}}).
#       fr: Le traitement {{.activity}} est inscrit au registre des activités de traitement ({{.ref}}).
package cnil.purpose.purpose_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_ropa_ref", {"activity": facts.activity_label(i)}, pointer) if {
	facts.gdpr_applies
	some i in facts.development_activities
	not facts.declared(_activities[i], ["ropa_ref"])
	pointer := sprintf("/processing_activities/%d/ropa_ref", [i])
}

results contains result.pass(rego.metadata.chain(), "recorded", params, pointer) if {
	facts.gdpr_applies
	some i in facts.development_activities
	ref := _activities[i].ropa_ref
	facts.filled(ref)
	params := {"activity": facts.activity_label(i), "ref": ref}
	pointer := sprintf("/processing_activities/%d/ropa_ref", [i])
}
