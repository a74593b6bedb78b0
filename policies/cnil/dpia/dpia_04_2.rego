# METADATA
# title: DPIA updated iteratively (last review and review triggers)
# description: >-
#   The CNIL recommends updating the DPIA iteratively as the characteristics of the processing
#   and the risk assessment evolve, for example when a data source is added, the model is
#   retrained or the purpose changes. When the derived fact dpia_required holds, the rule checks
#   that the date of the last review is recorded (dpia.last_review, ISO date, not earlier than
#   dpia.completed_on) and that the events that trigger a review are declared
#   (dpia.review_triggers, among new_source, retraining, purpose_change, incident and periodic;
#   this list is the tool's own). The obligation to carry out the DPIA before the processing is
#   checked by DPIA-04.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-04.2
#   step: dpia
#   fiche: dpia
#   level: should
#   severity: warning
#   evidence: confirmed
#   articles: ["GDPR 35(1)", "GDPR 35(11)"]
#   checks:
#     - {message: not_required, outcome: not_applicable, level: should, catalog: "DPIA-01: no DPIA required"}
#     - {message: no_last_review, outcome: fail, level: should, catalog: "DPIA-04: ... should be updated iteratively (SHOULD, iteration)"}
#     - {message: review_before_completion, outcome: fail, level: should, catalog: "DPIA-04: dpia.last_review (date)"}
#     - {message: no_triggers, outcome: fail, level: should, catalog: "DPIA-04: dpia.review_triggers[] (SHOULD, iteration)"}
#     - {message: unknown_trigger, outcome: fail, level: should, catalog: "DPIA-04: review_triggers[] among new_source, retraining, purpose_change, incident, periodic (the tool's list)"}
#     - {message: reviewed, outcome: pass, level: should, catalog: "DPIA-04: ... should be updated iteratively (SHOULD, iteration)"}
#   fr:
#     title: AIPD mise à jour de manière itérative (dernière revue et événements déclencheurs)
#     description: >-
#       La CNIL recommande de mettre à jour l'AIPD de manière itérative, à mesure que les
#       caractéristiques du traitement et l'évaluation des risques évoluent, par exemple lors de
#       l'ajout d'une source de données, d'un réentraînement du modèle ou d'un changement de
#       finalité. Lorsque le fait dérivé dpia_required est établi, la règle vérifie que la date
#       de la dernière revue est consignée (dpia.last_review, date ISO, non antérieure à
#       dpia.completed_on) et que les événements qui déclenchent une revue sont déclarés
#       (dpia.review_triggers, parmi new_source, retraining, purpose_change, incident et
#       periodic ; cette liste est propre à l'outil). L'obligation de réaliser l'AIPD avant le
#       traitement est vérifiée par DPIA-04.
#   remediation:
#     en: >-
#       Record the date of the last review of the DPIA in dpia.last_review (the completion date if
#       it has not been reviewed yet) and list in dpia.review_triggers the events that lead to a
#       review: new_source, retraining, purpose_change, incident, periodic.
#     fr: >-
#       Indiquez la date de la dernière revue de l'AIPD dans dpia.last_review (sa date
#       d'achèvement si elle n'a pas encore été revue) et listez dans dpia.review_triggers les
#       événements qui entraînent une revue : new_source, retraining, purpose_change, incident,
#       periodic.
#   messages:
#     not_required:
#       en: >-
#         No DPIA is required according to the screening declared under dpia.screening (derived
#         fact dpia_required is false, see DPIA-01): its update is not checked.
#       fr: >-
#         Aucune AIPD n'est requise d'après l'examen déclaré dans dpia.screening (le fait dérivé
#         dpia_required vaut false, voir DPIA-01) : sa mise à jour n'est pas vérifiée.
#     no_last_review:
#       en: >-
#         dpia.last_review is missing or is not an ISO date (YYYY-MM-DD): the CNIL recommends
#         updating the DPIA iteratively as the processing evolves, which requires recording when it
#         was last reviewed.
#       fr: >-
#         dpia.last_review est absent ou n'est pas une date ISO (AAAA-MM-JJ) : la CNIL recommande
#         de mettre à jour l'AIPD de manière itérative au fil de l'évolution du traitement, ce qui
#         suppose de consigner la date de sa dernière revue.
#     review_before_completion:
#       en: >-
#         dpia.last_review ({{.last_review}}) is earlier than dpia.completed_on ({{.completed_on}}):
#         a review cannot precede the completion of the DPIA.
#       fr: >-
#         dpia.last_review ({{.last_review}}) est antérieure à dpia.completed_on
#         ({{.completed_on}}) : une revue ne peut pas précéder l'achèvement de l'AIPD.
#     no_triggers:
#       en: >-
#         dpia.review_triggers is empty or missing: the CNIL recommends updating the DPIA when the
#         processing evolves (new data source, retraining, change of purpose...); declare the
#         events that lead to a review.
#       fr: >-
#         dpia.review_triggers est vide ou absent : la CNIL recommande de mettre à jour l'AIPD
#         lorsque le traitement évolue (nouvelle source de données, réentraînement, changement de
#         finalité…) ; déclarez les événements qui entraînent une revue.
#     unknown_trigger:
#       en: >-
#         dpia.review_triggers contains "{{.trigger}}", which is not one of new_source, retraining,
#         purpose_change, incident, periodic.
#       fr: >-
#         dpia.review_triggers contient « {{.trigger}} », qui ne fait pas partie de new_source,
#         retraining, purpose_change, incident, periodic.
#     reviewed:
#       en: >-
#         The DPIA was last reviewed on {{.last_review}} and is reviewed on: {{.triggers}}.
#       fr: >-
#         L'AIPD a été revue pour la dernière fois le {{.last_review}} et est revue en cas de :
#         {{.triggers}}.
package cnil.dpia.dpia_04_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_known_triggers := {"new_source", "retraining", "purpose_change", "incident", "periodic"}

_last_review := date if {
	date := facts.value_at(input.manifest, ["dpia", "last_review"])
	facts.is_date(date)
}

_completed_on := date if {
	date := facts.value_at(input.manifest, ["dpia", "completed_on"])
	facts.is_date(date)
}

_triggers := triggers if {
	triggers := facts.value_at(input.manifest, ["dpia", "review_triggers"])
	is_array(triggers)
	count(triggers) > 0
}

_unknown contains result.finding("unknown_trigger", {"trigger": sprintf("%v", [trigger])}, sprintf("/dpia/review_triggers/%d", [i])) if {
	some i, trigger in _triggers
	not trigger in _known_triggers
}

_applies if {
	facts.gdpr_applies
	facts.dpia_required
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_required", {}, "/dpia/screening") if {
	facts.gdpr_applies
	not facts.dpia_required
}

results contains result.fail(rego.metadata.chain(), "no_last_review", {}, "/dpia/last_review") if {
	_applies
	not _last_review
}

results contains result.fail(rego.metadata.chain(), "review_before_completion", params, "/dpia/last_review") if {
	_applies
	_last_review < _completed_on
	params := {"last_review": _last_review, "completed_on": _completed_on}
}

results contains result.fail(rego.metadata.chain(), "no_triggers", {}, "/dpia/review_triggers") if {
	_applies
	not _triggers
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_applies
	some f in _unknown
}

results contains result.pass(rego.metadata.chain(), "reviewed", params, "/dpia/last_review") if {
	_applies
	_last_review
	not _last_review < _completed_on
	count(_unknown) == 0
	params := {"last_review": _last_review, "triggers": labels.words("dpia.review_triggers", _triggers)}
}
