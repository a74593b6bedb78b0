# METADATA
# title: A defined retention period for every dataset
# description: >-
#   The CNIL asks the provider to set a retention period for the data used to develop
#   the AI system, according to the purpose of the development. Personal data cannot
#   be kept indefinitely (storage limitation, GDPR art. 5(1)(e)): at the end of the
#   period they are deleted or, in some cases, archived. The period is also given to
#   data subjects (art. 13(2)(a), 14(2)(a)) and recorded in the record of processing
#   activities (art. 30(1)(f)). A period longer than 20 years (P20Y, cnilpolicy's retention
#   ceiling, not a CNIL figure; policies/lib/thresholds/data.yaml) or one that runs from an
#   event that never comes while the service lives (start_event: end_of_service) is indefinite
#   retention in disguise: it passes only on a ground that allows unlimited retention
#   (archiving in the public interest or research under art. 89, a legal obligation).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: RET-01
#   step: retention
#   fiche: data-management
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(e)", "GDPR 13(2)(a)", "GDPR 14(2)(a)", "GDPR 30(1)(f)"]
#   fr:
#     title: Durée de conservation définie pour chaque jeu de données
#     description: >-
#       La CNIL demande au fournisseur de fixer une durée de conservation pour les données utilisées
#       pour développer le système d'IA, en fonction de la finalité du développement. Les données
#       personnelles ne peuvent pas être conservées indéfiniment (limitation de la conservation,
#       RGPD, art. 5, § 1, e)) : au terme de cette durée, elles sont supprimées ou, dans certains
#       cas, archivées. La durée est également communiquée aux personnes concernées (art. 13, § 2,
#       a), et art. 14, § 2, a)) et inscrite au registre des activités de traitement (art. 30, § 1,
#       f)). Une durée supérieure à 20 ans (P20Y, plafond de conservation fixé par cnilpolicy et non
#       par la CNIL ; policies/lib/thresholds/data.yaml) ou qui court à partir d'un événement qui ne
#       survient pas tant que le service existe (start_event : end_of_service) est une conservation
#       illimitée déguisée : elle n'est admise que pour un motif qui permet une conservation sans
#       limite (archivage dans l'intérêt public ou recherche au titre de l'art. 89, obligation
#       légale).
#   remediation:
#     en: >-
#       For each dataset holding personal data, set datasets[].retention.period to a finite
#       ISO-8601 duration (for example P2Y or P18M), counted from datasets[].retention.start_event,
#       and explain in datasets[].retention.justification why this period is needed for the
#       purpose of the development.
#     fr: >-
#       Pour chaque jeu de données contenant des données personnelles, renseignez
#       datasets[].retention.period avec une durée finie au format ISO 8601 (par exemple P2Y ou
#       P18M), comptée à partir de datasets[].retention.start_event, et expliquez dans
#       datasets[].retention.justification pourquoi cette durée est nécessaire à la finalité du
#       développement.
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: must
#       catalog: "RET-01 — Set a retention period for the data used to develop the system, according to its purpose; data cannot be kept indefinitely; at the end, delete (or in some cases archive)."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: must
#       catalog: "RET-01 — Level: MUST."
#     - message: no_period
#       outcome: fail
#       level: must
#       catalog: "RET-01 — Set a retention period for the data used to develop the system, according to its purpose; data cannot be kept indefinitely; at the end, delete (or in some cases archive)."
#     - message: indefinite
#       outcome: fail
#       level: must
#       catalog: "RET-01 — Set a retention period for the data used to develop the system, according to its purpose; data cannot be kept indefinitely; at the end, delete (or in some cases archive)."
#     - message: invalid_period
#       outcome: fail
#       level: must
#       catalog: "RET-01 — Set a retention period for the data used to develop the system, according to its purpose; data cannot be kept indefinitely; at the end, delete (or in some cases archive)."
#     - message: no_justification
#       outcome: fail
#       level: must
#       catalog: "RET-01 — Set a retention period for the data used to develop the system, according to its purpose; data cannot be kept indefinitely; at the end, delete (or in some cases archive)."
#     - message: beyond_ceiling
#       outcome: fail
#       level: must
#       catalog: "RET-01 — data cannot be kept indefinitely; catalog 12.2: a period beyond the tool's ceiling or a start event that never comes is indefinite retention, allowed only on grounds that permit it (art. 89 archiving/research, a legal obligation)."
#     - message: never_starts
#       outcome: fail
#       level: must
#       catalog: "RET-01 — data cannot be kept indefinitely; catalog 12.2: a period beyond the tool's ceiling or a start event that never comes is indefinite retention, allowed only on grounds that permit it (art. 89 archiving/research, a legal obligation)."
#     - message: indefinite_allowed
#       outcome: pass
#       level: must
#       catalog: "RET-01 — data cannot be kept indefinitely; catalog 12.2: a period beyond the tool's ceiling or a start event that never comes is indefinite retention, allowed only on grounds that permit it (art. 89 archiving/research, a legal obligation)."
#     - message: defined
#       outcome: pass
#       level: must
#       catalog: "RET-01 — Set a retention period for the data used to develop the system, according to its purpose; data cannot be kept indefinitely; at the end, delete (or in some cases archive)."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: a retention period must
#         be set for the data used to develop the system (GDPR art. 5(1)(e)), and it is checked
#         dataset by dataset.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : une durée
#         de conservation doit être fixée pour les données utilisées pour développer le système
#         (RGPD, art. 5, § 1, e)), et elle est vérifiée jeu de données par jeu de données.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each):
#         this rule requires no retention period.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle n'exige pas de durée de conservation.
#     no_period:
#       en: >-
#         Dataset {{.dataset}} declares no retention period (datasets[{{.index}}].retention.period):
#         personal data cannot be kept indefinitely, a retention period must be set according to the
#         purpose (GDPR art. 5(1)(e)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne déclare aucune durée de conservation
#         (datasets[{{.index}}].retention.period) : les données personnelles ne peuvent pas être
#         conservées indéfiniment, une durée de conservation doit être fixée au regard de la
#         finalité (RGPD, art. 5, § 1, e)).
#     indefinite:
#       en: >-
#         Dataset {{.dataset}} declares an indefinite retention period
#         (datasets[{{.index}}].retention.period is "{{.period}}"): personal data cannot be kept
#         indefinitely (storage limitation, GDPR art. 5(1)(e)); set a finite duration.
#       fr: >-
#         Le jeu de données {{.dataset}} déclare une durée de conservation illimitée
#         (datasets[{{.index}}].retention.period vaut « {{.period}} ») : les données personnelles ne
#         peuvent pas être conservées indéfiniment (limitation de la conservation, RGPD, art. 5, §
#         1, e)) ; fixez une durée finie.
#     invalid_period:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].retention.period ("{{.period}}") is not an
#         ISO-8601 duration such as P2Y or P18M, so no finite retention period is defined; personal
#         data cannot be kept indefinitely (GDPR art. 5(1)(e)).
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].retention.period (« {{.period}} »)
#         n'est pas une durée ISO 8601 telle que P2Y ou P18M, aucune durée de conservation finie
#         n'est donc définie ; les données personnelles ne peuvent pas être conservées indéfiniment
#         (RGPD, art. 5, § 1, e)).
#     no_justification:
#       en: >-
#         Dataset {{.dataset}} gives no reason for its retention period
#         (datasets[{{.index}}].retention.justification): the period must be set according to the
#         purpose of the development (GDPR art. 5(1)(e)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne motive pas sa durée de conservation
#         (datasets[{{.index}}].retention.justification) : la durée doit être fixée au regard de la
#         finalité du développement (RGPD, art. 5, § 1, e)).
#     beyond_ceiling:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} (about {{.days}} days), longer than
#         {{.ceiling}}, the retention ceiling set by cnilpolicy, not by the CNIL: a period that
#         long is indefinite retention in disguise, and personal data cannot be kept indefinitely
#         (GDPR art. 5(1)(e)) unless the ground allows it (archiving in the public interest or
#         research under art. 89, a legal obligation); the declared ground
#         (datasets[{{.index}}].retention.long_retention_justification) is {{.ground}}.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} (environ {{.days}} jours),
#         au-delà de {{.ceiling}}, plafond de conservation fixé par cnilpolicy et non par la CNIL :
#         une durée aussi longue est une conservation illimitée déguisée, et les données
#         personnelles ne peuvent pas être conservées indéfiniment (RGPD, art. 5, § 1, e)) sauf si
#         le motif le permet (archivage dans l'intérêt public ou recherche au titre de l'art. 89,
#         obligation légale) ; le motif déclaré
#         (datasets[{{.index}}].retention.long_retention_justification) est {{.ground}}.
#     never_starts:
#       en: >-
#         Dataset {{.dataset}}: the retention period runs from {{.event}}
#         (datasets[{{.index}}].retention.start_event), an event that does not come while the
#         service lives, so the data are kept for the life of the service: indefinite retention
#         in disguise, not allowed (GDPR art. 5(1)(e)) unless the ground allows it (archiving in
#         the public interest or research under art. 89, a legal obligation); the declared ground
#         is {{.ground}}. Count the period from collection or from the end of the development.
#       fr: >-
#         Jeu de données {{.dataset}} : la durée de conservation court à partir de {{.event}}
#         (datasets[{{.index}}].retention.start_event), un événement qui ne survient pas tant que le
#         service existe ; les données sont donc conservées pendant toute la vie du service : une
#         conservation illimitée déguisée, non admise (RGPD, art. 5, § 1, e)) sauf si le motif le
#         permet (archivage dans l'intérêt public ou recherche au titre de l'art. 89, obligation
#         légale) ; le motif déclaré est {{.ground}}. Faites courir la durée à partir de la collecte
#         ou de la fin du développement.
#     indefinite_allowed:
#       en: >-
#         Dataset {{.dataset}} is kept without a real time limit ({{.reasons}}), on a ground that
#         allows it: {{.ground}} (datasets[{{.index}}].retention.long_retention_justification;
#         RET-03 checks that the ground holds).
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé sans limite de temps réelle ({{.reasons}}),
#         pour un motif qui le permet : {{.ground}}
#         (datasets[{{.index}}].retention.long_retention_justification ; RET-03 vérifie que ce
#         motif est fondé).
#     defined:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} (about {{.days}} days), a period justified in
#         datasets[{{.index}}].retention.justification.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} (environ {{.days}} jours),
#         durée motivée dans datasets[{{.index}}].retention.justification.
package cnil.retention.ret_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

_period(i) := facts.value_at(_datasets[i], ["retention", "period"])

_indefinite(i) if {
	period := _period(i)
	is_string(period)
	lower(trim_space(period)) == "indefinite"
}

_findings[i] contains result.finding(
	"no_period",
	{"dataset": facts.dataset_label(i), "index": i},
	sprintf("/datasets/%d/retention/period", [i]),
) if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["retention", "period"])
}

_findings[i] contains result.finding(
	"indefinite",
	{"dataset": facts.dataset_label(i), "index": i, "period": _period(i)},
	sprintf("/datasets/%d/retention/period", [i]),
) if {
	some i in facts.personal_datasets
	_indefinite(i)
}

_findings[i] contains result.finding(
	"invalid_period",
	{"dataset": facts.dataset_label(i), "index": i, "period": sprintf("%v", [_period(i)])},
	sprintf("/datasets/%d/retention/period", [i]),
) if {
	some i in facts.personal_datasets
	facts.declared(_datasets[i], ["retention", "period"])
	not _indefinite(i)
	not facts.retention_period_days[i]
}

_findings[i] contains result.finding(
	"no_justification",
	{"dataset": facts.dataset_label(i), "index": i},
	sprintf("/datasets/%d/retention/justification", [i]),
) if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["retention", "justification"])
}

_ground_text(i) := labels.word_or_dash("retention.long_retention_justification", facts.retention_ground(i))

_findings[i] contains result.finding(
	"beyond_ceiling",
	{
		"dataset": facts.dataset_label(i), "index": i, "period": _period(i), "days": days,
		"ceiling": facts.days_text(facts.retention_ceiling_days), "ground": _ground_text(i),
	},
	sprintf("/datasets/%d/retention/period", [i]),
) if {
	some i, days in facts.retention_period_days
	days > facts.retention_ceiling_days
	not facts.indefinite_retention_allowed(i)
}

_findings[i] contains result.finding(
	"never_starts",
	{"dataset": facts.dataset_label(i), "index": i, "event": labels.word("retention.start_event", event), "ground": _ground_text(i)},
	sprintf("/datasets/%d/retention/start_event", [i]),
) if {
	some i in facts.indefinite_retention_datasets
	event := _datasets[i].retention.start_event
	event in facts.never_starting_events
	not facts.indefinite_retention_allowed(i)
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.declared(input.manifest, ["datasets"])
}

results contains result.not_applicable(rego.metadata.chain(), "no_personal_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	facts.declared(input.manifest, ["datasets"])
	count(facts.personal_datasets) == 0
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _findings[_]
}

results contains result.pass(rego.metadata.chain(), "defined", params, sprintf("/datasets/%d/retention", [i])) if {
	facts.gdpr_applies
	some i, days in facts.retention_period_days
	not _findings[i]
	not i in facts.indefinite_retention_datasets
	params := {"dataset": facts.dataset_label(i), "index": i, "period": _period(i), "days": days}
}

results contains result.pass(rego.metadata.chain(), "indefinite_allowed", params, sprintf("/datasets/%d/retention", [i])) if {
	facts.gdpr_applies
	some i in facts.indefinite_retention_datasets
	not _findings[i]
	params := {
		"dataset": facts.dataset_label(i), "index": i, "ground": _ground_text(i),
		"reasons": concat(result.semicolon, sort(facts.indefinite_retention_reasons[i])),
	}
}
