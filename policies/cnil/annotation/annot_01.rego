# METADATA
# title: Annotations are limited to what the model's functionality needs
# description: >-
#   Annotations (labels) and the data to annotate must be limited to what is needed to
#   train the model for its functionality (GDPR art. 5(1)(c)); contextual labels are allowed
#   when their link to performance is proven or sufficiently plausible. Irrelevant
#   annotations must be removed from acquired annotated datasets, or the impossibility
#   justified. The rule applies when the manifest has an annotation section, when a dataset
#   is declared annotated (datasets[].annotated), or when a dataset's preparation_ops list
#   annotation or labelling; acquired annotated datasets are those annotated with a
#   source_type of public_dataset_reuse or third_party_acquired.
# related_resources:
#   - description: "CNIL — Annotating data"
#     ref: https://cnil.fr/en/annotating-data
# custom:
#   id: ANNOT-01
#   step: annotation
#   fiche: annotation
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(c)"]
#   fr:
#     title: Annotations limitées à ce que requiert la fonctionnalité du modèle
#     description: >-
#       Les annotations (étiquettes) et les données à annoter doivent être limitées à ce qui est
#       nécessaire pour entraîner le modèle à sa fonctionnalité (RGPD, art. 5, § 1, c)) ; des
#       étiquettes contextuelles sont admises lorsque leur lien avec la performance est démontré ou
#       suffisamment plausible. Les annotations non pertinentes doivent être supprimées des jeux de
#       données annotés acquis, ou l'impossibilité de le faire justifiée. La règle s'applique
#       lorsque le manifeste comporte une section annotation, lorsqu'un jeu de données est déclaré
#       annoté (datasets[].annotated) ou lorsque les preparation_ops d'un jeu de données mentionnent
#       annotation ou labelling ; les jeux de données annotés acquis sont les jeux annotés dont le
#       source_type vaut public_dataset_reuse ou third_party_acquired.
#   remediation:
#     en: >-
#       Reference the label schema in annotation.label_schema_ref, list each label in
#       annotation.labels with its relevance_justification, and for acquired annotated datasets
#       set annotation.acquired_labels_pruned to true once irrelevant labels are removed (or
#       explain in annotation.pruning_justification why they cannot be).
#     fr: >-
#       Référencez le schéma d'annotation dans annotation.label_schema_ref, listez chaque
#       étiquette dans annotation.labels avec sa relevance_justification et, pour les jeux
#       annotés acquis, fixez annotation.acquired_labels_pruned à true une fois les étiquettes
#       non pertinentes supprimées (ou expliquez dans annotation.pruning_justification pourquoi
#       elles ne peuvent pas l'être).
#   checks:
#     - message: no_annotation
#       outcome: not_applicable
#       level: must
#       catalog: "ANNOT-01 — Level: MUST."
#     - message: no_schema
#       outcome: fail
#       level: must
#       catalog: "ANNOT-01 — Annotations (labels) and the data to annotate are limited to what is needed to train the model for its functionality; remove irrelevant annotations from acquired annotated datasets (or justify why not possible); contextual information indirectly related to the functionality is allowed when its link to performance is proven or sufficiently plausible."
#     - message: no_labels
#       outcome: fail
#       level: must
#       catalog: "ANNOT-01 — Annotations (labels) and the data to annotate are limited to what is needed to train the model for its functionality; remove irrelevant annotations from acquired annotated datasets (or justify why not possible); contextual information indirectly related to the functionality is allowed when its link to performance is proven or sufficiently plausible."
#     - message: no_justification
#       outcome: fail
#       level: must
#       catalog: "ANNOT-01 — Annotations (labels) and the data to annotate are limited to what is needed to train the model for its functionality; remove irrelevant annotations from acquired annotated datasets (or justify why not possible); contextual information indirectly related to the functionality is allowed when its link to performance is proven or sufficiently plausible."
#     - message: not_pruned
#       outcome: fail
#       level: must
#       catalog: "ANNOT-01 — Annotations (labels) and the data to annotate are limited to what is needed to train the model for its functionality; remove irrelevant annotations from acquired annotated datasets (or justify why not possible); contextual information indirectly related to the functionality is allowed when its link to performance is proven or sufficiently plausible."
#     - message: minimised
#       outcome: pass
#       level: must
#       catalog: "ANNOT-01 — Annotations (labels) and the data to annotate are limited to what is needed to train the model for its functionality; remove irrelevant annotations from acquired annotated datasets (or justify why not possible); contextual information indirectly related to the functionality is allowed when its link to performance is proven or sufficiently plausible."
#   messages:
#     no_annotation:
#       en: >-
#         No annotation is declared (no annotation section, no dataset with annotated: true or an
#         annotation step in preparation_ops): the annotation rules do not apply.
#       fr: >-
#         Aucune annotation n'est déclarée (pas de section annotation, aucun jeu de données avec
#         annotated : true ou une étape d'annotation dans preparation_ops) : les règles sur
#         l'annotation ne s'appliquent pas.
#     no_schema:
#       en: >-
#         annotation.label_schema_ref is missing: the label schema is needed to show that the
#         annotations are limited to what the model's functionality requires (GDPR art. 5(1)(c)).
#       fr: >-
#         annotation.label_schema_ref est absent : le schéma d'annotation est nécessaire pour
#         montrer que les annotations se limitent à ce que requiert la fonctionnalité du modèle
#         (RGPD, art. 5, § 1, c)).
#     no_labels:
#       en: >-
#         annotation.labels is empty: each label should be listed with the reason it is needed,
#         so that its necessity can be checked (GDPR art. 5(1)(c)).
#       fr: >-
#         annotation.labels est vide : chaque étiquette doit être listée avec la raison de sa
#         nécessité, afin que celle-ci puisse être vérifiée (RGPD, art. 5, § 1, c)).
#     no_justification:
#       en: >-
#         Label {{.label}} has no relevance_justification: a label must be needed for the
#         functionality, or its link to performance proven or sufficiently plausible.
#       fr: >-
#         L'étiquette {{.label}} n'a pas de relevance_justification : une étiquette doit être
#         nécessaire à la fonctionnalité, ou son lien avec la performance démontré ou
#         suffisamment plausible.
#     not_pruned:
#       en: >-
#         Dataset {{.dataset}} was acquired already annotated (source_type: {{.source}}) but
#         annotation.acquired_labels_pruned is not true and annotation.pruning_justification is
#         missing: irrelevant annotations must be removed, or the impossibility justified.
#       fr: >-
#         Le jeu de données {{.dataset}} a été acquis déjà annoté (source_type : {{.source}}) mais
#         annotation.acquired_labels_pruned ne vaut pas true et annotation.pruning_justification
#         est absent : les annotations non pertinentes doivent être supprimées, ou
#         l'impossibilité justifiée.
#     minimised:
#       en: "{{.count}} label(s) justified in the label schema {{.schema}}."
#       fr: "{{.count}} étiquette(s) justifiée(s) dans le schéma d'annotation {{.schema}}."
package cnil.annotation.annot_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_annotation := object.get(input.manifest, "annotation", {})

_labels := [l | some l in object.get(_annotation, "labels", [])]

_acquired := {"public_dataset_reuse", "third_party_acquired"}

_applies if {
	facts.gdpr_applies
	facts.annotation_performed
}

_label_name(label, _) := label.name if is_string(label.name)

_label_name(label, _) := label if is_string(label)

_label_name(label, i) := sprintf("#%d", [i]) if {
	is_object(label)
	not is_string(object.get(label, "name", null))
}

_dataset_name(i) := id if {
	id := input.manifest.datasets[i].id
	is_string(id)
} else := sprintf("#%d", [i])

_issues contains result.finding("no_schema", {}, "/annotation/label_schema_ref") if {
	not facts.declared(_annotation, ["label_schema_ref"])
}

_issues contains result.finding("no_labels", {}, "/annotation/labels") if count(_labels) == 0

_issues contains result.finding("no_justification", params, sprintf("/annotation/labels/%d/relevance_justification", [i])) if {
	some i, label in _labels
	not facts.declared(label, ["relevance_justification"])
	params := {"label": _label_name(label, i)}
}

_issues contains result.finding("not_pruned", params, "/annotation/acquired_labels_pruned") if {
	some i, dataset in input.manifest.datasets
	dataset.annotated == true
	dataset.source_type in _acquired
	not _annotation.acquired_labels_pruned == true
	not facts.declared(_annotation, ["pruning_justification"])
	params := {"dataset": _dataset_name(i), "source": dataset.source_type}
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_annotation", {}, "/annotation") if {
	facts.gdpr_applies
	not facts.annotation_performed
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_applies
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "minimised", params, "/annotation/labels") if {
	_applies
	count(_issues) == 0
	params := {"count": count(_labels), "schema": _annotation.label_schema_ref}
}
