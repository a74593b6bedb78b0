# METADATA
# title: "Legitimate interests: three cumulative conditions, documented"
# description: >-
#   An activity relying on legitimate interests must meet three cumulative conditions: (1) the
#   interest is legitimate (manifestly lawful, clear and precise, real and present, and not among
#   the interests the CNIL excludes); (2) the processing is necessary to achieve it (no less
#   intrusive means, identifiable data used only if needed); (3) the balancing with the data
#   subjects' rights shows no disproportionate impact, given their reasonable expectations and the
#   safeguards adopted. This is the step-3 obligation; the legitimate-interest fiche (LI-01 to
#   LI-03) details the assessment.
# related_resources:
#   - description: "CNIL — IA : mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
#   - description: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing
# custom:
#   id: LB-04
#   step: legal_basis
#   fiche: legitimate-interest
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 6(1)(f)", "GDPR 5(1)(c)", "GDPR 5(2)"]
#   fr:
#     title: "Intérêt légitime : trois conditions cumulatives, documentées"
#     description: >-
#       Un traitement fondé sur l'intérêt légitime doit remplir trois conditions cumulatives :
#       (1) l'intérêt est légitime (manifestement licite, déterminé de façon claire et précise,
#       réel et actuel, et ne figurant pas parmi les intérêts que la CNIL exclut) ; (2) le
#       traitement est nécessaire pour l'atteindre (pas de moyen moins intrusif, données
#       identifiantes utilisées seulement si nécessaire) ; (3) la mise en balance avec les
#       droits des personnes concernées ne fait pas apparaître d'atteinte disproportionnée,
#       compte tenu de leurs attentes raisonnables et des garanties adoptées. Il s'agit de
#       l'obligation de l'étape 3 ; la fiche sur l'intérêt légitime (LI-01 à LI-03) détaille
#       l'analyse.
#   remediation:
#     en: >-
#       In the legitimate_interest block of the activity, state the interest (interest) and its
#       interest_category, confirm that it is lawful, precise and real_and_present, list in
#       necessity.less_intrusive_alternatives_considered the less intrusive means examined and set
#       necessity.identifiable_form_needed, then describe balancing.reasonable_expectations and list
#       balancing.safeguards. If an excluded interest is pursued, choose another legal basis.
#     fr: >-
#       Dans le bloc legitimate_interest du traitement, décrivez l'intérêt (interest) et sa catégorie
#       (interest_category), confirmez qu'il est licite (lawful), précis (precise) et réel et actuel
#       (real_and_present), listez dans necessity.less_intrusive_alternatives_considered les moyens
#       moins intrusifs examinés et renseignez necessity.identifiable_form_needed, puis décrivez
#       balancing.reasonable_expectations et listez balancing.safeguards. Si l'intérêt poursuivi est
#       exclu, retenez une autre base légale.
#   checks:
#     - message: no_activity
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-04 — Level: MUST (three conditions); GOOD-PRACTICE (written LIA, per CNIL); MUST-IF DPIA required (safeguards must be described in the DPIA)."
#     - message: not_legitimate_interests
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-04 — Level: MUST (three conditions); GOOD-PRACTICE (written LIA, per CNIL); MUST-IF DPIA required (safeguards must be described in the DPIA)."
#     - message: no_basis
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-04 — Level: MUST (three conditions); GOOD-PRACTICE (written LIA, per CNIL); MUST-IF DPIA required (safeguards must be described in the DPIA)."
#     - message: no_block
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: no_interest
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: no_category
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: unknown_category
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: excluded_category
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: criterion_not_met
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: no_alternatives
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: identifiable_form_undecided
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: no_expectations
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: no_safeguards
#       outcome: fail
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: met
#       outcome: pass
#       level: must-if
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#   messages:
#     no_activity:
#       en: >-
#         No development processing activity is declared, so none relies on legitimate interests
#         (LB-01 reports the missing activities).
#       fr: >-
#         Aucun traitement de la phase de développement n'est déclaré, donc aucun ne repose sur
#         l'intérêt légitime (LB-01 signale l'absence de traitements).
#     not_legitimate_interests:
#       en: >-
#         Activity {{.activity}} does not rely on legitimate interests (legal_basis: {{.basis}}): the
#         three conditions of GDPR art. 6(1)(f) do not apply.
#       fr: >-
#         Le traitement {{.activity}} ne repose pas sur l'intérêt légitime (legal_basis :
#         {{.basis}}) : les trois conditions du RGPD, art. 6, § 1, f), ne s'appliquent pas.
#     no_basis:
#       en: >-
#         Activity {{.activity}} declares no legal_basis (LB-01 reports it): whether the three
#         conditions of legitimate interests apply cannot be decided yet.
#       fr: >-
#         Le traitement {{.activity}} ne déclare pas de legal_basis (LB-01 le signale) : on ne peut pas
#         encore déterminer si les trois conditions de l'intérêt légitime s'appliquent.
#     no_block:
#       en: >-
#         Activity {{.activity}} relies on legitimate_interests but the legitimate_interest block is
#         missing: the legitimacy of the interest, the necessity of the processing and the balancing
#         of interests must be assessed and documented (GDPR art. 6(1)(f) and 5(2)).
#       fr: >-
#         Le traitement {{.activity}} repose sur legitimate_interests mais le bloc
#         legitimate_interest est absent : la légitimité de l'intérêt, la nécessité du traitement et
#         la mise en balance des intérêts doivent être analysées et documentées (RGPD, art. 6, § 1,
#         f), et art. 5, § 2).
#     no_interest:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.interest is missing. The interest pursued must
#         be stated clearly and precisely to be assessed (condition 1: a legitimate interest).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.interest est absent. L'intérêt poursuivi doit
#         être énoncé de façon claire et précise pour être apprécié (condition 1 : un intérêt
#         légitime).
#     no_category:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.interest_category is missing. It places the
#         interest among the interests the CNIL presumes legitimate or excludes (condition 1).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.interest_category est absent. Elle situe
#         l'intérêt parmi ceux que la CNIL présume légitimes ou qu'elle exclut (condition 1).
#     unknown_category:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.interest_category "{{.category}}" is not one of
#         the categories of the catalog (E10), so its legitimacy cannot be assessed.
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.interest_category « {{.category}} » ne figure
#         pas parmi les catégories du catalogue (E10) ; sa légitimité ne peut pas être appréciée.
#     excluded_category:
#       en: >-
#         Activity {{.activity}}: the interest category {{.category}} cannot be a legitimate interest
#         (an interest with no link to the organisation's activity, or tied to a system that cannot be
#         lawfully deployed or is prohibited by law). Legitimate interests cannot ground this
#         processing.
#       fr: >-
#         Traitement {{.activity}} : la catégorie d'intérêt {{.category}} ne peut pas constituer un
#         intérêt légitime (intérêt sans lien avec l'activité de l'organisme, ou lié à un système qui
#         ne peut être déployé licitement ou qui est interdit par la loi). L'intérêt légitime ne peut
#         pas fonder ce traitement.
#     criterion_not_met:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.{{.criterion}} is not set to true (declared:
#         {{.value}}). An interest is legitimate only if it is manifestly lawful, sufficiently clear
#         and precise, and real and present (condition 1).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.{{.criterion}} ne vaut pas true (valeur
#         déclarée : {{.value}}). Un intérêt n'est légitime que s'il est manifestement licite,
#         suffisamment clair et précis, et réel et actuel (condition 1).
#     no_alternatives:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.necessity.less_intrusive_alternatives_considered
#         is empty. The processing must be necessary: document the less privacy-intrusive means
#         examined and why they do not achieve the interest (condition 2, GDPR art. 5(1)(c)).
#       fr: >-
#         Traitement {{.activity}} :
#         legitimate_interest.necessity.less_intrusive_alternatives_considered est vide. Le
#         traitement doit être nécessaire : documentez les moyens moins attentatoires à la vie
#         privée examinés et pourquoi ils ne permettent pas d'atteindre l'intérêt (condition 2,
#         RGPD, art. 5, § 1, c)).
#     identifiable_form_undecided:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.necessity.identifiable_form_needed is not
#         declared (true or false). The necessity test includes checking whether the data must be kept
#         in a form that identifies people (condition 2).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.necessity.identifiable_form_needed n'est pas
#         renseigné (true ou false). L'examen de nécessité comprend la vérification du besoin de
#         conserver les données sous une forme identifiante (condition 2).
#     no_expectations:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.balancing.reasonable_expectations is missing. The
#         balancing must take into account what data subjects can reasonably expect (condition 3,
#         GDPR recital 47).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.balancing.reasonable_expectations est
#         absent. La mise en balance doit tenir compte des attentes raisonnables des personnes
#         (condition 3, RGPD, considérant 47).
#     no_safeguards:
#       en: >-
#         Activity {{.activity}}: legitimate_interest.balancing.safeguards is empty. The balancing must
#         show that the impact on people is not disproportionate, with the safeguards that limit it
#         (condition 3).
#       fr: >-
#         Traitement {{.activity}} : legitimate_interest.balancing.safeguards est vide. La mise en
#         balance doit montrer que l'atteinte aux personnes n'est pas disproportionnée, grâce aux
#         garanties qui la limitent (condition 3).
#     met:
#       en: >-
#         Activity {{.activity}}: the interest (interest_category: {{.category}}) is documented as
#         lawful, precise, real and present; necessity assessed against {{.alternatives}} less
#         intrusive alternative(s) (necessity.identifiable_form_needed: {{.identifiable}});
#         balancing documents reasonable expectations and {{.safeguards}} safeguard(s).
#       fr: >-
#         Traitement {{.activity}} : l'intérêt (interest_category : {{.category}}) est documenté
#         comme licite, précis, réel et actuel ; nécessité examinée au regard de {{.alternatives}}
#         alternative(s) moins intrusive(s) (necessity.identifiable_form_needed :
#         {{.identifiable}}) ; la mise en balance documente les attentes raisonnables et
#         {{.safeguards}} garantie(s).
package cnil.legal_basis.lb_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# Catalog E10.
_presumed_legitimate := {
	"scientific_research",
	"public_access_to_information",
	"new_systems_or_features_for_users",
	"conversational_assistant_service",
	"product_or_service_performance_improvement",
	"fraud_or_abuse_detection",
	"lawful_commercial_interest",
}

_not_legitimate := {"no_link_with_mission_or_activity", "system_cannot_be_lawfully_deployed", "system_prohibited_by_law"}

_criteria := ["lawful", "precise", "real_and_present"]

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

_activities := facts.development_activity_entries if facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_legitimate_interests", params, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	facts.declared(a.activity, ["legal_basis"])
	not a.activity.legal_basis == "legitimate_interests"
	params := {"activity": a.label, "basis": labels.word("legal_basis", a.activity.legal_basis)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_basis", {"activity": a.label}, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	not facts.declared(a.activity, ["legal_basis"])
}

# The activities relying on legitimate interests, with their legitimate_interest block.
_li[i] := object.union(a, {"li": li, "li_pointer": result.at(a.pointer, "legitimate_interest")}) if {
	some i, a in _activities
	a.activity.legal_basis == "legitimate_interests"
	li := facts.value_at(a.activity, ["legitimate_interest"])
}

results contains result.fail(rego.metadata.chain(), "no_block", {"activity": a.label}, a.li_pointer) if {
	some a in _li
	not is_object(a.li)
}

# The activities whose legitimate_interest block is an object, where the failures below are looked for.
_blocks[i] := a if {
	some i, a in _li
	is_object(a.li)
}

# The failures found in each legitimate_interest block, by activity index.
_failure(a, key, params, path) := result.finding(key, object.union({"activity": a.label}, params), result.at(a.li_pointer, path))

_failures[i] contains _failure(a, "no_interest", {}, ["interest"]) if {
	some i, a in _blocks
	li := a.li
	not facts.declared(li, ["interest"])
}

_failures[i] contains _failure(a, "no_category", {}, ["interest_category"]) if {
	some i, a in _blocks
	li := a.li
	not facts.declared(li, ["interest_category"])
}

_failures[i] contains _failure(a, "excluded_category", {"category": labels.word("interest_category", li.interest_category)}, ["interest_category"]) if {
	some i, a in _blocks
	li := a.li
	li.interest_category in _not_legitimate
}

_failures[i] contains _failure(a, "unknown_category", {"category": sprintf("%v", [category])}, ["interest_category"]) if {
	some i, a in _blocks
	li := a.li
	category := li.interest_category
	facts.filled(category)
	not category in _not_legitimate
	not category in _presumed_legitimate
}

_failures[i] contains _failure(a, "criterion_not_met", {"criterion": criterion, "value": sprintf("%v", [value])}, [criterion]) if {
	some i, a in _blocks
	li := a.li
	some criterion in _criteria
	value := object.get(li, criterion, null)
	value != true
}

_failures[i] contains _failure(a, "no_alternatives", {}, ["necessity", "less_intrusive_alternatives_considered"]) if {
	some i, a in _blocks
	li := a.li
	not facts.declared(li, ["necessity", "less_intrusive_alternatives_considered"])
}

_failures[i] contains _failure(a, "identifiable_form_undecided", {}, ["necessity", "identifiable_form_needed"]) if {
	some i, a in _blocks
	li := a.li
	not is_boolean(object.get(li, ["necessity", "identifiable_form_needed"], null))
}

_failures[i] contains _failure(a, "no_expectations", {}, ["balancing", "reasonable_expectations"]) if {
	some i, a in _blocks
	li := a.li
	not facts.declared(li, ["balancing", "reasonable_expectations"])
}

_failures[i] contains _failure(a, "no_safeguards", {}, ["balancing", "safeguards"]) if {
	some i, a in _blocks
	li := a.li
	not facts.declared(li, ["balancing", "safeguards"])
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	some f in _failures[_]
}

results contains result.pass(rego.metadata.chain(), "met", params, a.li_pointer) if {
	some i, a in _li
	is_object(a.li)
	not _failures[i]
	params := {
		"activity": a.label,
		"category": labels.word("interest_category", a.li.interest_category),
		"alternatives": _count(a.li.necessity.less_intrusive_alternatives_considered),
		"identifiable": a.li.necessity.identifiable_form_needed,
		"safeguards": _count(a.li.balancing.safeguards),
	}
}

_count(value) := count(value) if is_array(value)

else := 1
