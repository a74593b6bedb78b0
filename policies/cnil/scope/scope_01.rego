# METADATA
# title: Personal-data screening of the development phase
# description: >-
#   Determine and record whether the development (datasets, annotations and
#   possibly the model itself) involves personal data. If it does, the GDPR
#   applies and so do the other rules of this catalog.
# related_resources:
#   - description: "CNIL — What is the scope of the AI how-to sheets?"
#     ref: https://www.cnil.fr/en/what-scope-ai-how-sheets
# custom:
#   id: SCOPE-01
#   step: scope
#   fiche: scope
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 2", "GDPR 4(1)", "GDPR 5(2)"]
#   fr:
#     title: Examen de la présence de données personnelles dans la phase de développement
#     description: >-
#       Déterminer et consigner si le développement (jeux de données, annotations et, le cas
#       échéant, le modèle lui-même) implique des données personnelles. Si c'est le cas, le RGPD
#       s'applique, de même que les autres règles de ce catalogue.
#   remediation:
#     en: >-
#       Set personal_data.processed to true or false after screening the datasets,
#       annotations and model, record the screening in personal_data.screening_ref,
#       and set contains_personal_data on every dataset consistently.
#     fr: >-
#       Renseignez personal_data.processed (true ou false) après avoir examiné les jeux de
#       données, les annotations et le modèle, consignez cet examen dans
#       personal_data.screening_ref et renseignez contains_personal_data pour chaque jeu
#       de données de façon cohérente.
#   checks:
#     - message: not_declared
#       outcome: fail
#       level: must
#       catalog: "SCOPE-01 — Determine and record whether the development (datasets, annotations, and possibly the model itself) involves personal data; if yes, all rules below apply."
#     - message: no_screening_ref
#       outcome: fail
#       level: must
#       catalog: "SCOPE-01 — Determine and record whether the development (datasets, annotations, and possibly the model itself) involves personal data; if yes, all rules below apply."
#     - message: inconsistent
#       outcome: fail
#       level: must
#       catalog: "SCOPE-01 — Determine and record whether the development (datasets, annotations, and possibly the model itself) involves personal data; if yes, all rules below apply."
#     - message: dataset_inconsistent
#       outcome: fail
#       level: must
#       catalog: "SCOPE-01 — Determine and record whether the development (datasets, annotations, and possibly the model itself) involves personal data; catalog 12.2: the facts decide, declarations are checked."
#     - message: processed
#       outcome: pass
#       level: must
#       catalog: "SCOPE-01 — Determine and record whether the development (datasets, annotations, and possibly the model itself) involves personal data; if yes, all rules below apply."
#     - message: not_processed
#       outcome: pass
#       level: must
#       catalog: "SCOPE-01 — Determine and record whether the development (datasets, annotations, and possibly the model itself) involves personal data; if yes, all rules below apply."
#   messages:
#     not_declared:
#       en: >-
#         personal_data.processed is not declared: the screening that decides whether the GDPR
#         applies to the development is missing, so every rule is applied as if personal data were processed.
#       fr: >-
#         personal_data.processed n'est pas renseigné : l'examen qui détermine si le RGPD s'applique
#         au développement manque, toutes les règles sont donc appliquées comme si des données
#         personnelles étaient traitées.
#     no_screening_ref:
#       en: >-
#         personal_data.screening_ref is missing: the screening must be recorded (accountability,
#         GDPR art. 5(2)).
#       fr: >-
#         personal_data.screening_ref est absent : l'examen doit être documenté (responsabilité,
#         RGPD, art. 5, § 2).
#     inconsistent:
#       en: >-
#         Dataset {{.dataset}} declares personal data but personal_data.processed is false.
#       fr: >-
#         Le jeu de données {{.dataset}} contient des données personnelles mais
#         personal_data.processed vaut false.
#     dataset_inconsistent:
#       en: >-
#         Dataset {{.dataset}} declares contains_personal_data: false but lists personal data
#         (personal_data_categories, special_categories or criminal_convictions_offences): the
#         declaration contradicts the dataset's own facts, and rules that skip datasets without
#         personal data would skip it; correct one or the other.
#       fr: >-
#         Le jeu de données {{.dataset}} déclare contains_personal_data : false mais énumère des
#         données personnelles (personal_data_categories, special_categories ou
#         criminal_convictions_offences) : la déclaration contredit les faits du jeu de données,
#         et les règles qui écartent les jeux sans données personnelles l'écarteraient ; corrigez
#         l'une ou les autres.
#     processed:
#       en: Personal data is processed in the development; screening recorded in {{.ref}}.
#       fr: Des données personnelles sont traitées pendant le développement ; examen consigné dans {{.ref}}.
#     not_processed:
#       en: >-
#         The development processes no personal data (screening recorded in {{.ref}}); the GDPR
#         rules of this catalog do not apply.
#       fr: >-
#         Le développement ne traite aucune donnée personnelle (examen consigné dans {{.ref}}) ;
#         les règles RGPD de ce catalogue ne s'appliquent pas.
package cnil.scope.scope_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_declared := facts.value_at(input.manifest, ["personal_data", "processed"])

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/personal_data/processed") if {
	not is_boolean(_declared)
}

results contains result.fail(rego.metadata.chain(), "no_screening_ref", {}, "/personal_data/screening_ref") if {
	is_boolean(_declared)
	not facts.declared(input.manifest, ["personal_data", "screening_ref"])
}

results contains result.fail(rego.metadata.chain(), "inconsistent", {"dataset": dataset.id}, pointer) if {
	_declared == false
	some i, dataset in input.manifest.datasets
	dataset.contains_personal_data == true
	pointer := sprintf("/datasets/%d/contains_personal_data", [i])
}

# A dataset that says it holds no personal data while listing personal data
# categories: the label contradicts the facts and is reported.
results contains result.fail(rego.metadata.chain(), "dataset_inconsistent", {"dataset": object.get(dataset, "id", i)}, pointer) if {
	some i, dataset in input.manifest.datasets
	dataset.contains_personal_data == false
	facts.dataset_lists_personal_data(dataset)
	pointer := sprintf("/datasets/%d/contains_personal_data", [i])
}

results contains result.pass(rego.metadata.chain(), key, {"ref": ref}, "/personal_data") if {
	is_boolean(_declared)
	ref := input.manifest.personal_data.screening_ref
	facts.filled(ref)
	not _inconsistent
	key := {true: "processed", false: "not_processed"}[_declared]
}

_inconsistent if {
	_declared == false
	some dataset in input.manifest.datasets
	dataset.contains_personal_data == true
}

_inconsistent if {
	some dataset in input.manifest.datasets
	dataset.contains_personal_data == false
	facts.dataset_lists_personal_data(dataset)
}
