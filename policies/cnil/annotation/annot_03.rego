# METADATA
# title: Sensitive annotations need an art. 9(2) exception
# description: >-
#   An annotation can turn otherwise ordinary data into special-category data (for example a
#   label stating a health condition or an ethnic origin), even when the raw data is not.
#   Such annotations need an exception under GDPR art. 9(2), on top of the art. 6 legal basis,
#   and reinforced safeguards. The manifest lists these labels in annotation.sensitive_labels
#   (an empty list when there are none) and the exception in annotation.art9_exception. Without
#   it, the labels must be covered in each annotated dataset (datasets[].annotated) holding
#   personal data, as LB-05 decides for a special category: by the dataset's own special
#   category of that name (datasets[].special_categories[].art9_exception), else by the
#   art9_exception of every development activity that processes the dataset
#   (processing_activities[].dataset_ids). An exception declared on a deployment activity, or on
#   an activity that does not process the annotated data, does not count. The rule applies when
#   annotation is declared (see ANNOT-01).
# related_resources:
#   - description: "CNIL — Annotating data"
#     ref: https://cnil.fr/en/annotating-data
# custom:
#   id: ANNOT-03
#   step: annotation
#   fiche: annotation
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 9(1)", "GDPR 9(2)"]
#   fr:
#     title: Annotations sensibles couvertes par une exception (RGPD, art. 9, § 2)
#     description: >-
#       Une annotation peut transformer des données ordinaires en données relevant d'une catégorie
#       particulière (par exemple une étiquette indiquant un état de santé ou une origine ethnique),
#       même lorsque les données brutes n'en relèvent pas. De telles annotations exigent une
#       exception au titre du RGPD, art. 9, § 2, en plus de la base légale de l'art. 6, ainsi que
#       des garanties renforcées. Le manifeste liste ces étiquettes dans annotation.sensitive_labels
#       (une liste vide s'il n'y en a pas) et indique l'exception dans annotation.art9_exception. À
#       défaut, les étiquettes doivent être couvertes dans chaque jeu de données annoté
#       (datasets[].annotated) contenant des données personnelles, comme LB-05 en décide pour une
#       catégorie particulière : par la catégorie particulière de même nom du jeu de données
#       (datasets[].special_categories[].art9_exception), sinon par l'art9_exception de chaque
#       traitement de développement qui utilise le jeu de données
#       (processing_activities[].dataset_ids). Une exception déclarée sur un traitement de
#       déploiement, ou sur un traitement qui n'utilise pas les données annotées, ne compte pas. La
#       règle s'applique lorsqu'une annotation est déclarée (voir ANNOT-01).
#   remediation:
#     en: >-
#       List in annotation.sensitive_labels the special categories the labels reveal ([] when
#       none), and when there are any, declare the GDPR art. 9(2) exception relied on in
#       annotation.art9_exception, or mark the annotated datasets (datasets[].annotated: true) and
#       declare the exception in the art9_exception of every development activity that processes
#       them (processing_activities[].dataset_ids).
#     fr: >-
#       Listez dans annotation.sensitive_labels les catégories particulières que révèlent les
#       étiquettes ([] s'il n'y en a pas) et, s'il y en a, déclarez l'exception du RGPD, art. 9, §
#       2, invoquée dans annotation.art9_exception, ou marquez les jeux de données annotés
#       (datasets[].annotated : true) et déclarez l'exception dans l'art9_exception de chaque
#       traitement de développement qui les utilise (processing_activities[].dataset_ids).
#   checks:
#     - message: no_annotation
#       outcome: not_applicable
#       level: must-if
#       catalog: "ANNOT-03 — Level: MUST-IF sensitive labels; SHOULD (protocol, training)."
#     - message: not_declared
#       outcome: fail
#       level: must-if
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: no_sensitive_labels
#       outcome: not_applicable
#       level: must-if
#       catalog: "ANNOT-03 — Level: MUST-IF sensitive labels; SHOULD (protocol, training)."
#     - message: unknown_exception
#       outcome: fail
#       level: must-if
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: no_annotated_dataset
#       outcome: fail
#       level: must-if
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: no_exception
#       outcome: fail
#       level: must-if
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: covered_by_annotation
#       outcome: pass
#       level: must-if
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: covered_by_activities
#       outcome: pass
#       level: must-if
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#   messages:
#     no_annotation:
#       en: >-
#         No annotation is declared (no annotation section, no dataset with annotated: true or an
#         annotation step in preparation_ops): the annotation rules do not apply.
#       fr: >-
#         Aucune annotation n'est déclarée (pas de section annotation, aucun jeu de données avec
#         annotated : true ou une étape d'annotation dans preparation_ops) : les règles sur
#         l'annotation ne s'appliquent pas.
#     not_declared:
#       en: >-
#         annotation.sensitive_labels is not declared: say which special categories the labels
#         reveal ([] when none), because a label can make data fall under GDPR art. 9 even when
#         the raw data does not.
#       fr: >-
#         annotation.sensitive_labels n'est pas renseigné : indiquez quelles catégories
#         particulières révèlent les étiquettes ([] s'il n'y en a pas), car une étiquette peut faire
#         relever des données du RGPD, art. 9, même lorsque les données brutes n'en relèvent pas.
#     no_sensitive_labels:
#       en: "annotation.sensitive_labels is empty: no label reveals special-category data."
#       fr: "annotation.sensitive_labels est vide : aucune étiquette ne révèle de donnée sensible."
#     unknown_exception:
#       en: >-
#         annotation.art9_exception is "{{.exception}}", which is not one of the exceptions of GDPR
#         art. 9(2) (explicit_consent, employment_social_security_law,
#         vital_interests_incapable_of_consent, nonprofit_body_members,
#         manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89): the sensitive labels ({{.labels}}) are not
#         covered.
#       fr: >-
#         annotation.art9_exception vaut « {{.exception}} », qui n'est pas l'une des exceptions du
#         RGPD, art. 9, § 2 (explicit_consent, employment_social_security_law,
#         vital_interests_incapable_of_consent, nonprofit_body_members,
#         manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89) : les étiquettes sensibles ({{.labels}}) ne sont pas
#         couvertes.
#     no_annotated_dataset:
#       en: >-
#         The labels reveal special-category data ({{.labels}}) but annotation.art9_exception is
#         not declared, and no dataset holding personal data is marked as annotated
#         (datasets[].annotated: true, or annotation or labelling in
#         datasets[].ai_act_governance.preparation_ops): no development activity can be shown to
#         process the labels under an art. 9(2) exception.{{if .ignored}} The art9_exception of
#         {{.ignored}} therefore does not count.{{end}} Processing these data is prohibited
#         without an exception (GDPR art. 9(1)).
#       fr: >-
#         Les étiquettes révèlent des données sensibles ({{.labels}}) mais annotation.art9_exception
#         n'est pas renseigné, et aucun jeu de données contenant des données personnelles n'est
#         marqué comme annoté (datasets[].annotated : true, ou annotation ou labelling dans
#         datasets[].ai_act_governance.preparation_ops) : aucun traitement de développement ne peut
#         être rattaché aux étiquettes au titre d'une exception de l'art. 9, § 2.{{if .ignored}}
#         L'art9_exception de {{.ignored}} ne compte donc pas.{{end}} Leur traitement est interdit
#         sans exception (RGPD, art. 9, § 1).
#     no_exception:
#       en: >-
#         The labels reveal special-category data ({{.labels}}) in annotated dataset {{.dataset}},
#         but no GDPR art. 9(2) exception covers them: annotation.art9_exception is not
#         declared{{if .invalid_own}}, the art9_exception that the dataset's special_categories
#         declares for {{.invalid_own}} is not an art. 9(2) exception{{end}}{{if .without_own}},
#         the dataset's special_categories declares none for {{.without_own}}, and
#         {{if .activities}}art9_exception is missing, or is not an art. 9(2) exception, on
#         {{.missing}}, among the development activities that process the dataset
#         ({{.activities}}){{else}}no development activity processes the dataset
#         (processing_activities[].dataset_ids){{end}}{{end}}.{{if .ignored}} The art9_exception
#         of {{.ignored}} does not count: only the development activities that process the
#         annotated data can rely on one.{{end}} Processing these data is prohibited without an
#         exception (GDPR art. 9(1)).
#       fr: >-
#         Les étiquettes révèlent des données sensibles ({{.labels}}) dans le jeu de données annoté
#         {{.dataset}}, mais aucune exception du RGPD, art. 9, § 2, ne les couvre :
#         annotation.art9_exception n'est pas renseigné{{if .invalid_own}}, l'art9_exception que les
#         special_categories du jeu de données déclarent pour {{.invalid_own}} n'est pas une
#         exception de l'art. 9, § 2{{end}}{{if .without_own}}, les special_categories du jeu de
#         données n'en déclarent aucune pour {{.without_own}}, et {{if .activities}}art9_exception
#         est absent, ou n'est pas une exception de l'art. 9, § 2, sur {{.missing}}, parmi les
#         traitements de développement qui utilisent le jeu de données
#         ({{.activities}}){{else}}aucun traitement de développement n'utilise le jeu de données
#         (processing_activities[].dataset_ids){{end}}{{end}}.{{if .ignored}} L'art9_exception de
#         {{.ignored}} ne compte pas : seuls les traitements de développement qui utilisent les
#         données annotées peuvent en invoquer une.{{end}} Leur traitement est interdit sans
#         exception (RGPD, art. 9, § 1).
#     covered_by_annotation:
#       en: >-
#         The sensitive labels ({{.labels}}) rely on the exception {{.exception}} (GDPR art.
#         9(2)({{.letter}})), declared in annotation.art9_exception.
#       fr: >-
#         Les étiquettes sensibles ({{.labels}}) reposent sur l'exception {{.exception}} (RGPD, art.
#         9, § 2, {{.letter}})), déclarée dans annotation.art9_exception.
#     covered_by_activities:
#       en: >-
#         annotation.art9_exception is not declared, but the sensitive labels ({{.labels}}) are
#         covered by an exception of GDPR art. 9(2) in each annotated dataset: {{.coverage}}.
#       fr: >-
#         annotation.art9_exception n'est pas renseigné, mais les étiquettes sensibles ({{.labels}})
#         sont couvertes par une exception du RGPD, art. 9, § 2, dans chaque jeu de données annoté :
#         {{.coverage}}.
#   coverage:
#     activity:
#       en: >-
#         {{.dataset}} ({{.labels}}): {{.exceptions}}, declared on the development activities that
#         process it ({{.activities}})
#       fr: >-
#         {{.dataset}} ({{.labels}}) : {{.exceptions}}, déclarée{{if .several}}s{{end}} sur les
#         traitements de développement qui l'utilisent ({{.activities}})
#     category:
#       en: >-
#         {{.dataset}} ({{.labels}}): {{.exceptions}}, declared on the dataset's special categories
#       fr: >-
#         {{.dataset}} ({{.labels}}) : {{.exceptions}}, déclarée{{if .several}}s{{end}} sur les
#         catégories particulières du jeu de données
#     exception:
#       en: "{{.exception}} (art. 9(2)({{.letter}}))"
#       fr: "{{.exception}} (art. 9, § 2, {{.letter}}))"
package cnil.annotation.annot_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels as value_labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_labels := facts.value_at(input.manifest, ["annotation", "sensitive_labels"])

_label_names := {sprintf("%v", [l]) | some l in _labels}

_labels_text(names) := value_labels.words("special_category", names)

_annotation_exception := facts.value_at(input.manifest, ["annotation", "art9_exception"])

_applies if {
	facts.gdpr_applies
	facts.annotation_performed
}

# Sensitive labels to cover, with no exception in annotation.art9_exception.
_by_dataset if {
	_applies
	count(_label_names) > 0
	not facts.filled(_annotation_exception)
}

# The annotated datasets holding personal data: the labels are data about their subjects.
_annotated := {i | some i in facts.annotated_datasets; i in facts.personal_datasets}

# The coverage of each label in each annotated dataset, decided as LB-05 decides it for a
# special category (policies/lib/facts_art9.rego); labels without one are uncovered.
_coverage[i][label] := facts.art9_exception_for(i, label) if {
	some i in _annotated
	some label in _label_names
}

_uncovered[i] := labels if {
	some i in _annotated
	labels := {label | some label in _label_names; not _coverage[i][label]}
	count(labels) > 0
}

_custom := result.custom(rego.metadata.chain())

# "ds-a (health_data): public_health (art. 9(2)(i)), declared on ... (pa-train); ...".
_coverage_text := concat(result.semicolon, [result.render_localised(_custom.coverage[coverage.source], {
	"dataset": facts.dataset_label(i),
	"labels": _labels_text({label | some label, c in _coverage[i]; c == coverage}),
	"exceptions": concat(", ", [result.render_localised(_custom.coverage.exception, {"exception": value_labels.word("art9_exception", e), "letter": facts.art9_exception_letters[e]}) |
		some e in coverage.exceptions
	]),
	"several": count(coverage.exceptions) > 1,
	"activities": concat(", ", coverage.activities),
}) |
	some i in sort(_annotated)
	some coverage in sort({c | some c in _coverage[i]})
])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_annotation", {}, "/annotation") if {
	facts.gdpr_applies
	not facts.annotation_performed
}

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/annotation/sensitive_labels") if {
	_applies
	not is_array(_labels)
}

results contains result.not_applicable(rego.metadata.chain(), "no_sensitive_labels", {}, "/annotation/sensitive_labels") if {
	_applies
	_labels == []
}

results contains result.pass(rego.metadata.chain(), "covered_by_annotation", params, "/annotation/art9_exception") if {
	_applies
	count(_label_names) > 0
	facts.art9_exception_known(_annotation_exception)
	params := {
		"labels": _labels_text(_label_names),
		"exception": value_labels.word("art9_exception", _annotation_exception),
		"letter": facts.art9_exception_letters[_annotation_exception],
	}
}

results contains result.fail(rego.metadata.chain(), "unknown_exception", params, "/annotation/art9_exception") if {
	_applies
	count(_label_names) > 0
	facts.filled(_annotation_exception)
	not facts.art9_exception_known(_annotation_exception)
	params := {"labels": _labels_text(_label_names), "exception": sprintf("%v", [_annotation_exception])}
}

results contains result.fail(rego.metadata.chain(), "no_annotated_dataset", params, "/annotation/art9_exception") if {
	_by_dataset
	count(_annotated) == 0
	params := {
		"labels": _labels_text(_label_names),
		"ignored": concat(", ", facts.art9_ignored_activities(set())),
	}
}

results contains result.fail(rego.metadata.chain(), "no_exception", params, "/annotation/art9_exception") if {
	_by_dataset
	some i, labels in _uncovered
	coverage := facts.art9_activity_coverage(i)
	params := {
		"labels": _labels_text(labels),
		"dataset": facts.dataset_label(i),
		"invalid_own": _labels_text({label | some label in labels; _own_declared(i, label)}),
		"without_own": _labels_text({label | some label in labels; not _own_declared(i, label)}),
		"activities": concat(", ", coverage.activities),
		"missing": concat(", ", coverage.missing),
		"ignored": concat(", ", coverage.ignored),
	}
}

# The dataset's special category named label declares an exception of its own (one that
# is not an art. 9(2) exception, when the label is uncovered).
_own_declared(i, label) if {
	some item in input.manifest.datasets[i].special_categories
	facts.art9_category_name(item) == label
	facts.art9_own_exception(item) != null
}

results contains result.pass(rego.metadata.chain(), "covered_by_activities", params, pointer) if {
	_by_dataset
	count(_annotated) > 0
	count(_uncovered) == 0
	params := {"labels": _labels_text(_label_names), "coverage": _coverage_text}
	pointer := min({c.pointer | some i in _annotated; some c in _coverage[i]})
}
