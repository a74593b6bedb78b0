# METADATA
# title: High-risk system — data governance of the training, validation and testing datasets (AI Act art. 10)
# description: >-
#   For a high-risk AI system trained with data, the provider subjects the training,
#   validation and testing datasets to data-governance practices covering the design
#   choices; the collection processes and the origin of the data, and for personal data the
#   original purpose of collection; the preparation operations (annotation, labelling,
#   cleaning, updating, enrichment, aggregation); the assumptions; the availability,
#   quantity and suitability of the data; the examination of possible biases and the
#   measures to detect, prevent and mitigate them; and data gaps (AI Act art. 10(2)). The
#   rule applies to every dataset whenever ai_act.risk_level is high and the operator is the
#   provider (assumed when ai_act.operator_role is undeclared), whether or not the data is
#   personal.
# related_resources:
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: AIACT-02
#   step: ai_act
#   fiche: scope
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["AI Act 10(1)", "AI Act 10(2)", "AI Act 10(3)", "AI Act 10(4)", "AI Act 10(6)"]
#   checks:
#     - {message: not_high_risk, outcome: not_applicable, level: must-if, catalog: "AIACT-02: MUST-IF high-risk (derived, 12.2)"}
#     - {message: not_provider, outcome: not_applicable, level: must-if, catalog: "AIACT-02: MUST-IF high-risk (provider)"}
#     - {message: no_datasets, outcome: fail, level: must-if, catalog: "AIACT-02: training/validation/testing datasets subject to data governance (art. 10(1)-(4))"}
#     - {message: no_governance, outcome: fail, level: must-if, catalog: "AIACT-02: datasets[].ai_act_governance (all present)"}
#     - {message: missing_field, outcome: fail, level: must-if, catalog: "AIACT-02: datasets[].ai_act_governance.{design_choices, ..., data_gaps} (all present)"}
#     - {message: no_split, outcome: fail, level: must-if, catalog: "AIACT-02: datasets[].split in {training, validation, testing}"}
#     - {message: governed, outcome: pass, level: must-if, catalog: "AIACT-02: data governance of art. 10 (MUST-IF high-risk provider)"}
#   fr:
#     title: >-
#       Système à haut risque — gouvernance des jeux d'entraînement, de validation et de test
#       (règlement sur l'IA, art. 10)
#     description: >-
#       Pour un système d'IA à haut risque entraîné à partir de données, le fournisseur soumet les
#       jeux de données d'entraînement, de validation et de test à des pratiques de gouvernance des
#       données portant sur : les choix de conception ; les processus de collecte et l'origine des
#       données et, pour des données personnelles, la finalité initiale de leur collecte ; les
#       opérations de préparation (annotation, étiquetage, nettoyage, mise à jour, enrichissement,
#       agrégation) ; les hypothèses retenues ; la disponibilité, la quantité et l'adéquation des
#       données ; l'examen des biais éventuels et les mesures visant à les détecter, à les prévenir
#       et à les atténuer ; et les lacunes des données (règlement sur l'IA, art. 10, § 2). La règle
#       s'applique à chaque jeu de données dès lors que ai_act.risk_level vaut high et que
#       l'opérateur est le fournisseur (ce qui est présumé lorsque ai_act.operator_role n'est pas
#       renseigné), que les données soient personnelles ou non.
#   remediation:
#     en: >-
#       For each dataset, set split (training, validation or testing) and fill
#       ai_act_governance: design_choices, collection_and_origin, original_purpose (personal
#       data), preparation_ops, assumptions, suitability_assessment, bias_examination_ref,
#       bias_mitigation and data_gaps.
#     fr: >-
#       Pour chaque jeu de données, renseignez split (training, validation ou testing) et
#       complétez ai_act_governance : design_choices, collection_and_origin, original_purpose
#       (données personnelles), preparation_ops, assumptions, suitability_assessment,
#       bias_examination_ref, bias_mitigation et data_gaps.
#   messages:
#     not_high_risk:
#       en: >-
#         The system is not high-risk (ai_act.risk_level: {{.level}}, and no fact of the
#         manifest makes it high-risk, see AIACT-01): the data-governance duties of AI Act art. 10
#         do not apply.
#       fr: >-
#         Le système n'est pas à haut risque (ai_act.risk_level : {{.level}} ; aucun fait du
#         manifeste ne le rend à haut risque, voir AIACT-01) : les obligations de gouvernance des
#         données du règlement sur l'IA, art. 10, ne s'appliquent pas.
#     not_provider:
#       en: >-
#         The operator role is {{.role}}, not provider: the data-governance duties of AI Act
#         art. 10 fall on the provider of the high-risk system.
#       fr: >-
#         Le rôle de l'opérateur est {{.role}} et non fournisseur : les obligations de gouvernance des
#         données du règlement sur l'IA, art. 10, incombent au fournisseur du système à haut risque.
#     no_datasets:
#       en: >-
#         The system is high-risk but no dataset is declared (datasets): the training, validation
#         and testing datasets must be listed to show their governance (AI Act art. 10).
#       fr: >-
#         Le système est à haut risque mais aucun jeu de données n'est déclaré (datasets) : les jeux
#         d'entraînement, de validation et de test doivent être listés pour en montrer la
#         gouvernance (règlement sur l'IA, art. 10).
#     no_governance:
#       en: >-
#         Dataset {{.dataset}} has no ai_act_governance record: a high-risk system's datasets
#         must be subject to the data-governance practices of AI Act art. 10(2).
#       fr: >-
#         Le jeu de données {{.dataset}} n'a pas de rubrique ai_act_governance : les jeux d'un
#         système à haut risque doivent faire l'objet des pratiques de gouvernance des données du
#         règlement sur l'IA, art. 10, § 2.
#     missing_field:
#       en: >-
#         Dataset {{.dataset}}: ai_act_governance.{{.field}} is missing ({{.topic}}, AI Act art.
#         10(2)({{.point}})).
#       fr: >-
#         Jeu de données {{.dataset}} : ai_act_governance.{{.field}} est absent ({{.topic}},
#         règlement sur l'IA, art. 10, § 2, {{.point}})).
#     no_split:
#       en: >-
#         Dataset {{.dataset}}: split is missing or invalid ({{.value}}): say whether the dataset
#         is used for training, validation or testing (AI Act art. 10(1) and 10(3)).
#       fr: >-
#         Jeu de données {{.dataset}} : split est absent ou invalide ({{.value}}) : indiquez si le
#         jeu sert à l'entraînement (training), à la validation (validation) ou au test (testing)
#         (règlement sur l'IA, art. 10, § 1, et art. 10, § 3).
#     governed:
#       en: "Dataset {{.dataset}} ({{.split}}) has a complete AI Act art. 10 data-governance record."
#       fr: >-
#         Le jeu de données {{.dataset}} ({{.split}}) dispose d'une gouvernance complète au sens du
#         règlement sur l'IA, art. 10.
package cnil.ai_act.aiact_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := [d | some d in object.get(input.manifest, "datasets", [])]

# The governance fields, with the point of art. 10(2) they answer.
_fields := {
	"design_choices": {"point": "a", "en": "relevant design choices", "fr": "choix de conception"},
	"collection_and_origin": {"point": "b", "en": "data collection processes and origin of the data", "fr": "processus de collecte et origine des données"},
	"original_purpose": {"point": "b", "en": "original purpose of the collection of personal data", "fr": "finalité initiale de la collecte des données personnelles"},
	"preparation_ops": {"point": "c", "en": "data-preparation operations", "fr": "opérations de préparation des données"},
	"assumptions": {"point": "d", "en": "assumptions about what the data measure and represent", "fr": "hypothèses sur ce que les données mesurent et représentent"},
	"suitability_assessment": {"point": "e", "en": "availability, quantity and suitability of the data", "fr": "disponibilité, quantité et adéquation des données"},
	"bias_examination_ref": {"point": "f", "en": "examination of possible biases", "fr": "examen des biais éventuels"},
	"bias_mitigation": {"point": "g", "en": "measures to detect, prevent and mitigate biases", "fr": "mesures de détection, de prévention et d'atténuation des biais"},
	"data_gaps": {"point": "h", "en": "data gaps and how they are addressed", "fr": "lacunes des données et manière d'y remédier"},
}

_name(i) := id if {
	id := _datasets[i].id
	is_string(id)
} else := sprintf("#%d", [i])

# Fields required for dataset i: original_purpose only when it may hold personal data.
_required(i) := {f | some f, _ in _fields} - {"original_purpose"} if _datasets[i].contains_personal_data == false

else := {f | some f, _ in _fields}

_issues[i] contains result.finding("no_governance", {"dataset": _name(i)}, sprintf("/datasets/%d/ai_act_governance", [i])) if {
	some i, dataset in _datasets
	not is_object(object.get(dataset, "ai_act_governance", null))
}

_issues[i] contains result.finding("missing_field", params, sprintf("/datasets/%d/ai_act_governance/%s", [i, field])) if {
	some i, dataset in _datasets
	is_object(object.get(dataset, "ai_act_governance", null))
	some field in _required(i)
	not facts.declared(dataset.ai_act_governance, [field])
	info := _fields[field]
	params := {"dataset": _name(i), "field": field, "point": info.point, "topic": result.localised(info)}
}

_issues[i] contains result.finding("no_split", params, sprintf("/datasets/%d/split", [i])) if {
	some i, dataset in _datasets
	split := object.get(dataset, "split", null)
	not split in {"training", "validation", "testing"}
	params := {"dataset": _name(i), "value": sprintf("%v", [split])}
}

results contains result.not_applicable(rego.metadata.chain(), "not_high_risk", {"level": labels.word("ai_act_risk_level", facts.ai_act_risk_level)}, "/ai_act/risk_level") if {
	not facts.ai_act_high_risk
}

results contains result.not_applicable(rego.metadata.chain(), "not_provider", {"role": labels.word("ai_act_operator_role", facts.ai_act_operator_role)}, "/ai_act/operator_role") if {
	facts.ai_act_high_risk
	not facts.ai_act_operator_role == "provider"
}

results contains result.fail(rego.metadata.chain(), "no_datasets", {}, "/datasets") if {
	facts.ai_act_high_risk_provider
	count(_datasets) == 0
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.ai_act_high_risk_provider
	some f in _issues[_]
}

results contains result.pass(rego.metadata.chain(), "governed", params, sprintf("/datasets/%d/ai_act_governance", [i])) if {
	facts.ai_act_high_risk_provider
	some i, dataset in _datasets
	not _issues[i]
	params := {"dataset": _name(i), "split": labels.word("dataset.split", dataset.split)}
}
