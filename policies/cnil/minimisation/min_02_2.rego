# METADATA
# title: Design choices validated and data needs tested on fictitious data
# description: >-
#   The CNIL recommends validating the design choices, for instance through a pilot study or
#   the opinion of an ethics committee, and, where possible, determining the types of data
#   actually needed through experiments on fictitious data (same structure, not linked to
#   real persons) before real personal data are used (GDPR art. 25(1), 5(1)(c)).
# related_resources:
#   - description: "CNIL — Taking data protection into account in the system design choices"
#     ref: https://cnil.fr/en/taking-data-protection-account-system-design-choices
# custom:
#   id: MIN-02.2
#   step: minimisation
#   fiche: design
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 25(1)", "GDPR 5(1)(c)"]
#   fr:
#     title: Choix de conception validés et besoins en données testés sur des données fictives
#     description: >-
#       La CNIL recommande de valider les choix de conception, par exemple au moyen d'une étude
#       pilote ou de l'avis d'un comité d'éthique, et, lorsque c'est possible, de déterminer les
#       types de données réellement nécessaires par des expérimentations sur des données fictives
#       (même structure, sans lien avec des personnes réelles) avant d'utiliser des données
#       personnelles réelles (RGPD, art. 25, § 1, et art. 5, § 1, c)).
#   remediation:
#     en: >-
#       Set design_review.validation_method to pilot_study, ethics_committee or other once the
#       design choices have been validated, and set design_review.fictitious_data_experiments to
#       true once the data needs have been tested on fictitious data. If a step is not possible,
#       record why in a waivers[] entry for MIN-02.2.
#     fr: >-
#       Renseignez design_review.validation_method (pilot_study, ethics_committee ou other) une fois
#       les choix de conception validés, et passez design_review.fictitious_data_experiments à true
#       une fois les besoins en données testés sur des données fictives. Si une étape n'est pas
#       possible, consignez-en la raison dans une exemption (waivers[]) pour MIN-02.2.
#   checks:
#     - message: no_method
#       outcome: fail
#       level: should
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: method_none
#       outcome: fail
#       level: should
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: unknown_method
#       outcome: fail
#       level: should
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: no_fictitious
#       outcome: fail
#       level: should
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: fictitious_false
#       outcome: fail
#       level: should
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: validated
#       outcome: pass
#       level: should
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#   messages:
#     no_method:
#       en: >-
#         design_review.validation_method is missing: the CNIL recommends validating the design
#         choices, for instance by a pilot study or the opinion of an ethics committee.
#       fr: >-
#         design_review.validation_method est absent : la CNIL recommande de valider les choix de
#         conception, par exemple par une étude pilote ou l'avis d'un comité d'éthique.
#     method_none:
#       en: >-
#         design_review.validation_method is none: the design choices have not been validated; the
#         CNIL recommends a pilot study or the opinion of an ethics committee.
#       fr: >-
#         design_review.validation_method vaut none : les choix de conception n'ont pas été
#         validés ; la CNIL recommande une étude pilote ou l'avis d'un comité d'éthique.
#     unknown_method:
#       en: >-
#         design_review.validation_method is "{{.value}}", which is not one of pilot_study,
#         ethics_committee, other, none.
#       fr: >-
#         design_review.validation_method vaut « {{.value}} », qui n'est pas l'une des valeurs
#         pilot_study, ethics_committee, other, none.
#     no_fictitious:
#       en: >-
#         design_review.fictitious_data_experiments is not declared (true or false): the CNIL
#         recommends, where possible, determining the data needed through experiments on
#         fictitious data before real personal data are used.
#       fr: >-
#         design_review.fictitious_data_experiments n'est pas renseigné (true ou false) : la CNIL
#         recommande, lorsque c'est possible, de déterminer les données nécessaires par des
#         expérimentations sur des données fictives avant d'utiliser des données personnelles
#         réelles.
#     fictitious_false:
#       en: >-
#         design_review.fictitious_data_experiments is false: the CNIL recommends, where possible,
#         determining the data needed through experiments on fictitious data (same structure, not
#         linked to real persons) before real personal data are used; if this was not possible,
#         record why in a waiver.
#       fr: >-
#         design_review.fictitious_data_experiments vaut false : la CNIL recommande, lorsque c'est
#         possible, de déterminer les données nécessaires par des expérimentations sur des données
#         fictives (même structure, sans lien avec des personnes réelles) avant d'utiliser des
#         données personnelles réelles ; si cela n'était pas possible, consignez-en la raison dans
#         une exemption (waivers[]).
#     validated:
#       en: >-
#         The design choices were validated ({{.method}}) and the data needs were tested on
#         fictitious data.
#       fr: >-
#         Les choix de conception ont été validés ({{.method}}) et les besoins en données ont été
#         testés sur des données fictives.
package cnil.minimisation.min_02_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_method := facts.value_at(input.manifest, ["design_review", "validation_method"])

_fictitious := facts.value_at(input.manifest, ["design_review", "fictitious_data_experiments"])

_validating_methods := {"pilot_study", "ethics_committee", "other"}

_method_pointer := "/design_review/validation_method"

_fictitious_pointer := "/design_review/fictitious_data_experiments"

_params := {"value": sprintf("%v", [_method])}

_findings contains result.finding("no_method", _params, _method_pointer) if not facts.filled(_method)

_findings contains result.finding("method_none", _params, _method_pointer) if _method == "none"

_findings contains result.finding("unknown_method", _params, _method_pointer) if {
	facts.filled(_method)
	not _method in (_validating_methods | {"none"})
}

_findings contains result.finding("no_fictitious", _params, _fictitious_pointer) if not is_boolean(_fictitious)

_findings contains result.finding("fictitious_false", _params, _fictitious_pointer) if _fictitious == false

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _findings
}

results contains result.pass(rego.metadata.chain(), "validated", {"method": labels.word("design_review.validation_method", _method)}, "/design_review") if {
	facts.gdpr_applies
	count(_findings) == 0
}
