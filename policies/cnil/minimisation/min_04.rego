# METADATA
# title: Privacy-enhancing transformations applied where the purpose allows
# description: >-
#   Where the purpose can still be met, the CNIL recommends anonymising the data (preferred)
#   or pseudonymising them, generalising or aggregating them, adding noise (for instance
#   differential privacy), using synthetic data, or choosing architectures that need less
#   personal data (federated learning, pre-trained models). When none of them is compatible
#   with the purpose, the reason is documented (GDPR art. 25, 32(1)(a), 89(1)).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: MIN-04
#   step: minimisation
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 25", "GDPR 32(1)(a)", "GDPR 89(1)"]
#   fr:
#     title: Techniques de protection de la vie privée appliquées lorsque la finalité le permet
#     description: >-
#       Lorsque la finalité peut encore être atteinte, la CNIL recommande d'anonymiser les données
#       (solution à privilégier) ou de les pseudonymiser, de les généraliser ou de les agréger, d'y
#       ajouter du bruit (par exemple par confidentialité différentielle), de recourir à des données
#       synthétiques, ou de choisir des architectures qui nécessitent moins de données personnelles
#       (apprentissage fédéré, modèles pré-entraînés). Lorsqu'aucune de ces techniques n'est
#       compatible avec la finalité, la raison en est documentée (RGPD, art. 25, art. 32, § 1, a),
#       et art. 89, § 1).
#   remediation:
#     en: >-
#       List in datasets[].pets the transformations applied (anonymisation, pseudonymisation,
#       generalisation, aggregation, differential_privacy, synthetic_data, federated_learning).
#       If none is compatible with the purpose, set pets to [none] and explain why in
#       datasets[].pets_not_applicable_justification.
#     fr: >-
#       Listez dans datasets[].pets les transformations appliquées (anonymisation,
#       pseudonymisation, generalisation, aggregation, differential_privacy, synthetic_data,
#       federated_learning). Si aucune n'est compatible avec la finalité, indiquez [none] et
#       expliquez pourquoi dans datasets[].pets_not_applicable_justification.
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: should
#       catalog: "MIN-04 — Where the purpose can still be met, anonymise data (preferred) or pseudonymise, generalise/aggregate, add noise (e.g. differential privacy), use synthetic data or architectures that need less personal data (e.g. federated learning, pre-trained models); document why not if none is used."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: should
#       catalog: "MIN-04 — Level: SHOULD."
#     - message: no_pets
#       outcome: fail
#       level: should
#       catalog: "MIN-04 — Where the purpose can still be met, anonymise data (preferred) or pseudonymise, generalise/aggregate, add noise (e.g. differential privacy), use synthetic data or architectures that need less personal data (e.g. federated learning, pre-trained models); document why not if none is used."
#     - message: none_unjustified
#       outcome: fail
#       level: should
#       catalog: "MIN-04 — Where the purpose can still be met, anonymise data (preferred) or pseudonymise, generalise/aggregate, add noise (e.g. differential privacy), use synthetic data or architectures that need less personal data (e.g. federated learning, pre-trained models); document why not if none is used."
#     - message: none_mixed
#       outcome: fail
#       level: should
#       catalog: "MIN-04 — Where the purpose can still be met, anonymise data (preferred) or pseudonymise, generalise/aggregate, add noise (e.g. differential privacy), use synthetic data or architectures that need less personal data (e.g. federated learning, pre-trained models); document why not if none is used."
#     - message: applied
#       outcome: pass
#       level: should
#       catalog: "MIN-04 — Where the purpose can still be met, anonymise data (preferred) or pseudonymise, generalise/aggregate, add noise (e.g. differential privacy), use synthetic data or architectures that need less personal data (e.g. federated learning, pre-trained models); document why not if none is used."
#     - message: none_justified
#       outcome: pass
#       level: should
#       catalog: "MIN-04 — Where the purpose can still be met, anonymise data (preferred) or pseudonymise, generalise/aggregate, add noise (e.g. differential privacy), use synthetic data or architectures that need less personal data (e.g. federated learning, pre-trained models); document why not if none is used."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: privacy-enhancing
#         transformations are checked dataset by dataset.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : les
#         techniques de protection de la vie privée sont vérifiées jeu de données par jeu de
#         données.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each): this
#         rule does not apply.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle ne s'applique pas.
#     no_pets:
#       en: >-
#         Dataset {{.dataset}} does not say which privacy-enhancing transformations are applied
#         (datasets[{{.index}}].pets): where the purpose allows, the CNIL recommends anonymisation
#         or, failing that, pseudonymisation, generalisation, aggregation, noise or synthetic data
#         (GDPR art. 25).
#       fr: >-
#         Le jeu de données {{.dataset}} n'indique pas quelles techniques de protection de la vie
#         privée sont appliquées (datasets[{{.index}}].pets) : lorsque la finalité le permet, la
#         CNIL recommande l'anonymisation ou, à défaut, la pseudonymisation, la généralisation,
#         l'agrégation, l'ajout de bruit ou des données synthétiques (RGPD, art. 25).
#     none_unjustified:
#       en: >-
#         Dataset {{.dataset}} applies no privacy-enhancing transformation (datasets[{{.index}}].pets
#         is [none]) without saying why (datasets[{{.index}}].pets_not_applicable_justification):
#         when none is compatible with the purpose, the reason must be documented.
#       fr: >-
#         Le jeu de données {{.dataset}} n'applique aucune technique de protection de la vie privée
#         (datasets[{{.index}}].pets vaut [none]) sans en donner la raison
#         (datasets[{{.index}}].pets_not_applicable_justification) : lorsqu'aucune n'est compatible
#         avec la finalité, la raison doit être documentée.
#     none_mixed:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].pets lists none together with {{.pets}}; remove
#         none or the other values so that the declaration is consistent.
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].pets mentionne none en même temps que
#         {{.pets}} ; retirez none ou les autres valeurs pour que la déclaration soit cohérente.
#     applied:
#       en: "Dataset {{.dataset}} applies these privacy-enhancing transformations: {{.pets}}."
#       fr: "Le jeu de données {{.dataset}} applique ces techniques de protection de la vie privée : {{.pets}}."
#     none_justified:
#       en: >-
#         Dataset {{.dataset}} applies no privacy-enhancing transformation, for the reason given in
#         datasets[{{.index}}].pets_not_applicable_justification.
#       fr: >-
#         Le jeu de données {{.dataset}} n'applique aucune technique de protection de la vie
#         privée, pour la raison donnée dans datasets[{{.index}}].pets_not_applicable_justification.
package cnil.minimisation.min_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

_pets(i) := [sprintf("%v", [p]) | some p in facts.value_at(_datasets[i], ["pets"])] if {
	is_array(facts.value_at(_datasets[i], ["pets"]))
} else := []

_techniques(i) := [p | some p in _pets(i); p != "none"]

_params(i) := {"dataset": facts.dataset_label(i), "index": i, "pets": concat(", ", [labels.word("dataset.pets", p) | some p in _techniques(i)])}

_key(i) := "no_pets" if count(_pets(i)) == 0

_key(i) := "none_mixed" if {
	"none" in _pets(i)
	count(_techniques(i)) > 0
}

_key(i) := "none_unjustified" if {
	"none" in _pets(i)
	count(_techniques(i)) == 0
	not facts.declared(_datasets[i], ["pets_not_applicable_justification"])
}

_pointer(i) := sprintf("/datasets/%d/pets_not_applicable_justification", [i]) if _key(i) == "none_unjustified"

else := sprintf("/datasets/%d/pets", [i])

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

results contains result.fail(rego.metadata.chain(), _key(i), _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
}

results contains result.pass(rego.metadata.chain(), "applied", _params(i), sprintf("/datasets/%d/pets", [i])) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not _key(i)
	not "none" in _pets(i)
}

results contains result.pass(rego.metadata.chain(), "none_justified", _params(i), sprintf("/datasets/%d/pets", [i])) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not _key(i)
	"none" in _pets(i)
}
