# METADATA
# title: Code hosted on one of ACME's forges
# description: >-
#   ACME house rule (not a CNIL recommendation), in the CNIL security step: the
#   project's code lives on one of ACME's own forges (data.acme.forges), where
#   ACME controls access and keeps the logs.
# related_resources:
#   - description: "ACME — source code hosting policy"
#     ref: https://intranet.acme.example/forges
# custom:
#   id: ACME-02
#   step: security
#   fiche: acme
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: []
#   fr:
#     title: Code hébergé sur une forge d'ACME
#     description: >-
#       Règle interne d'ACME (pas une recommandation de la CNIL), dans l'étape sécurité de la
#       CNIL : le code du projet est hébergé sur une des forges d'ACME (data.acme.forges).
#   remediation:
#     en: Move the repository to one of ACME's forges and set project.repository to its URL.
#     fr: Déplacez le dépôt vers une forge d'ACME et indiquez son URL dans project.repository.
#   checks:
#     - message: on_forge
#       outcome: pass
#       level: must
#       catalog: ACME source code hosting policy (house rule)
#     - message: elsewhere
#       outcome: fail
#       level: must
#       catalog: ACME source code hosting policy (house rule)
#     - message: undeclared
#       outcome: fail
#       level: must
#       catalog: ACME source code hosting policy (house rule)
#   messages:
#     on_forge:
#       en: "The code is on ACME's forge {{.forge}}."
#       fr: "Le code est sur la forge d'ACME {{.forge}}."
#     elsewhere:
#       en: "project.repository {{.repository}} is not on one of ACME's forges."
#       fr: "project.repository {{.repository}} n'est pas sur une forge d'ACME."
#     undeclared:
#       en: "project.repository is missing: ACME's hosting policy cannot be checked."
#       fr: "project.repository est absent : la règle d'hébergement d'ACME ne peut être vérifiée."
package cnil.security.acme_02

import data.cnilpolicy.lib.result

rule_info := result.describe(rego.metadata.chain())

_repository := object.get(input.manifest, ["project", "repository"], null)

_forge := forge if {
	some forge in data.acme.forges
	startswith(_repository, forge)
}

results contains result.pass(rego.metadata.chain(), "on_forge", {"forge": _forge}, "/project/repository") if {
	_forge
}

results contains result.fail(rego.metadata.chain(), "elsewhere", {"repository": _repository}, "/project/repository") if {
	is_string(_repository)
	not _forge
}

results contains result.fail(rego.metadata.chain(), "undeclared", {}, "/project/repository") if {
	not is_string(_repository)
}
