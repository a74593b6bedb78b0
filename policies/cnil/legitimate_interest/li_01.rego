# METADATA
# title: Legitimate interest — the interest pursued must be legitimate
# description: >-
#   When a development activity relies on legitimate interests, the interest pursued must be
#   legitimate. The CNIL presumes some interests legitimate (scientific research, public access
#   to information, new systems or features for users, conversational assistants, improving a
#   product or service, fraud or abuse detection, any lawful commercial interest) and excludes
#   interests tied to a system with no link to the organisation's mission or activity, a system
#   that cannot be lawfully deployed, or a system prohibited by law, such as the practices of
#   AI Act art. 5.
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
#     title: Intérêt légitime — l'intérêt poursuivi doit être légitime
#   remediation:
#     en: >-
#       Set processing_activities[].legitimate_interest.interest_category to the category that
#       matches the interest pursued (for example scientific_research,
#       new_systems_or_features_for_users, product_or_service_performance_improvement,
#       fraud_or_abuse_detection or lawful_commercial_interest). If the interest falls in a
#       category the CNIL excludes, or if the system is a practice prohibited by AI Act art. 5
#       (ai_act.risk_level: prohibited), legitimate interests cannot be relied on: redesign the
#       project or choose another legal basis.
#     fr: >-
#       Renseignez processing_activities[].legitimate_interest.interest_category avec la catégorie
#       correspondant à l'intérêt poursuivi (par exemple scientific_research,
#       new_systems_or_features_for_users, product_or_service_performance_improvement,
#       fraud_or_abuse_detection ou lawful_commercial_interest). Si l'intérêt relève d'une
#       catégorie que la CNIL exclut, ou si le système constitue une pratique interdite par
#       l'article 5 du règlement sur l'IA (ai_act.risk_level : prohibited), l'intérêt légitime ne
#       peut pas être invoqué : revoyez le projet ou choisissez une autre base légale.
#   messages:
#     no_gdpr:
#       en: >-
#         The GDPR does not apply to the development (no personal data, or a legal regime other
#         than the GDPR): the legitimacy of an interest under GDPR art. 6(1)(f) is not assessed.
#       fr: >-
#         Le RGPD ne s'applique pas au développement (aucune donnée personnelle, ou régime
#         juridique autre que le RGPD) : la légitimité d'un intérêt au sens de l'article 6(1)(f)
#         du RGPD n'est pas examinée.
#     no_li:
#       en: >-
#         No development activity declares legitimate_interests as its legal basis: the CNIL
#         legitimate-interest fiche does not apply.
#       fr: >-
#         Aucune activité de la phase de développement ne déclare legitimate_interests comme base
#         légale : la fiche de la CNIL sur l'intérêt légitime ne s'applique pas.
#     no_category:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests but
#         legitimate_interest.interest_category is not declared: the interest pursued must be
#         shown to be legitimate (GDPR art. 6(1)(f)), by reference to the categories the CNIL
#         presumes legitimate or excludes.
#       fr: >-
#         L'activité {{.activity}} repose sur l'intérêt légitime mais
#         legitimate_interest.interest_category n'est pas renseigné : il faut établir que
#         l'intérêt poursuivi est légitime (article 6(1)(f) du RGPD), au regard des catégories que
#         la CNIL présume légitimes ou exclut.
#     unknown_category:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.interest_category "{{.category}}" is not a
#         category of the CNIL list (presumed legitimate or excluded), so the legitimacy of the
#         interest cannot be checked.
#       fr: >-
#         Activité {{.activity}} : legitimate_interest.interest_category « {{.category}} » ne
#         figure pas dans la liste de la CNIL (intérêts présumés légitimes ou exclus) ; la
#         légitimité de l'intérêt ne peut donc pas être vérifiée.
#     no_link:
#       en: >-
#         Activity {{.activity}}: the interest category {{.category}} describes a system with no
#         link to the organisation's mission or activity; the CNIL considers that such an
#         interest cannot be legitimate, so legitimate interests cannot be the legal basis.
#       fr: >-
#         Activité {{.activity}} : la catégorie d'intérêt {{.category}} correspond à un système
#         sans lien avec la mission ou l'activité de l'organisme ; la CNIL considère qu'un tel
#         intérêt ne peut pas être légitime, l'intérêt légitime ne peut donc pas servir de base
#         légale.
#     undeployable:
#       en: >-
#         Activity {{.activity}}: the interest category {{.category}} describes a system that
#         cannot be lawfully deployed (for example a use of minors' data prohibited by the DSA);
#         the CNIL considers that such an interest cannot be legitimate.
#       fr: >-
#         Activité {{.activity}} : la catégorie d'intérêt {{.category}} correspond à un système
#         qui ne peut pas être déployé licitement (par exemple une utilisation de données de
#         mineurs interdite par le DSA) ; la CNIL considère qu'un tel intérêt ne peut pas être
#         légitime.
#     prohibited_category:
#       en: >-
#         Activity {{.activity}}: the interest category {{.category}} describes a system
#         prohibited by law (for example by AI Act art. 5); such an interest cannot be legitimate.
#       fr: >-
#         Activité {{.activity}} : la catégorie d'intérêt {{.category}} correspond à un système
#         interdit par la loi (par exemple par l'article 5 du règlement sur l'IA) ; un tel
#         intérêt ne peut pas être légitime.
#     prohibited_system:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests, but ai_act.risk_level is
#         prohibited: developing a system for a practice prohibited by AI Act art. 5 cannot
#         serve a legitimate interest.
#       fr: >-
#         L'activité {{.activity}} repose sur l'intérêt légitime, mais ai_act.risk_level vaut
#         prohibited : développer un système destiné à une pratique interdite par l'article 5 du
#         règlement sur l'IA ne peut pas répondre à un intérêt légitime.
#     presumed:
#       en: >-
#         Activity {{.activity}}: the interest category {{.category}} is one the CNIL presumes
#         legitimate, provided the interest is lawful, precise, and real and present; no AI Act
#         prohibition is declared.
#       fr: >-
#         Activité {{.activity}} : la catégorie d'intérêt {{.category}} fait partie de celles que
#         la CNIL présume légitimes, à condition que l'intérêt soit licite, précis, réel et
#         actuel ; aucune interdiction au titre du règlement sur l'IA n'est déclarée.
package cnil.legitimate_interest.li_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

_presumed := {
	"scientific_research",
	"public_access_to_information",
	"new_systems_or_features_for_users",
	"conversational_assistant_service",
	"product_or_service_performance_improvement",
	"fraud_or_abuse_detection",
	"lawful_commercial_interest",
}

# The excluded categories, each with the message that explains why.
_excluded := {
	"no_link_with_mission_or_activity": "no_link",
	"system_cannot_be_lawfully_deployed": "undeployable",
	"system_prohibited_by_law": "prohibited_category",
}

_activities := object.get(input.manifest, "processing_activities", [])

# Development activities that rely on legitimate interests.
_li_activities contains i if {
	some i in facts.development_activities
	_activities[i].legal_basis == "legitimate_interests"
}

_id(i) := object.get(_activities[i], "id", sprintf("#%d", [i]))

_category(i) := facts.value_at(_activities[i], ["legitimate_interest", "interest_category"])

_pointer(i) := sprintf("/processing_activities/%d/legitimate_interest/interest_category", [i])

_prohibited_system if input.manifest.ai_act.risk_level == "prohibited"

results contains result.not_applicable(rego.metadata.chain(), "no_gdpr", {}, "/personal_data/processed") if {
	not facts.gdpr_applies
}

results contains result.not_applicable(rego.metadata.chain(), "no_li", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(_li_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_category", {"activity": _id(i)}, _pointer(i)) if {
	facts.gdpr_applies
	some i in _li_activities
	not facts.declared(_activities[i], ["legitimate_interest", "interest_category"])
}

results contains result.fail(rego.metadata.chain(), key, {"activity": _id(i), "category": category}, _pointer(i)) if {
	facts.gdpr_applies
	some i in _li_activities
	category := _category(i)
	key := _excluded[category]
}

results contains result.fail(rego.metadata.chain(), "unknown_category", {"activity": _id(i), "category": category}, _pointer(i)) if {
	facts.gdpr_applies
	some i in _li_activities
	category := _category(i)
	facts.filled(category)
	not category in _presumed
	not _excluded[category]
}

results contains result.fail(rego.metadata.chain(), "prohibited_system", {"activity": _id(i)}, "/ai_act/risk_level") if {
	facts.gdpr_applies
	some i in _li_activities
	_prohibited_system
}

results contains result.pass(rego.metadata.chain(), "presumed", {"activity": _id(i), "category": category}, _pointer(i)) if {
	facts.gdpr_applies
	some i in _li_activities
	category := _category(i)
	category in _presumed
	not _prohibited_system
}
