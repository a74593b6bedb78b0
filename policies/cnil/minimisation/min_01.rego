# METADATA
# title: Personal data adequate, relevant and limited to what is necessary
# description: >-
#   Personal data used to train the system must be adequate, relevant and limited to what is
#   necessary for the purpose (GDPR art. 5(1)(c)). Very large datasets are not forbidden as
#   such, but personal data that the purpose does not need are; special categories of data
#   (art. 9) call for a stricter justification and an art. 9(2) exception. Each personal data
#   category and each special category of a dataset therefore carries a necessity
#   justification. Whether an art. 9(2) exception covers each special category is decided by
#   LB-05 (in the same pack), which reports a missing exception; this rule does not report it a
#   second time, and names in its pass message the exception LB-05 relies on.
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: MIN-01
#   step: minimisation
#   fiche: data-management
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(c)", "GDPR 9"]
#   fr:
#     title: Données personnelles adéquates, pertinentes et limitées au nécessaire
#     description: >-
#       Les données personnelles utilisées pour entraîner le système doivent être adéquates,
#       pertinentes et limitées à ce qui est nécessaire au regard de la finalité (RGPD, art. 5, § 1,
#       c)). Les jeux de données très volumineux ne sont pas interdits en tant que tels, mais les
#       données personnelles dont la finalité n'a pas besoin le sont ; les catégories particulières
#       de données (art. 9) appellent une justification plus stricte et une exception de l'art. 9, §
#       2. Chaque catégorie de données personnelles et chaque catégorie particulière d'un jeu de
#       données porte donc une justification de sa nécessité. La couverture de chaque catégorie
#       particulière par une exception de l'art. 9, § 2, est appréciée par LB-05 (dans le même
#       ensemble de règles), qui signale l'exception manquante ; cette règle ne la signale pas une
#       seconde fois et indique, lorsqu'elle est satisfaite, l'exception retenue par LB-05.
#   remediation:
#     en: >-
#       List the personal data categories of each dataset in datasets[].personal_data_categories,
#       each as {name, necessity_justification} explaining why the purpose needs it; remove the
#       categories that cannot be justified. For each special category in
#       datasets[].special_categories, give a necessity_justification (as
#       {category, necessity_justification, art9_exception}, or in a personal_data_categories
#       entry of the same name). The art. 9(2) exception (art9_exception on the entry, or on every
#       development activity that uses the dataset) is checked by LB-05.
#     fr: >-
#       Listez les catégories de données personnelles de chaque jeu de données dans
#       datasets[].personal_data_categories, chacune sous la forme {name, necessity_justification}
#       expliquant pourquoi la finalité la requiert ; supprimez les catégories qui ne peuvent pas
#       être justifiées. Pour chaque catégorie particulière de datasets[].special_categories, donnez
#       une justification de nécessité (sous la forme {category, necessity_justification,
#       art9_exception}, ou dans une entrée de personal_data_categories du même nom). L'exception de
#       l'art. 9, § 2 (art9_exception sur l'entrée, ou sur chaque traitement de développement qui
#       utilise le jeu de données) est vérifiée par LB-05.
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: must
#       catalog: "MIN-01 — Personal data used for training must be adequate, relevant and limited to what is necessary for the purpose; using very large datasets is not forbidden, but unnecessary personal data is; sensitive data requires stricter justification."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: must
#       catalog: "MIN-01 — Level: MUST."
#     - message: no_categories
#       outcome: fail
#       level: must
#       catalog: "MIN-01 — Personal data used for training must be adequate, relevant and limited to what is necessary for the purpose; using very large datasets is not forbidden, but unnecessary personal data is; sensitive data requires stricter justification."
#     - message: category_unjustified
#       outcome: fail
#       level: must
#       catalog: "MIN-01 — Personal data used for training must be adequate, relevant and limited to what is necessary for the purpose; using very large datasets is not forbidden, but unnecessary personal data is; sensitive data requires stricter justification."
#     - message: special_unjustified
#       outcome: fail
#       level: must
#       catalog: "MIN-01 — Personal data used for training must be adequate, relevant and limited to what is necessary for the purpose; using very large datasets is not forbidden, but unnecessary personal data is; sensitive data requires stricter justification."
#     - message: justified
#       outcome: pass
#       level: must
#       catalog: "MIN-01 — Personal data used for training must be adequate, relevant and limited to what is necessary for the purpose; using very large datasets is not forbidden, but unnecessary personal data is; sensitive data requires stricter justification."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: the necessity of the
#         personal data used for training (GDPR art. 5(1)(c)) is assessed dataset by dataset.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : la
#         nécessité des données personnelles utilisées pour l'entraînement (RGPD, art. 5, § 1, c))
#         s'apprécie jeu de données par jeu de données.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each): this
#         rule does not apply.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle ne s'applique pas.
#     no_categories:
#       en: >-
#         Dataset {{.dataset}} does not list its personal data categories
#         (datasets[{{.index}}].personal_data_categories): without them, nobody can show that the
#         personal data used are limited to what the purpose needs (GDPR art. 5(1)(c)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne liste pas ses catégories de données personnelles
#         (datasets[{{.index}}].personal_data_categories) : sans elles, on ne peut pas démontrer que
#         les données personnelles utilisées sont limitées à ce qu'exige la finalité (RGPD, art. 5,
#         § 1, c)).
#     category_unjustified:
#       en: >-
#         Dataset {{.dataset}}: the personal data category {{.category}} has no necessity
#         justification (datasets[{{.index}}].personal_data_categories[{{.entry}}].necessity_justification):
#         only personal data necessary for the purpose may be used (GDPR art. 5(1)(c)).
#       fr: >-
#         Jeu de données {{.dataset}} : la catégorie de données personnelles {{.category}} n'a pas
#         de justification de nécessité
#         (datasets[{{.index}}].personal_data_categories[{{.entry}}].necessity_justification) :
#         seules les données personnelles nécessaires à la finalité peuvent être utilisées (RGPD,
#         art. 5, § 1, c)).
#     special_unjustified:
#       en: >-
#         Dataset {{.dataset}} uses the special category {{.category}}
#         (datasets[{{.index}}].special_categories[{{.entry}}]) without a necessity justification:
#         sensitive data need a stricter justification (GDPR art. 5(1)(c), 9); give it as
#         necessity_justification on the entry or in a personal_data_categories entry named
#         {{.category}}.
#       fr: >-
#         Le jeu de données {{.dataset}} utilise la catégorie particulière {{.category}}
#         (datasets[{{.index}}].special_categories[{{.entry}}]) sans justification de nécessité :
#         les données sensibles exigent une justification renforcée (RGPD, art. 5, § 1, c), et art.
#         9) ; donnez-la dans necessity_justification sur l'entrée ou dans une entrée de
#         personal_data_categories nommée {{.category}}.
#     justified:
#       en: >-
#         Dataset {{.dataset}}: every personal data category ({{.categories}}){{if .has_special}} and
#         every special category ({{.special}}){{end}} carries a necessity
#         justification.{{if .exceptions}} The special categories rely on these GDPR art. 9(2)
#         exceptions, as decided by LB-05: {{.exceptions}}.{{end}}
#       fr: >-
#         Jeu de données {{.dataset}} : chaque catégorie de données personnelles
#         ({{.categories}}){{if .has_special}} et chaque catégorie particulière
#         ({{.special}}){{end}} porte une justification de nécessité.{{if .exceptions}} Les
#         catégories particulières reposent sur ces exceptions du RGPD, art. 9, § 2, telles que
#         retenues par LB-05 : {{.exceptions}}.{{end}}
#   coverage:
#     category:
#       en: "{{.category}}: {{.exceptions}}, declared on the category"
#       fr: "{{.category}} : {{.exceptions}}, déclarée{{if .several}}s{{end}} sur la catégorie"
#     activity:
#       en: >-
#         {{.category}}: {{.exceptions}}, declared on the development activities that use the
#         dataset ({{.activities}})
#       fr: >-
#         {{.category}} : {{.exceptions}}, déclarée{{if .several}}s{{end}} sur les traitements de
#         développement qui utilisent le jeu de données ({{.activities}})
#     exception:
#       en: "{{.exception}} (art. 9(2)({{.letter}}))"
#       fr: "{{.exception}} (art. 9, § 2, {{.letter}}))"
package cnil.minimisation.min_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

_list(i, field) := list if {
	list := _datasets[i][field]
	is_array(list)
} else := []

# The name of a category entry: the string itself, or its name/category field.
_name(entry, _) := entry if is_string(entry)

_name(entry, j) := name if {
	is_object(entry)
	candidates := [n |
		some field in ["name", "category"]
		n := object.get(entry, field, null)
		is_string(n)
	]
	name := array.concat(candidates, [sprintf("#%d", [j])])[0]
}

_justified(entry) if {
	is_object(entry)
	facts.declared(entry, ["necessity_justification"])
}

_special_justified(_, entry, _) if _justified(entry)

_special_justified(i, entry, j) if {
	some category in _list(i, "personal_data_categories")
	_name(category, -1) == _name(entry, j)
	_justified(category)
}

# The art. 9(2) exception of each special category is LB-05's to check (it fails when
# none covers the category); this rule only names, in its pass message, the exception
# that the shared facts find, so that the two rules never disagree.
_custom := result.custom(rego.metadata.chain())

# "health_data: public_health (art. 9(2)(i)), declared on the category; ..." for the special
# categories of dataset i that an exception covers (art. 10 data excluded).
_exceptions_text(i) := concat(result.semicolon, [result.render_localised(_custom.coverage[coverage.source], {
	"category": labels.word("special_category", name),
	"exceptions": concat(", ", [result.render_localised(_custom.coverage.exception, {"exception": labels.word("art9_exception", e), "letter": facts.art9_exception_letters[e]}) |
		some e in coverage.exceptions
	]),
	"several": count(coverage.exceptions) > 1,
	"activities": concat(", ", coverage.activities),
}) |
	some name in sort({facts.art9_category_name(entry) | some entry in _list(i, "special_categories")})
	name != "criminal_convictions_offences"
	coverage := facts.art9_exception_for(i, name)
])

# The findings about each dataset, by dataset index.
_findings[i] contains result.finding(
	"no_categories", {"dataset": facts.dataset_label(i), "index": i},
	sprintf("/datasets/%d/personal_data_categories", [i]),
) if {
	some i in facts.personal_datasets
	count(_list(i, "personal_data_categories")) == 0
}

_findings[i] contains result.finding(
	"category_unjustified",
	{"dataset": facts.dataset_label(i), "index": i, "entry": j, "category": _name(entry, j)},
	sprintf("/datasets/%d/personal_data_categories/%d/necessity_justification", [i, j]),
) if {
	some i in facts.personal_datasets
	some j, entry in _list(i, "personal_data_categories")
	not _justified(entry)
}

_findings[i] contains result.finding(
	"special_unjustified",
	{"dataset": facts.dataset_label(i), "index": i, "entry": j, "category": labels.word("special_category", _name(entry, j))},
	sprintf("/datasets/%d/special_categories/%d", [i, j]),
) if {
	some i in facts.personal_datasets
	some j, entry in _list(i, "special_categories")
	not _special_justified(i, entry, j)
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.declared(input.manifest, ["datasets"])
}

results contains result.not_applicable(rego.metadata.chain(), "no_personal_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	facts.declared(input.manifest, ["datasets"])
	count(facts.personal_datasets) == 0
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _findings[_]
}

results contains result.pass(rego.metadata.chain(), "justified", params, sprintf("/datasets/%d/personal_data_categories", [i])) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not _findings[i]
	params := {
		"dataset": facts.dataset_label(i),
		"index": i,
		"categories": count(_list(i, "personal_data_categories")),
		"special": count(_list(i, "special_categories")),
		"has_special": count(_list(i, "special_categories")) > 0,
		"exceptions": _exceptions_text(i),
	}
}
