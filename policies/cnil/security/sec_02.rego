# METADATA
# title: Third-party components are vetted and baseline development measures are in place
# description: >-
#   The CNIL recommends particular attention to components that have not had a thorough
#   security assessment (reused datasets, libraries, pre-trained models, infrastructure):
#   know their provenance and check their integrity. Development should rely on access
#   control, logging, versioning and continuous integration with tests, and tests should use
#   synthetic or fictitious data rather than copies of production data. Treating an
#   unassessed component without a hash or signature check as unverified is the tool's own
#   reading of the fiche.
# related_resources:
#   - description: "CNIL — Ensuring the security of an AI system's development"
#     ref: https://cnil.fr/en/ensuring-security-ai-systems-development
#   - description: "CNIL — Sécurité : Intelligence artificielle – Conception et apprentissage"
#     ref: https://cnil.fr/fr/securite-intelligence-artificielle-conception-et-apprentissage
# custom:
#   id: SEC-02
#   step: security
#   fiche: security
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 25", "GDPR 32"]
#   fr:
#     title: Composants tiers vérifiés et mesures de sécurité de base du développement en place
#     description: >-
#       La CNIL recommande une attention particulière aux composants qui n'ont pas fait l'objet
#       d'une évaluation de sécurité approfondie (jeux de données réutilisés, bibliothèques,
#       modèles pré-entraînés, infrastructure) : en connaître la provenance et en vérifier
#       l'intégrité. Le développement devrait s'appuyer sur le contrôle d'accès, la
#       journalisation, la gestion des versions et l'intégration continue avec des tests, et les
#       tests devraient utiliser des données synthétiques ou fictives plutôt que des copies de
#       données de production. Considérer comme non vérifié un composant non évalué sans
#       contrôle d'empreinte ou de signature relève de la lecture de la fiche propre à l'outil.
#   remediation:
#     en: >-
#       List the components in security.components (type, provenance, integrity_check hash or
#       signature, security_assessed), declare security.measures access_control, logging,
#       versioning and ci_tests, and set security.test_data to synthetic or fictitious.
#     fr: >-
#       Listez les composants dans security.components (type, provenance, integrity_check hash
#       ou signature, security_assessed), déclarez dans security.measures access_control,
#       logging, versioning et ci_tests, et fixez security.test_data à synthetic ou fictitious.
#   checks:
#     - message: no_components
#       outcome: fail
#       level: should
#       catalog: "SEC-02 — Pay particular attention to components not subject to a thorough security assessment (reused datasets, libraries, pre-trained models, infrastructure), especially with sensitive data or high-risk purposes (AI Act Annexes I/III as indicator); check data and annotation quality and source reliability (poisoning); avoid partial/total copies of datasets and restrict access; use fictitious/synthetic data for tests; mandatory CI with tests, authenticated and authorised access, versioning, logging; build developer/user documentation."
#     - message: no_provenance
#       outcome: fail
#       level: should
#       catalog: "SEC-02 — Pay particular attention to components not subject to a thorough security assessment (reused datasets, libraries, pre-trained models, infrastructure), especially with sensitive data or high-risk purposes (AI Act Annexes I/III as indicator); check data and annotation quality and source reliability (poisoning); avoid partial/total copies of datasets and restrict access; use fictitious/synthetic data for tests; mandatory CI with tests, authenticated and authorised access, versioning, logging; build developer/user documentation."
#     - message: unverified
#       outcome: fail
#       level: should
#       catalog: "SEC-02 — Pay particular attention to components not subject to a thorough security assessment (reused datasets, libraries, pre-trained models, infrastructure), especially with sensitive data or high-risk purposes (AI Act Annexes I/III as indicator); check data and annotation quality and source reliability (poisoning); avoid partial/total copies of datasets and restrict access; use fictitious/synthetic data for tests; mandatory CI with tests, authenticated and authorised access, versioning, logging; build developer/user documentation."
#     - message: missing_measures
#       outcome: fail
#       level: should
#       catalog: "SEC-02 — Pay particular attention to components not subject to a thorough security assessment (reused datasets, libraries, pre-trained models, infrastructure), especially with sensitive data or high-risk purposes (AI Act Annexes I/III as indicator); check data and annotation quality and source reliability (poisoning); avoid partial/total copies of datasets and restrict access; use fictitious/synthetic data for tests; mandatory CI with tests, authenticated and authorised access, versioning, logging; build developer/user documentation."
#     - message: no_test_data
#       outcome: fail
#       level: should
#       catalog: "SEC-02 — Pay particular attention to components not subject to a thorough security assessment (reused datasets, libraries, pre-trained models, infrastructure), especially with sensitive data or high-risk purposes (AI Act Annexes I/III as indicator); check data and annotation quality and source reliability (poisoning); avoid partial/total copies of datasets and restrict access; use fictitious/synthetic data for tests; mandatory CI with tests, authenticated and authorised access, versioning, logging; build developer/user documentation."
#     - message: production_copy
#       outcome: fail
#       level: should
#       catalog: "SEC-02 — Pay particular attention to components not subject to a thorough security assessment (reused datasets, libraries, pre-trained models, infrastructure), especially with sensitive data or high-risk purposes (AI Act Annexes I/III as indicator); check data and annotation quality and source reliability (poisoning); avoid partial/total copies of datasets and restrict access; use fictitious/synthetic data for tests; mandatory CI with tests, authenticated and authorised access, versioning, logging; build developer/user documentation."
#     - message: in_place
#       outcome: pass
#       level: should
#       catalog: "SEC-02 — Pay particular attention to components not subject to a thorough security assessment (reused datasets, libraries, pre-trained models, infrastructure), especially with sensitive data or high-risk purposes (AI Act Annexes I/III as indicator); check data and annotation quality and source reliability (poisoning); avoid partial/total copies of datasets and restrict access; use fictitious/synthetic data for tests; mandatory CI with tests, authenticated and authorised access, versioning, logging; build developer/user documentation."
#   messages:
#     no_components:
#       en: >-
#         security.components is empty: the datasets, libraries, pre-trained models and
#         infrastructure the development relies on should be listed so that their provenance and
#         integrity can be checked.
#       fr: >-
#         security.components est vide : les jeux de données, bibliothèques, modèles pré-entraînés
#         et infrastructures utilisés devraient être listés afin d'en vérifier la provenance et
#         l'intégrité.
#     no_provenance:
#       en: "Component {{.component}} has no provenance: its origin should be known before it is used."
#       fr: "Le composant {{.component}} n'a pas de provenance : son origine devrait être connue avant son utilisation."
#     unverified:
#       en: >-
#         Component {{.component}} has had no security assessment (security_assessed) and no
#         integrity check (integrity_check: {{.check}}): verify it by hash or signature (poisoning,
#         supply-chain attacks).
#       fr: >-
#         Le composant {{.component}} n'a fait l'objet d'aucune évaluation de sécurité
#         (security_assessed) ni d'aucun contrôle d'intégrité (integrity_check : {{.check}}) :
#         vérifiez-le par empreinte ou signature (empoisonnement, attaques de la chaîne
#         d'approvisionnement).
#     missing_measures:
#       en: >-
#         security.measures does not include {{.missing}}: the CNIL recommends authenticated and
#         authorised access, logging, versioning and continuous integration with tests.
#       fr: >-
#         security.measures ne comprend pas {{.missing}} : la CNIL recommande des accès
#         authentifiés et autorisés, la journalisation, la gestion des versions et une
#         intégration continue avec tests.
#     no_test_data:
#       en: >-
#         security.test_data is not declared: state whether tests use synthetic or fictitious
#         data, which the CNIL recommends over copies of production data.
#       fr: >-
#         security.test_data n'est pas renseigné : indiquez si les tests utilisent des données
#         synthétiques ou fictives, que la CNIL recommande plutôt que des copies des données de
#         production.
#     production_copy:
#       en: >-
#         security.test_data is `production_copy`: tests should use synthetic or fictitious data,
#         and partial or total copies of the datasets should be avoided.
#       fr: >-
#         security.test_data vaut `production_copy` : les tests devraient utiliser des données
#         synthétiques ou fictives, et les copies partielles ou totales des jeux de données
#         devraient être évitées.
#     in_place:
#       en: >-
#         {{.count}} component(s) with known provenance and verified (security assessment or
#         integrity check); measures in place: {{.measures}}; test data (security.test_data):
#         {{.test_data}}.
#       fr: >-
#         {{.count}} composant(s) de provenance connue et vérifié(s) (évaluation de sécurité ou
#         contrôle d'intégrité) ; mesures en place : {{.measures}} ; données de test
#         (security.test_data) : {{.test_data}}.
package cnil.security.sec_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_security := object.get(input.manifest, "security", {})

_components := [c | some c in object.get(_security, "components", [])]

_measures := {m | some m in _security.measures}

_missing := {"access_control", "logging", "versioning", "ci_tests"} - _measures

_test_data := facts.value_at(input.manifest, ["security", "test_data"])

_component_name(c, _) := c.name if is_string(c.name)

_component_name(c, i) := sprintf("#%d (%v)", [i, object.get(c, "type", "untyped")]) if not is_string(object.get(c, "name", null))

_issues contains result.finding("no_components", {}, "/security/components") if count(_components) == 0

_issues contains result.finding("no_provenance", params, sprintf("/security/components/%d/provenance", [i])) if {
	some i, component in _components
	not facts.declared(component, ["provenance"])
	params := {"component": _component_name(component, i)}
}

_issues contains result.finding("unverified", params, sprintf("/security/components/%d/integrity_check", [i])) if {
	some i, component in _components
	not component.security_assessed == true
	check := object.get(component, "integrity_check", null)
	not check in {"hash", "signature"}
	params := {"component": _component_name(component, i), "check": sprintf("%v", [check])}
}

_issues contains result.finding("missing_measures", {"missing": labels.codes(_missing)}, "/security/measures") if {
	count(_missing) > 0
}

_issues contains result.finding("no_test_data", {}, "/security/test_data") if not facts.filled(_test_data)

_issues contains result.finding("production_copy", {}, "/security/test_data") if _test_data == "production_copy"

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "in_place", params, "/security") if {
	facts.gdpr_applies
	count(_issues) == 0
	params := {
		"count": count(_components),
		"measures": concat(", ", sort(_measures)),
		"test_data": labels.word("security.test_data", _test_data),
	}
}
