# METADATA
# title: Specified, explicit and legitimate purpose fixed at project start
# description: >-
#   Each development processing must pursue a purpose that is specified (set when the
#   project is defined, before any data is collected), explicit (known and understandable)
#   and legitimate (compatible with the organisation's tasks). The manifest records the
#   purpose, the date it was defined and why it is legitimate; the date is compared with
#   the start of the activity and with the earliest collection of the activity's datasets
#   holding personal data (those of its dataset_ids, or every dataset when it lists none): a
#   check of the tool's own, comparing ISO dates.
# related_resources:
#   - description: "CNIL — Defining a purpose"
#     ref: https://www.cnil.fr/en/defining-purpose
#   - description: "CNIL — IA : Définir une finalité"
#     ref: https://cnil.fr/fr/definir-une-finalite-0
# custom:
#   id: PURPOSE-01
#   step: purpose
#   fiche: purpose
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 5(1)(b)"]
#   fr:
#     title: Finalité déterminée, explicite et légitime fixée dès le début du projet
#     description: >-
#       Chaque traitement de développement doit poursuivre une finalité déterminée (fixée lors
#       de la définition du projet, avant toute collecte de données), explicite (connue et
#       compréhensible) et légitime (compatible avec les missions de l'organisme). Le manifeste
#       consigne la finalité, la date à laquelle elle a été définie et les raisons de sa
#       légitimité ; cette date est comparée au début du traitement et à la plus ancienne
#       collecte des jeux de données contenant des données personnelles qu'il utilise (ceux de
#       ses dataset_ids, ou tous les jeux de données s'il n'en liste aucun) : un contrôle propre
#       à l'outil, qui compare des dates ISO.
#   remediation:
#     en: >-
#       For every development activity, fill purpose.description (what the system is
#       developed for, in plain words), purpose.defined_on (the date the purpose was fixed,
#       no later than the activity's start_date and the earliest collection_start of its
#       datasets with personal data) and purpose.legitimacy_rationale (how the purpose
#       relates to the organisation's tasks or activity).
#     fr: >-
#       Pour chaque traitement de développement, renseignez purpose.description (ce pour quoi le
#       système est développé, en termes clairs), purpose.defined_on (date à laquelle la finalité a
#       été fixée, au plus tard la start_date du traitement et la première collection_start de ses
#       jeux de données contenant des données personnelles) et purpose.legitimacy_rationale (le lien
#       entre la finalité et les missions ou l'activité de l'organisme).
#   checks:
#     - message: no_activity
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#     - message: no_description
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#     - message: no_defined_on
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#     - message: no_rationale
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#     - message: after_collection
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#     - message: after_start
#       outcome: fail
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#     - message: specified
#       outcome: pass
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#     - message: specified_unchecked
#       outcome: pass
#       level: must
#       catalog: "PURPOSE-01 — Each development processing must have a purpose that is specified (set when the project is defined), explicit (known and understandable) and legitimate (compatible with the organisation's tasks/missions), before any data is collected."
#   messages:
#     no_activity:
#       en: >-
#         No development activity is declared in processing_activities, so no development
#         purpose is declared: every development processing must pursue a specified,
#         explicit and legitimate purpose (GDPR art. 5(1)(b)).
#       fr: >-
#         Aucun traitement de développement n'est déclaré dans processing_activities, donc aucune
#         finalité de développement : tout traitement de développement doit poursuivre une finalité
#         déterminée, explicite et légitime (RGPD, art. 5, § 1, b)).
#     no_description:
#       en: >-
#         Activity {{.activity}} declares no purpose.description: the purpose of the
#         development processing must be explicit, that is stated in terms that can be known
#         and understood (GDPR art. 5(1)(b)).
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas purpose.description : la finalité du
#         traitement de développement doit être explicite, c'est-à-dire formulée de manière connue
#         et compréhensible (RGPD, art. 5, § 1, b)).
#     no_defined_on:
#       en: >-
#         Activity {{.activity}} declares no purpose.defined_on: the purpose must be specified
#         when the project is defined, before any data is collected, and the date shows it.
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas purpose.defined_on : la finalité doit être
#         déterminée dès la définition du projet, avant toute collecte de données, et cette date
#         permet de le montrer.
#     no_rationale:
#       en: >-
#         Activity {{.activity}} declares no purpose.legitimacy_rationale: the purpose must be
#         legitimate, that is compatible with the organisation's tasks or activity, and the
#         reasoning must be documented (GDPR art. 5(1)(b) and 5(2)).
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas purpose.legitimacy_rationale : la finalité
#         doit être légitime, c'est-à-dire compatible avec les missions ou l'activité de
#         l'organisme, et ce raisonnement doit être documenté (RGPD, art. 5, § 1, b), et art. 5, §
#         2).
#     after_collection:
#       en: >-
#         Activity {{.activity}}: the purpose was defined on {{.defined_on}}, after the
#         collection of dataset {{.dataset}} started ({{.collection_start}}). The purpose must
#         be fixed before any data is collected.
#       fr: >-
#         Traitement {{.activity}} : la finalité a été définie le {{.defined_on}}, après le début de
#         la collecte du jeu de données {{.dataset}} ({{.collection_start}}). La finalité doit être
#         fixée avant toute collecte de données.
#     after_start:
#       en: >-
#         Activity {{.activity}}: the purpose was defined on {{.defined_on}}, after the
#         activity started ({{.start_date}}). The purpose must be fixed before the
#         processing begins.
#       fr: >-
#         Traitement {{.activity}} : la finalité a été définie le {{.defined_on}}, après le début du
#         traitement ({{.start_date}}). La finalité doit être fixée avant le début du traitement.
#     specified:
#       en: >-
#         Activity {{.activity}} pursues a purpose defined on {{.defined_on}}, before the
#         processing and the collection of data, with a documented legitimacy rationale:
#         "{{.description}}".
#       fr: >-
#         Le traitement {{.activity}} poursuit une finalité définie le {{.defined_on}}, avant le
#         traitement et la collecte des données, dont la légitimité est justifiée : «
#         {{.description}} ».
#     specified_unchecked:
#       en: >-
#         Activity {{.activity}} pursues a purpose defined on {{.defined_on}}, with a
#         documented legitimacy rationale: "{{.description}}". Neither the activity's
#         start_date nor a collection_start of a dataset with personal data is declared, so
#         the date could not be compared with the start of the processing.
#       fr: >-
#         Le traitement {{.activity}} poursuit une finalité définie le {{.defined_on}}, dont la
#         légitimité est justifiée : « {{.description}} ». Ni la start_date du traitement ni la
#         collection_start d'un jeu de données contenant des données personnelles n'est renseignée ;
#         cette date n'a donc pas pu être comparée au début du traitement.
package cnil.purpose.purpose_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

_pointer(i, suffix) := sprintf("/processing_activities/%d/%s", [i, suffix])

# Required fields of the purpose: the message key reporting each, and its path under the activity.
_required := {
	"no_description": ["purpose", "description"],
	"no_defined_on": ["purpose", "defined_on"],
	"no_rationale": ["purpose", "legitimacy_rationale"],
}

# The ISO date (YYYY-MM-DD) at the start of a value, if any.
_iso_date(value) := substring(value, 0, 10) if {
	is_string(value)
	regex.match(`^\d{4}-\d{2}-\d{2}`, value)
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

results contains result.fail(rego.metadata.chain(), key, {"activity": facts.activity_label(i)}, _pointer(i, concat("/", path))) if {
	facts.gdpr_applies
	some i in facts.development_activities
	some key, path in _required
	not facts.declared(_activities[i], path)
}

results contains result.fail(rego.metadata.chain(), "after_collection", params, _pointer(i, "purpose/defined_on")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	defined_on := _iso_date(object.get(_activities[i], ["purpose", "defined_on"], null))
	some [dataset, start] in _early_collections(i, defined_on)
	params := {"activity": facts.activity_label(i), "defined_on": defined_on, "dataset": dataset, "collection_start": start}
}

results contains result.fail(rego.metadata.chain(), "after_start", params, _pointer(i, "purpose/defined_on")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	defined_on := _iso_date(object.get(_activities[i], ["purpose", "defined_on"], null))
	start := _iso_date(object.get(_activities[i], "start_date", null))
	defined_on > start
	params := {"activity": facts.activity_label(i), "defined_on": defined_on, "start_date": start}
}

results contains result.pass(rego.metadata.chain(), key, params, _pointer(i, "purpose")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	activity := _activities[i]
	every _, path in _required {
		facts.declared(activity, path)
	}
	defined_on := sprintf("%v", [activity.purpose.defined_on])
	not _defined_late(i)
	key := _pass_key(i)
	params := {"activity": facts.activity_label(i), "defined_on": defined_on, "description": activity.purpose.description}
}

# The datasets with personal data that activity a processes: those of its dataset_ids, or
# every one when it lists none.
_activity_datasets(a) := {i |
	some i in facts.personal_datasets
	input.manifest.datasets[i].id in _activities[a].dataset_ids
} if is_array(object.get(_activities[a], "dataset_ids", null))

else := facts.personal_datasets

# Datasets of activity a with personal data whose collection started before the given date:
# [dataset id, collection_start]. Only the earliest offending dataset is reported.
_early_collections(a, defined_on) := {[id, start] |
	starts := [[s, i] |
		some i in _activity_datasets(a)
		s := _iso_date(object.get(input.manifest.datasets[i], "collection_start", null))
		s < defined_on
	]
	count(starts) > 0
	[start, index] := min(starts)
	id := object.get(input.manifest.datasets[index], "id", sprintf("datasets[%d]", [index]))
}

_defined_late(i) if {
	defined_on := _iso_date(object.get(_activities[i], ["purpose", "defined_on"], null))
	count(_early_collections(i, defined_on)) > 0
}

_defined_late(i) if {
	defined_on := _iso_date(object.get(_activities[i], ["purpose", "defined_on"], null))
	start := _iso_date(object.get(_activities[i], "start_date", null))
	defined_on > start
}

_pass_key(i) := "specified" if _comparable(i)

else := "specified_unchecked"

# Whether a date is declared to compare purpose.defined_on with.
_comparable(i) if _iso_date(object.get(_activities[i], "start_date", null))

_comparable(i) if {
	some k in _activity_datasets(i)
	_iso_date(object.get(input.manifest.datasets[k], "collection_start", null))
}
