# METADATA
# title: Sensitive annotations need an art. 9(2) exception
# description: >-
#   An annotation can turn otherwise ordinary data into special-category data (for example a
#   label stating a health condition or an ethnic origin), even when the raw data is not.
#   Such annotations need an exception under GDPR art. 9(2), on top of the art. 6 legal basis,
#   and reinforced safeguards. The manifest lists these labels in annotation.sensitive_labels
#   (an empty list when there are none) and the exception in annotation.art9_exception or in
#   the art9_exception of a development activity. The rule applies when annotation is
#   declared (see ANNOT-01).
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
#     title: Des annotations sensibles couvertes par une exception de l'article 9(2)
#     description: >-
#       Une annotation peut transformer des données ordinaires en données relevant d'une
#       catégorie particulière (par exemple une étiquette indiquant un état de santé ou une
#       origine ethnique), même lorsque les données brutes n'en relèvent pas. De telles
#       annotations exigent une exception au titre de l'article 9(2) du RGPD, en plus de la base
#       légale de l'article 6, ainsi que des garanties renforcées. Le manifeste liste ces
#       étiquettes dans annotation.sensitive_labels (une liste vide s'il n'y en a pas) et
#       indique l'exception dans annotation.art9_exception ou dans l'art9_exception d'un
#       traitement de développement. La règle s'applique lorsqu'une annotation est déclarée
#       (voir ANNOT-01).
#   remediation:
#     en: >-
#       List in annotation.sensitive_labels the special categories the labels reveal ([] when
#       none), and when there are any, declare the GDPR art. 9(2) exception relied on in
#       annotation.art9_exception (or in processing_activities[].art9_exception).
#     fr: >-
#       Listez dans annotation.sensitive_labels les catégories particulières que révèlent les
#       étiquettes ([] s'il n'y en a pas) et, s'il y en a, déclarez l'exception de l'article
#       9(2) du RGPD invoquée dans annotation.art9_exception (ou dans
#       processing_activities[].art9_exception).
#   messages:
#     no_gdpr:
#       en: >-
#         The GDPR does not apply to the development (no personal data processed, or another
#         legal regime): GDPR art. 9 is not at stake.
#       fr: >-
#         Le RGPD ne s'applique pas au développement (aucune donnée personnelle traitée, ou autre
#         régime juridique) : l'article 9 du RGPD n'est pas en jeu.
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
#         particulières révèlent les étiquettes ([] s'il n'y en a pas), car une étiquette peut
#         faire relever des données de l'article 9 du RGPD même lorsque les données brutes n'en
#         relèvent pas.
#     no_sensitive_labels:
#       en: "annotation.sensitive_labels is empty: no label reveals special-category data."
#       fr: "annotation.sensitive_labels est vide : aucune étiquette ne révèle de donnée sensible."
#     no_exception:
#       en: >-
#         The labels reveal special-category data ({{.labels}}) but no GDPR art. 9(2) exception is
#         declared in annotation.art9_exception or in a development activity's art9_exception:
#         processing these data is prohibited without one (GDPR art. 9(1)).
#       fr: >-
#         Les étiquettes révèlent des données sensibles ({{.labels}}) mais aucune exception de
#         l'article 9(2) du RGPD n'est déclarée dans annotation.art9_exception ni dans
#         l'art9_exception d'une activité de développement : leur traitement est interdit sans
#         exception (article 9(1) du RGPD).
#     covered:
#       en: "The sensitive labels ({{.labels}}) rely on the GDPR art. 9(2) exception {{.exception}}."
#       fr: "Les étiquettes sensibles ({{.labels}}) reposent sur l'exception {{.exception}} de l'article 9(2) du RGPD."
package cnil.annotation.annot_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

_exceptions := {
	"explicit_consent", "employment_social_security_law", "vital_interests_incapable_of_consent",
	"nonprofit_body_members", "manifestly_made_public_by_data_subject", "legal_claims_or_courts",
	"substantial_public_interest_law", "health_or_social_care", "public_health",
	"archiving_research_statistics_art89",
}

_labels := facts.value_at(input.manifest, ["annotation", "sensitive_labels"])

_labels_text := concat(", ", sort([sprintf("%v", [l]) | some l in _labels]))

# Where an art. 9(2) exception is declared: pointer and value.
_declared_exceptions contains ["/annotation/art9_exception", exception] if {
	exception := input.manifest.annotation.art9_exception
	exception in _exceptions
}

_declared_exceptions contains [sprintf("/processing_activities/%d/art9_exception", [i]), exception] if {
	some i in facts.development_activities
	exception := input.manifest.processing_activities[i].art9_exception
	exception in _exceptions
}

_applies if {
	facts.gdpr_applies
	facts.annotation_performed
}

results contains result.not_applicable(rego.metadata.chain(), "no_gdpr", {}, "/personal_data/processed") if {
	not facts.gdpr_applies
}

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

results contains result.fail(rego.metadata.chain(), "no_exception", {"labels": _labels_text}, "/annotation/art9_exception") if {
	_applies
	count(_labels) > 0
	count(_declared_exceptions) == 0
}

results contains result.pass(rego.metadata.chain(), "covered", params, pointer) if {
	_applies
	count(_labels) > 0
	[pointer, exception] := sort(_declared_exceptions)[0]
	params := {"labels": _labels_text, "exception": exception}
}
