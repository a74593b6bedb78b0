# METADATA
# title: "High-risk AI system: each training dataset documented"
# description: >-
#   For a high-risk AI system under the AI Act, the provider must subject the training,
#   validation and testing datasets to data-governance practices and describe them in the
#   technical documentation (AI Act art. 10(2), 11 and Annex IV): the dataset documentation
#   that the CNIL recommends (MIN-05) becomes mandatory. cnilpolicy treats the system as
#   high-risk when the manifest's facts make it so (an Annex I product; an Annex III area,
#   declared or implied by ai_system.intended_uses, without a valid art. 6(3) derogation, which
#   a system that profiles never has) or ai_act.risk_level is high, and the organisation is its
#   provider (ai_act.operator_role, provider when undeclared).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: MIN-05.2
#   step: minimisation
#   fiche: data-management
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["AI Act 10(2)", "AI Act 11", "GDPR 5(2)"]
#   fr:
#     title: "Système d'IA à haut risque : chaque jeu de données d'entraînement documenté"
#     description: >-
#       Pour un système d'IA à haut risque au sens du règlement sur l'IA, le fournisseur doit
#       soumettre les jeux de données d'entraînement, de validation et de test à des pratiques de
#       gouvernance des données et les décrire dans la documentation technique (règlement sur l'IA,
#       art. 10, § 2, art. 11 et annexe IV) : la documentation des jeux de données que recommande la
#       CNIL (MIN-05) devient obligatoire. cnilpolicy considère le système comme à haut risque
#       lorsque les faits du manifeste le rendent tel (produit de l'annexe I ; domaine de l'annexe
#       III, déclaré ou déduit de ai_system.intended_uses, sans dérogation valide de l'art. 6, § 3,
#       jamais ouverte à un système qui profile) ou que ai_act.risk_level vaut high, et que
#       l'organisme en est le fournisseur (ai_act.operator_role, provider lorsqu'il n'est pas
#       renseigné).
#   remediation:
#     en: >-
#       Declare the AI Act classification in ai_act.risk_level (prohibited, high, transparency or
#       minimal). For a high-risk system, document each dataset (sources, collection, preparation,
#       assumptions, limits and biases) and reference the documentation in
#       datasets[].documentation_ref.
#     fr: >-
#       Déclarez la classification au titre du règlement sur l'IA dans ai_act.risk_level
#       (prohibited, high, transparency ou minimal). Pour un système à haut risque, documentez
#       chaque jeu de données (sources, collecte, préparation, hypothèses, limites et biais) et
#       référencez cette documentation dans datasets[].documentation_ref.
#   checks:
#     - message: risk_level_undeclared
#       outcome: fail
#       level: must-if
#       catalog: "MIN-05 — Keep documentation of each training dataset (sources, collection conditions, content, processing/preparation steps, known limits and biases); the CNIL provides a documentation template annexed to its fiches."
#     - message: not_high_risk
#       outcome: not_applicable
#       level: must-if
#       catalog: "MIN-05 — Level: SHOULD (accountability aid); MUST-IF AI Act high-risk (see AIACT-02)."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: must-if
#       catalog: "MIN-05 — Level: SHOULD (accountability aid); MUST-IF AI Act high-risk (see AIACT-02)."
#     - message: no_documentation
#       outcome: fail
#       level: must-if
#       catalog: "MIN-05 — Keep documentation of each training dataset (sources, collection conditions, content, processing/preparation steps, known limits and biases); the CNIL provides a documentation template annexed to its fiches."
#     - message: documented
#       outcome: pass
#       level: must-if
#       catalog: "MIN-05 — Keep documentation of each training dataset (sources, collection conditions, content, processing/preparation steps, known limits and biases); the CNIL provides a documentation template annexed to its fiches."
#   messages:
#     risk_level_undeclared:
#       en: >-
#         ai_act.risk_level is not declared: whether the AI Act requires the datasets of a high-risk
#         system to be documented (art. 10(2), 11) cannot be determined. Declare prohibited, high,
#         transparency or minimal.
#       fr: >-
#         ai_act.risk_level n'est pas renseigné : on ne peut pas déterminer si le règlement sur l'IA
#         impose de documenter les jeux de données d'un système à haut risque (art. 10, § 2, et art.
#         11). Déclarez prohibited, high, transparency ou minimal.
#     not_high_risk:
#       en: >-
#         The organisation is not the provider of a high-risk AI system (ai_act.risk_level:
#         {{.level}}, ai_act.operator_role: {{.role}}): the mandatory dataset documentation of AI
#         Act art. 10 and 11 does not apply; MIN-05 still recommends documenting each dataset.
#       fr: >-
#         L'organisme n'est pas fournisseur d'un système d'IA à haut risque (ai_act.risk_level :
#         {{.level}}, ai_act.operator_role : {{.role}}) : la documentation obligatoire des jeux de
#         données du règlement sur l'IA (art. 10 et 11) ne s'applique pas ; MIN-05 recommande
#         toutefois de documenter chaque jeu de données.
#     no_personal_datasets:
#       en: >-
#         No dataset holding personal data is declared: there is no dataset documentation to check
#         under this rule (MIN-05 reports a missing datasets list).
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est déclaré : aucune
#         documentation de jeu de données n'est à vérifier au titre de cette règle (MIN-05 signale
#         une liste datasets absente).
#     no_documentation:
#       en: >-
#         Dataset {{.dataset}} has no documentation (datasets[{{.index}}].documentation_ref) although
#         the organisation is the provider of a high-risk AI system: its training, validation and
#         testing datasets must be documented (AI Act art. 10(2), 11 and Annex IV).
#       fr: >-
#         Le jeu de données {{.dataset}} n'a pas de documentation
#         (datasets[{{.index}}].documentation_ref) alors que l'organisme est fournisseur d'un
#         système d'IA à haut risque : ses jeux de données d'entraînement, de validation et de test
#         doivent être documentés (règlement sur l'IA, art. 10, § 2, art. 11 et annexe IV).
#     documented:
#       en: "Dataset {{.dataset}} of the high-risk AI system is documented in {{.ref}}."
#       fr: "Le jeu de données {{.dataset}} du système d'IA à haut risque est documenté dans {{.ref}}."
package cnil.minimisation.min_05_2

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

results contains result.fail(rego.metadata.chain(), "no_documentation", params, pointer) if {
	_high_risk
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["documentation_ref"])
	params := {"dataset": facts.dataset_label(i), "index": i}
	pointer := sprintf("/datasets/%d/documentation_ref", [i])
}

results contains result.pass(rego.metadata.chain(), "documented", params, pointer) if {
	_high_risk
	some i in facts.personal_datasets
	facts.declared(_datasets[i], ["documentation_ref"])
	params := {"dataset": facts.dataset_label(i), "index": i, "ref": _datasets[i].documentation_ref}
	pointer := sprintf("/datasets/%d/documentation_ref", [i])
}
