# METADATA
# title: Deletion at the end of the retention period implemented and verified
# description: >-
#   The obligation to delete (or archive) data at the end of the retention period follows
#   from GDPR art. 5(1)(e). The CNIL recommends implementing a deletion or archiving
#   mechanism and then checking that the data are actually deleted once the period has
#   expired, so that the controller can demonstrate it (art. 5(2)).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: RET-04
#   step: retention
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 5(1)(e)", "GDPR 5(2)"]
#   fr:
#     title: Suppression en fin de durée de conservation mise en œuvre et vérifiée
#     description: >-
#       L'obligation de supprimer (ou d'archiver) les données au terme de la durée de conservation
#       découle du RGPD, art. 5, § 1, e). La CNIL recommande de mettre en œuvre un mécanisme de
#       suppression ou d'archivage, puis de vérifier que les données sont effectivement supprimées
#       une fois la durée écoulée, afin que le responsable de traitement puisse le démontrer (art.
#       5, § 2).
#   remediation:
#     en: >-
#       For each dataset holding personal data, set datasets[].retention.deletion_mechanism to
#       automated_purge or manual_procedure, and datasets[].retention.deletion_verification to
#       logged or audited, so that deletion at the end of the period can be demonstrated.
#     fr: >-
#       Pour chaque jeu de données contenant des données personnelles, renseignez
#       datasets[].retention.deletion_mechanism (automated_purge ou manual_procedure) et
#       datasets[].retention.deletion_verification (logged ou audited), afin de pouvoir démontrer
#       la suppression en fin de durée de conservation.
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: should
#       catalog: "RET-04 — Implement a deletion/archiving mechanism at the end of the period and verify that data are deleted once the period has expired."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: should
#       catalog: "RET-04 — Level: SHOULD (the obligation itself is MUST under 5(1)(e))."
#     - message: no_mechanism
#       outcome: fail
#       level: should
#       catalog: "RET-04 — Implement a deletion/archiving mechanism at the end of the period and verify that data are deleted once the period has expired."
#     - message: unknown_mechanism
#       outcome: fail
#       level: should
#       catalog: "RET-04 — Implement a deletion/archiving mechanism at the end of the period and verify that data are deleted once the period has expired."
#     - message: no_verification
#       outcome: fail
#       level: should
#       catalog: "RET-04 — Implement a deletion/archiving mechanism at the end of the period and verify that data are deleted once the period has expired."
#     - message: verification_none
#       outcome: fail
#       level: should
#       catalog: "RET-04 — Implement a deletion/archiving mechanism at the end of the period and verify that data are deleted once the period has expired."
#     - message: unknown_verification
#       outcome: fail
#       level: should
#       catalog: "RET-04 — Implement a deletion/archiving mechanism at the end of the period and verify that data are deleted once the period has expired."
#     - message: deletion_checked
#       outcome: pass
#       level: should
#       catalog: "RET-04 — Implement a deletion/archiving mechanism at the end of the period and verify that data are deleted once the period has expired."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: the deletion of data
#         at the end of their retention period is checked dataset by dataset.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : la
#         suppression des données en fin de durée de conservation est vérifiée jeu de données par
#         jeu de données.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each): this
#         rule does not apply.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle ne s'applique pas.
#     no_mechanism:
#       en: >-
#         Dataset {{.dataset}} declares no deletion mechanism
#         (datasets[{{.index}}].retention.deletion_mechanism): nothing ensures that the data are
#         deleted or archived when the retention period ends (GDPR art. 5(1)(e)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne déclare aucun mécanisme de suppression
#         (datasets[{{.index}}].retention.deletion_mechanism) : rien ne garantit que les données
#         seront supprimées ou archivées à la fin de la durée de conservation (RGPD, art. 5, § 1,
#         e)).
#     unknown_mechanism:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].retention.deletion_mechanism is "{{.value}}",
#         which is neither automated_purge nor manual_procedure.
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].retention.deletion_mechanism vaut
#         « {{.value}} », qui n'est ni automated_purge ni manual_procedure.
#     no_verification:
#       en: >-
#         Dataset {{.dataset}} declares no deletion check
#         (datasets[{{.index}}].retention.deletion_verification): the CNIL recommends verifying that
#         the data are actually deleted once the period has expired (GDPR art. 5(1)(e), 5(2)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne déclare aucune vérification de la suppression
#         (datasets[{{.index}}].retention.deletion_verification) : la CNIL recommande de vérifier
#         que les données sont effectivement supprimées une fois le délai expiré (RGPD, art. 5, § 1,
#         e), et art. 5, § 2).
#     verification_none:
#       en: >-
#         Dataset {{.dataset}} does not verify deletion (datasets[{{.index}}].retention.deletion_verification
#         is none): the CNIL recommends checking that the data are actually deleted once the period
#         has expired, for instance by logging or auditing the purge (GDPR art. 5(2)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne vérifie pas la suppression
#         (datasets[{{.index}}].retention.deletion_verification vaut none) : la CNIL recommande de
#         vérifier que les données sont effectivement supprimées une fois le délai expiré, par
#         exemple en journalisant ou en auditant la purge (RGPD, art. 5, § 2).
#     unknown_verification:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].retention.deletion_verification is
#         "{{.value}}", which is neither logged nor audited.
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].retention.deletion_verification vaut
#         « {{.value}} », qui n'est ni logged ni audited.
#     deletion_checked:
#       en: >-
#         Dataset {{.dataset}}: deletion at the end of the period is implemented
#         (retention.deletion_mechanism: {{.mechanism}}) and verified
#         (retention.deletion_verification: {{.verification}}).
#       fr: >-
#         Jeu de données {{.dataset}} : la suppression en fin de durée de conservation est mise en
#         œuvre (retention.deletion_mechanism : {{.mechanism}}) et vérifiée
#         (retention.deletion_verification : {{.verification}}).
package cnil.retention.ret_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

_mechanisms := {"automated_purge", "manual_procedure"}

_verifications := {"logged", "audited"}

_value(i, field) := facts.value_at(_datasets[i], ["retention", field])

_pointer(i, field) := sprintf("/datasets/%d/retention/%s", [i, field])

# The finding of key about the retention field of dataset i, by dataset index.
_finding(i, key, field) := result.finding(key, params, _pointer(i, field)) if {
	params := {"dataset": facts.dataset_label(i), "index": i, "value": sprintf("%v", [_value(i, field)])}
}

_findings[i] contains _finding(i, "no_mechanism", "deletion_mechanism") if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["retention", "deletion_mechanism"])
}

_findings[i] contains _finding(i, "unknown_mechanism", "deletion_mechanism") if {
	some i in facts.personal_datasets
	facts.declared(_datasets[i], ["retention", "deletion_mechanism"])
	not _value(i, "deletion_mechanism") in _mechanisms
}

_findings[i] contains _finding(i, "no_verification", "deletion_verification") if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["retention", "deletion_verification"])
}

_findings[i] contains _finding(i, "verification_none", "deletion_verification") if {
	some i in facts.personal_datasets
	_value(i, "deletion_verification") == "none"
}

_findings[i] contains _finding(i, "unknown_verification", "deletion_verification") if {
	some i in facts.personal_datasets
	facts.declared(_datasets[i], ["retention", "deletion_verification"])
	not _value(i, "deletion_verification") in (_verifications | {"none"})
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

results contains result.pass(rego.metadata.chain(), "deletion_checked", params, sprintf("/datasets/%d/retention", [i])) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not _findings[i]
	params := {
		"dataset": facts.dataset_label(i),
		"index": i,
		"mechanism": labels.word("retention.deletion_mechanism", _value(i, "deletion_mechanism")),
		"verification": labels.word("retention.deletion_verification", _value(i, "deletion_verification")),
	}
}
