# METADATA
# title: A dataset acquired from a third party is covered by a contract
# description: >-
#   When a dataset is obtained from a third party (data broker, partner), the CNIL recommends a
#   contract or agreement with the original holder that documents at least the source of the data,
#   the context of collection and its legal basis, the information given to data subjects and
#   guarantees of lawfulness, so that the reuser can carry out its own checks. The list of clauses
#   is the tool's reading of the CNIL guidance.
# related_resources:
#   - description: "CNIL — Réutilisation de bases de données : les vérifications nécessaires pour respecter la loi"
#     ref: https://cnil.fr/fr/reutilisation-de-bases-de-donnees-les-verifications-necessaires-pour-respecter-la-loi
#   - description: "CNIL — Ensuring the lawfulness of the data processing: in case of re-use of data"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use
# custom:
#   id: REUSE-05
#   step: reuse
#   fiche: reuse
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 5(1)(a)", "GDPR 5(2)", "GDPR 14"]
#   fr:
#     title: Un jeu de données acquis auprès d'un tiers est encadré par un contrat
#     description: >-
#       Lorsqu'un jeu de données est obtenu auprès d'un tiers (courtier en données, partenaire),
#       la CNIL recommande un contrat ou une convention avec le détenteur initial qui documente
#       au moins la source des données, le contexte de leur collecte et sa base légale,
#       l'information délivrée aux personnes concernées et des garanties de licéité, afin que le
#       réutilisateur puisse procéder à ses propres vérifications. La liste des clauses est la
#       lecture que fait l'outil des recommandations de la CNIL.
#   remediation:
#     en: >-
#       Conclude an agreement with the original holder of the dataset, reference it in
#       provenance.acquisition_contract_ref, and list in provenance.contract_covers the clauses it
#       contains, at least source, legal_basis, data_subject_information and lawfulness_warranty.
#     fr: >-
#       Concluez un accord avec le détenteur initial du jeu de données, référencez-le dans
#       provenance.acquisition_contract_ref et listez dans provenance.contract_covers les clauses
#       qu'il contient, au moins source, legal_basis, data_subject_information et
#       lawfulness_warranty.
#   checks:
#     - message: no_personal_dataset
#       outcome: not_applicable
#       level: should
#       catalog: "REUSE-05 — Level: SHOULD (CNIL: \"there should be a contract\"); the underlying lawfulness check is MUST."
#     - message: not_acquired
#       outcome: not_applicable
#       level: should
#       catalog: "REUSE-05 — Level: SHOULD (CNIL: \"there should be a contract\"); the underlying lawfulness check is MUST."
#     - message: no_source_type
#       outcome: not_applicable
#       level: should
#       catalog: "REUSE-05 — Level: SHOULD (CNIL: \"there should be a contract\"); the underlying lawfulness check is MUST."
#     - message: no_contract
#       outcome: fail
#       level: should
#       catalog: "REUSE-05 — When a dataset is obtained from a third party (data broker, partner), there should be a contract/agreement with the original holder documenting at least the source, the collection context and legal basis, the information given to data subjects and the lawfulness guarantees, so the reuser can perform REUSE-04 checks."
#     - message: clauses_missing
#       outcome: fail
#       level: should
#       catalog: "REUSE-05 — When a dataset is obtained from a third party (data broker, partner), there should be a contract/agreement with the original holder documenting at least the source, the collection context and legal basis, the information given to data subjects and the lawfulness guarantees, so the reuser can perform REUSE-04 checks."
#     - message: covered
#       outcome: pass
#       level: should
#       catalog: "REUSE-05 — When a dataset is obtained from a third party (data broker, partner), there should be a contract/agreement with the original holder documenting at least the source, the collection context and legal basis, the information given to data subjects and the lawfulness guarantees, so the reuser can perform REUSE-04 checks."
#   messages:
#     no_personal_dataset:
#       en: >-
#         No dataset holding personal data is declared: no acquired dataset to check.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est déclaré : aucun jeu acquis à
#         vérifier.
#     not_acquired:
#       en: >-
#         Dataset {{.dataset}} (source_type: {{.source_type}}) is not acquired from a third party:
#         no acquisition contract is expected.
#       fr: >-
#         Le jeu de données {{.dataset}} (source_type : {{.source_type}}) n'est pas acquis auprès
#         d'un tiers : aucun contrat d'acquisition n'est attendu.
#     no_source_type:
#       en: >-
#         Dataset {{.dataset}} declares no source_type (REUSE-01 reports it): whether it was acquired
#         from a third party cannot be decided yet.
#       fr: >-
#         Le jeu de données {{.dataset}} ne déclare pas de source_type (REUSE-01 le signale) : on ne
#         peut pas encore déterminer s'il a été acquis auprès d'un tiers.
#     no_contract:
#       en: >-
#         Dataset {{.dataset}} is acquired from a third party but provenance.acquisition_contract_ref
#         is missing: the CNIL recommends a contract with the original holder documenting the source,
#         the collection context and legal basis, the information of data subjects and guarantees of
#         lawfulness.
#       fr: >-
#         Le jeu de données {{.dataset}} est acquis auprès d'un tiers mais
#         provenance.acquisition_contract_ref est absent : la CNIL recommande un contrat avec le
#         détenteur initial documentant la source, le contexte et la base légale de la collecte,
#         l'information des personnes et des garanties de licéité.
#     clauses_missing:
#       en: >-
#         Dataset {{.dataset}}: the acquisition contract ({{.contract}}) does not cover {{.missing}}
#         according to provenance.contract_covers; without these clauses the reuser cannot verify the
#         lawfulness of the dataset.
#       fr: >-
#         Jeu de données {{.dataset}} : d'après provenance.contract_covers, le contrat d'acquisition
#         ({{.contract}}) ne couvre pas {{.missing}} ; sans ces clauses, le réutilisateur ne peut pas
#         vérifier la licéité du jeu de données.
#     covered:
#       en: >-
#         Dataset {{.dataset}}: the acquisition contract {{.contract}} covers the source, the legal
#         basis, the information of data subjects and a lawfulness warranty.
#       fr: >-
#         Jeu de données {{.dataset}} : le contrat d'acquisition {{.contract}} couvre la source, la
#         base légale, l'information des personnes et une garantie de licéité.
package cnil.reuse.reuse_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# ⚪ The clauses the tool expects in the acquisition contract.
_required_clauses := {"source", "legal_basis", "data_subject_information", "lawfulness_warranty"}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_personal_dataset", {}, "/datasets") if {
	facts.gdpr_applies
	count(facts.personal_datasets) == 0
}

_datasets[i] := object.union(d, {"source_type": facts.value_at(d.dataset, ["source_type"])}) if {
	facts.gdpr_applies
	some i, d in facts.personal_dataset_entries
}

results contains result.not_applicable(rego.metadata.chain(), "not_acquired", params, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	facts.filled(d.source_type)
	d.source_type != "third_party_acquired"
	params := {"dataset": d.label, "source_type": labels.word("source_type", d.source_type)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_source_type", {"dataset": d.label}, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	not facts.filled(d.source_type)
}

_acquired[i] := d if {
	some i, d in _datasets
	d.source_type == "third_party_acquired"
}

results contains result.fail(rego.metadata.chain(), "no_contract", {"dataset": d.label}, result.at(d.pointer, "provenance/acquisition_contract_ref")) if {
	some d in _acquired
	not facts.declared(d.dataset, ["provenance", "acquisition_contract_ref"])
}

_missing(d) := _required_clauses - {c | some c in _as_array(object.get(d.dataset, ["provenance", "contract_covers"], []))}

_as_array(value) := value if is_array(value)

else := []

results contains result.fail(rego.metadata.chain(), "clauses_missing", params, result.at(d.pointer, "provenance/contract_covers")) if {
	some d in _acquired
	facts.declared(d.dataset, ["provenance", "acquisition_contract_ref"])
	missing := _missing(d)
	count(missing) > 0
	params := {
		"dataset": d.label,
		"contract": sprintf("%v", [d.dataset.provenance.acquisition_contract_ref]),
		"missing": concat(", ", sort(missing)),
	}
}

results contains result.pass(rego.metadata.chain(), "covered", params, result.at(d.pointer, "provenance/acquisition_contract_ref")) if {
	some d in _acquired
	facts.declared(d.dataset, ["provenance", "acquisition_contract_ref"])
	count(_missing(d)) == 0
	params := {"dataset": d.label, "contract": sprintf("%v", [d.dataset.provenance.acquisition_contract_ref])}
}
