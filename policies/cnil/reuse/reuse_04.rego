# METADATA
# title: A reused dataset is checked not to be manifestly unlawful
# description: >-
#   Before reusing a dataset published online or obtained from a third party, the reuser checks
#   that its constitution and publication are not manifestly unlawful: the source is stated; the
#   data does not come from a leak, a theft, the dark web or an otherwise obviously criminal source,
#   nor has it been the subject of a conviction or sanction; the collection conditions are
#   documented well enough to leave no obvious doubt; and the presence of sensitive or offence data
#   has been checked. If the source cannot be identified, reuse is suspended until more information
#   is obtained. Reusing a manifestly unlawful dataset may also amount to handling stolen goods
#   (recel, French Criminal Code art. 321-1).
# related_resources:
#   - description: "CNIL — Réutilisation de bases de données : les vérifications nécessaires pour respecter la loi"
#     ref: https://cnil.fr/fr/reutilisation-de-bases-de-donnees-les-verifications-necessaires-pour-respecter-la-loi
#   - description: "CNIL — Ensuring the lawfulness of the data processing: in case of re-use of data"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use
# custom:
#   id: REUSE-04
#   step: reuse
#   fiche: reuse
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 5(1)(a)", "GDPR 6", "GDPR 9", "Code pénal 321-1", "Code de la propriété intellectuelle L342-1"]
#   fr:
#     title: Un jeu de données réutilisé est vérifié comme n'étant pas manifestement illicite
#     description: >-
#       Avant de réutiliser un jeu de données publié en ligne ou obtenu auprès d'un tiers, le
#       réutilisateur vérifie que sa constitution et sa publication ne sont pas manifestement
#       illicites : la source est indiquée ; les données ne proviennent pas d'une fuite, d'un vol,
#       du dark web ou d'une autre source manifestement délictueuse, et n'ont pas fait l'objet d'une
#       condamnation ou d'une sanction ; les conditions de collecte sont suffisamment documentées
#       pour ne laisser subsister aucun doute manifeste ; et la présence de données sensibles ou
#       relatives aux infractions a été vérifiée. Si la source ne peut pas être identifiée, la
#       réutilisation est suspendue jusqu'à l'obtention d'informations complémentaires. Réutiliser
#       un jeu de données manifestement illicite peut en outre constituer un recel (code pénal, art.
#       321-1).
#   remediation:
#     en: >-
#       For each dataset with source_type public_dataset_reuse or third_party_acquired, record in
#       provenance: source_stated (true), unlawfulness_indicators (the indicators found among
#       data_leak, theft, dark_web, conviction_or_sanction, unknown_source, or [] if none),
#       collection_conditions_documented (true) and sensitive_or_offence_data_checked (true). Do not
#       reuse a dataset with an indicator; suspend the reuse while the source is unknown.
#     fr: >-
#       Pour chaque jeu de données dont source_type vaut public_dataset_reuse ou
#       third_party_acquired, renseignez dans provenance : source_stated (true),
#       unlawfulness_indicators (les indices relevés parmi data_leak, theft, dark_web,
#       conviction_or_sanction, unknown_source, ou [] s'il n'y en a aucun),
#       collection_conditions_documented (true) et sensitive_or_offence_data_checked (true). Ne
#       réutilisez pas un jeu de données présentant un indice d'illicéité ; suspendez la
#       réutilisation tant que la source est inconnue.
#   checks:
#     - message: no_personal_dataset
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-04 — Level: MUST-IF `source_type == public_dataset_reuse` (also relevant for `third_party_acquired`)."
#     - message: not_reused_dataset
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-04 — Level: MUST-IF `source_type == public_dataset_reuse` (also relevant for `third_party_acquired`)."
#     - message: no_source_type
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-04 — Level: MUST-IF `source_type == public_dataset_reuse` (also relevant for `third_party_acquired`)."
#     - message: no_provenance
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#     - message: source_not_stated
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#     - message: indicators_undeclared
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#     - message: unlawful_indicators
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#     - message: unknown_source
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#     - message: conditions_not_documented
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#     - message: sensitive_not_checked
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#     - message: checked
#       outcome: pass
#       level: must-if
#       catalog: "REUSE-04 — Before reusing a dataset freely available online (outside the open-data legal framework), verify its constitution/publication is not manifestly unlawful: the description states the source; it does not come from a leak, theft, the dark web or a source with an obvious criminal origin, nor has it been the subject of a conviction/sanction (e.g. database-right infringement); the collection conditions are documented enough to leave no obvious doubt about lawfulness; check whether it contains sensitive or offence data (extra checks)."
#   messages:
#     no_personal_dataset:
#       en: >-
#         No dataset holding personal data is declared: no reused dataset to check.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est déclaré : aucun jeu réutilisé
#         à vérifier.
#     not_reused_dataset:
#       en: >-
#         Dataset {{.dataset}} (source_type: {{.source_type}}) is not obtained from a publicly
#         accessible dataset or a third party: this check does not apply.
#       fr: >-
#         Le jeu de données {{.dataset}} (source_type : {{.source_type}}) n'est pas obtenu à partir
#         d'un jeu librement accessible ni auprès d'un tiers : cette vérification ne s'applique pas.
#     no_source_type:
#       en: >-
#         Dataset {{.dataset}} declares no source_type (REUSE-01 reports it): whether it is a reused
#         dataset cannot be decided yet.
#       fr: >-
#         Le jeu de données {{.dataset}} ne déclare pas de source_type (REUSE-01 le signale) : on ne
#         peut pas encore déterminer s'il s'agit d'un jeu réutilisé.
#     no_provenance:
#       en: >-
#         Dataset {{.dataset}} ({{.source_type}}) has no provenance block: before reuse, the source,
#         the absence of signs of manifest unlawfulness, the collection conditions and the presence of
#         sensitive data must be checked and recorded (GDPR art. 5(1)(a)).
#       fr: >-
#         Le jeu de données {{.dataset}} ({{.source_type}}) n'a pas de bloc provenance : avant toute
#         réutilisation, la source, l'absence d'indice d'illicéité manifeste, les conditions de
#         collecte et la présence de données sensibles doivent être vérifiées et consignées (RGPD,
#         art. 5, § 1, a)).
#     source_not_stated:
#       en: >-
#         Dataset {{.dataset}}: provenance.source_stated is not set to true. The dataset's description
#         must state its source; a dataset whose origin is not stated cannot be shown to be lawful.
#       fr: >-
#         Jeu de données {{.dataset}} : provenance.source_stated ne vaut pas true. La description du
#         jeu doit indiquer sa source ; un jeu dont l'origine n'est pas indiquée ne peut pas être
#         présumé licite.
#     indicators_undeclared:
#       en: >-
#         Dataset {{.dataset}}: provenance.unlawfulness_indicators is not declared. Record the
#         indicators of manifest unlawfulness found (data leak, theft, dark web, conviction or
#         sanction, unknown source), or [] after checking that there are none.
#       fr: >-
#         Jeu de données {{.dataset}} : provenance.unlawfulness_indicators n'est pas renseigné.
#         Consignez les indices d'illicéité manifeste relevés (fuite de données, vol, dark web,
#         condamnation ou sanction, source inconnue), ou [] après avoir vérifié qu'il n'y en a aucun.
#     unlawful_indicators:
#       en: >-
#         Dataset {{.dataset}} shows indicators of manifest unlawfulness ({{.indicators}}): it must not
#         be reused. Processing data of manifestly unlawful origin breaches GDPR art. 5(1)(a) and may
#         amount to handling stolen goods (Code pénal art. 321-1).
#       fr: >-
#         Le jeu de données {{.dataset}} présente des indices d'illicéité manifeste
#         ({{.indicators}}) : il ne doit pas être réutilisé. Traiter des données d'origine
#         manifestement illicite méconnaît le principe de licéité (RGPD, art. 5, § 1, a)) et peut
#         constituer un recel (code pénal, art. 321-1).
#     unknown_source:
#       en: >-
#         Dataset {{.dataset}}: the source is not identified (indicators: {{.indicators}}). The reuse
#         must be suspended until enough information is obtained on the origin and the lawfulness of
#         the dataset.
#       fr: >-
#         Jeu de données {{.dataset}} : la source n'est pas identifiée (indices : {{.indicators}}). La
#         réutilisation doit être suspendue jusqu'à l'obtention d'informations suffisantes sur
#         l'origine et la licéité du jeu de données.
#     conditions_not_documented:
#       en: >-
#         Dataset {{.dataset}}: provenance.collection_conditions_documented is not set to true. The
#         conditions in which the data was collected must be documented well enough to leave no
#         obvious doubt about their lawfulness.
#       fr: >-
#         Jeu de données {{.dataset}} : provenance.collection_conditions_documented ne vaut pas true.
#         Les conditions de collecte des données doivent être suffisamment documentées pour ne laisser
#         aucun doute évident sur leur licéité.
#     sensitive_not_checked:
#       en: >-
#         Dataset {{.dataset}}: provenance.sensitive_or_offence_data_checked is not set to true. Check
#         whether the dataset contains special-category (art. 9) or offence (art. 10) data, which call
#         for additional verifications.
#       fr: >-
#         Jeu de données {{.dataset}} : provenance.sensitive_or_offence_data_checked ne vaut pas
#         true. Vérifiez si le jeu contient des données sensibles (art. 9) ou d'infraction (art.
#         10), qui appellent des vérifications supplémentaires.
#     checked:
#       en: >-
#         Dataset {{.dataset}} ({{.source_type}}): source stated, no indicator of manifest
#         unlawfulness, collection conditions documented, sensitive and offence data checked.
#       fr: >-
#         Jeu de données {{.dataset}} ({{.source_type}}) : source indiquée, aucun indice d'illicéité
#         manifeste, conditions de collecte documentées, données sensibles et d'infraction vérifiées.
package cnil.reuse.reuse_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_reused := {"public_dataset_reuse", "third_party_acquired"}

# provenance flags that must be true, with the message key reported otherwise.
_flags := {
	"source_stated": "source_not_stated",
	"collection_conditions_documented": "conditions_not_documented",
	"sensitive_or_offence_data_checked": "sensitive_not_checked",
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_personal_dataset", {}, "/datasets") if {
	facts.gdpr_applies
	count(facts.personal_datasets) == 0
}

_datasets[i] := object.union(d, {"source_type": facts.value_at(d.dataset, ["source_type"])}) if {
	facts.gdpr_applies
	some i, d in facts.personal_dataset_entries
}

results contains result.not_applicable(rego.metadata.chain(), "not_reused_dataset", params, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	facts.filled(d.source_type)
	not d.source_type in _reused
	params := {"dataset": d.label, "source_type": labels.word("source_type", d.source_type)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_source_type", {"dataset": d.label}, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	not facts.filled(d.source_type)
}

# The reused datasets, with their provenance block.
_checked[i] := object.union(d, {"provenance": facts.value_at(d.dataset, ["provenance"])}) if {
	some i, d in _datasets
	d.source_type in _reused
}

results contains result.fail(rego.metadata.chain(), "no_provenance", params, result.at(d.pointer, "provenance")) if {
	some d in _checked
	not is_object(d.provenance)
	params := {"dataset": d.label, "source_type": labels.word("source_type", d.source_type)}
}

# The failures found in each provenance block, by dataset index.
_failure(d, key, params, field) := result.finding(key, object.union({"dataset": d.label}, params), result.at(d.pointer, ["provenance", field]))

_failures[i] contains _failure(d, key, {}, flag) if {
	some i, d in _checked
	is_object(d.provenance)
	some flag, key in _flags
	not d.provenance[flag] == true
}

_failures[i] contains _failure(d, "indicators_undeclared", {}, "unlawfulness_indicators") if {
	some i, d in _checked
	is_object(d.provenance)
	not is_array(object.get(d.provenance, "unlawfulness_indicators", null))
}

_failures[i] contains _failure(d, key, {"indicators": concat(", ", [labels.word("provenance.unlawfulness_indicators", x) | some x in indicators])}, "unlawfulness_indicators") if {
	some i, d in _checked
	indicators := d.provenance.unlawfulness_indicators
	is_array(indicators)
	count(indicators) > 0
	key := _indicator_key(indicators)
}

_indicator_key(indicators) := "unknown_source" if {
	"unknown_source" in indicators
} else := "unlawful_indicators"

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	some f in _failures[_]
}

results contains result.pass(rego.metadata.chain(), "checked", params, result.at(d.pointer, "provenance")) if {
	some i, d in _checked
	is_object(d.provenance)
	not _failures[i]
	params := {"dataset": d.label, "source_type": labels.word("source_type", d.source_type)}
}
