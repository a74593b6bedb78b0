# METADATA
# title: Robust, tested filters around a generative model that is not anonymous
# description: >-
#   A system that encapsulates a model which is not anonymous can avoid processing personal
#   data in use by robust filters on the model's inputs and outputs; the CNIL recommends
#   documenting and testing them. The tool applies this recommendation to models not
#   declared non-generative (ai_system.generative), whose outputs can reproduce training data.
# related_resources:
#   - description: "CNIL — IA : Analyser le statut d'un modèle d'IA au regard du RGPD"
#     ref: https://www.cnil.fr/fr/ia-analyser-le-statut-dun-modele-dia-au-regard-du-rgpd
# custom:
#   id: MODEL-03.2
#   step: model_status
#   fiche: model-status
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 25", "GDPR 32"]
#   fr:
#     title: Filtres robustes et testés autour d'un modèle génératif non anonyme
#     description: >-
#       Un système qui encapsule un modèle non anonyme peut éviter de traiter des données
#       personnelles lors de son utilisation grâce à des filtres robustes sur les entrées et les
#       sorties du modèle ; la CNIL recommande de les documenter et de les tester. L'outil
#       applique cette recommandation aux modèles qui ne sont pas déclarés non génératifs
#       (ai_system.generative), dont les sorties peuvent reproduire des données d'entraînement.
#   remediation:
#     en: >-
#       Put input and output filters around the model, set system.output_filters.enabled to
#       true and reference their test report in system.output_filters.tested_ref.
#     fr: >-
#       Placez des filtres sur les entrées et les sorties du modèle, fixez
#       system.output_filters.enabled à true et référencez leur rapport de test dans
#       system.output_filters.tested_ref.
#   checks:
#     - message: model_anonymous
#       outcome: not_applicable
#       level: should
#       catalog: "MODEL-03 — Level: MUST-IF `model.status == personal_data`; SHOULD (filters)."
#     - message: not_generative
#       outcome: not_applicable
#       level: should
#       catalog: "MODEL-03 — Level: MUST-IF `model.status == personal_data`; SHOULD (filters)."
#     - message: no_filters
#       outcome: fail
#       level: should
#       catalog: "MODEL-03 — If the model is not anonymous, GDPR obligations extend to the model (legal basis for keeping/distributing it, information incl. memorisation risk, rights — RIGHTS-01, security)."
#     - message: untested
#       outcome: fail
#       level: should
#       catalog: "MODEL-03 — If the model is not anonymous, GDPR obligations extend to the model (legal basis for keeping/distributing it, information incl. memorisation risk, rights — RIGHTS-01, security)."
#     - message: filtered
#       outcome: pass
#       level: should
#       catalog: "MODEL-03 — If the model is not anonymous, GDPR obligations extend to the model (legal basis for keeping/distributing it, information incl. memorisation risk, rights — RIGHTS-01, security)."
#   messages:
#     model_anonymous:
#       en: >-
#         The model is declared anonymous (model.status: anonymous): no filter is needed to keep
#         memorised personal data out of its outputs.
#       fr: >-
#         Le modèle est déclaré anonyme (model.status : anonymous) : aucun filtre n'est nécessaire
#         pour écarter de ses sorties des données personnelles mémorisées.
#     not_generative:
#       en: >-
#         The model is declared non-generative (ai_system.generative: false): its outputs do not
#         reproduce training content, so the tool does not expect output filters.
#       fr: >-
#         Le modèle est déclaré non génératif (ai_system.generative : false) : ses sorties ne
#         reproduisent pas le contenu d'entraînement, l'outil n'attend donc pas de filtres de sortie.
#     no_filters:
#       en: >-
#         The model is not declared anonymous (model.status: {{.status}}) and
#         system.output_filters.enabled is not true: robust filters around the model should keep
#         memorised personal data out of its outputs.
#       fr: >-
#         Le modèle n'est pas déclaré anonyme (model.status : {{.status}}) et
#         system.output_filters.enabled ne vaut pas true : des filtres robustes autour du modèle
#         devraient écarter de ses sorties les données personnelles mémorisées.
#     untested:
#       en: >-
#         system.output_filters.enabled is true but system.output_filters.tested_ref is missing:
#         the filters should be tested and the results documented.
#       fr: >-
#         system.output_filters.enabled vaut true mais system.output_filters.tested_ref est absent :
#         les filtres devraient être testés et les résultats documentés.
#     filtered:
#       en: The model's outputs are filtered; tests documented in {{.ref}}.
#       fr: Les sorties du modèle sont filtrées ; tests documentés dans {{.ref}}.
package cnil.model_status.model_03_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_not_generative if facts.value_at(input.manifest, ["ai_system", "generative"]) == false

_applies if {
	facts.gdpr_applies
	facts.model_presumed_personal
	not _not_generative
}

_enabled if facts.value_at(input.manifest, ["system", "output_filters", "enabled"]) == true

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "model_anonymous", {}, "/model/status") if {
	facts.gdpr_applies
	not facts.model_presumed_personal
}

results contains result.not_applicable(rego.metadata.chain(), "not_generative", {}, "/ai_system/generative") if {
	facts.gdpr_applies
	facts.model_presumed_personal
	_not_generative
}

results contains result.fail(rego.metadata.chain(), "no_filters", params, "/system/output_filters/enabled") if {
	_applies
	not _enabled
	params := {"status": labels.word("model.status", facts.model_status_value)}
}

results contains result.fail(rego.metadata.chain(), "untested", {}, "/system/output_filters/tested_ref") if {
	_applies
	_enabled
	not facts.declared(input.manifest, ["system", "output_filters", "tested_ref"])
}

results contains result.pass(rego.metadata.chain(), "filtered", {"ref": input.manifest.system.output_filters.tested_ref}, "/system/output_filters") if {
	_applies
	_enabled
	facts.declared(input.manifest, ["system", "output_filters", "tested_ref"])
}
