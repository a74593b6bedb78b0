# METADATA
# title: AI Act documentation duties by role and risk, and the AI Act is not a GDPR legal basis
# description: >-
#   The provider of a high-risk system draws up its technical documentation (AI Act art. 11,
#   Annex IV). The provider of a general-purpose AI model keeps technical documentation,
#   informs downstream providers, adopts a copyright policy that respects text-and-data-mining
#   opt-outs, and publishes a sufficiently detailed summary of the training content (art.
#   53(1)); a model released under a free and open-source licence, with its weights,
#   architecture and usage information made public, is exempt from the first two unless it
#   presents systemic risk (art. 53(2)). The tool grants that exemption only when
#   distribution.open_source_practices includes weights, model_documentation and
#   licence_allowing_use_modification_redistribution and distribution.licence_restricts_uses
#   is not true: a licence that restricts uses may not be a free and open-source licence in the
#   sense of recital 102 (a conservative reading of the tool's own). A deployer of a high-risk
#   system listed in Annex III carries out a fundamental-rights impact assessment, which
#   complements the DPIA, when it is a body governed by public law or a private entity
#   providing public services, or when the system assesses creditworthiness or prices life and
#   health insurance (art. 27(1) and 27(4)); critical infrastructure (Annex III point 2) is
#   excluded. The tool approximates that scope: it expects the assessment from a high-risk
#   deployer unless organisation.is_public_authority is false (a private entity providing
#   public services must still declare it), always in the essential-services area, and never
#   for a product that is high-risk only through Annex I. The AI Act applies without prejudice
#   to the GDPR (art. 2(7)) and is not itself a legal basis for processing personal data
#   (recital 63): a legal_basis of ai_act is always wrong (the schema rejects it too).
# related_resources:
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: AIACT-04
#   step: ai_act
#   fiche: scope
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["AI Act 2(7)", "AI Act 11", "AI Act Annex IV", "AI Act 27", "AI Act 53", "AI Act Recital 63", "GDPR 6(1)"]
#   checks:
#     - {message: no_duty, outcome: not_applicable, level: must-if, catalog: "AIACT-04: MUST-IF applicable role/risk"}
#     - {message: no_technical_documentation, outcome: fail, level: must-if, catalog: "AIACT-04: ai_act.technical_documentation_ref (high-risk provider, derived 12.2)"}
#     - {message: technical_documentation, outcome: pass, level: must-if, catalog: "AIACT-04: ai_act.technical_documentation_ref (high-risk provider)"}
#     - {message: gpai_missing, outcome: fail, level: must-if, catalog: "AIACT-04: ai_act.gpai.{...} (GPAI provider, art. 53)"}
#     - {message: gpai_documented, outcome: pass, level: must-if, catalog: "AIACT-04: GPAI provider obligations of art. 53"}
#     - {message: gpai_documented_open_source, outcome: pass, level: must-if, catalog: "AIACT-04: GPAI provider obligations of art. 53 (art. 53(2) open-source exemption)"}
#     - {message: ai_act_basis, outcome: fail, level: must-if, catalog: "AIACT-04: legal_basis must never be ai_act (recital 63)"}
#     - {message: no_fria, outcome: fail, level: must-if, catalog: "AIACT-04: ai_act.fria_ref (deployer under art. 27)"}
#     - {message: fria, outcome: pass, level: must-if, catalog: "AIACT-04: ai_act.fria_ref (deployer under art. 27) with dpia.ref cross-link"}
#   fr:
#     title: >-
#       Obligations documentaires du règlement sur l'IA selon le rôle et le risque ; ce règlement
#       n'est pas une base légale au sens du RGPD
#     description: >-
#       Le fournisseur d'un système à haut risque établit sa documentation technique (règlement sur
#       l'IA, art. 11 et annexe IV). Le fournisseur d'un modèle d'IA à usage général tient à jour
#       une documentation technique, informe les fournisseurs en aval, met en place une politique de
#       respect du droit d'auteur qui respecte les réserves de droits en matière de fouille de
#       textes et de données, et publie un résumé suffisamment détaillé du contenu utilisé pour
#       l'entraînement (art. 53, § 1) ; un modèle publié sous licence libre et ouverte, dont les
#       poids, l'architecture et les informations sur l'utilisation sont rendus publics, est
#       dispensé des deux premières obligations, sauf s'il présente un risque systémique (art. 53, §
#       2). L'outil n'accorde cette dispense que si distribution.open_source_practices comprend
#       weights, model_documentation et licence_allowing_use_modification_redistribution et que
#       distribution.licence_restricts_uses ne vaut pas true : une licence qui restreint les usages
#       peut ne pas être une licence libre et ouverte au sens du considérant 102 (lecture prudente
#       propre à l'outil). Le déployeur d'un système à haut risque visé à l'annexe III réalise une
#       analyse d'impact sur les droits fondamentaux, qui complète l'AIPD, lorsqu'il est un
#       organisme de droit public ou une entité privée fournissant des services publics, ou lorsque
#       le système évalue la solvabilité des personnes ou sert à l'évaluation des risques et à la
#       tarification en matière d'assurance vie et d'assurance maladie (art. 27, § 1, et art. 27, §
#       4) ; les infrastructures critiques (point 2 de l'annexe III) sont exclues. L'outil approche
#       ce champ : il attend cette analyse d'un déployeur de système à haut risque sauf si
#       organisation.is_public_authority vaut false (une entité privée fournissant des services
#       publics doit néanmoins la déclarer), toujours dans le domaine des services essentiels, et
#       jamais pour un produit qui n'est à haut risque qu'au titre de l'annexe I. Le règlement sur
#       l'IA s'applique sans préjudice du RGPD (art. 2, § 7) et ne constitue pas en lui-même une
#       base légale pour traiter des données personnelles (considérant 63) : une legal_basis valant
#       ai_act est toujours erronée (le schéma la rejette également).
#   remediation:
#     en: >-
#       High-risk provider: reference ai_act.technical_documentation_ref. GPAI-model provider:
#       fill ai_act.gpai (technical_documentation_ref, downstream_info_ref,
#       copyright_policy_ref, training_content_summary_url). High-risk deployer: reference the
#       fundamental-rights impact assessment in ai_act.fria_ref. Replace any legal_basis of
#       ai_act with a GDPR art. 6(1) basis.
#     fr: >-
#       Fournisseur d'un système à haut risque : référencez ai_act.technical_documentation_ref.
#       Fournisseur d'un modèle d'IA à usage général : complétez ai_act.gpai
#       (technical_documentation_ref, downstream_info_ref, copyright_policy_ref,
#       training_content_summary_url). Déployeur d'un système à haut risque : référencez l'analyse
#       d'impact sur les droits fondamentaux dans ai_act.fria_ref. Remplacez toute legal_basis
#       valant ai_act par une base du RGPD, art. 6, § 1.
#   messages:
#     no_duty:
#       en: >-
#         No AI Act documentation duty follows from the declared classification
#         (ai_act.risk_level: {{.level}}, ai_act.operator_role: {{.role}}, ai_act.gpai_model:
#         {{.gpai}}), and no legal basis cites the AI Act.
#       fr: >-
#         Aucune obligation documentaire du règlement sur l'IA ne découle de la classification
#         déclarée (ai_act.risk_level : {{.level}}, ai_act.operator_role : {{.role}},
#         ai_act.gpai_model : {{.gpai}}), et aucune base légale n'invoque le règlement sur l'IA.
#     ai_act_basis:
#       en: >-
#         {{.where}} declares the legal basis {{.value}}: the AI Act is not a legal basis for
#         processing personal data (AI Act recital 63 and art. 2(7)); use a GDPR art. 6(1) basis.
#       fr: >-
#         {{.where}} déclare la base légale {{.value}} : le règlement sur l'IA n'est pas une base
#         légale pour traiter des données personnelles (règlement sur l'IA, considérant 63 et art.
#         2, § 7) ; retenez une base du RGPD, art. 6, § 1.
#     no_technical_documentation:
#       en: >-
#         The system is high-risk and the organisation is its provider, but
#         ai_act.technical_documentation_ref is missing: the technical documentation, including
#         the description of the data, must be drawn up (AI Act art. 11 and Annex IV).
#       fr: >-
#         Le système est à haut risque et l'organisme en est le fournisseur, mais
#         ai_act.technical_documentation_ref est absent : la documentation technique, y compris la
#         description des données, doit être établie (règlement sur l'IA, art. 11 et annexe IV).
#     technical_documentation:
#       en: The technical documentation of the high-risk system is {{.ref}} (AI Act art. 11).
#       fr: La documentation technique du système à haut risque est {{.ref}} (règlement sur l'IA, art. 11).
#     gpai_missing:
#       en: >-
#         The organisation provides a general-purpose AI model but ai_act.gpai.{{.field}} is missing:
#         {{.duty}} (AI Act art. 53(1)({{.point}})).
#       fr: >-
#         L'organisme fournit un modèle d'IA à usage général mais ai_act.gpai.{{.field}} est absent
#         : {{.duty}} (règlement sur l'IA, art. 53, § 1, {{.point}})).
#     gpai_documented:
#       en: "The general-purpose AI model's provider duties are documented: {{.fields}} (AI Act art. 53(1))."
#       fr: >-
#         Les obligations du fournisseur du modèle d'IA à usage général sont documentées :
#         {{.fields}} (règlement sur l'IA, art. 53, § 1).
#     gpai_documented_open_source:
#       en: >-
#         The general-purpose AI model's provider duties are documented: {{.fields}} (AI Act art.
#         53(1)(c) and (d)); points (a) and (b) do not apply to a model released under a free and
#         open-source licence with public weights and without systemic risk (art. 53(2)).
#       fr: >-
#         Les obligations du fournisseur du modèle d'IA à usage général sont documentées :
#         {{.fields}} (règlement sur l'IA, art. 53, § 1, c) et d)) ; les points a) et b) ne
#         s'appliquent pas à un modèle diffusé sous licence libre et ouverte avec ses poids publics
#         et sans risque systémique (art. 53, § 2).
#     no_fria:
#       en: >-
#         The organisation deploys a high-risk system (Annex III area: {{.area}}) but ai_act.fria_ref
#         is missing: a fundamental-rights impact assessment is required where AI Act art. 27(1)
#         applies, and it complements the DPIA (art. 27(4)).
#       fr: >-
#         L'organisme déploie un système à haut risque (domaine de l'annexe III : {{.area}}) mais
#         ai_act.fria_ref est absent : une analyse d'impact sur les droits fondamentaux est requise
#         lorsque le règlement sur l'IA, art. 27, § 1, s'applique, et elle complète l'AIPD (art. 27,
#         § 4).
#     fria:
#       en: The fundamental-rights impact assessment of the deployed high-risk system is {{.ref}} (AI Act art. 27).
#       fr: >-
#         L'analyse d'impact sur les droits fondamentaux du système à haut risque déployé est
#         {{.ref}} (règlement sur l'IA, art. 27).
package cnil.ai_act.aiact_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_manifest := input.manifest

_ai_act := object.get(_manifest, "ai_act", {})

_gpai_provider if {
	_ai_act.gpai_model == true
	facts.ai_act_operator_role == "provider"
}

# Art. 53(2): free and open-source models with public weights, architecture and usage
# information, without systemic risk. A licence restricting uses is not taken as free and
# open-source (conservative reading of recital 102).
_open_source_exempt if {
	practices := {p | some p in _manifest.distribution.open_source_practices}
	"weights" in practices
	"model_documentation" in practices
	"licence_allowing_use_modification_redistribution" in practices
	not _manifest.distribution.licence_restricts_uses == true
	not _ai_act.gpai_systemic_risk == true
}

_gpai_fields := {
	"technical_documentation_ref": {
		"point": "a",
		"en": "technical documentation of the model, including its training and testing, must be kept",
		"fr": "la documentation technique du modèle, y compris sur son entraînement et ses tests, doit être tenue",
	},
	"downstream_info_ref": {
		"point": "b",
		"en": "information and documentation must be made available to downstream providers",
		"fr": "des informations et une documentation doivent être mises à la disposition des fournisseurs en aval",
	},
	"copyright_policy_ref": {
		"point": "c",
		"en": "a copyright policy, respecting text-and-data-mining opt-outs, must be adopted",
		"fr": "une politique de respect du droit d'auteur, qui respecte les oppositions à la fouille de textes et de données, doit être adoptée",
	},
	"training_content_summary_url": {
		"point": "d",
		"en": "a sufficiently detailed summary of the training content must be made public",
		"fr": "un résumé suffisamment détaillé du contenu utilisé pour l'entraînement doit être rendu public",
	},
}

_gpai_required := {"copyright_policy_ref", "training_content_summary_url"} if _open_source_exempt

else := {f | some f, _ in _gpai_fields}

_fria_due if {
	facts.ai_act_high_risk
	facts.ai_act_operator_role == "deployer"
	not "critical_infrastructure" in _areas
	not _annex_i_only
	_fria_scope
}

# The Annex III areas, declared or implied by ai_system.intended_uses (facts_ai_act.rego).
_areas := {area | some [area, _] in facts.ai_act_annex_iii_areas}

# Art. 27 covers the Annex III systems of art. 6(2), not products high-risk through Annex I.
_annex_i_only if {
	_ai_act.annex_i_product == true
	count(_areas) == 0
}

_fria_scope if not facts.value_at(_manifest, ["organisation", "is_public_authority"]) == false

_fria_scope if "essential_services" in _areas

_duty contains "high_risk" if facts.ai_act_high_risk_provider

_duty contains "gpai" if _gpai_provider

_duty contains "fria" if _fria_due

# Legal bases declared as the AI Act.
_ai_act_bases contains result.finding("ai_act_basis", params, sprintf("/processing_activities/%d/legal_basis", [i])) if {
	some i, activity in _manifest.processing_activities
	basis := activity.legal_basis
	_is_ai_act(basis)
	id := object.get(activity, "id", sprintf("#%d", [i]))
	params := {"where": sprintf(result.localised({"en": "Processing activity %v", "fr": "L'activité de traitement %v"}), [id]), "value": basis}
}

_ai_act_bases contains result.finding("ai_act_basis", {"where": "model.legal_basis", "value": basis}, "/model/legal_basis") if {
	basis := _manifest.model.legal_basis
	_is_ai_act(basis)
}

_is_ai_act(basis) if regex.match(`(?i)^\s*(eu[ _-]?)?ai[ _-]?act\s*$`, basis)

results contains result.not_applicable(rego.metadata.chain(), "no_duty", params, "/ai_act") if {
	count(_duty) == 0
	count(_ai_act_bases) == 0
	params := {
		"level": labels.word("ai_act_risk_level", facts.ai_act_risk_level),
		"role": labels.word("ai_act_operator_role", facts.ai_act_operator_role),
		"gpai": sprintf("%v", [facts.value_at(_ai_act, ["gpai_model"])]),
	}
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	some f in _ai_act_bases
}

results contains result.fail(rego.metadata.chain(), "no_technical_documentation", {}, "/ai_act/technical_documentation_ref") if {
	"high_risk" in _duty
	not facts.declared(_ai_act, ["technical_documentation_ref"])
}

results contains result.pass(rego.metadata.chain(), "technical_documentation", {"ref": ref}, "/ai_act/technical_documentation_ref") if {
	"high_risk" in _duty
	facts.declared(_ai_act, ["technical_documentation_ref"])
	ref := _ai_act.technical_documentation_ref
}

results contains result.fail(rego.metadata.chain(), "gpai_missing", params, pointer) if {
	"gpai" in _duty
	some field in _gpai_required
	not facts.declared(_ai_act, ["gpai", field])
	info := _gpai_fields[field]
	params := {"field": field, "point": info.point, "duty": result.localised(info)}
	pointer := sprintf("/ai_act/gpai/%s", [field])
}

results contains result.pass(rego.metadata.chain(), _gpai_pass_key, {"fields": concat(", ", sort(_gpai_required))}, "/ai_act/gpai") if {
	"gpai" in _duty
	every field in _gpai_required {
		facts.declared(_ai_act, ["gpai", field])
	}
}

_areas_text := concat(", ", sort(_areas)) if count(_areas) > 0

else := "null"

_gpai_pass_key := "gpai_documented_open_source" if _open_source_exempt

else := "gpai_documented"

results contains result.fail(rego.metadata.chain(), "no_fria", {"area": _areas_text}, "/ai_act/fria_ref") if {
	"fria" in _duty
	not facts.declared(_ai_act, ["fria_ref"])
}

results contains result.pass(rego.metadata.chain(), "fria", {"ref": ref}, "/ai_act/fria_ref") if {
	"fria" in _duty
	facts.declared(_ai_act, ["fria_ref"])
	ref := _ai_act.fria_ref
}
