# METADATA
# title: Legitimate interest — safeguards chosen according to the risks
# description: >-
#   The CNIL recommends choosing the additional safeguards of a legitimate-interest balancing
#   according to the risks of the project. This rule checks two correspondences the manifest
#   makes visible (the tool's own mapping of the CNIL examples): a risk of memorisation or
#   regurgitation (declared as a deployment impact, or inherent to a generative system) calls for
#   measures against memorisation or output filters; an open release of the model calls for a
#   licence restricting uses.
# related_resources:
#   - description: "CNIL — IA : Mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
#   - description: "CNIL — Intérêt légitime : fiche focus sur la diffusion des modèles en source ouverte"
#     ref: https://cnil.fr/fr/focus-interet-legitime-diffusion-modeles-source-ouverte
# custom:
#   id: LI-03.2
#   step: legitimate_interest
#   fiche: legitimate-interest
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)", "GDPR 25"]
#   fr:
#     title: Intérêt légitime — garanties choisies en fonction des risques
#     description: >-
#       La CNIL recommande de choisir les garanties supplémentaires d'une mise en balance au
#       titre de l'intérêt légitime en fonction des risques du projet. Cette règle vérifie deux
#       correspondances que le manifeste rend visibles (mise en correspondance des exemples de
#       la CNIL propre à l'outil) : un risque de mémorisation ou de régurgitation (déclaré comme
#       impact lors de l'utilisation, ou inhérent à un système génératif) appelle des mesures
#       contre la mémorisation ou des filtres en sortie ; une diffusion ouverte du modèle
#       appelle une licence restreignant les usages.
#   remediation:
#     en: >-
#       Complete processing_activities[].legitimate_interest.balancing.safeguards according to
#       the risks: anti_memorisation (for example deduplication of the training data) or
#       output_filters when the model may memorise or regurgitate personal data;
#       restrictive_licence when the model is released openly. If you depart from this
#       recommendation, record the justification in a waiver.
#     fr: >-
#       Complétez processing_activities[].legitimate_interest.balancing.safeguards en fonction
#       des risques : anti_memorisation (par exemple dédoublonnage des données d'entraînement)
#       ou output_filters lorsque le modèle peut mémoriser ou régurgiter des données
#       personnelles ; restrictive_licence lorsque le modèle est diffusé en source ouverte. Si
#       vous vous écartez de cette recommandation, consignez-en la justification dans une
#       exemption (waivers[]).
#   checks:
#     - message: no_li
#       outcome: not_applicable
#       level: should
#       catalog: "LI-03 — Level: SHOULD (selection); MUST that the balancing is not disproportionate."
#     - message: memorisation_impact
#       outcome: fail
#       level: should
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: memorisation_generative
#       outcome: fail
#       level: should
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: open_release
#       outcome: fail
#       level: should
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: nothing_to_match
#       outcome: not_applicable
#       level: should
#       catalog: "LI-03 — Level: SHOULD (selection); MUST that the balancing is not disproportionate."
#     - message: matched
#       outcome: pass
#       level: should
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#   messages:
#     no_li:
#       en: >-
#         No development activity declares legitimate interests as its legal basis: the choice of
#         legitimate-interest safeguards is not assessed.
#       fr: >-
#         Aucun traitement de la phase de développement ne déclare l'intérêt légitime comme base
#         légale : le choix des garanties au titre de l'intérêt légitime n'est pas examiné.
#     memorisation_impact:
#       en: >-
#         Activity {{.activity}} declares a memorisation or regurgitation impact
#         (balancing.impacts_deployment) but balancing.safeguards lists neither
#         anti_memorisation nor output_filters: the CNIL recommends measures against
#         memorisation and regurgitation for this risk.
#       fr: >-
#         Le traitement {{.activity}} déclare un impact de mémorisation ou de régurgitation
#         (balancing.impacts_deployment) mais balancing.safeguards ne mentionne ni anti_memorisation
#         ni output_filters : la CNIL recommande des mesures contre la mémorisation et la
#         régurgitation face à ce risque.
#     memorisation_generative:
#       en: >-
#         Activity {{.activity}} develops a generative system (ai_system.generative: true), which
#         may memorise and regurgitate training data, but balancing.safeguards lists neither
#         anti_memorisation nor output_filters.
#       fr: >-
#         Le traitement {{.activity}} développe un système génératif (ai_system.generative : true),
#         susceptible de mémoriser et de régurgiter des données d'entraînement, mais
#         balancing.safeguards ne mentionne ni anti_memorisation ni output_filters.
#     open_release:
#       en: >-
#         Activity {{.activity}}: the model is released openly (distribution) but
#         balancing.safeguards does not list `restrictive_licence`: the CNIL recommends licences
#         that restrict unlawful or harmful reuses when models are distributed.
#       fr: >-
#         Traitement {{.activity}} : le modèle est diffusé en source ouverte (distribution) mais
#         balancing.safeguards ne mentionne pas `restrictive_licence` : la CNIL recommande des
#         licences restreignant les réutilisations illicites ou préjudiciables lorsque des modèles
#         sont diffusés.
#     nothing_to_match:
#       en: >-
#         Activity {{.activity}} declares no safeguard (reported by LB-04) and the manifest shows no
#         risk that this rule maps to a specific safeguard.
#       fr: >-
#         Le traitement {{.activity}} ne déclare aucune garantie (signalé par LB-04) et le manifeste
#         ne fait apparaître aucun risque que cette règle associe à une garantie particulière.
#     matched:
#       en: >-
#         Activity {{.activity}}: the declared safeguards ({{.safeguards}}) leave uncovered none
#         of the risks this rule checks (memorisation or regurgitation, open release of the
#         model).
#       fr: >-
#         Traitement {{.activity}} : les garanties déclarées ({{.safeguards}}) ne laissent sans
#         réponse aucun des risques examinés par cette règle (mémorisation ou régurgitation,
#         diffusion en source ouverte du modèle).
package cnil.legitimate_interest.li_03_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := object.get(input.manifest, "processing_activities", [])

_id(i) := object.get(_activities[i], "id", sprintf("#%d", [i]))

_safeguards(i) := {s | some s in facts.value_at(_activities[i], ["legitimate_interest", "balancing", "safeguards"])}

_pointer(i) := sprintf("/processing_activities/%d/legitimate_interest/balancing/safeguards", [i])

_memorisation_safeguards := {"anti_memorisation", "output_filters"}

# Each risk an activity shows (by activity index and message key), with the
# safeguards any one of which covers it.
_risks[i].memorisation_impact := _memorisation_safeguards if {
	some i in facts.legitimate_interest_activities
	_memorisation_declared(i)
}

_risks[i].memorisation_generative := _memorisation_safeguards if {
	some i in facts.legitimate_interest_activities
	input.manifest.ai_system.generative == true
	not _memorisation_declared(i)
}

_risks[i].open_release := {"restrictive_licence"} if {
	some i in facts.legitimate_interest_activities
	facts.model_distributed_openly
}

_memorisation_declared(i) if {
	some impact in facts.value_at(_activities[i], ["legitimate_interest", "balancing", "impacts_deployment"])
	regex.match(`(?i)memori[sz]|regurgitat`, sprintf("%v", [impact]))
}

# Risks of each activity that none of its safeguards covers, by activity index.
_uncovered[i] contains result.finding(key, {"activity": _id(i)}, _pointer(i)) if {
	some i, key
	covering := _risks[i][key]
	count(covering & _safeguards(i)) == 0
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_li", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.legitimate_interest_activities) == 0
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _uncovered[_]
}

results contains result.not_applicable(rego.metadata.chain(), "nothing_to_match", {"activity": _id(i)}, _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	not _uncovered[i]
	count(_safeguards(i)) == 0
}

results contains result.pass(rego.metadata.chain(), "matched", params, _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	not _uncovered[i]
	count(_safeguards(i)) > 0
	params := {"activity": _id(i), "safeguards": labels.words("li_balancing.safeguards", _safeguards(i))}
}
