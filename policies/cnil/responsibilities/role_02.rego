# METADATA
# title: Joint controllers — arrangement allocating the GDPR obligations
# description: >-
#   When several organisations jointly determine the purposes and means of a development
#   processing (for example hospitals jointly choosing the protocol and the data used to
#   build a training dataset), they must put in place an arrangement that allocates their
#   respective GDPR obligations, in particular the handling of data subjects' rights and
#   the information duties of art. 13 and 14, and make its essence available to data
#   subjects (GDPR art. 26).
# related_resources:
#   - description: "CNIL — Determining the legal qualification of AI system providers"
#     ref: https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers
# custom:
#   id: ROLE-02
#   step: responsibilities
#   fiche: roles
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 26(1)", "GDPR 26(2)"]
#   fr:
#     title: Responsables conjoints — accord répartissant les obligations du RGPD
#     description: >-
#       Lorsque plusieurs organismes déterminent conjointement les finalités et les moyens d'un
#       traitement de développement (par exemple des hôpitaux qui choisissent ensemble le protocole
#       et les données utilisées pour constituer un jeu de données d'entraînement), ils doivent
#       conclure un accord qui répartit leurs obligations respectives au titre du RGPD, en
#       particulier le traitement des demandes d'exercice des droits des personnes concernées et les
#       obligations d'information des art. 13 et 14, et mettre les grandes lignes de cet accord à la
#       disposition des personnes concernées (RGPD, art. 26).
#   remediation:
#     en: >-
#       For every development activity with gdpr_role joint_controller, fill
#       joint_controller_arrangement: ref (the arrangement), allocates (at least
#       information and data_subject_rights, plus for example dpia and security), and
#       essence_published set to true once its essence is made available to data subjects.
#     fr: >-
#       Pour chaque traitement de développement dont gdpr_role vaut joint_controller, renseignez
#       joint_controller_arrangement : ref (l'accord), allocates (au moins information et
#       data_subject_rights, et par exemple dpia et security) et essence_published à true une fois
#       ses grandes lignes mises à la disposition des personnes concernées.
#   checks:
#     - message: no_joint_control
#       outcome: not_applicable
#       level: must-if
#       catalog: "ROLE-02 — Level: MUST-IF `gdpr_role == joint_controller`."
#     - message: no_ref
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-02 — When several organisations jointly determine purposes and means (e.g. hospitals jointly choosing protocol and data to build a training dataset), they must put in place an arrangement allocating GDPR obligations (information, rights handling, DPIA, security) and make its essence available to data subjects."
#     - message: allocation
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-02 — When several organisations jointly determine purposes and means (e.g. hospitals jointly choosing protocol and data to build a training dataset), they must put in place an arrangement allocating GDPR obligations (information, rights handling, DPIA, security) and make its essence available to data subjects."
#     - message: essence_not_published
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-02 — When several organisations jointly determine purposes and means (e.g. hospitals jointly choosing protocol and data to build a training dataset), they must put in place an arrangement allocating GDPR obligations (information, rights handling, DPIA, security) and make its essence available to data subjects."
#     - message: arranged
#       outcome: pass
#       level: must-if
#       catalog: "ROLE-02 — When several organisations jointly determine purposes and means (e.g. hospitals jointly choosing protocol and data to build a training dataset), they must put in place an arrangement allocating GDPR obligations (information, rights handling, DPIA, security) and make its essence available to data subjects."
#   messages:
#     no_joint_control:
#       en: >-
#         Not applicable: no development activity declares gdpr_role `joint_controller`.
#       fr: >-
#         Sans objet : aucun traitement de développement ne déclare gdpr_role `joint_controller`.
#     no_ref:
#       en: >-
#         Activity {{.activity}} is jointly controlled but declares no
#         joint_controller_arrangement.ref: joint controllers must determine their respective
#         responsibilities in an arrangement between them (GDPR art. 26(1)).
#       fr: >-
#         Le traitement {{.activity}} est placé sous responsabilité conjointe mais ne renseigne pas
#         joint_controller_arrangement.ref : les responsables conjoints doivent définir leurs
#         obligations respectives par un accord entre eux (RGPD, art. 26, § 1).
#     allocation:
#       en: >-
#         Activity {{.activity}}: joint_controller_arrangement.allocates does not include
#         {{.missing}}: the arrangement must set who handles the exercise of data subjects'
#         rights and who provides the information of art. 13 and 14 (GDPR art. 26(1)).
#       fr: >-
#         Traitement {{.activity}} : joint_controller_arrangement.allocates ne comprend pas
#         {{.missing}} : l'accord doit déterminer qui traite l'exercice des droits des personnes
#         concernées et qui fournit les informations des art. 13 et 14 (RGPD, art. 26, § 1).
#     essence_not_published:
#       en: >-
#         Activity {{.activity}}: joint_controller_arrangement.essence_published is not true:
#         the essence of the arrangement must be made available to data subjects (GDPR art.
#         26(2)).
#       fr: >-
#         Traitement {{.activity}} : joint_controller_arrangement.essence_published ne vaut pas true
#         : les grandes lignes de l'accord doivent être mises à la disposition des personnes
#         concernées (RGPD, art. 26, § 2).
#     arranged:
#       en: >-
#         Activity {{.activity}} is covered by the joint-controller arrangement {{.ref}}, which
#         allocates {{.allocates}} and whose essence is available to data subjects.
#       fr: >-
#         Le traitement {{.activity}} est couverte par l'accord de responsabilité conjointe
#         {{.ref}}, qui répartit {{.allocates}} et dont les grandes lignes sont à la disposition des
#         personnes concernées.
package cnil.responsibilities.role_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

_pointer(i, field) := sprintf("/processing_activities/%d/joint_controller_arrangement/%s", [i, field])

# The obligations art. 26(1) names expressly.
_required_allocations := {"information", "data_subject_rights"}

_joint contains i if {
	some i in facts.development_activities
	_activities[i].gdpr_role == "joint_controller"
}

_arrangement(i) := object.get(_activities[i], "joint_controller_arrangement", {})

_missing_allocations(i) := _required_allocations - {a | some a in object.get(_arrangement(i), "allocates", [])}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_joint_control", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(_joint) == 0
}

results contains result.fail(rego.metadata.chain(), "no_ref", {"activity": facts.activity_label(i)}, _pointer(i, "ref")) if {
	facts.gdpr_applies
	some i in _joint
	not facts.declared(_activities[i], ["joint_controller_arrangement", "ref"])
}

results contains result.fail(rego.metadata.chain(), "allocation", params, _pointer(i, "allocates")) if {
	facts.gdpr_applies
	some i in _joint
	count(_missing_allocations(i)) > 0
	params := {"activity": facts.activity_label(i), "missing": labels.codes(_missing_allocations(i))}
}

results contains result.fail(rego.metadata.chain(), "essence_not_published", {"activity": facts.activity_label(i)}, _pointer(i, "essence_published")) if {
	facts.gdpr_applies
	some i in _joint
	not _arrangement(i).essence_published == true
}

results contains result.pass(rego.metadata.chain(), "arranged", params, sprintf("/processing_activities/%d/joint_controller_arrangement", [i])) if {
	facts.gdpr_applies
	some i in _joint
	arrangement := _arrangement(i)
	facts.filled(arrangement.ref)
	count(_missing_allocations(i)) == 0
	arrangement.essence_published == true
	params := {
		"activity": facts.activity_label(i),
		"ref": arrangement.ref,
		"allocates": concat(", ", [labels.word("joint_controller_arrangement.allocates", a) | some a in arrangement.allocates]),
	}
}
