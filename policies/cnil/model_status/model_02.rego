# METADATA
# title: An anonymity claim is supported by attack-resistance tests and design measures
# description: >-
#   A claim that the model is anonymous should rest on tests of resistance to
#   confidentiality attacks (membership inference, attribute inference, training-data
#   extraction or regurgitation, model inversion) and on design measures (deduplication,
#   regularisation, differential privacy, data filtering), with the results kept. Expecting an
#   extraction or regurgitation test for a model not declared non-generative
#   (ai_system.generative) is the tool's own reading of the fiche.
# related_resources:
#   - description: "CNIL — IA : Analyser le statut d'un modèle d'IA au regard du RGPD"
#     ref: https://www.cnil.fr/fr/ia-analyser-le-statut-dun-modele-dia-au-regard-du-rgpd
# custom:
#   id: MODEL-02
#   step: model_status
#   fiche: model-status
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 5(2)", "GDPR 25", "EDPB Opinion 28/2024"]
#   fr:
#     title: >-
#       Revendication d'anonymat étayée par des tests de résistance aux attaques et des mesures de
#       conception
#     description: >-
#       L'affirmation selon laquelle le modèle est anonyme devrait reposer sur des tests de
#       résistance aux attaques contre la confidentialité (inférence d'appartenance, inférence
#       d'attributs, extraction ou régurgitation de données d'entraînement, inversion de modèle)
#       et sur des mesures de conception (dédoublonnage, régularisation, confidentialité
#       différentielle, filtrage des données), dont les résultats sont conservés. Exiger un test
#       d'extraction ou de régurgitation pour un modèle qui n'est pas déclaré non génératif
#       (ai_system.generative) relève de la lecture de la fiche propre à l'outil.
#   remediation:
#     en: >-
#       Record each confidentiality test in model.privacy_tests (type among
#       membership_inference, attribute_inference, extraction_regurgitation, model_inversion,
#       with result_ref and date) and the design measures in model.training_mitigations
#       (deduplication, differential_privacy, regularisation, data_filtering).
#     fr: >-
#       Consignez chaque test de confidentialité dans model.privacy_tests (type parmi
#       membership_inference, attribute_inference, extraction_regurgitation, model_inversion,
#       avec result_ref et date) et les mesures de conception dans model.training_mitigations
#       (deduplication, differential_privacy, regularisation, data_filtering).
#   checks:
#     - message: no_claim
#       outcome: not_applicable
#       level: should
#       catalog: "MODEL-02 — Level: SHOULD."
#     - message: no_tests
#       outcome: fail
#       level: should
#       catalog: "MODEL-02 — Support the anonymity claim with tests of resistance to confidentiality attacks (membership inference, attribute inference, training-data extraction/regurgitation, model inversion) and with design measures (deduplication, regularisation, differential privacy), and keep the documentation."
#     - message: test_without_result
#       outcome: fail
#       level: should
#       catalog: "MODEL-02 — Support the anonymity claim with tests of resistance to confidentiality attacks (membership inference, attribute inference, training-data extraction/regurgitation, model inversion) and with design measures (deduplication, regularisation, differential privacy), and keep the documentation."
#     - message: no_extraction_test
#       outcome: fail
#       level: should
#       catalog: "MODEL-02 — Support the anonymity claim with tests of resistance to confidentiality attacks (membership inference, attribute inference, training-data extraction/regurgitation, model inversion) and with design measures (deduplication, regularisation, differential privacy), and keep the documentation."
#     - message: no_mitigations
#       outcome: fail
#       level: should
#       catalog: "MODEL-02 — Support the anonymity claim with tests of resistance to confidentiality attacks (membership inference, attribute inference, training-data extraction/regurgitation, model inversion) and with design measures (deduplication, regularisation, differential privacy), and keep the documentation."
#     - message: supported
#       outcome: pass
#       level: should
#       catalog: "MODEL-02 — Support the anonymity claim with tests of resistance to confidentiality attacks (membership inference, attribute inference, training-data extraction/regurgitation, model inversion) and with design measures (deduplication, regularisation, differential privacy), and keep the documentation."
#   messages:
#     no_claim:
#       en: >-
#         The model is not declared anonymous (model.status: {{.status}}): there is no anonymity
#         claim to support with tests.
#       fr: >-
#         Le modèle n'est pas déclaré anonyme (model.status : {{.status}}) : aucune revendication
#         d'anonymat n'est à étayer par des tests.
#     no_tests:
#       en: >-
#         model.status is anonymous but model.privacy_tests is empty: the anonymity claim should be
#         supported by tests of resistance to confidentiality attacks (membership inference,
#         extraction, model inversion).
#       fr: >-
#         model.status vaut anonymous mais model.privacy_tests est vide : la revendication
#         d'anonymat devrait être étayée par des tests de résistance aux attaques de
#         confidentialité (inférence d'appartenance, extraction, inversion de modèle).
#     test_without_result:
#       en: >-
#         The privacy test {{.test}} has no result_ref: keep the result of each test as evidence
#         of the anonymity claim (GDPR art. 5(2)).
#       fr: >-
#         Le test de confidentialité {{.test}} n'a pas de result_ref : conservez le résultat de
#         chaque test comme preuve de la revendication d'anonymat (RGPD, art. 5, § 2).
#     no_extraction_test:
#       en: >-
#         model.privacy_tests has no extraction_regurgitation test although the model is not
#         declared non-generative (ai_system.generative): regurgitation of training data is the
#         main way personal data leaves such a model (the tool's own expectation).
#       fr: >-
#         model.privacy_tests ne comporte aucun test extraction_regurgitation alors que le modèle
#         n'est pas déclaré non génératif (ai_system.generative) : la régurgitation des données
#         d'entraînement est la principale voie de sortie des données personnelles d'un tel
#         modèle (attente propre à l'outil).
#     no_mitigations:
#       en: >-
#         model.training_mitigations is empty: design measures such as deduplication,
#         regularisation or differential privacy should support the anonymity claim (GDPR art. 25).
#       fr: >-
#         model.training_mitigations est vide : des mesures de conception comme le dédoublonnage, la
#         régularisation ou la confidentialité différentielle devraient étayer la revendication
#         d'anonymat (RGPD, art. 25).
#     supported:
#       en: "The anonymity claim is supported by the tests {{.tests}} and the measures {{.mitigations}}."
#       fr: "La revendication d'anonymat est étayée par les tests {{.tests}} et les mesures {{.mitigations}}."
package cnil.model_status.model_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_model := object.get(input.manifest, "model", {})

_tests := [t | some t in object.get(_model, "privacy_tests", [])]

_test_types := {t.type | some t in _tests}

_test_name(i) := sprintf("%v", [_tests[i].type]) if _tests[i].type

else := sprintf("#%d", [i])

_mitigations := [sprintf("%v", [m]) | some m in object.get(_model, "training_mitigations", [])]

_claimed if {
	facts.gdpr_applies
	facts.model_status_value == "anonymous"
}

_issues contains result.finding("no_tests", {}, "/model/privacy_tests") if count(_tests) == 0

_issues contains result.finding("test_without_result", {"test": _test_name(i)}, sprintf("/model/privacy_tests/%d/result_ref", [i])) if {
	some i, test in _tests
	not facts.declared(test, ["result_ref"])
}

_issues contains result.finding("no_extraction_test", {}, "/model/privacy_tests") if {
	count(_tests) > 0
	not facts.value_at(input.manifest, ["ai_system", "generative"]) == false
	not "extraction_regurgitation" in _test_types
}

_issues contains result.finding("no_mitigations", {}, "/model/training_mitigations") if count(_mitigations) == 0

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_claim", params, "/model/status") if {
	facts.gdpr_applies
	not facts.model_status_value == "anonymous"
	params := {"status": labels.word("model.status", facts.model_status_value)}
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_claimed
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "supported", params, "/model/privacy_tests") if {
	_claimed
	count(_issues) == 0
	params := {
		"tests": labels.words("privacy_test.type", _test_types),
		"mitigations": labels.words("model.training_mitigations", _mitigations),
	}
}
