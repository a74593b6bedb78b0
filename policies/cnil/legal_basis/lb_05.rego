# METADATA
# title: Special categories and criminal-offence data need an additional exception
# description: >-
#   When a dataset contains special categories of data (GDPR art. 9(1): health, biometric,
#   genetic data, etc.), the development processing needs one of the exceptions of art. 9(2) on top
#   of its art. 6 legal basis, and minimisation must be applied with particular rigour. Data
#   relating to criminal convictions and offences (art. 10) may be processed only under the control
#   of official authority or when authorised by Union or Member State law.
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing
# custom:
#   id: LB-05
#   step: legal_basis
#   fiche: legal-basis
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 9(1)", "GDPR 9(2)", "GDPR 10"]
#   fr:
#     title: Catégories particulières et données d'infraction exigent une exception supplémentaire
#   remediation:
#     en: >-
#       List in datasets[].special_categories the art. 9 categories each dataset holds ([] if none).
#       When one is listed, set art9_exception on every development activity that processes the
#       dataset to the applicable art. 9(2) exception. For a dataset with
#       criminal_convictions_offences true, reference in art10_basis_ref the official authority or
#       the legal provision that authorises the processing.
#     fr: >-
#       Listez dans datasets[].special_categories les catégories de l'article 9 présentes dans chaque
#       jeu de données ([] s'il n'y en a pas). Lorsqu'une catégorie est listée, renseignez
#       art9_exception sur chaque traitement de développement qui utilise le jeu de données avec
#       l'exception applicable de l'article 9(2). Pour un jeu de données dont
#       criminal_convictions_offences vaut true, indiquez dans art10_basis_ref l'autorité publique
#       ou la disposition légale qui autorise le traitement.
#   messages:
#     no_personal_data:
#       en: >-
#         The development processes no personal data (personal_data.processed is false): GDPR
#         art. 9 and 10 do not apply.
#       fr: >-
#         Le développement ne traite aucune donnée personnelle (personal_data.processed vaut false) :
#         les articles 9 et 10 du RGPD ne s'appliquent pas.
#     other_regime:
#       en: >-
#         The processing falls under the {{.regime}} regime, not the GDPR: GDPR art. 9 and 10 do not
#         apply.
#       fr: >-
#         Le traitement relève du régime {{.regime}} et non du RGPD : les articles 9 et 10 du RGPD ne
#         s'appliquent pas.
#     no_sensitive_data:
#       en: >-
#         No dataset holding personal data declares special categories (art. 9) or criminal-offence
#         data (art. 10): no additional exception is needed.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles ne déclare de catégorie particulière
#         (article 9) ni de données d'infraction (article 10) : aucune exception supplémentaire n'est
#         nécessaire.
#     special_categories_undeclared:
#       en: >-
#         Dataset {{.dataset}}: special_categories is not declared. List the art. 9 categories the
#         dataset contains, or [] if none: it decides whether an art. 9(2) exception is required.
#       fr: >-
#         Jeu de données {{.dataset}} : special_categories n'est pas renseigné. Listez les catégories
#         de l'article 9 qu'il contient, ou [] s'il n'en contient pas : cela détermine si une
#         exception de l'article 9(2) est requise.
#     no_activity:
#       en: >-
#         Dataset {{.dataset}} contains special categories ({{.categories}}) but no development
#         processing activity that uses it is declared: the art. 9(2) exception must be recorded in
#         art9_exception on the activity that processes it.
#       fr: >-
#         Le jeu de données {{.dataset}} contient des catégories particulières ({{.categories}}) mais
#         aucun traitement de développement qui l'utilise n'est déclaré : l'exception de
#         l'article 9(2) doit être indiquée dans art9_exception du traitement concerné.
#     no_art9_exception:
#       en: >-
#         Activity {{.activity}} processes special categories ({{.categories}} in {{.datasets}}) but
#         art9_exception is missing: processing art. 9 data is prohibited unless one of the
#         exceptions of GDPR art. 9(2) applies, in addition to the art. 6 legal basis.
#       fr: >-
#         Le traitement {{.activity}} porte sur des catégories particulières ({{.categories}} dans
#         {{.datasets}}) mais art9_exception est absent : le traitement de données de l'article 9
#         est interdit sauf si l'une des exceptions de l'article 9(2) du RGPD s'applique, en plus de
#         la base légale de l'article 6.
#     unknown_art9_exception:
#       en: >-
#         Activity {{.activity}}: art9_exception "{{.exception}}" is not one of the exceptions of GDPR
#         art. 9(2) (explicit_consent, employment_social_security_law,
#         vital_interests_incapable_of_consent, nonprofit_body_members,
#         manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89).
#       fr: >-
#         Traitement {{.activity}} : art9_exception « {{.exception}} » n'est pas l'une des exceptions
#         de l'article 9(2) du RGPD (explicit_consent, employment_social_security_law,
#         vital_interests_incapable_of_consent, nonprofit_body_members,
#         manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89).
#     art9_ok:
#       en: >-
#         Activity {{.activity}} processes special categories ({{.categories}} in {{.datasets}}) under
#         the exception {{.exception}} (GDPR art. 9(2)({{.letter}})).
#       fr: >-
#         Le traitement {{.activity}} porte sur des catégories particulières ({{.categories}} dans
#         {{.datasets}}) au titre de l'exception {{.exception}} (article 9(2)({{.letter}}) du RGPD).
#     no_art10_basis:
#       en: >-
#         Dataset {{.dataset}} contains data relating to criminal convictions and offences but
#         art10_basis_ref is missing: such data may be processed only under the control of official
#         authority or when authorised by Union or Member State law (GDPR art. 10).
#       fr: >-
#         Le jeu de données {{.dataset}} contient des données relatives aux condamnations pénales et
#         aux infractions mais art10_basis_ref est absent : ces données ne peuvent être traitées que
#         sous le contrôle de l'autorité publique ou si le droit de l'Union ou d'un État membre
#         l'autorise (article 10 du RGPD).
#     art10_ok:
#       en: >-
#         Dataset {{.dataset}} contains criminal-offence data, processed under: {{.ref}}
#       fr: >-
#         Le jeu de données {{.dataset}} contient des données d'infraction, traitées sur le fondement
#         de : {{.ref}}
package cnil.legal_basis.lb_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# Catalog E2: the art. 9(2) exceptions and their letters.
_exceptions := {
	"explicit_consent": "a",
	"employment_social_security_law": "b",
	"vital_interests_incapable_of_consent": "c",
	"nonprofit_body_members": "d",
	"manifestly_made_public_by_data_subject": "e",
	"legal_claims_or_courts": "f",
	"substantial_public_interest_law": "g",
	"health_or_social_care": "h",
	"public_health": "i",
	"archiving_research_statistics_art89": "j",
}

_criminal := "criminal_convictions_offences"

_outside_gdpr := ["no_personal_data", {}, "/personal_data/processed"] if {
	not facts.personal_data_processed
} else := ["other_regime", {"regime": facts.legal_regime}, "/legal_regime"]

results contains result.not_applicable(rego.metadata.chain(), key, params, pointer) if {
	not facts.gdpr_applies
	[key, params, pointer] := _outside_gdpr
}

_datasets[i] := {
	"label": _label(i, dataset, "datasets"),
	"id": object.get(dataset, "id", null),
	"declared": object.get(dataset, "special_categories", null),
	"dataset": dataset,
} if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	dataset := input.manifest.datasets[i]
}

_label(i, obj, collection) := id if {
	id := object.get(obj, "id", null)
	facts.filled(id)
} else := sprintf("%s[%d]", [collection, i])

# The name of a listed category: a string, or an object with a category.
_category_name(item) := item if is_string(item)

_category_name(item) := item.category if is_object(item)

# Art. 9 categories per dataset (art. 10 data is tracked separately).
_categories[i] contains name if {
	some i, d in _datasets
	is_array(d.declared)
	some item in d.declared
	name := _category_name(item)
	name != _criminal
}

_criminal_datasets contains i if {
	some i, d in _datasets
	d.dataset.criminal_convictions_offences == true
}

_criminal_datasets contains i if {
	some i, d in _datasets
	is_array(d.declared)
	some item in d.declared
	_category_name(item) == _criminal
}

_undeclared contains i if {
	some i, d in _datasets
	not is_array(d.declared)
}

results contains result.fail(rego.metadata.chain(), "special_categories_undeclared", {"dataset": d.label}, pointer) if {
	some i in _undeclared
	d := _datasets[i]
	pointer := sprintf("/datasets/%d/special_categories", [i])
}

results contains result.not_applicable(rego.metadata.chain(), "no_sensitive_data", {}, "/datasets") if {
	facts.gdpr_applies
	count(_categories) == 0
	count(_criminal_datasets) == 0
	count(_undeclared) == 0
}

# A development activity uses a dataset unless its dataset_ids list leaves the dataset out.
_uses(activity, _) if not is_array(object.get(activity, "dataset_ids", null))

_uses(activity, d) if d.id in activity.dataset_ids

# For each development activity, the sensitive datasets it uses.
_sensitive_use[j] := used if {
	facts.gdpr_applies
	some j in facts.development_activities
	activity := input.manifest.processing_activities[j]
	used := {i | some i, _ in _categories; _uses(activity, _datasets[i])}
	count(used) > 0
}

results contains result.fail(rego.metadata.chain(), "no_activity", params, sprintf("/datasets/%d/special_categories", [i])) if {
	some i, names in _categories
	not _used_by_an_activity(i)
	params := {"dataset": _datasets[i].label, "categories": concat(", ", sort(names))}
}

_used_by_an_activity(i) if {
	some used in _sensitive_use
	i in used
}

_activity_params(j, used) := {
	"activity": _label(j, input.manifest.processing_activities[j], "processing_activities"),
	"datasets": concat(", ", sort([_datasets[i].label | some i in used])),
	"categories": concat(", ", sort({name | some i in used; some name in _categories[i]})),
}

results contains result.fail(rego.metadata.chain(), "no_art9_exception", _activity_params(j, used), pointer) if {
	some j, used in _sensitive_use
	not facts.declared(input.manifest.processing_activities[j], ["art9_exception"])
	pointer := sprintf("/processing_activities/%d/art9_exception", [j])
}

results contains result.fail(rego.metadata.chain(), "unknown_art9_exception", params, pointer) if {
	some j, _ in _sensitive_use
	exception := input.manifest.processing_activities[j].art9_exception
	facts.filled(exception)
	not _exceptions[exception]
	params := {
		"activity": _label(j, input.manifest.processing_activities[j], "processing_activities"),
		"exception": sprintf("%v", [exception]),
	}
	pointer := sprintf("/processing_activities/%d/art9_exception", [j])
}

results contains result.pass(rego.metadata.chain(), "art9_ok", params, pointer) if {
	some j, used in _sensitive_use
	exception := input.manifest.processing_activities[j].art9_exception
	letter := _exceptions[exception]
	params := object.union(_activity_params(j, used), {"exception": exception, "letter": letter})
	pointer := sprintf("/processing_activities/%d/art9_exception", [j])
}

results contains result.fail(rego.metadata.chain(), "no_art10_basis", {"dataset": d.label}, pointer) if {
	some i in _criminal_datasets
	d := _datasets[i]
	not facts.declared(d.dataset, ["art10_basis_ref"])
	pointer := sprintf("/datasets/%d/art10_basis_ref", [i])
}

results contains result.pass(rego.metadata.chain(), "art10_ok", params, pointer) if {
	some i in _criminal_datasets
	d := _datasets[i]
	facts.declared(d.dataset, ["art10_basis_ref"])
	params := {"dataset": d.label, "ref": sprintf("%v", [d.dataset.art10_basis_ref])}
	pointer := sprintf("/datasets/%d/art10_basis_ref", [i])
}
