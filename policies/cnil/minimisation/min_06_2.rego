# METADATA
# title: "High-risk AI system: data examined for biases and quality"
# description: >-
#   For a high-risk AI system, the AI Act requires the training, validation and testing data
#   to be examined for possible biases, with measures to detect, prevent and mitigate them,
#   and to be relevant, sufficiently representative and, to the best extent possible, free
#   of errors and complete (art. 10(2)(f)-(h), 10(3)): the monitoring that the CNIL
#   recommends (MIN-06) becomes mandatory. cnilpolicy treats the system as high-risk when the
#   manifest's facts make it so (an Annex I product; an Annex III area, declared or implied by
#   ai_system.intended_uses, without a valid art. 6(3) derogation, which a system that profiles
#   never has) or ai_act.risk_level is high, and the organisation is its provider
#   (ai_act.operator_role, provider when undeclared).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: MIN-06.2
#   step: minimisation
#   fiche: data-management
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["AI Act 10(2)", "AI Act 10(3)", "GDPR 5(1)(d)"]
#   fr:
#     title: "Système d'IA à haut risque : données examinées pour les biais et la qualité"
#     description: >-
#       Pour un système d'IA à haut risque, le règlement sur l'IA exige que les données
#       d'entraînement, de validation et de test soient examinées au regard des biais éventuels,
#       avec des mesures pour les détecter, les prévenir et les atténuer, et qu'elles soient
#       pertinentes, suffisamment représentatives et, dans toute la mesure du possible, exemptes
#       d'erreurs et complètes (art. 10, § 2, f) à h), et art. 10, § 3) : le suivi que recommande la
#       CNIL (MIN-06) devient obligatoire. cnilpolicy considère le système comme à haut risque
#       lorsque les faits du manifeste le rendent tel (produit de l'annexe I ; domaine de l'annexe
#       III, déclaré ou déduit de ai_system.intended_uses, sans dérogation valide de l'art. 6, § 3,
#       jamais ouverte à un système qui profile) ou que ai_act.risk_level vaut high, et que
#       l'organisme en est le fournisseur (ai_act.operator_role, provider lorsqu'il n'est pas
#       renseigné).
#   remediation:
#     en: >-
#       Declare the AI Act classification in ai_act.risk_level (prohibited, high, transparency or
#       minimal). For a high-risk system, examine each dataset for possible biases and quality
#       problems, reference the examination in datasets[].bias_assessment_ref and record its date
#       in datasets[].last_quality_review (YYYY-MM-DD).
#     fr: >-
#       Déclarez la classification au titre du règlement sur l'IA dans ai_act.risk_level
#       (prohibited, high, transparency ou minimal). Pour un système à haut risque, examinez
#       chaque jeu de données pour détecter les biais et les défauts de qualité, référencez cet
#       examen dans datasets[].bias_assessment_ref et indiquez sa date dans
#       datasets[].last_quality_review (AAAA-MM-JJ).
#   checks:
#     - message: risk_level_undeclared
#       outcome: fail
#       level: must-if
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: not_high_risk
#       outcome: not_applicable
#       level: must-if
#       catalog: "MIN-06 — Level: SHOULD (GDPR accuracy/fairness); MUST-IF AI Act high-risk (art. 10(2)(f)–(h), 10(3))."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: must-if
#       catalog: "MIN-06 — Level: SHOULD (GDPR accuracy/fairness); MUST-IF AI Act high-risk (art. 10(2)(f)–(h), 10(3))."
#     - message: no_bias_assessment
#       outcome: fail
#       level: must-if
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: no_review_date
#       outcome: fail
#       level: must-if
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#     - message: examined
#       outcome: pass
#       level: must-if
#       catalog: "MIN-06 — Check data (and annotation) quality, representativeness and possible biases before training and periodically afterwards (incl. for continuous learning), and update or correct the dataset when needed."
#   messages:
#     risk_level_undeclared:
#       en: >-
#         ai_act.risk_level is not declared: whether the AI Act requires the data of a high-risk
#         system to be examined for biases and quality (art. 10(2), 10(3)) cannot be determined.
#         Declare prohibited, high, transparency or minimal.
#       fr: >-
#         ai_act.risk_level n'est pas renseigné : on ne peut pas déterminer si le règlement sur l'IA
#         impose d'examiner les biais et la qualité des données d'un système à haut risque (art. 10,
#         § 2, et art. 10, § 3). Déclarez prohibited, high, transparency ou minimal.
#     not_high_risk:
#       en: >-
#         The organisation is not the provider of a high-risk AI system (ai_act.risk_level:
#         {{.level}}, ai_act.operator_role: {{.role}}): the mandatory bias and quality examination
#         of AI Act art. 10 does not apply; MIN-06 still recommends monitoring quality and biases.
#       fr: >-
#         L'organisme n'est pas fournisseur d'un système d'IA à haut risque (ai_act.risk_level :
#         {{.level}}, ai_act.operator_role : {{.role}}) : l'examen obligatoire des biais et de la
#         qualité du règlement sur l'IA, art. 10, ne s'applique pas ; MIN-06 recommande toutefois de
#         suivre la qualité et les biais.
#     no_personal_datasets:
#       en: >-
#         No dataset holding personal data is declared: there is no dataset to examine under this
#         rule (MIN-06 reports a missing datasets list).
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est déclaré : aucun jeu de
#         données n'est à examiner au titre de cette règle (MIN-06 signale une liste datasets
#         absente).
#     no_bias_assessment:
#       en: >-
#         Dataset {{.dataset}} references no bias examination (datasets[{{.index}}].bias_assessment_ref)
#         although the organisation is the provider of a high-risk AI system: the AI Act requires
#         the data to be examined for possible biases, with measures to detect, prevent and
#         mitigate them (art. 10(2)(f), (g)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne référence aucun examen des biais
#         (datasets[{{.index}}].bias_assessment_ref) alors que l'organisme est fournisseur d'un
#         système d'IA à haut risque : le règlement sur l'IA impose d'examiner les biais éventuels
#         des données et de prendre des mesures pour les détecter, les prévenir et les atténuer
#         (art. 10, § 2, f) et g)).
#     no_review_date:
#       en: >-
#         Dataset {{.dataset}} gives no date for its last quality review
#         (datasets[{{.index}}].last_quality_review) although the organisation is the provider of
#         a high-risk AI system: the data must be checked to be relevant, sufficiently
#         representative and, to the best extent possible, free of errors and complete (AI Act
#         art. 10(3)).
#       fr: >-
#         Le jeu de données {{.dataset}} n'indique pas la date de sa dernière revue de qualité
#         (datasets[{{.index}}].last_quality_review) alors que l'organisme est fournisseur d'un
#         système d'IA à haut risque : il faut vérifier que les données sont pertinentes,
#         suffisamment représentatives et, dans toute la mesure du possible, exemptes d'erreurs et
#         complètes (règlement sur l'IA, art. 10, § 3).
#     examined:
#       en: >-
#         Dataset {{.dataset}} of the high-risk AI system: bias examination in {{.ref}}, last
#         quality review on {{.last}}.
#       fr: >-
#         Jeu de données {{.dataset}} du système d'IA à haut risque : examen des biais dans
#         {{.ref}}, dernière revue de qualité le {{.last}}.
package cnil.minimisation.min_06_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

# The classification is known: declared, or high risk derived from the facts.
_classified if facts.ai_act_risk_level != null

_classified if facts.ai_act_high_risk_by_facts

_high_risk if {
	facts.gdpr_applies
	facts.ai_act_high_risk_provider
}

_fields := {"no_bias_assessment": "bias_assessment_ref", "no_review_date": "last_quality_review"}

# The findings about each dataset, by dataset index.
_findings[i] contains result.finding(key, params, sprintf("/datasets/%d/%s", [i, field])) if {
	_high_risk
	some i in facts.personal_datasets
	some key, field in _fields
	not facts.declared(_datasets[i], [field])
	params := {"dataset": facts.dataset_label(i), "index": i}
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "risk_level_undeclared", {}, "/ai_act/risk_level") if {
	facts.gdpr_applies
	facts.ai_act_risk_level == null
	not facts.ai_act_high_risk_by_facts
}

results contains result.not_applicable(rego.metadata.chain(), "not_high_risk", params, "/ai_act/risk_level") if {
	facts.gdpr_applies
	_classified
	not facts.ai_act_high_risk_provider
	params := {"level": labels.word("ai_act_risk_level", facts.ai_act_risk_level), "role": labels.word("ai_act_operator_role", facts.ai_act_operator_role)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_personal_datasets", {}, "/datasets") if {
	_high_risk
	count(facts.personal_datasets) == 0
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	some f in _findings[_]
}

results contains result.pass(rego.metadata.chain(), "examined", params, sprintf("/datasets/%d/bias_assessment_ref", [i])) if {
	_high_risk
	some i in facts.personal_datasets
	not _findings[i]
	params := {
		"dataset": facts.dataset_label(i),
		"index": i,
		"ref": _datasets[i].bias_assessment_ref,
		"last": _datasets[i].last_quality_review,
	}
}
