# METADATA
# title: The system is classified under the AI Act, and prohibited practices are excluded
# description: >-
#   The AI Act applies to AI systems whether or not they process personal data (art. 2(1)),
#   so this rule applies to every manifest, independently of the GDPR: the classification
#   decides which AI Act obligations follow. The system's risk level (prohibited, high,
#   transparency, minimal) and whether it is a general-purpose AI model must be declared. A
#   prohibited practice (art. 5) cannot be developed for that use. A product, or the safety
#   component of a product, covered by Annex I legislation and required to undergo a
#   third-party conformity assessment (ai_act.annex_i_product, which the tool reads as
#   meaning both) is high-risk (art. 6(1)). A system in an Annex III
#   area is high-risk unless the art. 6(3) derogation applies and is documented (art. 6(4)),
#   and never when it performs profiling of natural persons. Systems developed exclusively
#   for military, defence or national-security purposes are outside the AI Act (art. 2(3));
#   the tool does not infer that exclusion from legal_regime.
# related_resources:
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
#   - description: "CNIL — What is the scope of the AI how-to sheets?"
#     ref: https://www.cnil.fr/en/what-scope-ai-how-sheets
# custom:
#   id: AIACT-01
#   step: ai_act
#   fiche: scope
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["AI Act 2(1)", "AI Act 5", "AI Act 6(1)", "AI Act Annex I", "AI Act 6(2)", "AI Act 6(3)", "AI Act 6(4)", "AI Act Annex III", "AI Act 50", "AI Act 51"]
#   checks:
#     - {message: no_risk_level, outcome: fail, level: must, catalog: "AIACT-01: ai_act.risk_level in E14 (MUST)"}
#     - {message: prohibited, outcome: fail, level: must, catalog: "AIACT-01: prohibited practices (art. 5) cannot be developed for those uses (MUST)"}
#     - {message: no_gpai_status, outcome: fail, level: must, catalog: "AIACT-01: classify GPAI-model status, ai_act.gpai_model (MUST)"}
#     - {message: contradicts_facts, outcome: fail, level: must, catalog: "AIACT-01 — 12.2: AI Act high-risk derived from facts (Annex I; Annex III unless a documented art. 6(3) derogation and no profiling); the declaration that contradicts it fails"}
#     - {message: high_unsupported, outcome: fail, level: must, catalog: "AIACT-01 — 12.2: the classification is derived from facts; a declared high level with no route fact is not supported by them"}
#     - {message: no_derogation_ground, outcome: fail, level: must, catalog: "AIACT-01: art6_3_derogation.ground in E14 grounds (MUST)"}
#     - {message: no_derogation_documentation, outcome: fail, level: must, catalog: "AIACT-01: the art. 6(3) derogation applies only if documented (art. 6(4), MUST)"}
#     - {message: profiling_not_declared, outcome: fail, level: must, catalog: "AIACT-01: ai_act.performs_profiling -> if true and Annex III, derogation forbidden (MUST)"}
#     - {message: profiling_derogation, outcome: fail, level: must, catalog: "AIACT-01: never when the system performs profiling of natural persons (art. 6(3) last subparagraph, MUST)"}
#     - {message: classified, outcome: pass, level: must, catalog: "AIACT-01: classify risk level (E14) and GPAI-model status (MUST)"}
#     - {message: classified_derogation, outcome: pass, level: must, catalog: "AIACT-01: Annex III systems are high-risk unless the art. 6(3) derogation applies and is documented (MUST)"}
#   fr:
#     title: Classification du système au regard du règlement sur l'IA et exclusion des pratiques interdites
#     description: >-
#       Le règlement sur l'IA s'applique aux systèmes d'IA, qu'ils traitent ou non des données
#       personnelles (art. 2, § 1) : cette règle s'applique donc à tout manifeste, indépendamment du
#       RGPD, car la classification détermine les obligations du règlement qui en découlent. Le
#       niveau de risque du système (prohibited, high, transparency, minimal) et le fait qu'il soit
#       ou non un modèle d'IA à usage général doivent être déclarés. Une pratique interdite (art. 5)
#       ne peut pas être développée pour cet usage. Un produit, ou le composant de sécurité d'un
#       produit, couvert par la législation d'harmonisation de l'annexe I et soumis à une évaluation
#       de la conformité par un tiers (ai_act.annex_i_product, que l'outil lit comme couvrant ces
#       deux conditions) est à haut risque (art. 6, § 1). Un système relevant d'un domaine de
#       l'annexe III est à haut risque, sauf si la dérogation de l'art. 6, § 3, s'applique et est
#       documentée (art. 6, § 4) ; cette dérogation ne s'applique jamais lorsque le système effectue
#       un profilage de personnes physiques. Les systèmes développés exclusivement à des fins
#       militaires, de défense ou de sécurité nationale sont exclus du champ du règlement (art. 2, §
#       3) ; l'outil ne déduit pas cette exclusion de legal_regime.
#   remediation:
#     en: >-
#       Declare ai_act.risk_level (prohibited, high, transparency or minimal) and
#       ai_act.gpai_model (true or false); classify high a product covered by Annex I
#       legislation that requires a third-party conformity assessment
#       (ai_act.annex_i_product); for a system in an Annex III area
#       (ai_act.annex_iii_area), either classify it high or document the art. 6(3) derogation
#       in ai_act.art6_3_derogation (claimed, ground, documentation_ref), which is excluded
#       when ai_act.performs_profiling is true.
#     fr: >-
#       Renseignez ai_act.risk_level (prohibited, high, transparency ou minimal) et
#       ai_act.gpai_model (true ou false) ; classez à haut risque un produit couvert par la
#       législation de l'annexe I et soumis à une évaluation de la conformité par un tiers
#       (ai_act.annex_i_product) ; pour un système relevant d'un domaine de l'annexe III
#       (ai_act.annex_iii_area), classez-le à haut risque ou documentez la dérogation de l'art. 6, §
#       3, dans ai_act.art6_3_derogation (claimed, ground, documentation_ref), exclue lorsque
#       ai_act.performs_profiling vaut true.
#   messages:
#     no_risk_level:
#       en: >-
#         ai_act.risk_level is missing or invalid ({{.value}}): the AI Act classification
#         (prohibited, high, transparency, minimal) decides which obligations apply to the system.
#       fr: >-
#         ai_act.risk_level est absent ou invalide ({{.value}}) : la classification au titre du
#         règlement sur l'IA (prohibited, high, transparency, minimal) détermine les obligations
#         applicables au système.
#     prohibited:
#       en: >-
#         ai_act.risk_level is prohibited: an AI practice prohibited by AI Act art. 5 cannot be
#         developed for that use.
#       fr: >-
#         ai_act.risk_level vaut prohibited : une pratique d'IA interdite par le règlement sur l'IA
#         (art. 5) ne peut pas être développée pour cet usage.
#     no_gpai_status:
#       en: >-
#         ai_act.gpai_model is not declared: whether the system is a general-purpose AI model
#         decides whether the obligations of AI Act art. 53 to 55 apply.
#       fr: >-
#         ai_act.gpai_model n'est pas renseigné : le fait que le système soit un modèle d'IA à usage
#         général détermine si les obligations du règlement sur l'IA (art. 53 à 55) s'appliquent.
#     contradicts_facts:
#       en: >-
#         The manifest classifies the system as {{.level}} (ai_act.risk_level), but its facts make it
#         high-risk under AI Act art. 6: {{.facts}}. An Annex I product is high-risk (art. 6(1));
#         an Annex III system is high-risk unless a documented art. 6(3) derogation applies, and
#         always when it profiles natural persons (art. 6(3), last subparagraph). Classify it
#         high, or correct the facts if they are wrong.
#       fr: >-
#         Le manifeste classe le système en « {{.level}} » (ai_act.risk_level), mais ses faits le
#         rendent à haut risque au sens du règlement sur l'IA, art. 6 : {{.facts}}. Un produit de
#         l'annexe I est à haut risque (art. 6, § 1) ; un système de l'annexe III est à haut risque
#         sauf dérogation documentée de l'art. 6, § 3, et toujours lorsqu'il effectue un profilage de
#         personnes physiques (art. 6, § 3, dernier alinéa). Classez-le à haut risque, ou corrigez
#         les faits s'ils sont inexacts.
#     high_unsupported:
#       en: >-
#         The manifest classifies the system high (ai_act.risk_level), but none of its facts makes
#         it high-risk under AI Act art. 6 (ai_act.annex_i_product = {{.annex_i}}; Annex III area
#         from ai_act.annex_iii_area or ai_system.intended_uses: {{.areas}}; art. 6(3) derogation
#         claimed: {{.claimed}}): record the fact that does (the Annex I product route or the
#         Annex III area), or correct the level.
#       fr: >-
#         Le manifeste classe le système high (ai_act.risk_level), mais aucun de ses faits ne le
#         rend à haut risque au sens du règlement sur l'IA, art. 6 (ai_act.annex_i_product =
#         {{.annex_i}} ; domaine de l'annexe III d'après ai_act.annex_iii_area ou
#         ai_system.intended_uses : {{.areas}} ; dérogation de l'art. 6, § 3, invoquée :
#         {{.claimed}}) : consignez le fait qui le rend à haut risque (produit de l'annexe I ou
#         domaine de l'annexe III), ou corrigez le niveau.
#     no_derogation_ground:
#       en: >-
#         The art. 6(3) derogation is claimed but ai_act.art6_3_derogation.ground ({{.value}}) is
#         not one of narrow_procedural_task, improves_prior_human_activity,
#         detects_decision_patterns, preparatory_task (AI Act art. 6(3)(a) to (d)).
#       fr: >-
#         La dérogation de l'art. 6, § 3, est invoquée mais ai_act.art6_3_derogation.ground
#         ({{.value}}) n'est pas l'un des motifs narrow_procedural_task,
#         improves_prior_human_activity, detects_decision_patterns, preparatory_task (règlement sur
#         l'IA, art. 6, § 3, a) à d)).
#     no_derogation_documentation:
#       en: >-
#         The art. 6(3) derogation is claimed but ai_act.art6_3_derogation.documentation_ref is
#         missing: a provider who considers an Annex III system not high-risk must document that
#         assessment (AI Act art. 6(4)).
#       fr: >-
#         La dérogation de l'art. 6, § 3, est invoquée mais
#         ai_act.art6_3_derogation.documentation_ref est absent : le fournisseur qui estime qu'un
#         système de l'annexe III n'est pas à haut risque doit documenter cette évaluation
#         (règlement sur l'IA, art. 6, § 4).
#     profiling_not_declared:
#       en: >-
#         The art. 6(3) derogation is claimed but ai_act.performs_profiling is not declared: the
#         derogation is excluded when the system performs profiling of natural persons.
#       fr: >-
#         La dérogation de l'art. 6, § 3, est invoquée mais ai_act.performs_profiling n'est pas
#         renseigné : la dérogation est exclue lorsque le système effectue un profilage de personnes
#         physiques.
#     profiling_derogation:
#       en: >-
#         The art. 6(3) derogation is claimed but ai_act.performs_profiling is true: an Annex III
#         system that profiles natural persons is always high-risk (AI Act art. 6(3), last
#         subparagraph).
#       fr: >-
#         La dérogation de l'art. 6, § 3, est invoquée mais ai_act.performs_profiling vaut true : un
#         système de l'annexe III qui effectue un profilage de personnes physiques est toujours à
#         haut risque (règlement sur l'IA, art. 6, § 3, dernier alinéa).
#     classified:
#       en: >-
#         The system is classified under the AI Act: ai_act.risk_level = {{.level}}
#         ({{.level_label}}); ai_act.gpai_model = {{.gpai}} ({{.gpai_label}}).
#       fr: >-
#         Le système est classé au titre du règlement sur l'IA : ai_act.risk_level = {{.level}}
#         ({{.level_label}}) ; ai_act.gpai_model = {{.gpai}} ({{.gpai_label}}).
#     classified_derogation:
#       en: >-
#         The system is classified under the AI Act: ai_act.risk_level = {{.level}}
#         ({{.level_label}}); ai_act.gpai_model = {{.gpai}} ({{.gpai_label}}); the Annex III area
#         "{{.area}}" (ai_act.annex_iii_area) is covered by the art. 6(3) derogation
#         (ai_act.art6_3_derogation.ground = {{.ground}}: {{.ground_label}}), documented in {{.ref}}.
#       fr: >-
#         Le système est classé au titre du règlement sur l'IA : ai_act.risk_level = {{.level}}
#         ({{.level_label}}) ; ai_act.gpai_model = {{.gpai}} ({{.gpai_label}}) ; le domaine
#         « {{.area}} » de l'annexe III (ai_act.annex_iii_area) est couvert par la dérogation de
#         l'art. 6, § 3 (ai_act.art6_3_derogation.ground = {{.ground}} : {{.ground_label}}),
#         documentée dans {{.ref}}.
#   labels:
#     risk_level:
#       prohibited:
#         en: prohibited AI practice, art. 5
#         fr: pratique d'IA interdite, art. 5
#       high:
#         en: high-risk system
#         fr: système à haut risque
#       transparency:
#         en: system subject to the transparency obligations of art. 50
#         fr: système soumis aux obligations de transparence de l'art. 50
#       minimal:
#         en: minimal-risk system, without obligations specific to its risk level
#         fr: système à risque minimal, sans obligation propre à son niveau de risque
#     gpai_model:
#       gpai:
#         en: a general-purpose AI model, whose provider is subject to art. 53 (and 55 if it presents systemic risk)
#         fr: >-
#           modèle d'IA à usage général, dont le fournisseur est soumis à l'art. 53 (et à l'art. 55
#           en cas de risque systémique)
#       not_gpai:
#         en: not a general-purpose AI model
#         fr: pas un modèle d'IA à usage général
#     ground:
#       narrow_procedural_task:
#         en: the system performs a narrow procedural task, art. 6(3)(a)
#         fr: le système exécute une tâche procédurale étroite, art. 6, § 3, a)
#       improves_prior_human_activity:
#         en: the system improves the result of a previously completed human activity, art. 6(3)(b)
#         fr: le système améliore le résultat d'une activité humaine préalablement réalisée, art. 6, § 3, b)
#       detects_decision_patterns:
#         en: >-
#           the system detects decision-making patterns or deviations from them, without replacing
#           or influencing the human assessment without proper human review, art. 6(3)(c)
#         fr: >-
#           le système détecte des schémas décisionnels ou des écarts par rapport à ceux-ci, sans
#           remplacer ni influencer l'évaluation humaine sans examen humain approprié, art. 6, § 3,
#           c)
#       preparatory_task:
#         en: the system performs a task preparatory to an assessment relevant to an Annex III use, art. 6(3)(d)
#         fr: >-
#           le système exécute une tâche préparatoire à une évaluation pertinente pour un cas
#           d'utilisation de l'annexe III, art. 6, § 3, d)
package cnil.ai_act.aiact_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_ai_act := object.get(input.manifest, "ai_act", {})

_level := facts.ai_act_risk_level

_gpai := facts.value_at(_ai_act, ["gpai_model"])

_area := facts.value_at(_ai_act, ["annex_iii_area"])

_derogation := facts.value_at(_ai_act, ["art6_3_derogation"])

_claimed if facts.value_at(_ai_act, ["art6_3_derogation", "claimed"]) == true

_ground := facts.value_at(_ai_act, ["art6_3_derogation", "ground"])

_profiling := facts.value_at(_ai_act, ["performs_profiling"])

_grounds := {"narrow_procedural_task", "improves_prior_human_activity", "detects_decision_patterns", "preparatory_task"}

_issues contains result.finding("no_risk_level", {"value": sprintf("%v", [_level])}, "/ai_act/risk_level") if {
	not _level in {"prohibited", "high", "transparency", "minimal"}
}

_issues contains result.finding("prohibited", {}, "/ai_act/risk_level") if _level == "prohibited"

_issues contains result.finding("no_gpai_status", {}, "/ai_act/gpai_model") if not is_boolean(_gpai)

# The declared level against the level the facts determine (facts_ai_act.rego).
_issues contains result.finding("contradicts_facts", {"level": labels.word("ai_act_risk_level", _level), "facts": _facts_text}, "/ai_act/risk_level") if {
	facts.ai_act_risk_level_contradicted
}

_issues contains result.finding("high_unsupported", params, "/ai_act/risk_level") if {
	_level == "high"
	not facts.ai_act_high_risk_by_facts
	params := {
		"annex_i": sprintf("%v", [facts.value_at(_ai_act, ["annex_i_product"])]),
		"areas": _areas_text,
		"claimed": sprintf("%v", [_claimed_value]),
	}
}

_facts_text := concat(result.semicolon, sort(facts.ai_act_high_risk_basis))

_areas_text := concat(", ", sort({sprintf("%s (%s)", [a, p]) | some [a, p] in facts.ai_act_annex_iii_areas})) if {
	count(facts.ai_act_annex_iii_areas) > 0
} else := "none"

_claimed_value if _claimed

else := false

_issues contains result.finding("no_derogation_ground", {"value": sprintf("%v", [_ground])}, "/ai_act/art6_3_derogation/ground") if {
	_claimed
	not _ground in _grounds
}

_issues contains result.finding("no_derogation_documentation", {}, "/ai_act/art6_3_derogation/documentation_ref") if {
	_claimed
	not facts.declared(_ai_act, ["art6_3_derogation", "documentation_ref"])
}

_issues contains result.finding("profiling_not_declared", {}, "/ai_act/performs_profiling") if {
	_claimed
	not is_boolean(_profiling)
}

_issues contains result.finding("profiling_derogation", {}, "/ai_act/performs_profiling") if {
	_claimed
	_profiling == true
}

_custom := result.custom(rego.metadata.chain())

# The declared values, and what they mean in the reader's language.
_params := {
	"level": _level,
	"gpai": _gpai,
	"level_label": result.localised(_custom.labels.risk_level[_level]),
	"gpai_label": result.localised(_custom.labels.gpai_model[{true: "gpai", false: "not_gpai"}[_gpai]]),
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "classified", _params, "/ai_act/risk_level") if {
	count(_issues) == 0
	not _claimed
}

results contains result.pass(rego.metadata.chain(), "classified_derogation", params, "/ai_act/art6_3_derogation") if {
	count(_issues) == 0
	_claimed
	params := object.union(_params, {
		"area": labels.word("annex_iii_area", _area),
		"ground": _ground,
		"ground_label": result.localised(_custom.labels.ground[_ground]),
		"ref": _derogation.documentation_ref,
	})
}
