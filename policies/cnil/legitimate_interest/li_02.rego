# METADATA
# title: Legitimate interest — impacts during development and use weighed against benefits
# description: >-
#   The balancing test of a development activity based on legitimate interests must identify the
#   impacts on the people concerned both during development (for example large-scale
#   collection, loss of control over data published online) and during use of the model or
#   system (for example memorisation and regurgitation, discrimination, reputational harm), and
#   weigh them against the benefits of the processing (openness of the model can count among
#   them). The reasonable expectations of the people, the other element of the balancing, are
#   checked by LB-04.
# related_resources:
#   - description: "CNIL — IA : Mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
#   - description: "CNIL — Intérêt légitime : fiche focus sur la collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
# custom:
#   id: LI-02
#   step: legitimate_interest
#   fiche: legitimate-interest
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)"]
#   fr:
#     title: Intérêt légitime — impacts pendant le développement et l'utilisation mis en regard des bénéfices
#     description: >-
#       La mise en balance d'un traitement de développement fondé sur l'intérêt légitime doit
#       identifier les impacts sur les personnes concernées, tant pendant le développement (par
#       exemple une collecte à grande échelle, la perte de maîtrise sur des données publiées en
#       ligne) que lors de l'utilisation du modèle ou du système (par exemple la mémorisation et
#       la régurgitation, la discrimination, l'atteinte à la réputation), et les mettre en
#       regard des bénéfices du traitement (l'ouverture du modèle peut en faire partie). Les
#       attentes raisonnables des personnes, l'autre élément de la mise en balance, sont
#       vérifiées par LB-04.
#   remediation:
#     en: >-
#       In processing_activities[].legitimate_interest.balancing, list the impacts on people
#       during development (impacts_development) and during use of the model or system
#       (impacts_deployment), and list the benefits of the processing (benefits) against which
#       these impacts are weighed.
#     fr: >-
#       Dans processing_activities[].legitimate_interest.balancing, listez les impacts sur les
#       personnes pendant le développement (impacts_development) et lors de l'utilisation du
#       modèle ou du système (impacts_deployment), et listez les bénéfices du traitement
#       (benefits) mis en regard de ces impacts.
#   checks:
#     - message: no_li
#       outcome: not_applicable
#       level: must-if
#       catalog: "LI-02 — Level: MUST-IF `legal_basis == legitimate_interests`."
#     - message: no_impacts_development
#       outcome: fail
#       level: must-if
#       catalog: "LI-02 — The balancing must consider people's reasonable expectations (publicly accessible or not, nature of the source site, restricted-audience posts keep a private character, relationship with the controller) and the impacts both during development (e.g. large-scale collection, loss of control) and deployment (e.g. memorisation/regurgitation, discrimination, reputational harm), against the benefits of the processing (openness can count as a benefit, see OSS-01)."
#     - message: no_impacts_deployment
#       outcome: fail
#       level: must-if
#       catalog: "LI-02 — The balancing must consider people's reasonable expectations (publicly accessible or not, nature of the source site, restricted-audience posts keep a private character, relationship with the controller) and the impacts both during development (e.g. large-scale collection, loss of control) and deployment (e.g. memorisation/regurgitation, discrimination, reputational harm), against the benefits of the processing (openness can count as a benefit, see OSS-01)."
#     - message: no_benefits
#       outcome: fail
#       level: must-if
#       catalog: "LI-02 — The balancing must consider people's reasonable expectations (publicly accessible or not, nature of the source site, restricted-audience posts keep a private character, relationship with the controller) and the impacts both during development (e.g. large-scale collection, loss of control) and deployment (e.g. memorisation/regurgitation, discrimination, reputational harm), against the benefits of the processing (openness can count as a benefit, see OSS-01)."
#     - message: documented
#       outcome: pass
#       level: must-if
#       catalog: "LI-02 — The balancing must consider people's reasonable expectations (publicly accessible or not, nature of the source site, restricted-audience posts keep a private character, relationship with the controller) and the impacts both during development (e.g. large-scale collection, loss of control) and deployment (e.g. memorisation/regurgitation, discrimination, reputational harm), against the benefits of the processing (openness can count as a benefit, see OSS-01)."
#   messages:
#     no_li:
#       en: >-
#         No development activity declares legitimate interests as its legal basis: no balancing
#         test is required by this rule.
#       fr: >-
#         Aucun traitement de la phase de développement ne déclare l'intérêt légitime comme base
#         légale : cette règle n'exige aucune mise en balance.
#     no_impacts_development:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.balancing.impacts_development is empty or
#         missing. The balancing must identify the impacts on people during development (for
#         example large-scale collection, loss of control over data published online).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.balancing.impacts_development est vide ou
#         absent. La mise en balance doit identifier les impacts sur les personnes pendant le
#         développement (par exemple collecte à grande échelle, perte de maîtrise sur des données
#         publiées en ligne).
#     no_impacts_deployment:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.balancing.impacts_deployment is empty or
#         missing. The balancing must also consider the impacts of the use of the model or
#         system (for example memorisation and regurgitation of data, discrimination,
#         reputational harm).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.balancing.impacts_deployment est vide ou
#         absent. La mise en balance doit aussi prendre en compte les impacts de l'utilisation du
#         modèle ou du système (par exemple mémorisation et régurgitation de données,
#         discrimination, atteinte à la réputation).
#     no_benefits:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.balancing.benefits is empty or missing. The
#         impacts on people can only be weighed against declared benefits of the processing
#         (for the controller, users or society; openness of the model can count among them).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.balancing.benefits est vide ou absent. Les
#         impacts sur les personnes ne peuvent être mis en balance qu'avec les bénéfices déclarés du
#         traitement (pour le responsable, les utilisateurs ou la société ; l'ouverture du modèle
#         peut en faire partie).
#     documented:
#       en: >-
#         Activity {{.activity}}: the balancing weighs {{.development}} impact(s) during
#         development and {{.deployment}} impact(s) during use against {{.benefits}} declared
#         benefit(s).
#       fr: >-
#         Traitement {{.activity}} : la mise en balance met en regard {{.development}} impact(s)
#         pendant le développement et {{.deployment}} impact(s) lors de l'utilisation avec
#         {{.benefits}} bénéfice(s) déclaré(s).
package cnil.legitimate_interest.li_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := object.get(input.manifest, "processing_activities", [])

_id(i) := object.get(_activities[i], "id", sprintf("#%d", [i]))

# Each element of the balancing, with the message reporting its absence.
_elements := {
	"impacts_development": "no_impacts_development",
	"impacts_deployment": "no_impacts_deployment",
	"benefits": "no_benefits",
}

_missing(i, field) if not facts.declared(_activities[i], ["legitimate_interest", "balancing", field])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_li", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.legitimate_interest_activities) == 0
}

results contains result.fail(rego.metadata.chain(), key, {"activity": _id(i)}, pointer) if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	some field, key in _elements
	_missing(i, field)
	pointer := sprintf("/processing_activities/%d/legitimate_interest/balancing/%s", [i, field])
}

results contains result.pass(rego.metadata.chain(), "documented", params, pointer) if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	every field, _ in _elements {
		not _missing(i, field)
	}
	balancing := _activities[i].legitimate_interest.balancing
	params := {
		"activity": _id(i),
		"development": _count(balancing.impacts_development),
		"deployment": _count(balancing.impacts_deployment),
		"benefits": _count(balancing.benefits),
	}
	pointer := sprintf("/processing_activities/%d/legitimate_interest/balancing", [i])
}

# Number of entries of a list (a single text counts as one).
_count(value) := count(value) if is_array(value)

_count(value) := 1 if not is_array(value)
