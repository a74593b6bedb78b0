# METADATA
# title: Annotations are accurate, objective and controlled
# description: >-
#   Annotations must be correct, objective and, as far as possible, up to date (GDPR art.
#   5(1)(d)); vague, arbitrary or caricatural labels (for example inferring a profession from
#   a picture) reproduce biases and discrimination or harm dignity (art. 5(1)(a)). The
#   manifest references the annotation guidelines (annotation.guidelines_ref) and the quality
#   control applied (annotation.quality_control: double_annotation,
#   inter_annotator_agreement, expert_review, sampling_audit; this list is the tool's own).
#   The rule applies when annotation is declared (see ANNOT-01).
# related_resources:
#   - description: "CNIL — Annotating data"
#     ref: https://cnil.fr/en/annotating-data
# custom:
#   id: ANNOT-02
#   step: annotation
#   fiche: annotation
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(a)", "GDPR 5(1)(d)"]
#   fr:
#     title: Annotations exactes, objectives et contrôlées
#     description: >-
#       Les annotations doivent être exactes, objectives et, dans la mesure du possible, tenues à
#       jour (RGPD, art. 5, § 1, d)) ; des étiquettes vagues, arbitraires ou caricaturales (par
#       exemple déduire une profession d'une photographie) reproduisent des biais et des
#       discriminations ou portent atteinte à la dignité (art. 5, § 1, a)). Le manifeste référence
#       les consignes d'annotation (annotation.guidelines_ref) et le contrôle qualité appliqué
#       (annotation.quality_control : double_annotation, inter_annotator_agreement, expert_review,
#       sampling_audit ; cette liste est propre à l'outil). La règle s'applique lorsqu'une
#       annotation est déclarée (voir ANNOT-01).
#   remediation:
#     en: >-
#       Write annotation guidelines that define each label objectively and reference them in
#       annotation.guidelines_ref; declare in annotation.quality_control how annotations are
#       checked (double_annotation, inter_annotator_agreement, expert_review, sampling_audit).
#     fr: >-
#       Rédigez des consignes d'annotation définissant objectivement chaque étiquette et
#       référencez-les dans annotation.guidelines_ref ; déclarez dans annotation.quality_control
#       comment les annotations sont contrôlées (double_annotation, inter_annotator_agreement,
#       expert_review, sampling_audit).
#   checks:
#     - message: no_annotation
#       outcome: not_applicable
#       level: must
#       catalog: "ANNOT-02 — Level: MUST (accuracy, fairness)."
#     - message: no_guidelines
#       outcome: fail
#       level: must
#       catalog: "ANNOT-02 — Annotations must be correct, objective and as far as possible up to date; avoid vague, arbitrary or caricatural labels (e.g. inferring a profession from a picture) that reproduce bias, discrimination or harm dignity."
#     - message: no_quality_control
#       outcome: fail
#       level: must
#       catalog: "ANNOT-02 — Annotations must be correct, objective and as far as possible up to date; avoid vague, arbitrary or caricatural labels (e.g. inferring a profession from a picture) that reproduce bias, discrimination or harm dignity."
#     - message: controlled
#       outcome: pass
#       level: must
#       catalog: "ANNOT-02 — Annotations must be correct, objective and as far as possible up to date; avoid vague, arbitrary or caricatural labels (e.g. inferring a profession from a picture) that reproduce bias, discrimination or harm dignity."
#   messages:
#     no_annotation:
#       en: >-
#         No annotation is declared (no annotation section, no dataset with annotated: true or an
#         annotation step in preparation_ops): the annotation rules do not apply.
#       fr: >-
#         Aucune annotation n'est déclarée (pas de section annotation, aucun jeu de données avec
#         annotated : true ou une étape d'annotation dans preparation_ops) : les règles sur
#         l'annotation ne s'appliquent pas.
#     no_guidelines:
#       en: >-
#         annotation.guidelines_ref is missing: guidelines defining each label objectively are
#         needed for accurate, non-arbitrary annotations (GDPR art. 5(1)(a) and 5(1)(d)).
#       fr: >-
#         annotation.guidelines_ref est absent : des consignes définissant objectivement chaque
#         étiquette sont nécessaires à des annotations exactes et non arbitraires (RGPD, art. 5, §
#         1, a) et d)).
#     no_quality_control:
#       en: >-
#         annotation.quality_control is empty: the accuracy of annotations must be checked (for
#         example double annotation or expert review), as inaccurate labels are inaccurate
#         personal data (GDPR art. 5(1)(d)).
#       fr: >-
#         annotation.quality_control est vide : l'exactitude des annotations doit être contrôlée
#         (par exemple double annotation ou revue par un expert), des étiquettes inexactes étant des
#         données personnelles inexactes (RGPD, art. 5, § 1, d)).
#     controlled:
#       en: "Annotations follow the guidelines {{.guidelines}} and are checked by: {{.controls}}."
#       fr: "Les annotations suivent les consignes {{.guidelines}} et sont contrôlées par : {{.controls}}."
package cnil.annotation.annot_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_annotation := object.get(input.manifest, "annotation", {})

_controls := facts.value_at(_annotation, ["quality_control"])

_controls_text := labels.words("annotation.quality_control", _controls) if is_array(_controls)

else := sprintf("%v", [_controls])

_applies if {
	facts.gdpr_applies
	facts.annotation_performed
}

_issues contains result.finding("no_guidelines", {}, "/annotation/guidelines_ref") if {
	not facts.declared(_annotation, ["guidelines_ref"])
}

_issues contains result.finding("no_quality_control", {}, "/annotation/quality_control") if not facts.filled(_controls)

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_annotation", {}, "/annotation") if {
	facts.gdpr_applies
	not facts.annotation_performed
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_applies
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "controlled", params, "/annotation/quality_control") if {
	_applies
	count(_issues) == 0
	params := {"guidelines": _annotation.guidelines_ref, "controls": _controls_text}
}
