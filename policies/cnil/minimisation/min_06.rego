# METADATA
# title: Data quality and biases monitored over time
# description: >-
#   The CNIL recommends checking the quality, representativeness and possible biases of the
#   data (and of their annotations) before training and periodically afterwards, including
#   for continuous learning, and updating or correcting the dataset when needed (fairness
#   and accuracy, GDPR art. 5(1)(a), 5(1)(d)). The review cadence is the team's own
#   (review_frequency, required for continuous learning); cnilpolicy flags a review that is
#   older than this cadence at the evaluation date.
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
#   - description: "CNIL — Sécurité : Intelligence artificielle – Conception et apprentissage"
#     ref: https://cnil.fr/fr/securite-intelligence-artificielle-conception-et-apprentissage
# custom:
#   id: MIN-06
#   step: minimisation
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: confirmed
#   articles: ["GDPR 5(1)(a)", "GDPR 5(1)(d)"]
#   fr:
#     title: Qualité des données et biais suivis dans le temps
#     description: >-
#       La CNIL recommande de vérifier la qualité, la représentativité et les biais éventuels des
#       données (et de leurs annotations) avant l'entraînement puis périodiquement, y compris en cas
#       d'apprentissage continu, et de mettre à jour ou de corriger le jeu de données si nécessaire
#       (loyauté et exactitude, RGPD, art. 5, § 1, a) et d)). La périodicité des revues est fixée
#       par l'équipe (review_frequency, obligatoire en cas d'apprentissage continu) ; cnilpolicy
#       signale une revue plus ancienne que cette périodicité à la date d'évaluation.
#   remediation:
#     en: >-
#       For each dataset holding personal data, reference the quality and bias assessment in
#       datasets[].bias_assessment_ref, record the date of the last review in
#       datasets[].last_quality_review (YYYY-MM-DD) and set the review cadence in
#       datasets[].review_frequency (an ISO-8601 duration such as P6M; required when
#       ai_system.learning_mode is continuous). Review the data again when the review falls due.
#     fr: >-
#       Pour chaque jeu de données contenant des données personnelles, référencez l'évaluation de
#       la qualité et des biais dans datasets[].bias_assessment_ref, indiquez la date de la
#       dernière revue dans datasets[].last_quality_review (AAAA-MM-JJ) et fixez la périodicité
#       des revues dans datasets[].review_frequency (durée ISO 8601 telle que P6M ; obligatoire
#       lorsque ai_system.learning_mode vaut continuous). Renouvelez la revue à son échéance.
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: should
#       catalog: "MIN-06 — Level: SHOULD (GDPR accuracy/fairness); MUST-IF AI Act high-risk (art. 10(2)(f)–(h), 10(3))."
#     - message: no_bias_assessment
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: no_review_date
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: bad_review_date
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: no_frequency_continuous
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: no_frequency_mode_unknown
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: bad_frequency
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: overdue
#       outcome: fail
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: reviewed
#       outcome: pass
#       level: should
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: data quality and
#         biases are monitored dataset by dataset.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : la
#         qualité des données et les biais sont suivis jeu de données par jeu de données.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each): this
#         rule does not apply.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle ne s'applique pas.
#     no_bias_assessment:
#       en: >-
#         Dataset {{.dataset}} references no quality and bias assessment
#         (datasets[{{.index}}].bias_assessment_ref): the CNIL recommends checking the quality,
#         representativeness and possible biases of the data before training (GDPR art. 5(1)(a),
#         5(1)(d)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne référence aucune évaluation de la qualité et des biais
#         (datasets[{{.index}}].bias_assessment_ref) : la CNIL recommande de vérifier la qualité, la
#         représentativité et les biais éventuels des données avant l'entraînement (RGPD, art. 5, §
#         1, a) et d)).
#     no_review_date:
#       en: >-
#         Dataset {{.dataset}} gives no date for its last quality review
#         (datasets[{{.index}}].last_quality_review): the CNIL recommends reviewing data quality
#         and biases before training and periodically afterwards.
#       fr: >-
#         Le jeu de données {{.dataset}} n'indique pas la date de sa dernière revue de qualité
#         (datasets[{{.index}}].last_quality_review) : la CNIL recommande de revoir la qualité des
#         données et les biais avant l'entraînement puis périodiquement.
#     bad_review_date:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].last_quality_review ("{{.value}}") is not a
#         calendar date in the YYYY-MM-DD format.
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].last_quality_review (« {{.value}} »)
#         n'est pas une date au format AAAA-MM-JJ.
#     no_frequency_continuous:
#       en: >-
#         Dataset {{.dataset}} feeds a continuously learning system (ai_system.learning_mode is
#         continuous) but sets no review cadence (datasets[{{.index}}].review_frequency): data
#         learnt continuously must be checked periodically for quality problems and bias drift.
#       fr: >-
#         Le jeu de données {{.dataset}} alimente un système à apprentissage continu
#         (ai_system.learning_mode vaut continuous) mais ne fixe aucune périodicité de revue
#         (datasets[{{.index}}].review_frequency) : des données apprises en continu doivent être
#         vérifiées périodiquement (qualité, dérive des biais).
#     no_frequency_mode_unknown:
#       en: >-
#         Dataset {{.dataset}} sets no review cadence (datasets[{{.index}}].review_frequency) and
#         ai_system.learning_mode is not declared: a continuously learning system needs periodic
#         quality and bias reviews; declare learning_mode (one_shot or continuous) or a
#         review_frequency.
#       fr: >-
#         Le jeu de données {{.dataset}} ne fixe aucune périodicité de revue
#         (datasets[{{.index}}].review_frequency) et ai_system.learning_mode n'est pas renseigné :
#         un système à apprentissage continu exige des revues périodiques de la qualité et des
#         biais ; renseignez learning_mode (one_shot ou continuous) ou review_frequency.
#     bad_frequency:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].review_frequency ("{{.value}}") is not a
#         positive ISO-8601 duration such as P6M or P1Y.
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].review_frequency (« {{.value}} ») n'est
#         pas une durée ISO 8601 positive telle que P6M ou P1Y.
#     overdue:
#       en: >-
#         Dataset {{.dataset}}: the last quality and bias review ({{.last}}) is older than the
#         declared cadence ({{.frequency}}): the next review was due on {{.due}}, before the
#         evaluation date {{.evaluation_date}}. Review the data again and update
#         datasets[{{.index}}].last_quality_review.
#       fr: >-
#         Jeu de données {{.dataset}} : la dernière revue de la qualité et des biais ({{.last}}) est
#         plus ancienne que la périodicité déclarée ({{.frequency}}) : la revue suivante était due
#         le {{.due}}, avant la date d'évaluation {{.evaluation_date}}. Revoyez les données et mettez
#         à jour datasets[{{.index}}].last_quality_review.
#     reviewed:
#       en: >-
#         Dataset {{.dataset}}: quality and bias assessment in {{.ref}}, last reviewed on
#         {{.last}}{{if .has_frequency}}, review cadence {{.frequency}}{{end}}.
#       fr: >-
#         Jeu de données {{.dataset}} : évaluation de la qualité et des biais dans {{.ref}},
#         dernière revue le {{.last}}{{if .has_frequency}}, périodicité des revues {{.frequency}}{{end}}.
package cnil.minimisation.min_06

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

_learning_mode := facts.value_at(input.manifest, ["ai_system", "learning_mode"])

# A calendar date YYYY-MM-DD as nanoseconds since the epoch; undefined otherwise.
_date_ns(value) := ns if {
	is_string(value)
	regex.match(`^\d{4}-\d{2}-\d{2}$`, value)
	ns := time.parse_ns("2006-01-02", value)
}

# The date reached by adding an ISO-8601 duration (years, months, weeks, days) to ns,
# with calendar arithmetic.
_add_duration(ns, duration) := time.add_date(ns, _units(duration, "Y"), _units(duration, "M"), days) if {
	days := (_units(duration, "W") * 7) + _units(duration, "D")
}

_units(duration, unit) := sum([to_number(part[1]) |
	some part in regex.find_all_string_submatch_n(`(\d+)([YMWD])`, duration, -1)
	part[2] == unit
])

_review(i) := facts.value_at(_datasets[i], ["last_quality_review"])

_frequency(i) := facts.value_at(_datasets[i], ["review_frequency"])

_valid_frequency(i) if {
	frequency := _frequency(i)
	is_string(frequency)
	facts.duration_days(frequency) > 0
}

_frequency_required_key := "no_frequency_continuous" if _learning_mode == "continuous"

else := "no_frequency_mode_unknown" if not is_string(_learning_mode)

# The finding of key about dataset i, at the field it concerns.
_finding(i, key) := result.finding(key, params, sprintf("/datasets/%d/%s", [i, field])) if {
	field := {
		"no_bias_assessment": "bias_assessment_ref",
		"no_review_date": "last_quality_review",
		"bad_review_date": "last_quality_review",
		"overdue": "last_quality_review",
		"no_frequency_continuous": "review_frequency",
		"no_frequency_mode_unknown": "review_frequency",
		"bad_frequency": "review_frequency",
	}[key]
	params := object.union(_params(i), {"value": sprintf("%v", [object.get(_datasets[i], field, null)])})
}

_findings[i] contains _finding(i, "no_bias_assessment") if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["bias_assessment_ref"])
}

_findings[i] contains _finding(i, "no_review_date") if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["last_quality_review"])
}

_findings[i] contains _finding(i, "bad_review_date") if {
	some i in facts.personal_datasets
	facts.declared(_datasets[i], ["last_quality_review"])
	not _date_ns(_review(i))
}

_findings[i] contains _finding(i, _frequency_required_key) if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["review_frequency"])
}

_findings[i] contains _finding(i, "bad_frequency") if {
	some i in facts.personal_datasets
	facts.declared(_datasets[i], ["review_frequency"])
	not _valid_frequency(i)
}

_findings[i] contains _finding(i, "overdue") if {
	some i in facts.personal_datasets
	_overdue(i)
}

_due_ns(i) := _add_duration(_date_ns(_review(i)), _frequency(i)) if _valid_frequency(i)

_evaluation_ns := _date_ns(input.options.evaluation_date)

_overdue(i) if _evaluation_ns > _due_ns(i)

_format(ns) := time.format([ns, "UTC", "2006-01-02"])

_params(i) := {
	"dataset": facts.dataset_label(i),
	"index": i,
	"last": sprintf("%v", [_review(i)]),
	"frequency": sprintf("%v", [_frequency(i)]),
	"has_frequency": is_string(_frequency(i)),
	"ref": sprintf("%v", [object.get(_datasets[i], "bias_assessment_ref", null)]),
	"evaluation_date": sprintf("%v", [object.get(input, ["options", "evaluation_date"], null)]),
	"due": _due_string(i),
}

_due_string(i) := _format(_due_ns(i)) if _due_ns(i)

else := ""

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

results contains result.pass(rego.metadata.chain(), "reviewed", _params(i), sprintf("/datasets/%d/last_quality_review", [i])) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not _findings[i]
}
