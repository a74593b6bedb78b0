# METADATA
# title: Special categories and criminal-offence data need an additional exception
# description: >-
#   When a dataset contains special categories of data (GDPR art. 9(1): health, biometric,
#   genetic data, etc.), the development processing needs one of the exceptions of art. 9(2) on top
#   of its art. 6 legal basis, and minimisation must be applied with particular rigour. Data
#   relating to criminal convictions and offences (art. 10) may be processed only under the control
#   of official authority or when authorised by Union or Member State law. The exception may be
#   declared on the category itself (datasets[].special_categories[].art9_exception) or on each
#   development activity that uses the dataset (processing_activities[].art9_exception); a
#   category's own exception is the one relied on when both are declared.
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
#     title: >-
#       Catégories particulières et données d'infraction : exception supplémentaire requise
#     description: >-
#       Lorsqu'un jeu de données contient des catégories particulières de données (RGPD, art. 9, § 1
#       : données de santé, biométriques, génétiques, etc.), le traitement de développement doit
#       relever de l'une des exceptions de l'art. 9, § 2, en plus de sa base légale de l'art. 6, et
#       la minimisation doit être appliquée avec une rigueur particulière. Les données relatives aux
#       condamnations pénales et aux infractions (art. 10) ne peuvent être traitées que sous le
#       contrôle de l'autorité publique ou si le droit de l'Union ou d'un État membre l'autorise.
#       L'exception peut être déclarée sur la catégorie elle-même
#       (datasets[].special_categories[].art9_exception) ou sur chaque traitement de développement
#       qui utilise le jeu de données (processing_activities[].art9_exception) ; lorsque les deux
#       sont déclarées, c'est l'exception propre à la catégorie qui est retenue.
#   remediation:
#     en: >-
#       List in datasets[].special_categories the art. 9 categories each dataset holds ([] if none).
#       For each listed category, record the applicable art. 9(2) exception, either on the category
#       item (art9_exception) or on every development activity that processes the dataset
#       (processing_activities[].art9_exception). For a dataset with criminal_convictions_offences
#       true, reference in art10_basis_ref the official authority or the legal provision that
#       authorises the processing.
#     fr: >-
#       Listez dans datasets[].special_categories les catégories de l'art. 9 présentes dans chaque
#       jeu de données ([] s'il n'y en a pas). Pour chaque catégorie listée, indiquez l'exception
#       applicable de l'art. 9, § 2, soit sur la catégorie elle-même (art9_exception), soit sur
#       chaque traitement de développement qui utilise le jeu de données
#       (processing_activities[].art9_exception). Pour un jeu de données dont
#       criminal_convictions_offences vaut true, indiquez dans art10_basis_ref l'autorité publique
#       ou la disposition légale qui autorise le traitement.
#   checks:
#     - message: no_sensitive_data
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-05 — Level: MUST-IF `special_categories` non-empty or `criminal_convictions_offences`."
#     - message: special_categories_undeclared
#       outcome: fail
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#     - message: no_activity
#       outcome: fail
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#     - message: no_art9_exception
#       outcome: fail
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#     - message: unknown_art9_exception
#       outcome: fail
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#     - message: unknown_category_art9_exception
#       outcome: fail
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#     - message: art9_ok
#       outcome: pass
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#     - message: no_art10_basis
#       outcome: fail
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#     - message: art10_ok
#       outcome: pass
#       level: must-if
#       catalog: "LB-05 — If datasets (or annotations, see ANNOT-03) contain art. 9 data, an art. 9(2) exception is needed on top of the art. 6 basis, and minimisation must be applied especially rigorously; art. 10 data only under official authority or specific law. \"Manifestly made public\" (9(2)(e)) is to be read strictly ⚪/🔵."
#   messages:
#     no_sensitive_data:
#       en: >-
#         No dataset holding personal data declares special categories (art. 9) or criminal-offence
#         data (art. 10): no additional exception is needed.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles ne déclare de catégorie
#         particulière (art. 9) ni de données d'infraction (art. 10) : aucune exception
#         supplémentaire n'est nécessaire.
#     special_categories_undeclared:
#       en: >-
#         Dataset {{.dataset}}: special_categories is not declared. List the art. 9 categories the
#         dataset contains, or [] if none: it decides whether an art. 9(2) exception is required.
#       fr: >-
#         Jeu de données {{.dataset}} : special_categories n'est pas renseigné. Listez les
#         catégories de l'art. 9 qu'il contient, ou [] s'il n'en contient pas : cela détermine si
#         une exception de l'art. 9, § 2, est requise.
#     no_activity:
#       en: >-
#         Dataset {{.dataset}} contains special categories ({{.categories}}) but no development
#         processing activity that uses it is declared: declare the activity that processes it
#         (processing_activities[].dataset_ids), with the art. 9(2) exception it relies on.
#       fr: >-
#         Le jeu de données {{.dataset}} contient des catégories particulières ({{.categories}})
#         mais aucun traitement de développement qui l'utilise n'est déclaré : déclarez le
#         traitement qui le porte (processing_activities[].dataset_ids), avec l'exception de l'art.
#         9, § 2, sur laquelle il repose.
#     no_art9_exception:
#       en: >-
#         Activity {{.activity}} processes special categories ({{.categories}} in {{.datasets}}) but
#         no art. 9(2) exception covers them: art9_exception is missing both on the activity and on
#         these category items (datasets[].special_categories[].art9_exception). Processing art. 9
#         data is prohibited unless one of the exceptions of GDPR art. 9(2) applies, in addition to
#         the art. 6 legal basis.
#       fr: >-
#         Le traitement {{.activity}} porte sur des catégories particulières ({{.categories}} dans
#         {{.datasets}}) qu'aucune exception de l'art. 9, § 2, ne couvre : art9_exception est absent
#         à la fois sur le traitement et sur ces catégories
#         (datasets[].special_categories[].art9_exception). Le traitement de données de l'art. 9 est
#         interdit sauf si l'une des exceptions du RGPD, art. 9, § 2, s'applique, en plus de la base
#         légale de l'art. 6.
#     unknown_art9_exception:
#       en: >-
#         Activity {{.activity}}: art9_exception "{{.exception}}" is not one of the exceptions of GDPR
#         art. 9(2) (explicit_consent, employment_social_security_law,
#         vital_interests_incapable_of_consent, nonprofit_body_members,
#         manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89).
#       fr: >-
#         Traitement {{.activity}} : art9_exception « {{.exception}} » n'est pas l'une des
#         exceptions du RGPD, art. 9, § 2 (explicit_consent, employment_social_security_law,
#         vital_interests_incapable_of_consent, nonprofit_body_members,
#         manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89).
#     unknown_category_art9_exception:
#       en: >-
#         Dataset {{.dataset}}, category {{.category}}: art9_exception "{{.exception}}" is not one of
#         the exceptions of GDPR art. 9(2) (explicit_consent, employment_social_security_law,
#         vital_interests_incapable_of_consent, nonprofit_body_members,
#         manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89).
#       fr: >-
#         Jeu de données {{.dataset}}, catégorie {{.category}} : art9_exception « {{.exception}} »
#         n'est pas l'une des exceptions du RGPD, art. 9, § 2 (explicit_consent,
#         employment_social_security_law, vital_interests_incapable_of_consent,
#         nonprofit_body_members, manifestly_made_public_by_data_subject, legal_claims_or_courts,
#         substantial_public_interest_law, health_or_social_care, public_health,
#         archiving_research_statistics_art89).
#     art9_ok:
#       en: >-
#         Activity {{.activity}} processes special categories, each covered by an exception of GDPR
#         art. 9(2): {{.coverage}}.
#       fr: >-
#         Le traitement {{.activity}} porte sur des catégories particulières, chacune couverte par
#         une exception du RGPD, art. 9, § 2 : {{.coverage}}.
#     no_art10_basis:
#       en: >-
#         Dataset {{.dataset}} contains data relating to criminal convictions and offences but
#         art10_basis_ref is missing: such data may be processed only under the control of official
#         authority or when authorised by Union or Member State law (GDPR art. 10).
#       fr: >-
#         Le jeu de données {{.dataset}} contient des données relatives aux condamnations pénales et
#         aux infractions mais art10_basis_ref est absent : ces données ne peuvent être traitées que
#         sous le contrôle de l'autorité publique ou si le droit de l'Union ou d'un État membre
#         l'autorise (RGPD, art. 10).
#     art10_ok:
#       en: >-
#         Dataset {{.dataset}} contains criminal-offence data, processed under: {{.ref}}
#       fr: >-
#         Le jeu de données {{.dataset}} contient des données d'infraction, traitées sur le fondement
#         de : {{.ref}}
#   coverage:
#     category:
#       en: >-
#         {{.categories}} under `{{.exception}}` ({{.label}}, art. 9(2)({{.letter}})), declared on the
#         dataset's category
#       fr: >-
#         {{.categories}} au titre de l'exception `{{.exception}}` ({{.label}}, art. 9, § 2,
#         {{.letter}})), déclarée sur la catégorie du jeu de données
#     activity:
#       en: >-
#         {{.categories}} under `{{.exception}}` ({{.label}}, art. 9(2)({{.letter}})), declared on the
#         activity
#       fr: >-
#         {{.categories}} au titre de l'exception `{{.exception}}` ({{.label}}, art. 9, § 2,
#         {{.letter}})), déclarée sur le traitement
#   exception_labels:
#     explicit_consent:
#       en: explicit consent of the data subject
#       fr: consentement explicite de la personne concernée
#     employment_social_security_law:
#       en: obligations and rights in employment, social security and social protection law
#       fr: obligations et droits en matière de droit du travail, de la sécurité sociale et de la protection sociale
#     vital_interests_incapable_of_consent:
#       en: vital interests of a person physically or legally incapable of giving consent
#       fr: sauvegarde des intérêts vitaux d'une personne physiquement ou juridiquement incapable de donner son consentement
#     nonprofit_body_members:
#       en: legitimate activities of a not-for-profit body, concerning its members
#       fr: activités légitimes d'un organisme à but non lucratif, concernant ses membres
#     manifestly_made_public_by_data_subject:
#       en: data manifestly made public by the data subject
#       fr: données manifestement rendues publiques par la personne concernée
#     legal_claims_or_courts:
#       en: establishment, exercise or defence of legal claims, or courts acting in their judicial capacity
#       fr: constatation, exercice ou défense d'un droit en justice, ou juridictions agissant dans le cadre de leur fonction juridictionnelle
#     substantial_public_interest_law:
#       en: reasons of substantial public interest, on the basis of Union or Member State law
#       fr: motifs d'intérêt public important, sur la base du droit de l'Union ou d'un État membre
#     health_or_social_care:
#       en: preventive or occupational medicine, medical diagnosis, health or social care
#       fr: médecine préventive ou médecine du travail, diagnostics médicaux, prise en charge sanitaire ou sociale
#     public_health:
#       en: reasons of public interest in the area of public health
#       fr: motifs d'intérêt public dans le domaine de la santé publique
#     archiving_research_statistics_art89:
#       en: archiving in the public interest, scientific or historical research or statistics, under art. 89(1)
#       fr: >-
#         fins archivistiques dans l'intérêt public, fins de recherche scientifique ou historique ou
#         fins statistiques, dans les conditions de l'art. 89, § 1
package cnil.legal_basis.lb_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# Catalog E2: the art. 9(2) exceptions and their letters. Which exception covers
# which category is decided by the shared facts (policies/lib/facts_art9.rego).
_exceptions := facts.art9_exception_letters

_criminal := "criminal_convictions_offences"

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

_datasets[i] := object.union(d, {"declared": object.get(d.dataset, "special_categories", null)}) if {
	facts.gdpr_applies
	some i, d in facts.personal_dataset_entries
}

# Art. 9 categories per dataset (art. 10 data is tracked separately).
_categories[i] contains name if {
	some i, d in _datasets
	is_array(d.declared)
	some item in d.declared
	name := facts.art9_category_name(item)
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
	facts.art9_category_name(item) == _criminal
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

# For each development activity, the sensitive datasets it uses.
_sensitive_use[j] := used if {
	facts.gdpr_applies
	some j in facts.development_activities
	used := {i | some i, _ in _categories; facts.activity_uses_dataset(j, i)}
	count(used) > 0
}

results contains result.fail(rego.metadata.chain(), "no_activity", params, sprintf("/datasets/%d/special_categories", [i])) if {
	some i, names in _categories
	not _used_by_an_activity(i)
	params := {"dataset": _datasets[i].label, "categories": labels.words("special_category", names)}
}

_used_by_an_activity(i) if {
	some used in _sensitive_use
	i in used
}

_custom := result.custom(rego.metadata.chain())

# The art. 9 category items of each dataset, with the exception each declares itself.
_category_items contains {"i": i, "k": k, "name": name, "own": facts.art9_own_exception(item)} if {
	some i, d in _datasets
	is_array(d.declared)
	some k, item in d.declared
	name := facts.art9_category_name(item)
	name != _criminal
}

# For each activity with a sensitive use: every category it processes that an exception
# covers, with where the exception is declared (source), the exception and the dataset index.
_coverage[j] := {{"source": source, "exception": exception, "category": item.name, "dataset": item.i} |
	some item in _category_items
	item.i in used

	# The category's own exception, else the activity's.
	[source, exception] := facts.art9_relied(j, item.i, item.k)
} if {
	some j, used in _sensitive_use
}

# The categories an activity processes that no exception covers.
_uncovered[j] := items if {
	some j, used in _sensitive_use
	not facts.declared(input.manifest.processing_activities[j], ["art9_exception"])
	items := {item | some item in _category_items; item.i in used; item.own == null}
	count(items) > 0
}

results contains result.fail(rego.metadata.chain(), "no_art9_exception", params, pointer) if {
	some j, items in _uncovered
	params := {
		"activity": facts.activity_label(j),
		"datasets": concat(", ", sort({_datasets[item.i].label | some item in items})),
		"categories": labels.words("special_category", {item.name | some item in items}),
	}
	pointer := sprintf("/processing_activities/%d/art9_exception", [j])
}

_unknown_activity_exception contains j if {
	some j, _ in _sensitive_use
	exception := input.manifest.processing_activities[j].art9_exception
	facts.filled(exception)
	not _exceptions[exception]
}

results contains result.fail(rego.metadata.chain(), "unknown_art9_exception", params, pointer) if {
	some j in _unknown_activity_exception
	params := {
		"activity": facts.activity_label(j),
		"exception": sprintf("%v", [input.manifest.processing_activities[j].art9_exception]),
	}
	pointer := sprintf("/processing_activities/%d/art9_exception", [j])
}

results contains result.fail(rego.metadata.chain(), "unknown_category_art9_exception", params, pointer) if {
	some item in _category_items
	item.own != null
	not _exceptions[item.own]
	params := {
		"dataset": _datasets[item.i].label,
		"category": item.name,
		"exception": sprintf("%v", [item.own]),
	}
	pointer := sprintf("/datasets/%d/special_categories/%d/art9_exception", [item.i, item.k])
}

results contains result.pass(rego.metadata.chain(), "art9_ok", params, pointer) if {
	some j, entries in _coverage
	not _uncovered[j]
	not j in _unknown_activity_exception
	every entry in entries {
		_exceptions[entry.exception]
	}
	params := {
		"activity": facts.activity_label(j),
		"datasets": concat(", ", sort({_datasets[entry.dataset].label | some entry in entries})),
		"categories": labels.words("special_category", {entry.category | some entry in entries}),
		"exceptions": concat(", ", sort({entry.exception | some entry in entries})),
		"coverage": concat(result.semicolon, [_group_text(entries, group) | some group in sort({[e.source, e.exception] | some e in entries})]),
	}
	pointer := _pass_pointer(j, entries)
}

# The evidence: the activity's exception when a category relies on it, else the categories.
_pass_pointer(j, entries) := sprintf("/processing_activities/%d/art9_exception", [j]) if {
	some entry in entries
	entry.source == "activity"
} else := sprintf("/datasets/%d/special_categories", [min({entry.dataset | some entry in entries})])

# One exception relied on from one place: "category (datasets), ... under exception (...)".
_group_text(entries, [source, exception]) := result.render_localised(_custom.coverage[source], {
	"categories": concat(", ", [sprintf("%s (%s)", [labels.word("special_category", name), concat(", ", datasets)]) |
		some name in sort({e.category | some e in entries; e.source == source; e.exception == exception})
		datasets := sort({_datasets[e.dataset].label | some e in entries; e.source == source; e.exception == exception; e.category == name})
	]),
	"exception": exception,
	"letter": _exceptions[exception],
	"label": result.localised(_custom.exception_labels[exception]),
})

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
