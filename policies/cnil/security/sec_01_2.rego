# METADATA
# title: The security analysis pursues the three objectives and covers AI-specific attacks
# description: >-
#   The CNIL recommends that the security analysis pursue at least three objectives:
#   confidentiality of the data (publicly accessible data included, since annotations may add
#   personal data), performance and integrity of the system, and general information-system
#   security; and that it cover the risks specific to AI (poisoning, backdoors, model
#   inversion, membership inference, extraction, supply chain). Expecting poisoning to be
#   covered when a dataset comes from outside the organisation (web_scraping,
#   public_dataset_reuse, third_party_acquired) is the tool's own reading of the fiche, which
#   asks to check the reliability of sources.
# related_resources:
#   - description: "CNIL — Ensuring the security of an AI system's development"
#     ref: https://cnil.fr/en/ensuring-security-ai-systems-development
# custom:
#   id: SEC-01.2
#   step: security
#   fiche: security
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 5(1)(f)", "GDPR 32", "GDPR 35"]
#   fr:
#     title: Analyse de sécurité qui poursuit les trois objectifs et couvre les attaques propres à l'IA
#     description: >-
#       La CNIL recommande que l'analyse de sécurité poursuive au moins trois objectifs : la
#       confidentialité des données (y compris des données librement accessibles, les
#       annotations pouvant ajouter des données personnelles), la performance et l'intégrité du
#       système, et la sécurité générale du système d'information ; et qu'elle couvre les
#       risques propres à l'IA (empoisonnement, portes dérobées, inversion de modèle, inférence
#       d'appartenance, extraction, chaîne d'approvisionnement). Attendre que l'empoisonnement
#       soit couvert lorsqu'un jeu de données provient de l'extérieur de l'organisme
#       (web_scraping, public_dataset_reuse, third_party_acquired) relève de la lecture de la
#       fiche propre à l'outil, la fiche demandant de vérifier la fiabilité des sources.
#   remediation:
#     en: >-
#       List in security.objectives confidentiality, integrity_performance and is_security, and
#       in security.ai_specific_risks_covered the AI-specific risks the analysis covers
#       (poisoning, backdoor, model_inversion, membership_inference, extraction, supply_chain).
#     fr: >-
#       Indiquez dans security.objectives confidentiality, integrity_performance et is_security,
#       et dans security.ai_specific_risks_covered les risques propres à l'IA couverts par
#       l'analyse (poisoning, backdoor, model_inversion, membership_inference, extraction,
#       supply_chain).
#   checks:
#     - message: missing_objectives
#       outcome: fail
#       level: should
#       catalog: "SEC-01 — Base security on a risk analysis combining \"traditional\" security (environment: infrastructure, clearances, backups, physical security; secure software development and maintenance: good practices, vulnerability and update management) with AI- and large-dataset-specific risks; pursue at least three objectives: confidentiality of data (including publicly accessible data, since annotations may add personal data), performance/integrity of the system (most measures must be taken during development), and general information-system security."
#     - message: no_ai_risks
#       outcome: fail
#       level: should
#       catalog: "SEC-01 — Base security on a risk analysis combining \"traditional\" security (environment: infrastructure, clearances, backups, physical security; secure software development and maintenance: good practices, vulnerability and update management) with AI- and large-dataset-specific risks; pursue at least three objectives: confidentiality of data (including publicly accessible data, since annotations may add personal data), performance/integrity of the system (most measures must be taken during development), and general information-system security."
#     - message: no_poisoning
#       outcome: fail
#       level: should
#       catalog: "SEC-01 — Base security on a risk analysis combining \"traditional\" security (environment: infrastructure, clearances, backups, physical security; secure software development and maintenance: good practices, vulnerability and update management) with AI- and large-dataset-specific risks; pursue at least three objectives: confidentiality of data (including publicly accessible data, since annotations may add personal data), performance/integrity of the system (most measures must be taken during development), and general information-system security."
#     - message: covered
#       outcome: pass
#       level: should
#       catalog: "SEC-01 — Base security on a risk analysis combining \"traditional\" security (environment: infrastructure, clearances, backups, physical security; secure software development and maintenance: good practices, vulnerability and update management) with AI- and large-dataset-specific risks; pursue at least three objectives: confidentiality of data (including publicly accessible data, since annotations may add personal data), performance/integrity of the system (most measures must be taken during development), and general information-system security."
#   messages:
#     missing_objectives:
#       en: >-
#         security.objectives does not include {{.missing}}: the CNIL recommends pursuing at least
#         confidentiality of the data, integrity and performance of the system, and
#         information-system security.
#       fr: >-
#         security.objectives ne comprend pas {{.missing}} : la CNIL recommande de poursuivre au
#         moins la confidentialité des données, l'intégrité et la performance du système, et la
#         sécurité du système d'information.
#     no_ai_risks:
#       en: >-
#         security.ai_specific_risks_covered is empty: the analysis should cover the attacks
#         specific to AI (poisoning, backdoors, model inversion, membership inference, extraction,
#         supply chain).
#       fr: >-
#         security.ai_specific_risks_covered est vide : l'analyse devrait couvrir les attaques
#         propres à l'IA (empoisonnement, porte dérobée, inversion de modèle, inférence
#         d'appartenance, extraction, chaîne d'approvisionnement).
#     no_poisoning:
#       en: >-
#         Dataset {{.dataset}} comes from outside the organisation (source_type: {{.source}}) but
#         security.ai_specific_risks_covered does not include poisoning: the reliability of
#         external sources should be checked (the tool's own expectation).
#       fr: >-
#         Le jeu de données {{.dataset}} provient de l'extérieur de l'organisme (source_type :
#         {{.source}}) mais security.ai_specific_risks_covered ne comprend pas poisoning : la
#         fiabilité des sources externes devrait être vérifiée (attente propre à l'outil).
#     covered:
#       en: >-
#         The security analysis pursues the three objectives (security.objectives: {{.objectives}})
#         and covers AI-specific attacks (security.ai_specific_risks_covered: {{.risks}}).
#       fr: >-
#         L'analyse de sécurité poursuit les trois objectifs (security.objectives : {{.objectives}})
#         et couvre des attaques propres à l'IA (security.ai_specific_risks_covered : {{.risks}}).
package cnil.security.sec_01_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_security := object.get(input.manifest, "security", {})

_objectives := {o | some o in _security.objectives}

_risks := {r | some r in _security.ai_specific_risks_covered}

_missing := {"confidentiality", "integrity_performance", "is_security"} - _objectives

_external_sources := {"web_scraping", "public_dataset_reuse", "third_party_acquired"}

_name(i) := id if {
	id := input.manifest.datasets[i].id
	is_string(id)
} else := sprintf("#%d", [i])

_issues contains result.finding("missing_objectives", {"missing": labels.codes(_missing)}, "/security/objectives") if {
	count(_missing) > 0
}

_issues contains result.finding("no_ai_risks", {}, "/security/ai_specific_risks_covered") if count(_risks) == 0

_issues contains result.finding("no_poisoning", params, "/security/ai_specific_risks_covered") if {
	count(_risks) > 0
	not "poisoning" in _risks
	some i, dataset in input.manifest.datasets
	dataset.source_type in _external_sources
	params := {"dataset": _name(i), "source": dataset.source_type}
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "covered", params, "/security/objectives") if {
	facts.gdpr_applies
	count(_issues) == 0
	params := {"objectives": labels.words("security.objectives", _objectives), "risks": labels.words("security.ai_specific_risks_covered", _risks)}
}
