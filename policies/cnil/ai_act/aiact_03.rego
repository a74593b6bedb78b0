# METADATA
# title: High-risk system — special categories used to detect bias only under AI Act art. 10(5)
# description: >-
#   The provider of a high-risk system may exceptionally process special categories of
#   personal data to detect and correct biases, only to the extent strictly necessary and
#   when synthetic or anonymised data would not do, with technical limits on re-use,
#   state-of-the-art security and privacy measures including pseudonymisation, strict and
#   documented access controls, no transmission to other parties, deletion once the bias is
#   corrected or at the end of the retention period, and records explaining why the
#   processing was strictly necessary (AI Act art. 10(5)(a) to (f)). GDPR art. 9 continues to
#   apply. For a high-risk system, the manifest must state whether such data is used
#   (bias_detection_sensitive_data.used).
# related_resources:
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: AIACT-03
#   step: ai_act
#   fiche: scope
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["AI Act 10(5)", "GDPR 9", "GDPR 30"]
#   checks:
#     - {message: not_high_risk, outcome: not_applicable, level: must-if, catalog: "AIACT-03: MUST-IF high-risk (derived, 12.2)"}
#     - {message: not_provider, outcome: not_applicable, level: must-if, catalog: "AIACT-03: MUST-IF high-risk provider"}
#     - {message: not_used, outcome: not_applicable, level: must-if, catalog: "AIACT-03: MUST-IF special categories used for bias work"}
#     - {message: not_declared, outcome: fail, level: must-if, catalog: "AIACT-03 and 12.1: a missing field a rule needs fails, naming it (bias_detection_sensitive_data.used)"}
#     - {message: condition_missing, outcome: fail, level: must-if, catalog: "AIACT-03: art. 10(5) conditions (MUST-IF)"}
#     - {message: safeguarded, outcome: pass, level: must-if, catalog: "AIACT-03: art. 10(5) conditions (MUST-IF)"}
#   fr:
#     title: >-
#       Système à haut risque — données sensibles pour détecter les biais, seulement dans les
#       conditions du règlement sur l'IA, art. 10, § 5
#     description: >-
#       Le fournisseur d'un système à haut risque peut exceptionnellement traiter des catégories
#       particulières de données personnelles pour détecter et corriger des biais, dans la seule
#       mesure strictement nécessaire et lorsque des données synthétiques ou anonymisées ne
#       permettraient pas d'y parvenir, avec des limitations techniques à leur réutilisation, des
#       mesures de sécurité et de protection de la vie privée à l'état de l'art, dont la
#       pseudonymisation, des contrôles d'accès stricts et documentés, aucune transmission à des
#       tiers, une suppression une fois le biais corrigé ou au terme de la durée de conservation, et
#       des registres expliquant pourquoi le traitement était strictement nécessaire (règlement sur
#       l'IA, art. 10, § 5, a) à f)). Le RGPD (art. 9) continue de s'appliquer à ces données. Pour
#       un système à haut risque, le manifeste doit indiquer si de telles données sont utilisées
#       (bias_detection_sensitive_data.used).
#   remediation:
#     en: >-
#       Set bias_detection_sensitive_data.used; when true, document necessity_ref, list
#       synthetic and anonymised in alternatives_ruled_out, set pseudonymised and
#       no_third_party_transfer to true, reference access_controls_ref and
#       ropa_justification_ref, and set deletion_trigger (bias_corrected or retention_end).
#     fr: >-
#       Renseignez bias_detection_sensitive_data.used ; s'il vaut true, documentez
#       necessity_ref, indiquez synthetic et anonymised dans alternatives_ruled_out, fixez
#       pseudonymised et no_third_party_transfer à true, référencez access_controls_ref et
#       ropa_justification_ref, et renseignez deletion_trigger (bias_corrected ou retention_end).
#   messages:
#     not_high_risk:
#       en: >-
#         The system is not high-risk (ai_act.risk_level: {{.level}}, and no fact of the
#         manifest makes it high-risk, see AIACT-01): AI Act art. 10(5) does not apply (outside
#         high-risk systems, special categories used for bias work fall under GDPR art. 9 alone).
#       fr: >-
#         Le système n'est pas à haut risque (ai_act.risk_level : {{.level}} ; aucun fait du
#         manifeste ne le rend à haut risque, voir AIACT-01) : le règlement sur l'IA, art. 10, § 5,
#         ne s'applique pas (hors systèmes à haut risque, les données sensibles utilisées pour
#         traiter les biais relèvent du seul RGPD, art. 9).
#     not_provider:
#       en: >-
#         The operator role is {{.role}}, not provider: AI Act art. 10(5) concerns the provider
#         of the high-risk system.
#       fr: >-
#         Le rôle de l'opérateur est {{.role}} et non fournisseur : le règlement sur l'IA, art. 10,
#         § 5, concerne le fournisseur du système à haut risque.
#     not_declared:
#       en: >-
#         The system is high-risk but bias_detection_sensitive_data.used is not declared: state
#         whether special categories of personal data are processed to detect and correct bias,
#         which is allowed only under AI Act art. 10(5).
#       fr: >-
#         Le système est à haut risque mais bias_detection_sensitive_data.used n'est pas renseigné :
#         indiquez si des catégories particulières de données personnelles sont traitées pour
#         détecter et corriger des biais, ce qui n'est permis que dans les conditions du règlement
#         sur l'IA, art. 10, § 5.
#     not_used:
#       en: "No special categories of personal data are processed to detect bias (bias_detection_sensitive_data.used is false)."
#       fr: "Aucune catégorie particulière de données personnelles n'est traitée pour détecter des biais (bias_detection_sensitive_data.used vaut false)."
#     condition_missing:
#       en: >-
#         Special categories are processed to detect bias but bias_detection_sensitive_data.{{.field}}
#         is missing or insufficient: {{.condition}} (AI Act art. {{.article}}).
#       fr: >-
#         Des données sensibles sont traitées pour détecter des biais mais
#         bias_detection_sensitive_data.{{.field}} est absent ou insuffisant : {{.condition}}
#         (règlement sur l'IA, art. {{.article}}).
#     safeguarded:
#       en: >-
#         Special categories are processed to detect and correct bias under the conditions of AI
#         Act art. 10(5): strict necessity documented in {{.necessity}}, synthetic and anonymised
#         data ruled out, pseudonymised data, access controls {{.access}}, no transfer to other
#         parties, deletion when {{.deletion}}. GDPR art. 9 still applies (LB-05).
#       fr: >-
#         Des catégories particulières de données sont traitées pour détecter et corriger des biais
#         dans les conditions du règlement sur l'IA, art. 10, § 5 : stricte nécessité documentée
#         dans {{.necessity}}, données synthétiques et anonymisées écartées, données pseudonymisées,
#         contrôle des accès {{.access}}, aucune transmission à des tiers, suppression
#         {{.deletion}}. Le RGPD (art. 9) reste applicable (LB-05).
package cnil.ai_act.aiact_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.references
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_bias := object.get(input.manifest, "bias_detection_sensitive_data", {})

_used := facts.value_at(_bias, ["used"])

_alternatives := {a | some a in _bias.alternatives_ruled_out}

# Each condition of art. 10(5): its point (as the English citation writes it;
# references.provision gives the French form) and the texts explaining it.
_conditions := {
	"necessity_ref": {
		"point": "",
		"en": "the processing must be strictly necessary to detect and correct bias",
		"fr": "le traitement doit être strictement nécessaire à la détection et à la correction des biais",
	},
	"alternatives_ruled_out": {
		"point": "(a)",
		"en": "synthetic and anonymised data must be shown not to suffice",
		"fr": "il doit être établi que des données synthétiques ou anonymisées ne suffisent pas",
	},
	"pseudonymised": {
		"point": "(b)",
		"en": "the data must be pseudonymised and protected by state-of-the-art measures",
		"fr": "les données doivent être pseudonymisées et protégées par des mesures à l'état de l'art",
	},
	"access_controls_ref": {
		"point": "(c)",
		"en": "access must be strictly controlled, documented and limited to authorised persons",
		"fr": "l'accès doit être strictement contrôlé, documenté et réservé aux personnes autorisées",
	},
	"no_third_party_transfer": {
		"point": "(d)",
		"en": "the data must not be transmitted, transferred or otherwise accessed by other parties",
		"fr": "les données ne doivent pas être transmises, transférées ni rendues accessibles à des tiers",
	},
	"deletion_trigger": {
		"point": "(e)",
		"en": "the data must be deleted once the bias is corrected or at the end of the retention period",
		"fr": "les données doivent être supprimées une fois le biais corrigé ou à la fin de la durée de conservation",
	},
	"ropa_justification_ref": {
		"point": "(f)",
		"en": "the record of processing activities must explain why the processing was strictly necessary",
		"fr": "le registre des activités de traitement doit expliquer pourquoi le traitement était strictement nécessaire",
	},
}

_satisfied contains "necessity_ref" if facts.declared(_bias, ["necessity_ref"])

_satisfied contains "alternatives_ruled_out" if count({"synthetic", "anonymised"} - _alternatives) == 0

_satisfied contains "pseudonymised" if facts.value_at(_bias, ["pseudonymised"]) == true

_satisfied contains "access_controls_ref" if facts.declared(_bias, ["access_controls_ref"])

_satisfied contains "no_third_party_transfer" if facts.value_at(_bias, ["no_third_party_transfer"]) == true

_satisfied contains "deletion_trigger" if facts.value_at(_bias, ["deletion_trigger"]) in {"bias_corrected", "retention_end"}

_satisfied contains "ropa_justification_ref" if facts.declared(_bias, ["ropa_justification_ref"])

_missing := {field | some field, _ in _conditions} - _satisfied

_deletion_texts := {
	"bias_corrected": {"en": "the bias is corrected", "fr": "une fois le biais corrigé"},
	"retention_end": {"en": "the retention period ends", "fr": "à la fin de la durée de conservation"},
}

_condition_params(field) := {
	"field": field,
	"condition": result.localised(_conditions[field]),
	"article": references.provision(concat("", ["10(5)", _conditions[field].point]), result.lang),
}

results contains result.not_applicable(rego.metadata.chain(), "not_high_risk", {"level": labels.word("ai_act_risk_level", facts.ai_act_risk_level)}, "/ai_act/risk_level") if {
	not facts.ai_act_high_risk
}

results contains result.not_applicable(rego.metadata.chain(), "not_provider", {"role": labels.word("ai_act_operator_role", facts.ai_act_operator_role)}, "/ai_act/operator_role") if {
	facts.ai_act_high_risk
	not facts.ai_act_operator_role == "provider"
}

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/bias_detection_sensitive_data/used") if {
	facts.ai_act_high_risk_provider
	not is_boolean(_used)
}

results contains result.not_applicable(rego.metadata.chain(), "not_used", {}, "/bias_detection_sensitive_data/used") if {
	facts.ai_act_high_risk_provider
	_used == false
}

results contains result.fail(rego.metadata.chain(), "condition_missing", _condition_params(field), pointer) if {
	facts.ai_act_high_risk_provider
	_used == true
	some field in _missing
	pointer := sprintf("/bias_detection_sensitive_data/%s", [field])
}

results contains result.pass(rego.metadata.chain(), "safeguarded", params, "/bias_detection_sensitive_data") if {
	facts.ai_act_high_risk_provider
	_used == true
	count(_missing) == 0
	params := {"necessity": _bias.necessity_ref, "access": _bias.access_controls_ref, "deletion": result.localised(_deletion_texts[_bias.deletion_trigger])}
}
