# METADATA
# title: Development and deployment declared as separate processing operations
# description: >-
#   The development phase (system design, constitution of the training dataset, training,
#   including fine-tuning and transfer learning) and the deployment phase are distinct
#   processing operations. Each must be declared separately, with its own purpose, legal
#   basis and entry in the record of processing activities, and the manifest must declare
#   at least one development activity.
# related_resources:
#   - description: "CNIL — IA : Déterminer le régime juridique applicable"
#     ref: https://www.cnil.fr/fr/determiner-le-regime-juridique-applicable
#   - description: "CNIL — What is the scope of the AI how-to sheets?"
#     ref: https://www.cnil.fr/en/what-scope-ai-how-sheets
# custom:
#   id: SCOPE-03
#   step: scope
#   fiche: legal-regime
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 5(1)(b)", "GDPR 30"]
#   fr:
#     title: Développement et déploiement déclarés comme des traitements distincts
#     description: >-
#       La phase de développement (conception du système, constitution du jeu de données
#       d'entraînement, entraînement, y compris l'affinage et l'apprentissage par transfert) et
#       la phase de déploiement sont des traitements distincts. Chacun doit être déclaré
#       séparément, avec sa propre finalité, sa propre base légale et sa propre inscription au
#       registre des activités de traitement, et le manifeste doit déclarer au moins un
#       traitement de développement.
#   remediation:
#     en: >-
#       Declare each processing operation in processing_activities with a unique id and a
#       phase (development or deployment), with at least one development activity; give
#       every deployment activity its own purpose.description, legal_basis and ropa_ref
#       (development activities are checked by PURPOSE-01, PURPOSE-02 and LB-01).
#     fr: >-
#       Déclarez chaque traitement dans processing_activities avec un identifiant unique et une
#       phase (development ou deployment), dont au moins un traitement de développement ; donnez à
#       chaque traitement de déploiement ses propres purpose.description, legal_basis et ropa_ref
#       (les traitements de développement sont contrôlés par PURPOSE-01, PURPOSE-02 et LB-01).
#   checks:
#     - message: no_activities
#       outcome: fail
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#     - message: no_development
#       outcome: fail
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#     - message: no_id
#       outcome: fail
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#     - message: duplicate_id
#       outcome: fail
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#     - message: no_phase
#       outcome: fail
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#     - message: bad_phase
#       outcome: fail
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#     - message: deployment_missing
#       outcome: fail
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#     - message: separate
#       outcome: pass
#       level: must
#       catalog: "SCOPE-03 — Declare development (system design, dataset constitution, training, incl. fine-tuning/transfer learning) and deployment as distinct processing operations, each with its own purpose, legal basis and record."
#   messages:
#     no_activities:
#       en: >-
#         processing_activities is missing or empty: the development processing must be
#         declared as a processing operation of its own, with its purpose, legal basis and
#         record entry (GDPR art. 5(1)(b) and 30).
#       fr: >-
#         processing_activities est absent ou vide : le traitement de développement doit être
#         déclaré comme un traitement à part entière, avec sa finalité, sa base légale et son
#         inscription au registre (RGPD, art. 5, § 1, b), et art. 30).
#     no_development:
#       en: >-
#         No activity of processing_activities has phase development: the development of the
#         AI system (design, dataset constitution, training) is a processing operation
#         distinct from deployment and must be declared as such.
#       fr: >-
#         Aucune entrée de processing_activities n'a la phase development : le développement du
#         système d'IA (conception, constitution du jeu de données, apprentissage) est un traitement
#         distinct du déploiement et doit être déclaré comme tel.
#     no_id:
#       en: >-
#         {{.activity}} has no id: each processing operation needs a stable identifier so that
#         its purpose, legal basis and record entry can be traced.
#       fr: >-
#         {{.activity}} n'a pas d'identifiant (id) : chaque traitement a besoin d'un
#         identifiant stable pour que sa finalité, sa base légale et son inscription au
#         registre puissent être suivies.
#     duplicate_id:
#       en: >-
#         The id {{.activity}} is used by several entries of processing_activities: distinct
#         processing operations must be declared separately, each under its own id.
#       fr: >-
#         L'identifiant {{.activity}} est utilisé par plusieurs entrées de
#         processing_activities : des traitements distincts doivent être déclarés séparément,
#         chacun sous son propre identifiant.
#     no_phase:
#       en: >-
#         Activity {{.activity}} declares no phase: set it to development or deployment, since
#         the two phases are distinct processing operations. Until then it is treated as a
#         development activity.
#       fr: >-
#         Le traitement {{.activity}} ne déclare pas de phase (phase) : indiquez development ou
#         deployment, les deux phases étant des traitements distincts. D'ici là, il est considéré
#         comme un traitement de développement.
#     bad_phase:
#       en: >-
#         Activity {{.activity}} declares phase "{{.phase}}": the phase must be development or
#         deployment. Until then it is treated as a development activity.
#       fr: >-
#         Le traitement {{.activity}} déclare la phase « {{.phase}} » : la phase doit valoir
#         development ou deployment. D'ici là, il est considéré comme un traitement de
#         développement.
#     deployment_missing:
#       en: >-
#         Deployment activity {{.activity}} does not declare {{.field}}: as a processing
#         operation distinct from development, deployment needs its own purpose, legal basis
#         and record entry.
#       fr: >-
#         Le traitement de déploiement {{.activity}} ne renseigne pas {{.field}} : traitement
#         distinct du développement, le déploiement doit avoir sa propre finalité, sa propre base
#         légale et sa propre inscription au registre.
#     separate:
#       en: >-
#         Activity {{.activity}} is declared as a separate processing operation of the
#         {{.phase_label}} phase (phase).
#       fr: >-
#         Le traitement {{.activity}} est déclaré comme traitement distinct, relevant de la phase de
#         {{.phase_label}} (phase).
package cnil.scope.scope_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := a if {
	a := input.manifest.processing_activities
	is_array(a)
} else := []

_phases := {"development", "deployment"}

# Fields every deployment activity must carry, with their paths under the activity.
_deployment_fields := [
	{"field": "purpose.description", "path": ["purpose", "description"]},
	{"field": "legal_basis", "path": ["legal_basis"]},
	{"field": "ropa_ref", "path": ["ropa_ref"]},
]

_label(i) := _activities[i].id if facts.filled(object.get(_activities[i], "id", null))

else := sprintf("processing_activities[%d]", [i])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_activities", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_development", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(_activities) > 0
	every activity in _activities {
		activity.phase == "deployment"
	}
}

results contains result.fail(rego.metadata.chain(), "no_id", {"activity": _label(i)}, sprintf("/processing_activities/%d/id", [i])) if {
	facts.gdpr_applies
	some i, activity in _activities
	not facts.declared(activity, ["id"])
}

results contains result.fail(rego.metadata.chain(), "duplicate_id", {"activity": _label(i)}, sprintf("/processing_activities/%d/id", [i])) if {
	facts.gdpr_applies
	some i in _duplicates
}

results contains result.fail(rego.metadata.chain(), "no_phase", {"activity": _label(i)}, sprintf("/processing_activities/%d/phase", [i])) if {
	facts.gdpr_applies
	some i, activity in _activities
	not facts.declared(activity, ["phase"])
}

results contains result.fail(rego.metadata.chain(), "bad_phase", params, sprintf("/processing_activities/%d/phase", [i])) if {
	facts.gdpr_applies
	some i, activity in _activities
	facts.declared(activity, ["phase"])
	not object.get(activity, "phase", null) in _phases
	params := {"activity": _label(i), "phase": sprintf("%v", [activity.phase])}
}

results contains result.fail(rego.metadata.chain(), "deployment_missing", params, pointer) if {
	facts.gdpr_applies
	some i, activity in _activities
	activity.phase == "deployment"
	some f in _deployment_fields
	not facts.declared(activity, f.path)
	params := {"activity": _label(i), "field": f.field}
	pointer := concat("/", array.concat(["", "processing_activities", sprintf("%d", [i])], f.path))
}

results contains result.pass(rego.metadata.chain(), "separate", params, sprintf("/processing_activities/%d", [i])) if {
	facts.gdpr_applies
	some i, activity in _activities
	not _activity_flawed(i)
	params := {"activity": _label(i), "phase": activity.phase, "phase_label": labels.word("processing_activity.phase", activity.phase)}
}

# Indexes of the activities whose id was already used by an earlier entry.
_duplicates contains i if {
	some i, activity in _activities
	facts.declared(activity, ["id"])
	some j, other in _activities
	j < i
	other.id == activity.id
}

_activity_flawed(i) if not facts.declared(_activities[i], ["id"])

_activity_flawed(i) if i in _duplicates

_activity_flawed(i) if not object.get(_activities[i], "phase", null) in _phases

_activity_flawed(i) if {
	_activities[i].phase == "deployment"
	some f in _deployment_fields
	not facts.declared(_activities[i], f.path)
}
