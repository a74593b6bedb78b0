# METADATA
# title: A legal basis chosen and documented for each development processing
# description: >-
#   Each processing activity of the development phase (dataset constitution, training, ...)
#   must rest on one of the six legal bases of GDPR art. 6(1). The CNIL calls the choice of the
#   legal basis an essential first step: it is made before the processing starts and documented,
#   because the controller's obligations and the data subjects' rights depend on it.
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing
# custom:
#   id: LB-01
#   step: legal_basis
#   fiche: legal-basis
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 6(1)", "GDPR 5(2)", "GDPR 13(1)(c)", "GDPR 14(1)(c)"]
#   fr:
#     title: Base légale choisie et documentée pour chaque traitement de développement
#     description: >-
#       Chaque traitement de la phase de développement (constitution du jeu de données,
#       entraînement…) doit reposer sur l'une des six bases légales du RGPD, art. 6, § 1. La CNIL
#       qualifie le choix de la base légale d'étape préalable essentielle : il est effectué avant le
#       début du traitement et documenté, car les obligations du responsable de traitement et les
#       droits des personnes concernées en dépendent.
#   remediation:
#     en: >-
#       For each development processing activity, set legal_basis to one of consent, contract,
#       legal_obligation, vital_interests, public_task or legitimate_interests, explain the choice
#       in legal_basis_rationale, and record in legal_basis_decided_on (YYYY-MM-DD) the date the
#       basis was chosen, no later than the activity's start_date.
#     fr: >-
#       Pour chaque traitement de la phase de développement, renseignez legal_basis avec l'une des
#       valeurs consent, contract, legal_obligation, vital_interests, public_task ou
#       legitimate_interests, justifiez ce choix dans legal_basis_rationale et indiquez dans
#       legal_basis_decided_on (AAAA-MM-JJ) la date de ce choix, au plus tard la date start_date du
#       traitement.
#   checks:
#     - message: no_activity
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: no_basis
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: several_bases
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: unknown_basis
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: no_rationale
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: no_decision_date
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: bad_decision_date
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: no_start_date
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: bad_start_date
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: decided_after_start
#       outcome: fail
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#     - message: defined
#       outcome: pass
#       level: must
#       catalog: "LB-01 — Each development processing (dataset constitution, training…) must rest on one of the six art. 6(1) bases, identified before the processing starts and documented; obligations and rights vary with the basis."
#   messages:
#     no_activity:
#       en: >-
#         processing_activities declares no development-phase activity: each processing of the
#         development (dataset constitution, training, ...) must be listed with the GDPR art. 6(1)
#         legal basis it rests on.
#       fr: >-
#         processing_activities ne décrit aucun traitement de la phase de développement : chaque
#         traitement du développement (constitution du jeu de données, entraînement, etc.) doit être
#         recensé avec la base légale du RGPD, art. 6, § 1, sur laquelle il repose.
#     no_basis:
#       en: >-
#         Activity {{.activity}}: legal_basis is missing. Every development processing must rest on
#         one of the six legal bases of GDPR art. 6(1), chosen before the processing starts.
#       fr: >-
#         Traitement {{.activity}} : legal_basis est absent. Tout traitement de la phase de
#         développement doit reposer sur l'une des six bases légales du RGPD, art. 6, § 1, choisie
#         avant le début du traitement.
#     several_bases:
#       en: >-
#         Activity {{.activity}}: legal_basis lists several bases ({{.basis}}). A processing rests on
#         one legal basis, identified in advance; split the activity if distinct operations rely on
#         distinct bases.
#       fr: >-
#         Traitement {{.activity}} : legal_basis indique plusieurs bases ({{.basis}}). Un traitement
#         repose sur une seule base légale, identifiée à l'avance ; scindez le traitement si des
#         opérations distinctes reposent sur des bases distinctes.
#     unknown_basis:
#       en: >-
#         Activity {{.activity}}: legal_basis "{{.basis}}" is not one of the six bases of GDPR
#         art. 6(1) (consent, contract, legal_obligation, vital_interests, public_task,
#         legitimate_interests).
#       fr: >-
#         Traitement {{.activity}} : legal_basis « {{.basis}} » n'est pas l'une des six bases du
#         RGPD, art. 6, § 1 (consent, contract, legal_obligation, vital_interests, public_task,
#         legitimate_interests).
#     no_rationale:
#       en: >-
#         Activity {{.activity}}: legal_basis_rationale is missing. The choice of the legal basis must
#         be documented (accountability, GDPR art. 5(2)); the basis is also stated in the information
#         given to data subjects (art. 13(1)(c) and 14(1)(c)).
#       fr: >-
#         Traitement {{.activity}} : legal_basis_rationale est absent. Le choix de la base légale
#         doit être documenté (responsabilité, RGPD, art. 5, § 2) ; la base légale figure aussi dans
#         l'information des personnes (art. 13, § 1, c), et art. 14, § 1, c)).
#     no_decision_date:
#       en: >-
#         Activity {{.activity}}: legal_basis_decided_on is missing. The legal basis must be
#         identified before the processing starts; the date of that decision evidences it.
#       fr: >-
#         Traitement {{.activity}} : legal_basis_decided_on est absent. La base légale doit être
#         identifiée avant le début du traitement ; la date de cette décision en apporte la preuve.
#     bad_decision_date:
#       en: >-
#         Activity {{.activity}}: legal_basis_decided_on ({{.value}}) is not a date of the form
#         YYYY-MM-DD, so it cannot be compared with the start of the processing.
#       fr: >-
#         Traitement {{.activity}} : legal_basis_decided_on ({{.value}}) n'est pas une date au
#         format AAAA-MM-JJ ; elle ne peut pas être comparée au début du traitement.
#     no_start_date:
#       en: >-
#         Activity {{.activity}}: start_date is missing, so it cannot be checked that the legal
#         basis (decided on {{.decided_on}}) was chosen before the processing started.
#       fr: >-
#         Traitement {{.activity}} : start_date est absent ; impossible de vérifier que la base
#         légale (choisie le {{.decided_on}}) l'a été avant le début du traitement.
#     bad_start_date:
#       en: >-
#         Activity {{.activity}}: start_date ({{.value}}) is not a date of the form YYYY-MM-DD, so it
#         cannot be checked that the legal basis was chosen before the processing started.
#       fr: >-
#         Traitement {{.activity}} : start_date ({{.value}}) n'est pas une date au format
#         AAAA-MM-JJ ; impossible de vérifier que la base légale a été choisie avant le début du
#         traitement.
#     decided_after_start:
#       en: >-
#         Activity {{.activity}}: the legal basis was decided on {{.decided_on}}, after the
#         processing started on {{.start_date}}. The legal basis must be identified before the
#         processing begins.
#       fr: >-
#         Traitement {{.activity}} : la base légale a été choisie le {{.decided_on}}, après le début
#         du traitement le {{.start_date}}. La base légale doit être identifiée avant que le
#         traitement ne commence.
#     defined:
#       en: >-
#         Activity {{.activity}} rests on {{.basis}} (GDPR art. {{.article}}), chosen on
#         {{.decided_on}} before the processing started on {{.start_date}}, with a documented
#         rationale.
#       fr: >-
#         Le traitement {{.activity}} repose sur la base légale « {{.basis}} » (RGPD, art.
#         {{.article}}), choisie le {{.decided_on}} avant le début du traitement le {{.start_date}},
#         avec une justification documentée.
package cnil.legal_basis.lb_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.references
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# GDPR art. 6(1): the six legal bases (catalog E1) and their letters, as the
# English message cites them (references.provision gives the French form).
_articles := {
	"consent": "6(1)(a)",
	"contract": "6(1)(b)",
	"legal_obligation": "6(1)(c)",
	"vital_interests": "6(1)(d)",
	"public_task": "6(1)(e)",
	"legitimate_interests": "6(1)(f)",
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

# The development activities, with the values the rule reads.
_activities[i] := object.union(a, {
	"basis": facts.value_at(a.activity, ["legal_basis"]),
	"decided_on": facts.value_at(a.activity, ["legal_basis_decided_on"]),
	"start_date": facts.value_at(a.activity, ["start_date"]),
}) if {
	facts.gdpr_applies
	some i, a in facts.development_activity_entries
}

_date(value) if {
	is_string(value)
	regex.match(`^\d{4}-\d{2}-\d{2}$`, value)
	time.parse_ns("2006-01-02", value)
}

results contains result.fail(rego.metadata.chain(), "no_basis", {"activity": a.label}, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	not facts.filled(a.basis)
}

results contains result.fail(rego.metadata.chain(), "several_bases", params, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	is_array(a.basis)
	count(a.basis) > 0
	params := {"activity": a.label, "basis": labels.words("legal_basis", a.basis)}
}

results contains result.fail(rego.metadata.chain(), "unknown_basis", params, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	facts.filled(a.basis)
	not is_array(a.basis)
	not _articles[a.basis]
	params := {"activity": a.label, "basis": sprintf("%v", [a.basis])}
}

results contains result.fail(rego.metadata.chain(), "no_rationale", params, result.at(a.pointer, "legal_basis_rationale")) if {
	some a in _activities
	not facts.declared(a.activity, ["legal_basis_rationale"])
	params := {"activity": a.label}
}

results contains result.fail(rego.metadata.chain(), "no_decision_date", {"activity": a.label}, result.at(a.pointer, "legal_basis_decided_on")) if {
	some a in _activities
	not facts.filled(a.decided_on)
}

results contains result.fail(rego.metadata.chain(), "bad_decision_date", params, result.at(a.pointer, "legal_basis_decided_on")) if {
	some a in _activities
	facts.filled(a.decided_on)
	not _date(a.decided_on)
	params := {"activity": a.label, "value": sprintf("%v", [a.decided_on])}
}

results contains result.fail(rego.metadata.chain(), "no_start_date", params, result.at(a.pointer, "start_date")) if {
	some a in _activities
	_date(a.decided_on)
	not facts.filled(a.start_date)
	params := {"activity": a.label, "decided_on": a.decided_on}
}

results contains result.fail(rego.metadata.chain(), "bad_start_date", params, result.at(a.pointer, "start_date")) if {
	some a in _activities
	_date(a.decided_on)
	facts.filled(a.start_date)
	not _date(a.start_date)
	params := {"activity": a.label, "value": sprintf("%v", [a.start_date])}
}

results contains result.fail(rego.metadata.chain(), "decided_after_start", params, result.at(a.pointer, "legal_basis_decided_on")) if {
	some a in _activities
	_date(a.decided_on)
	_date(a.start_date)
	a.decided_on > a.start_date
	params := {"activity": a.label, "decided_on": a.decided_on, "start_date": a.start_date}
}

results contains result.pass(rego.metadata.chain(), "defined", params, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	article := _articles[a.basis]
	facts.declared(a.activity, ["legal_basis_rationale"])
	_date(a.decided_on)
	_date(a.start_date)
	a.decided_on <= a.start_date
	params := {
		"activity": a.label,
		"basis": labels.word("legal_basis", a.basis),
		"article": references.provision(article, result.lang),
		"decided_on": a.decided_on,
		"start_date": a.start_date,
	}
}
