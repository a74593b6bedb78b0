# METADATA
# title: Legitimate interest — no legitimate interest in a prohibited AI practice
# description: >-
#   The CNIL legitimate-interest fiche excludes interests tied to a system that is prohibited by
#   law, such as the practices of AI Act art. 5, or that cannot be lawfully deployed. This rule
#   checks the interest of each development activity based on legitimate interests against the
#   AI Act classification of the system (ai_act.risk_level). The interest category itself
#   (presumed legitimate or excluded categories) is checked by LB-04. Whether ai_act.risk_level
#   is declared is AIACT-01's to judge: when the pack evaluates that rule, this rule refers to it
#   instead of reporting the same omission a second time.
# related_resources:
#   - description: "CNIL — IA : Mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
# custom:
#   id: LI-01
#   step: legitimate_interest
#   fiche: legitimate-interest
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)", "AI Act 5"]
#   fr:
#     title: Intérêt légitime — pas d'intérêt légitime à une pratique d'IA interdite
#     description: >-
#       La fiche de la CNIL sur l'intérêt légitime exclut les intérêts liés à un système interdit
#       par la loi, comme les pratiques interdites par le règlement sur l'IA (art. 5), ou qui ne
#       peut pas être déployé licitement. Cette règle confronte l'intérêt de chaque traitement de
#       développement fondé sur l'intérêt légitime à la classification du système au titre du
#       règlement sur l'IA (ai_act.risk_level). La catégorie d'intérêt elle-même (catégories
#       présumées légitimes ou exclues) est vérifiée par LB-04.
#   remediation:
#     en: >-
#       Declare the AI Act classification of the system in ai_act.risk_level (prohibited, high,
#       transparency or minimal). A system that falls under a practice prohibited by AI Act
#       art. 5 cannot be developed on legitimate interests: redesign the project so that it is
#       no longer a prohibited practice, or abandon it.
#     fr: >-
#       Déclarez la classification du système au titre du règlement sur l'IA dans ai_act.risk_level
#       (prohibited, high, transparency ou minimal). Un système relevant d'une pratique interdite
#       par le règlement sur l'IA (art. 5) ne peut pas être développé sur le fondement de l'intérêt
#       légitime : revoyez le projet pour qu'il ne constitue plus une pratique interdite, ou
#       abandonnez-le.
#   checks:
#     - message: no_li
#       outcome: not_applicable
#       level: must-if
#       catalog: "LI-01 — Level: MUST-IF `legal_basis == legitimate_interests`."
#     - message: risk_level_undeclared
#       outcome: fail
#       level: must-if
#       catalog: "LI-01 — Use E10: an interest tied to a system with no link to the organisation's activity, that cannot be lawfully deployed, or that is prohibited (e.g. AI Act art. 5) cannot be legitimate."
#     - message: judged_by_owner
#       outcome: not_applicable
#       level: must-if
#       catalog: "LI-01 — Use E10: an interest tied to a system that is prohibited (e.g. AI Act art. 5) cannot be legitimate; the classification itself is AIACT-01's (one owner per fact)."
#     - message: prohibited_system
#       outcome: fail
#       level: must-if
#       catalog: "LI-01 — Use E10: an interest tied to a system with no link to the organisation's activity, that cannot be lawfully deployed, or that is prohibited (e.g. AI Act art. 5) cannot be legitimate."
#     - message: not_prohibited
#       outcome: pass
#       level: must-if
#       catalog: "LI-01 — Use E10: an interest tied to a system with no link to the organisation's activity, that cannot be lawfully deployed, or that is prohibited (e.g. AI Act art. 5) cannot be legitimate."
#   messages:
#     no_li:
#       en: >-
#         No development activity declares legitimate interests as its legal basis: the CNIL
#         legitimate-interest fiche does not apply.
#       fr: >-
#         Aucun traitement de la phase de développement ne déclare l'intérêt légitime comme base
#         légale : la fiche de la CNIL sur l'intérêt légitime ne s'applique pas.
#     risk_level_undeclared:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests but ai_act.risk_level is not
#         declared: the tool cannot verify that the system is not a practice prohibited by AI Act
#         art. 5, for which no interest can be legitimate.
#       fr: >-
#         Le traitement {{.activity}} repose sur l'intérêt légitime mais ai_act.risk_level n'est pas
#         renseigné : l'outil ne peut pas vérifier que le système ne relève pas d'une pratique
#         interdite par le règlement sur l'IA (art. 5), pour laquelle aucun intérêt ne peut être
#         légitime.
#     judged_by_owner:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests but ai_act.risk_level is not
#         declared; AIACT-01 judges it in this pack (one rule owns each fact; this rule judges it
#         only in a pack without that rule).
#       fr: >-
#         Le traitement {{.activity}} repose sur l'intérêt légitime mais ai_act.risk_level n'est pas
#         renseigné ; AIACT-01 en juge dans ce paquet (une seule règle juge chaque fait ; celle-ci
#         n'en juge que dans un paquet sans cette règle).
#     prohibited_system:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests, but ai_act.risk_level is
#         prohibited: developing a system for a practice prohibited by AI Act art. 5 cannot serve
#         a legitimate interest.
#       fr: >-
#         Le traitement {{.activity}} repose sur l'intérêt légitime, mais ai_act.risk_level vaut
#         prohibited : développer un système destiné à une pratique interdite par le règlement sur
#         l'IA (art. 5) ne peut pas répondre à un intérêt légitime.
#     not_prohibited:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests and the system is not classified as
#         a practice prohibited by AI Act art. 5 (ai_act.risk_level: {{.risk_level}}).
#       fr: >-
#         Le traitement {{.activity}} repose sur l'intérêt légitime et le système n'est pas classé
#         comme une pratique interdite par le règlement sur l'IA (art. 5 ; ai_act.risk_level :
#         {{.risk_level}}).
package cnil.legitimate_interest.li_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := object.get(input.manifest, "processing_activities", [])

_id(i) := object.get(_activities[i], "id", sprintf("#%d", [i]))

# The declared level, not a derived one, on purpose: the practices of AI Act
# art. 5 (social scoring, manipulation, emotion recognition at work or school,
# ...) are not facts the manifest records, so "prohibited" can only be
# declared. The one prohibited practice the facts do show, untargeted
# scraping of facial images for recognition, is SCRAPE-05.2's to fail.
_risk_level := facts.value_at(input.manifest, ["ai_act", "risk_level"])

# AIACT-01 owns the classification: it reports a missing level when its step
# is evaluated, and this rule does only when the pack leaves it out.
_owner_step := "ai_act"

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_li", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.legitimate_interest_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "risk_level_undeclared", {"activity": _id(i)}, "/ai_act/risk_level") if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	not facts.filled(_risk_level)
	not facts.step_evaluated(_owner_step)
}

results contains result.not_applicable(rego.metadata.chain(), "judged_by_owner", {"activity": _id(i)}, "/ai_act/risk_level") if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	not facts.filled(_risk_level)
	facts.step_evaluated(_owner_step)
}

results contains result.fail(rego.metadata.chain(), "prohibited_system", {"activity": _id(i)}, "/ai_act/risk_level") if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	_risk_level == "prohibited"
}

results contains result.pass(rego.metadata.chain(), "not_prohibited", params, "/ai_act/risk_level") if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	facts.filled(_risk_level)
	_risk_level != "prohibited"
	params := {"activity": _id(i), "risk_level": labels.word("ai_act_risk_level", _risk_level)}
}
