# METADATA
# title: Two or more EDPB criteria without a DPIA only as a justified exception
# description: >-
#   WP248's rule of thumb: a processing meeting two or more of the EDPB criteria is likely to
#   result in a high risk and needs a DPIA. The criteria counted are the union of those the
#   screening declares (dpia.screening.edpb_criteria and explicit_answers) and those the
#   manifest's facts determine (profiling, special or highly personal data, vulnerable people,
#   datasets of different origins combined for one training, a number of people above the
#   tool's threshold, continuous monitoring, fully automated decisions with significant effects,
#   decisions on access to a contract or service). WP248 accepts that a controller concludes
#   otherwise if it records why, and the DPO's advice on it: with
#   dpia.screening.edpb_exception (justification and dpo_advice_ref), DPIA-01 no longer requires
#   a DPIA on that ground alone, and this rule reports the exception as a warning that shows the
#   justification, so that a reviewer reads it.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-01.2
#   step: dpia
#   fiche: dpia
#   level: should
#   severity: warning
#   evidence: confirmed
#   articles: ["GDPR 35(1)", "WP248 rev.01"]
#   checks:
#     - {message: below_threshold, outcome: not_applicable, level: should, catalog: "DPIA-01 — E4: two or more criteria -> DPIA likely required"}
#     - {message: exception, outcome: fail, level: should, catalog: "DPIA-01 — 12.2: two or more -> DPIA required unless a justified exception with the DPO's advice is recorded (WP248)"}
#     - {message: exception_incomplete, outcome: fail, level: should, catalog: "DPIA-01 — 12.2: a justified exception needs its justification and the DPO's advice (WP248)"}
#     - {message: no_exception, outcome: pass, level: should, catalog: "DPIA-01 — E4: two or more criteria -> DPIA likely required (DPIA-01 requires it)"}
#   fr:
#     title: Au moins deux critères du CEPD sans AIPD, seulement par exception justifiée
#     description: >-
#       Règle indicative du WP248 : un traitement qui remplit au moins deux critères du CEPD est
#       susceptible d'engendrer un risque élevé et appelle une AIPD. Les critères comptés sont
#       la réunion de ceux que l'examen déclare (dpia.screening.edpb_criteria et
#       explicit_answers) et de ceux que les faits du manifeste déterminent (profilage, données
#       sensibles ou hautement personnelles, personnes vulnérables, jeux de données d'origines
#       différentes combinés pour un même entraînement, nombre de personnes supérieur au seuil
#       de l'outil, surveillance continue, décisions entièrement automatisées aux effets
#       importants, décisions sur l'accès à un contrat ou à un service). Le WP248 admet qu'un responsable de traitement
#       conclue autrement s'il en consigne les raisons et l'avis du DPO : avec
#       dpia.screening.edpb_exception (justification et dpo_advice_ref), DPIA-01 n'exige plus
#       d'AIPD pour ce seul motif, et cette règle signale l'exception par un avertissement qui
#       en montre la justification, afin qu'un relecteur la lise.
#   remediation:
#     en: >-
#       Carry out the DPIA (DPIA-01), or, if the processing is not likely to result in a high risk
#       despite the criteria met, record why in dpia.screening.edpb_exception.justification with
#       the DPO's advice in dpia.screening.edpb_exception.dpo_advice_ref.
#     fr: >-
#       Réalisez l'AIPD (DPIA-01) ou, si le traitement n'est pas susceptible d'engendrer un
#       risque élevé malgré les critères remplis, consignez-en les raisons dans
#       dpia.screening.edpb_exception.justification avec l'avis du DPO dans
#       dpia.screening.edpb_exception.dpo_advice_ref.
#   messages:
#     below_threshold:
#       en: >-
#         Fewer than two EDPB criteria are met ({{.criteria}}): WP248's rule of thumb does not call
#         for a DPIA on that ground.
#       fr: >-
#         Moins de deux critères du CEPD sont remplis ({{.criteria}}) : la règle indicative du
#         WP248 n'appelle pas d'AIPD pour ce motif.
#     exception:
#       en: >-
#         {{.count}} EDPB criteria are met ({{.criteria}}), but the screening concludes that no DPIA
#         is needed, with the DPO's advice ({{.dpo_advice_ref}}), for this reason:
#         "{{.justification}}". WP248 allows such a justified exception; check that the reason
#         holds. Facts behind the criteria: {{.basis}}.
#       fr: >-
#         {{.count}} critères du CEPD sont remplis ({{.criteria}}), mais l'examen conclut qu'aucune
#         AIPD n'est nécessaire, avec l'avis du DPO ({{.dpo_advice_ref}}), pour la raison
#         suivante : « {{.justification}} ». Le WP248 admet une telle exception justifiée ;
#         vérifiez que la raison tient. Faits à l'origine des critères : {{.basis}}.
#     exception_incomplete:
#       en: >-
#         dpia.screening.edpb_exception is recorded without {{.missing}}: a justified exception
#         to WP248's rule of thumb needs both the reason and the DPO's advice, so it does not
#         apply and a DPIA is required (DPIA-01).
#       fr: >-
#         dpia.screening.edpb_exception est consigné sans {{.missing}} : une exception justifiée à
#         la règle indicative du WP248 exige à la fois la raison et l'avis du DPO ; elle ne
#         s'applique donc pas et une AIPD est requise (DPIA-01).
#     no_exception:
#       en: >-
#         {{.count}} EDPB criteria are met ({{.criteria}}) and no exception is claimed: DPIA-01
#         requires the DPIA.
#       fr: >-
#         {{.count}} critères du CEPD sont remplis ({{.criteria}}) et aucune exception n'est
#         invoquée : DPIA-01 exige l'AIPD.
#   none:
#     en: none
#     fr: aucun
package cnil.dpia.dpia_01_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_custom := result.custom(rego.metadata.chain())

_exception := facts.value_at(input.manifest, ["dpia", "screening", "edpb_exception"])

_criteria := labels.words("edpb_criterion", facts.dpia_edpb_criteria) if count(facts.dpia_edpb_criteria) > 0

else := result.localised(_custom.none)

_params := {"count": count(facts.dpia_edpb_criteria), "criteria": _criteria}

# Each criterion by its label, with the facts behind it, in the reader's
# language and typography.
_basis := concat(result.semicolon, [concat(result.colon, [labels.word("edpb_criterion", c), b]) |
	some c in sort(facts.dpia_edpb_criteria)
	b := _criterion_basis(c)
])

_criterion_basis(c) := facts.dpia_edpb_criterion_basis(c) if c in facts.dpia_edpb_criteria_derived

else := result.localised({"en": "declared in dpia.screening", "fr": "déclaré dans dpia.screening"})

_missing contains field if {
	some field in ["justification", "dpo_advice_ref"]
	not facts.declared(_exception, [field])
}

_applies if {
	facts.gdpr_applies
	facts.dpia_edpb_threshold_met
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "below_threshold", {"criteria": _criteria}, "/dpia/screening/edpb_criteria") if {
	facts.gdpr_applies
	not facts.dpia_edpb_threshold_met
}

results contains result.fail(rego.metadata.chain(), "exception", params, "/dpia/screening/edpb_exception") if {
	_applies
	facts.dpia_edpb_exception
	params := object.union(_params, {
		"justification": _exception.justification,
		"dpo_advice_ref": _exception.dpo_advice_ref,
		"basis": _basis,
	})
}

results contains result.fail(rego.metadata.chain(), "exception_incomplete", {"missing": concat(", ", sort(_missing))}, "/dpia/screening/edpb_exception") if {
	_applies
	is_object(_exception)
	count(_missing) > 0
}

results contains result.pass(rego.metadata.chain(), "no_exception", _params, "/dpia/screening/edpb_criteria") if {
	_applies
	not is_object(_exception)
}
