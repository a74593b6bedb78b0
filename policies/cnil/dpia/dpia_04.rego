# METADATA
# title: DPIA carried out before the processing starts
# description: >-
#   A DPIA that is required must be carried out prior to the processing (GDPR art. 35(1)). When
#   the derived fact dpia_required holds, the rule compares the completion date of the DPIA
#   (dpia.completed_on) with the earliest start date of the declared processing activities
#   (processing_activities[].start_date); ISO dates (YYYY-MM-DD) are compared as written. A
#   missing or non-ISO date fails, since the timing cannot then be verified. The iterative update
#   of the DPIA, which the CNIL recommends, is checked separately by DPIA-04.2.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-04
#   step: dpia
#   fiche: dpia
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 35(1)"]
#   checks:
#     - {message: not_required, outcome: not_applicable, level: must, catalog: "DPIA-01: no DPIA required"}
#     - {message: no_completed_on, outcome: fail, level: must, catalog: "DPIA-04: the DPIA must be carried out before the processing (MUST, timing)"}
#     - {message: no_activities, outcome: fail, level: must, catalog: "DPIA-04: dpia.completed_on <= min(processing_activities[].start_date)"}
#     - {message: no_start_date, outcome: fail, level: must, catalog: "DPIA-04: dpia.completed_on <= min(processing_activities[].start_date)"}
#     - {message: after_start, outcome: fail, level: must, catalog: "DPIA-04: the DPIA must be carried out before the processing (MUST, timing)"}
#     - {message: before_start, outcome: pass, level: must, catalog: "DPIA-04: the DPIA must be carried out before the processing (MUST, timing)"}
#   fr:
#     title: AIPD réalisée avant le début du traitement
#     description: >-
#       Une AIPD requise doit être réalisée préalablement au traitement (RGPD, art. 35, § 1).
#       Lorsque le fait dérivé dpia_required est établi, la règle compare la date d'achèvement de
#       l'AIPD (dpia.completed_on) à la plus ancienne date de début des traitements déclarés
#       (processing_activities[].start_date) ; les dates ISO (AAAA-MM-JJ) sont comparées telles
#       qu'elles sont écrites. Une date absente ou non conforme au format ISO entraîne un échec, la
#       chronologie ne pouvant alors pas être vérifiée. La mise à jour itérative de l'AIPD, que
#       recommande la CNIL, est vérifiée séparément par DPIA-04.2.
#   remediation:
#     en: >-
#       Carry out the DPIA before any processing activity starts, record its completion date in
#       dpia.completed_on and the start date of every processing activity in
#       processing_activities[].start_date (ISO dates, YYYY-MM-DD).
#     fr: >-
#       Réalisez l'AIPD avant le début de toute activité de traitement, indiquez sa date
#       d'achèvement dans dpia.completed_on et la date de début de chaque activité de traitement
#       dans processing_activities[].start_date (dates ISO, AAAA-MM-JJ).
#   messages:
#     not_required:
#       en: >-
#         No DPIA is required according to the screening declared under dpia.screening (derived
#         fact dpia_required is false, see DPIA-01): its timing is not checked.
#       fr: >-
#         Aucune AIPD n'est requise d'après l'examen déclaré dans dpia.screening (le fait dérivé
#         dpia_required vaut false, voir DPIA-01) : son calendrier n'est pas vérifié.
#     no_completed_on:
#       en: >-
#         dpia.completed_on is missing or is not an ISO date (YYYY-MM-DD): a required DPIA must be
#         carried out before the processing starts (GDPR art. 35(1)), which cannot be verified
#         without its completion date.
#       fr: >-
#         dpia.completed_on est absent ou n'est pas une date ISO (AAAA-MM-JJ) : une AIPD requise
#         doit être réalisée avant le début du traitement (RGPD, art. 35, § 1), ce qui ne peut pas
#         être vérifié sans sa date d'achèvement.
#     no_activities:
#       en: >-
#         processing_activities is empty or missing: the start of the processing, which a required
#         DPIA must precede (GDPR art. 35(1)), cannot be determined.
#       fr: >-
#         processing_activities est vide ou absent : le début du traitement, que l'AIPD requise doit
#         précéder (RGPD, art. 35, § 1), ne peut pas être déterminé.
#     no_start_date:
#       en: >-
#         processing_activities[{{.index}}].start_date (activity {{.activity}}) is missing or is not
#         an ISO date (YYYY-MM-DD): whether the DPIA precedes this activity cannot be verified.
#       fr: >-
#         processing_activities[{{.index}}].start_date (traitement {{.activity}}) est absent ou
#         n'est pas une date ISO (AAAA-MM-JJ) : l'antériorité de l'AIPD par rapport à ce traitement
#         ne peut pas être vérifiée.
#     after_start:
#       en: >-
#         dpia.completed_on ({{.completed_on}}) is after the start of processing activity
#         {{.activity}} ({{.start_date}}), the earliest declared: the DPIA must be carried out
#         before the processing starts (GDPR art. 35(1)).
#       fr: >-
#         dpia.completed_on ({{.completed_on}}) est postérieure au début de l'activité de traitement
#         {{.activity}} ({{.start_date}}), la plus ancienne déclarée : l'AIPD doit être réalisée
#         avant le début du traitement (RGPD, art. 35, § 1).
#     before_start:
#       en: >-
#         The DPIA was completed on {{.completed_on}}, before the earliest processing activity
#         {{.activity}} started ({{.start_date}}).
#       fr: >-
#         L'AIPD a été achevée le {{.completed_on}}, avant le début de la plus ancienne activité de
#         traitement, {{.activity}} ({{.start_date}}).
package cnil.dpia.dpia_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_completed_on := date if {
	date := facts.value_at(input.manifest, ["dpia", "completed_on"])
	facts.is_date(date)
}

_activities := activities if {
	activities := input.manifest.processing_activities
	is_array(activities)
} else := []

_label(i) := object.get(_activities[i], "id", sprintf("#%d", [i]))

# The activities with a valid start date, sorted by date then position.
_starts := sort([[date, i] |
	some i, activity in _activities
	date := activity.start_date
	facts.is_date(date)
])

_applies if {
	facts.gdpr_applies
	facts.dpia_required
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_required", {}, "/dpia/screening") if {
	facts.gdpr_applies
	not facts.dpia_required
}

results contains result.fail(rego.metadata.chain(), "no_completed_on", {}, "/dpia/completed_on") if {
	_applies
	not _completed_on
}

results contains result.fail(rego.metadata.chain(), "no_activities", {}, "/processing_activities") if {
	_applies
	count(_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_start_date", params, pointer) if {
	_applies
	some i, activity in _activities
	not facts.is_date(object.get(activity, "start_date", null))
	params := {"index": i, "activity": _label(i)}
	pointer := sprintf("/processing_activities/%d/start_date", [i])
}

results contains result.fail(rego.metadata.chain(), "after_start", params, "/dpia/completed_on") if {
	_applies
	[start_date, i] := _starts[0]
	_completed_on > start_date
	params := {"completed_on": _completed_on, "activity": _label(i), "start_date": start_date}
}

results contains result.pass(rego.metadata.chain(), "before_start", params, "/dpia/completed_on") if {
	_applies
	count(_activities) > 0
	count(_starts) == count(_activities)
	[start_date, i] := _starts[0]
	_completed_on <= start_date
	params := {"completed_on": _completed_on, "activity": _label(i), "start_date": start_date}
}
