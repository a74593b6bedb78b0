# METADATA
# title: Security of the development rests on a documented risk analysis
# description: >-
#   GDPR art. 32 requires security measures appropriate to the risks. The CNIL asks that
#   the security of an AI system's development be based on a risk analysis that combines
#   traditional information-system security (infrastructure, clearances, backups, physical
#   security, secure development and maintenance) with the risks specific to AI and to large
#   datasets. The manifest references that analysis in security.risk_analysis_ref.
# related_resources:
#   - description: "CNIL — Ensuring the security of an AI system's development"
#     ref: https://cnil.fr/en/ensuring-security-ai-systems-development
# custom:
#   id: SEC-01
#   step: security
#   fiche: security
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 5(1)(f)", "GDPR 32"]
#   fr:
#     title: Sécurité du développement fondée sur une analyse de risques documentée
#     description: >-
#       Le RGPD (art. 32) impose des mesures de sécurité adaptées aux risques. La CNIL demande que
#       la sécurité du développement d'un système d'IA repose sur une analyse de risques qui associe
#       la sécurité classique des systèmes d'information (infrastructure, habilitations,
#       sauvegardes, sécurité physique, développement et maintenance sécurisés) aux risques propres
#       à l'IA et aux grands jeux de données. Le manifeste référence cette analyse dans
#       security.risk_analysis_ref.
#   remediation:
#     en: >-
#       Carry out a security risk analysis of the development (classic and AI-specific risks)
#       and reference it in security.risk_analysis_ref.
#     fr: >-
#       Réalisez une analyse des risques de sécurité du développement (risques classiques et
#       propres à l'IA) et référencez-la dans security.risk_analysis_ref.
#   checks:
#     - message: no_analysis
#       outcome: fail
#       level: must
#       catalog: "SEC-01 — Base security on a risk analysis combining \"traditional\" security (environment: infrastructure, clearances, backups, physical security; secure software development and maintenance: good practices, vulnerability and update management) with AI- and large-dataset-specific risks; pursue at least three objectives: confidentiality of data (including publicly accessible data, since annotations may add personal data), performance/integrity of the system (most measures must be taken during development), and general information-system security."
#     - message: analysed
#       outcome: pass
#       level: must
#       catalog: "SEC-01 — Base security on a risk analysis combining \"traditional\" security (environment: infrastructure, clearances, backups, physical security; secure software development and maintenance: good practices, vulnerability and update management) with AI- and large-dataset-specific risks; pursue at least three objectives: confidentiality of data (including publicly accessible data, since annotations may add personal data), performance/integrity of the system (most measures must be taken during development), and general information-system security."
#   messages:
#     no_analysis:
#       en: >-
#         security.risk_analysis_ref is missing: the security measures of the development must
#         follow from a documented risk analysis covering classic and AI-specific risks (GDPR
#         art. 32).
#       fr: >-
#         security.risk_analysis_ref est absent : les mesures de sécurité du développement doivent
#         découler d'une analyse de risques documentée couvrant les risques classiques et propres à
#         l'IA (RGPD, art. 32).
#     analysed:
#       en: The security of the development rests on the risk analysis {{.ref}}.
#       fr: La sécurité du développement repose sur l'analyse de risques {{.ref}}.
package cnil.security.sec_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_analysis", {}, "/security/risk_analysis_ref") if {
	facts.gdpr_applies
	not facts.declared(input.manifest, ["security", "risk_analysis_ref"])
}

results contains result.pass(rego.metadata.chain(), "analysed", {"ref": ref}, "/security/risk_analysis_ref") if {
	facts.gdpr_applies
	facts.declared(input.manifest, ["security", "risk_analysis_ref"])
	ref := input.manifest.security.risk_analysis_ref
}
