# METADATA
# title: Development retention distinguished from maintenance and improvement
# description: >-
#   The CNIL recommends keeping data in the active training base only as long as the
#   development needs them. Afterwards, only the data needed to maintain or improve the
#   system (re-training, performance or bias audits) are kept, separately and with
#   restricted access, or the data are deleted (storage limitation and data protection by
#   default, GDPR art. 5(1)(e) and 25(2)). The passage is recalled from the CNIL fiche
#   and could not be re-read, so the rule only warns.
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: RET-02
#   step: retention
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: recalled
#   articles: ["GDPR 5(1)(e)", "GDPR 25(2)"]
#   fr:
#     title: Conservation pour le développement distinguée de celle pour la maintenance ou l'amélioration
#     description: >-
#       La CNIL recommande de ne conserver les données dans la base d'entraînement active que le
#       temps nécessaire au développement. Ensuite, seules les données nécessaires à la maintenance
#       ou à l'amélioration du système (réentraînement, audits de performance ou de biais) sont
#       conservées, de manière séparée et avec un accès restreint, ou les données sont supprimées
#       (limitation de la conservation et protection des données par défaut, RGPD, art. 5, § 1, e),
#       et art. 25, § 2). Ce passage de la fiche de la CNIL est rapporté de mémoire et n'a pas pu
#       être relu : la règle n'émet donc qu'un avertissement.
#   remediation:
#     en: >-
#       Declare when the development phase ends (datasets[].retention.development_end, a date or
#       a milestone) and whether data are kept afterwards (datasets[].retention.post_development.kept).
#       If they are, state why in post_development.purpose (retraining, audit, bias_measurement or
#       other), describe the subset kept in post_development.subset_description and restrict access
#       to it (post_development.access_restricted: true).
#     fr: >-
#       Indiquez quand la phase de développement prend fin (datasets[].retention.development_end,
#       une date ou un jalon) et si des données sont conservées ensuite
#       (datasets[].retention.post_development.kept). Si c'est le cas, indiquez pourquoi dans
#       post_development.purpose (retraining, audit, bias_measurement ou other), décrivez le
#       sous-ensemble conservé dans post_development.subset_description et restreignez-en l'accès
#       (post_development.access_restricted : true).
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: should
#       catalog: "RET-02 — Level: SHOULD."
#     - message: no_development_end
#       outcome: fail
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#     - message: no_post_development
#       outcome: fail
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#     - message: no_purpose
#       outcome: fail
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#     - message: no_subset
#       outcome: fail
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#     - message: not_restricted
#       outcome: fail
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#     - message: deleted
#       outcome: pass
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#     - message: kept_restricted
#       outcome: pass
#       level: should
#       catalog: "RET-02 — Keep data in the active training base only as long as needed for development; after that, keep only the data needed for maintenance or improvement of the system (e.g. re-training, performance/bias audits), separately and with restricted access, or delete it."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: how long data stay in
#         the active training base and what is kept after development are assessed dataset by
#         dataset.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : la durée de
#         présence dans la base d'entraînement active et ce qui est conservé après le développement
#         s'apprécient jeu de données par jeu de données.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each): this
#         rule does not apply.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle ne s'applique pas.
#     no_development_end:
#       en: >-
#         Dataset {{.dataset}} does not say when its development phase ends
#         (datasets[{{.index}}].retention.development_end): without this milestone, nothing marks
#         when the data must leave the active training base (GDPR art. 5(1)(e)).
#       fr: >-
#         Le jeu de données {{.dataset}} n'indique pas quand sa phase de développement prend fin
#         (datasets[{{.index}}].retention.development_end) : sans ce jalon, rien ne marque le moment
#         où les données doivent quitter la base d'entraînement active (RGPD, art. 5, § 1, e)).
#     no_post_development:
#       en: >-
#         Dataset {{.dataset}} does not say whether data are kept after development
#         (datasets[{{.index}}].retention.post_development.kept must be true or false): the CNIL
#         recommends keeping only what maintenance or improvement of the system needs, or deleting
#         the data.
#       fr: >-
#         Le jeu de données {{.dataset}} n'indique pas si des données sont conservées après le
#         développement (datasets[{{.index}}].retention.post_development.kept doit valoir true ou
#         false) : la CNIL recommande de ne conserver que ce qu'exigent la maintenance ou
#         l'amélioration du système, ou de supprimer les données.
#     no_purpose:
#       en: >-
#         Dataset {{.dataset}} keeps data after development without saying why
#         (datasets[{{.index}}].retention.post_development.purpose): only data needed to maintain or
#         improve the system (re-training, audits, bias measurement) should be kept.
#       fr: >-
#         Le jeu de données {{.dataset}} conserve des données après le développement sans en
#         indiquer la raison (datasets[{{.index}}].retention.post_development.purpose) : seules les
#         données nécessaires à la maintenance ou à l'amélioration du système (réentraînement,
#         audits, mesure des biais) devraient être conservées.
#     no_subset:
#       en: >-
#         Dataset {{.dataset}} keeps data after development without describing the subset kept
#         (datasets[{{.index}}].retention.post_development.subset_description): only the data that
#         maintenance or improvement needs should be kept, not the whole training base.
#       fr: >-
#         Le jeu de données {{.dataset}} conserve des données après le développement sans décrire
#         le sous-ensemble conservé (datasets[{{.index}}].retention.post_development.subset_description) :
#         seules les données utiles à la maintenance ou à l'amélioration devraient être conservées,
#         et non toute la base d'entraînement.
#     not_restricted:
#       en: >-
#         Dataset {{.dataset}} keeps data after development without restricting access to them
#         (datasets[{{.index}}].retention.post_development.access_restricted is not true): the CNIL
#         recommends keeping them separately, with restricted access (GDPR art. 25(2)).
#       fr: >-
#         Le jeu de données {{.dataset}} conserve des données après le développement sans en
#         restreindre l'accès (datasets[{{.index}}].retention.post_development.access_restricted ne
#         vaut pas true) : la CNIL recommande de les conserver séparément, avec un accès restreint
#         (RGPD, art. 25, § 2).
#     deleted:
#       en: >-
#         Dataset {{.dataset}}: the development phase ends at {{.development_end}} and no data are
#         kept afterwards.
#       fr: >-
#         Jeu de données {{.dataset}} : la phase de développement prend fin à l'échéance
#         {{.development_end}} et aucune donnée n'est conservée ensuite.
#     kept_restricted:
#       en: >-
#         Dataset {{.dataset}}: after the development phase ({{.development_end}}), only a described
#         subset is kept, for {{.purpose}} (retention.post_development.purpose), with restricted
#         access.
#       fr: >-
#         Jeu de données {{.dataset}} : après la phase de développement ({{.development_end}}), seul
#         un sous-ensemble décrit est conservé, pour la finalité {{.purpose}}
#         (retention.post_development.purpose), avec un accès restreint.
package cnil.retention.ret_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

_post(i) := facts.value_at(_datasets[i], ["retention", "post_development"])

_kept(i) := facts.value_at(_datasets[i], ["retention", "post_development", "kept"])

_pointer(i, field) := sprintf("/datasets/%d/retention/%s", [i, field])

_params(i) := {"dataset": facts.dataset_label(i), "index": i}

# The findings about each dataset, by dataset index.

_findings[i] contains result.finding("no_development_end", _params(i), _pointer(i, "development_end")) if {
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["retention", "development_end"])
}

_findings[i] contains result.finding("no_post_development", _params(i), _pointer(i, "post_development/kept")) if {
	some i in facts.personal_datasets
	not is_boolean(_kept(i))
}

_findings[i] contains result.finding("no_purpose", _params(i), _pointer(i, "post_development/purpose")) if {
	some i in facts.personal_datasets
	_kept(i) == true
	not facts.declared(_post(i), ["purpose"])
}

_findings[i] contains result.finding("no_subset", _params(i), _pointer(i, "post_development/subset_description")) if {
	some i in facts.personal_datasets
	_kept(i) == true
	not facts.declared(_post(i), ["subset_description"])
}

_findings[i] contains result.finding("not_restricted", _params(i), _pointer(i, "post_development/access_restricted")) if {
	some i in facts.personal_datasets
	_kept(i) == true
	not _post(i).access_restricted == true
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

results contains result.pass(rego.metadata.chain(), key, params, _pointer(i, "post_development")) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not _findings[i]
	kept := _kept(i)
	is_boolean(kept)
	key := {false: "deleted", true: "kept_restricted"}[kept]
	params := {
		"dataset": facts.dataset_label(i),
		"index": i,
		"development_end": sprintf("%v", [_datasets[i].retention.development_end]),
		"purpose": labels.word("post_development.purpose", object.get(_post(i), "purpose", "")),
	}
}
