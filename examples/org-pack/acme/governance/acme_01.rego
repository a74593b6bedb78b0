# METADATA
# title: Approval of ACME's AI review board
# description: >-
#   ACME house rule (not a CNIL recommendation): every AI project records the
#   decision of ACME's AI review board in extensions.acme.review_board_ref.
# related_resources:
#   - description: "ACME — AI review board charter"
#     ref: https://intranet.acme.example/ai-review-board
# custom:
#   id: ACME-01
#   step: acme_governance
#   fiche: acme
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: []
#   fr:
#     title: Validation par le comité IA d'ACME
#     description: >-
#       Règle interne d'ACME (pas une recommandation de la CNIL) : chaque projet d'IA consigne
#       la décision du comité IA d'ACME dans extensions.acme.review_board_ref.
#   remediation:
#     en: >-
#       Present the project to ACME's AI review board and record its decision in
#       extensions.acme.review_board_ref.
#     fr: >-
#       Présentez le projet au comité IA d'ACME et consignez sa décision dans
#       extensions.acme.review_board_ref.
#   checks:
#     - message: approved
#       outcome: pass
#       level: must
#       catalog: ACME AI review board charter (house rule)
#     - message: no_review
#       outcome: fail
#       level: must
#       catalog: ACME AI review board charter (house rule)
#   messages:
#     approved:
#       en: "ACME's AI review board decision is recorded in {{.ref}}."
#       fr: "La décision du comité IA d'ACME est consignée dans {{.ref}}."
#     no_review:
#       en: >-
#         extensions.acme.review_board_ref is missing: ACME's house rules require the AI
#         review board's decision before development.
#       fr: >-
#         extensions.acme.review_board_ref est absent : les règles internes d'ACME exigent
#         la décision du comité IA avant le développement.
package cnil.acme_governance.acme_01

import data.cnilpolicy.lib.result

rule_info := result.describe(rego.metadata.chain())

_ref := object.get(input.manifest, ["extensions", "acme", "review_board_ref"], null)

results contains result.pass(rego.metadata.chain(), "approved", {"ref": _ref}, "/extensions/acme/review_board_ref") if {
	is_string(_ref)
}

results contains result.fail(rego.metadata.chain(), "no_review", {}, "/extensions/acme/review_board_ref") if {
	not is_string(_ref)
}
