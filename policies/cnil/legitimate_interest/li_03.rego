# METADATA
# title: Legitimate interest — safeguards keep the balancing proportionate
# description: >-
#   Legitimate interests can only be relied on if the processing does not have a
#   disproportionate impact on the people concerned. For the development of AI systems, the CNIL
#   expects the balancing to be restored by additional safeguards that limit that impact (for
#   example exclusion of sensitive data, early anonymisation or pseudonymisation, enhanced
#   transparency, an effective right to object, measures against memorisation, licences
#   restricting uses). Without any safeguard declared, the balancing cannot be shown to hold.
# related_resources:
#   - description: "CNIL — IA : Mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
# custom:
#   id: LI-03
#   step: legitimate_interest
#   fiche: legitimate-interest
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)", "GDPR 21", "GDPR 25"]
#   fr:
#     title: Intérêt légitime — des garanties maintiennent une mise en balance proportionnée
#   remediation:
#     en: >-
#       List in processing_activities[].legitimate_interest.balancing.safeguards the measures
#       that limit the impact on people, chosen according to the risks identified (for example
#       exclude_sensitive_data, early_anonymisation, pseudonymisation, enhanced_transparency,
#       prior_opt_out, unconditional_objection, anti_memorisation, output_filters,
#       restrictive_licence, security_measures). If no safeguard can make the impact
#       proportionate, legitimate interests cannot be relied on.
#     fr: >-
#       Listez dans processing_activities[].legitimate_interest.balancing.safeguards les mesures
#       qui limitent l'impact sur les personnes, choisies en fonction des risques identifiés
#       (par exemple exclude_sensitive_data, early_anonymisation, pseudonymisation,
#       enhanced_transparency, prior_opt_out, unconditional_objection, anti_memorisation,
#       output_filters, restrictive_licence, security_measures). Si aucune garantie ne permet de
#       rendre l'impact proportionné, l'intérêt légitime ne peut pas être invoqué.
#   messages:
#     no_gdpr:
#       en: >-
#         The GDPR does not apply to the development (no personal data, or a legal regime other
#         than the GDPR): no legitimate-interest safeguards are assessed.
#       fr: >-
#         Le RGPD ne s'applique pas au développement (aucune donnée personnelle, ou régime
#         juridique autre que le RGPD) : aucune garantie au titre de l'intérêt légitime n'est
#         examinée.
#     no_li:
#       en: >-
#         No development activity declares legitimate_interests as its legal basis: no
#         additional safeguards are required by this rule.
#       fr: >-
#         Aucune activité de la phase de développement ne déclare legitimate_interests comme base
#         légale : cette règle n'exige aucune garantie supplémentaire.
#     no_safeguards:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests but
#         legitimate_interest.balancing.safeguards is empty or missing: without safeguards
#         limiting the impact on people, the balancing cannot be shown not to be
#         disproportionate (GDPR art. 6(1)(f)).
#       fr: >-
#         L'activité {{.activity}} repose sur l'intérêt légitime mais
#         legitimate_interest.balancing.safeguards est vide ou absent : sans garanties limitant
#         l'impact sur les personnes, il n'est pas possible d'établir que la mise en balance
#         n'est pas disproportionnée (article 6(1)(f) du RGPD).
#     declared:
#       en: >-
#         Activity {{.activity}}: the balancing relies on the declared safeguards {{.safeguards}}.
#       fr: >-
#         Activité {{.activity}} : la mise en balance s'appuie sur les garanties déclarées
#         {{.safeguards}}.
package cnil.legitimate_interest.li_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

_activities := object.get(input.manifest, "processing_activities", [])

# Development activities that rely on legitimate interests.
_li_activities contains i if {
	some i in facts.development_activities
	_activities[i].legal_basis == "legitimate_interests"
}

_id(i) := object.get(_activities[i], "id", sprintf("#%d", [i]))

_path := ["legitimate_interest", "balancing", "safeguards"]

results contains result.not_applicable(rego.metadata.chain(), "no_gdpr", {}, "/personal_data/processed") if {
	not facts.gdpr_applies
}

results contains result.not_applicable(rego.metadata.chain(), "no_li", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(_li_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_safeguards", {"activity": _id(i)}, pointer) if {
	facts.gdpr_applies
	some i in _li_activities
	not facts.declared(_activities[i], _path)
	pointer := sprintf("/processing_activities/%d/legitimate_interest/balancing/safeguards", [i])
}

results contains result.pass(rego.metadata.chain(), "declared", params, pointer) if {
	facts.gdpr_applies
	some i in _li_activities
	facts.declared(_activities[i], _path)
	safeguards := facts.value_at(_activities[i], _path)
	params := {"activity": _id(i), "safeguards": _text(safeguards)}
	pointer := sprintf("/processing_activities/%d/legitimate_interest/balancing/safeguards", [i])
}

_text(value) := concat(", ", [sprintf("%v", [v]) | some v in value]) if is_array(value)

_text(value) := sprintf("%v", [value]) if not is_array(value)
