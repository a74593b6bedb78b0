# METADATA
# title: Open-source release — safeguards when the model may not be anonymous
# description: >-
#   When a model whose anonymity is not established is released openly, the CNIL recommends
#   accompanying the release with safeguards: a licence that restricts unlawful or harmful
#   reuses, documentation of the model and of its memorisation risks and limits (model card),
#   confidentiality tests before release, and traceability of the model lineage (base models),
#   which helps people exercise their rights on derived models.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur la diffusion des modèles en source ouverte"
#     ref: https://cnil.fr/fr/focus-interet-legitime-diffusion-modeles-source-ouverte
#   - description: "CNIL — La CNIL publie un outil pour la traçabilité des modèles d'IA publiés en source ouverte"
#     ref: https://www.cnil.fr/fr/la-cnil-publie-un-outil-pour-la-tracabilite-des-modeles-dia-publies-en-source-ouverte
# custom:
#   id: OSS-02
#   step: open_source
#   fiche: open-source
#   level: should
#   severity: warning
#   evidence: recalled
#   articles: ["GDPR 5(1)(f)", "GDPR 25", "GDPR 32"]
#   fr:
#     title: Diffusion en source ouverte — garanties lorsque le modèle n'est pas établi comme anonyme
#     description: >-
#       Lorsqu'un modèle dont l'anonymat n'est pas établi est diffusé de manière ouverte, la
#       CNIL recommande d'accompagner cette diffusion de garanties : une licence qui restreint
#       les réutilisations illicites ou préjudiciables, une documentation du modèle, de ses
#       risques de mémorisation et de ses limites (fiche de modèle), des tests de
#       confidentialité avant la diffusion, et la traçabilité de la généalogie du modèle
#       (modèles de base), qui aide les personnes à exercer leurs droits sur les modèles
#       dérivés.
#   remediation:
#     en: >-
#       Release the model under a licence restricting unlawful or harmful reuses
#       (distribution.licence_restricts_uses: true), publish a model card documenting
#       memorisation risks and limits (distribution.model_card_ref), run confidentiality tests
#       before release (distribution.pre_release_privacy_tests_ref) and declare the lineage of the
#       model (distribution.lineage_declared: the base models it derives from, or one entry stating
#       that it is trained from scratch). If you depart from this recommendation, record the
#       justification in a waiver.
#     fr: >-
#       Diffusez le modèle sous une licence restreignant les réutilisations illicites ou
#       préjudiciables (distribution.licence_restricts_uses : true), publiez une fiche de modèle
#       documentant les risques de mémorisation et les limites (distribution.model_card_ref),
#       réalisez des tests de confidentialité avant la diffusion
#       (distribution.pre_release_privacy_tests_ref) et déclarez la généalogie du modèle
#       (distribution.lineage_declared : les modèles de base dont il dérive, ou une entrée
#       indiquant qu'il est entraîné à partir de zéro). Si vous vous écartez de cette
#       recommandation, consignez-en la justification dans une exemption (waivers[]).
#   checks:
#     - message: undeclared
#       outcome: not_applicable
#       level: should
#       catalog: "OSS-02 — Level: GOOD-PRACTICE / SHOULD."
#     - message: not_open
#       outcome: not_applicable
#       level: should
#       catalog: "OSS-02 — Level: GOOD-PRACTICE / SHOULD."
#     - message: anonymous
#       outcome: not_applicable
#       level: should
#       catalog: "OSS-02 — Level: GOOD-PRACTICE / SHOULD."
#     - message: licence
#       outcome: fail
#       level: should
#       catalog: "OSS-02 — When releasing a model whose anonymity is not established, accompany release with safeguards: licence limiting unlawful/harmful reuses, documentation of memorisation risks and limits (model card), pre-release confidentiality tests, and traceability (model lineage) to support rights exercise downstream."
#     - message: model_card
#       outcome: fail
#       level: should
#       catalog: "OSS-02 — When releasing a model whose anonymity is not established, accompany release with safeguards: licence limiting unlawful/harmful reuses, documentation of memorisation risks and limits (model card), pre-release confidentiality tests, and traceability (model lineage) to support rights exercise downstream."
#     - message: privacy_tests
#       outcome: fail
#       level: should
#       catalog: "OSS-02 — When releasing a model whose anonymity is not established, accompany release with safeguards: licence limiting unlawful/harmful reuses, documentation of memorisation risks and limits (model card), pre-release confidentiality tests, and traceability (model lineage) to support rights exercise downstream."
#     - message: lineage
#       outcome: fail
#       level: should
#       catalog: "OSS-02 — When releasing a model whose anonymity is not established, accompany release with safeguards: licence limiting unlawful/harmful reuses, documentation of memorisation risks and limits (model card), pre-release confidentiality tests, and traceability (model lineage) to support rights exercise downstream."
#     - message: safeguarded
#       outcome: pass
#       level: should
#       catalog: "OSS-02 — When releasing a model whose anonymity is not established, accompany release with safeguards: licence limiting unlawful/harmful reuses, documentation of memorisation risks and limits (model card), pre-release confidentiality tests, and traceability (model lineage) to support rights exercise downstream."
#   messages:
#     undeclared:
#       en: >-
#         distribution.mode is not declared (reported by OSS-01): the safeguards for an open
#         release cannot be assessed.
#       fr: >-
#         distribution.mode n'est pas renseigné (signalé par OSS-01) : les garanties propres à une
#         diffusion ouverte ne peuvent pas être examinées.
#     not_open:
#       en: >-
#         The model is not released openly (distribution.mode: {{.mode}}): no open-release
#         safeguards are needed.
#       fr: >-
#         Le modèle n'est pas diffusé en source ouverte (distribution.mode : {{.mode}}) : aucune
#         garantie propre à une diffusion ouverte n'est nécessaire.
#     anonymous:
#       en: >-
#         The model is declared anonymous (model.status: anonymous): the open-release safeguards
#         for models that may contain personal data do not apply.
#       fr: >-
#         Le modèle est déclaré anonyme (model.status : anonymous) : les garanties de diffusion
#         ouverte propres aux modèles susceptibles de contenir des données personnelles ne
#         s'appliquent pas.
#     licence:
#       en: >-
#         The model is released openly while its anonymity is not established (model.status:
#         {{.status}}), but distribution.licence_restricts_uses is not true (declared: {{.value}}):
#         a licence should restrict unlawful or harmful reuses.
#       fr: >-
#         Le modèle est diffusé en source ouverte sans que son anonymat soit établi (model.status :
#         {{.status}}), mais distribution.licence_restricts_uses ne vaut pas true (valeur
#         déclarée : {{.value}}) : une licence devrait restreindre les réutilisations illicites ou
#         préjudiciables.
#     model_card:
#       en: >-
#         The model is released openly while its anonymity is not established (model.status:
#         {{.status}}), but distribution.model_card_ref is missing: a model card should document
#         the memorisation risks and the limits of the model.
#       fr: >-
#         Le modèle est diffusé en source ouverte sans que son anonymat soit établi (model.status :
#         {{.status}}), mais distribution.model_card_ref est absent : une fiche de modèle devrait
#         documenter les risques de mémorisation et les limites du modèle.
#     privacy_tests:
#       en: >-
#         The model is released openly while its anonymity is not established (model.status:
#         {{.status}}), but distribution.pre_release_privacy_tests_ref is missing: confidentiality
#         tests (extraction, membership inference) should be run before release.
#       fr: >-
#         Le modèle est diffusé en source ouverte sans que son anonymat soit établi (model.status :
#         {{.status}}), mais distribution.pre_release_privacy_tests_ref est absent : des tests de
#         confidentialité (extraction, inférence d'appartenance) devraient être réalisés avant la
#         diffusion.
#     lineage:
#       en: >-
#         The model is released openly while its anonymity is not established (model.status:
#         {{.status}}), but distribution.lineage_declared is missing or empty: declaring the base
#         models (or that the model is trained from scratch) keeps the model traceable, so that
#         people can exercise their rights on derived models.
#       fr: >-
#         Le modèle est diffusé en source ouverte sans que son anonymat soit établi (model.status :
#         {{.status}}), mais distribution.lineage_declared est absent ou vide : déclarer les modèles
#         de base (ou que le modèle est entraîné à partir de zéro) assure la traçabilité du
#         modèle, afin que les personnes puissent exercer leurs droits sur les modèles dérivés.
#     safeguarded:
#       en: >-
#         The open release of the model (model.status: {{.status}}) comes with a licence
#         restricting uses, a model card, pre-release confidentiality tests and a declared
#         lineage.
#       fr: >-
#         La diffusion ouverte du modèle (model.status : {{.status}}) s'accompagne d'une licence
#         restreignant les usages, d'une fiche de modèle, de tests de confidentialité préalables
#         et d'une généalogie déclarée.
package cnil.open_source.oss_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_distribution := object.get(input.manifest, "distribution", {})

_mode := object.get(_distribution, "mode", null)

_mode_text := labels.word("distribution.mode", _mode) if is_string(_mode)

else := json.marshal(_mode)

_undeclared if {
	not facts.filled(_mode)
	not facts.declared(_distribution, ["open_source_practices"])
}

_status := facts.value_at(input.manifest, ["model", "status"])

# The release safeguards apply to an open model whose anonymity is not established.
_applies if {
	facts.gdpr_applies
	facts.model_distributed_openly
	_status != "anonymous"
}

_lineage_declared if {
	is_array(_distribution.lineage_declared)
	count(_distribution.lineage_declared) > 0
}

# Missing safeguards, with the declared value.
_safeguard_missing(key, pointer, value) := result.finding(key, {"status": _status_text, "value": value}, pointer)

_missing contains _safeguard_missing("licence", "/distribution/licence_restricts_uses", json.marshal(value)) if {
	value := object.get(_distribution, "licence_restricts_uses", null)
	value != true
}

_missing contains _safeguard_missing("model_card", "/distribution/model_card_ref", "") if {
	not facts.declared(_distribution, ["model_card_ref"])
}

_missing contains _safeguard_missing("privacy_tests", "/distribution/pre_release_privacy_tests_ref", "") if {
	not facts.declared(_distribution, ["pre_release_privacy_tests_ref"])
}

_missing contains _safeguard_missing("lineage", "/distribution/lineage_declared", "") if {
	not _lineage_declared
}

_status_text := labels.word("model.status", _status) if is_string(_status)

else := json.marshal(_status)

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "undeclared", {}, "/distribution/mode") if {
	facts.gdpr_applies
	_undeclared
}

results contains result.not_applicable(rego.metadata.chain(), "not_open", {"mode": _mode_text}, "/distribution/mode") if {
	facts.gdpr_applies
	not _undeclared
	not facts.model_distributed_openly
}

results contains result.not_applicable(rego.metadata.chain(), "anonymous", {}, "/model/status") if {
	facts.gdpr_applies
	facts.model_distributed_openly
	_status == "anonymous"
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_applies
	some f in _missing
}

results contains result.pass(rego.metadata.chain(), "safeguarded", {"status": _status_text}, "/distribution") if {
	_applies
	count(_missing) == 0
}
