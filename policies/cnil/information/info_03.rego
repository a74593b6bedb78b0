# METADATA
# title: Information — derogations from individual information strictly applied
# description: >-
#   Individual information may be omitted only (a) when the people already have the
#   information, in a sufficiently precise form (a generic statement that data may be reused by
#   third parties is not enough), or (b) for data not collected from the people themselves, when
#   informing them individually is impossible or would require a disproportionate effort, after
#   weighing that effort (no contact details, age of the data, number of people) against the
#   risks for them. In case (b) the controller must take appropriate measures, in particular
#   publish general information, for example on its website. Art. 13 (data collected from the
#   people, including the controller's own data reused for training) offers no
#   disproportionate-effort derogation; which datasets fall under it is derived from their
#   source (derived fact collected_from_data_subject).
# related_resources:
#   - description: "CNIL — IA : Informer les personnes concernées"
#     ref: https://cnil.fr/fr/ia-informer-les-personnes-concernees
# custom:
#   id: INFO-03
#   step: information
#   fiche: information
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 13(4)", "GDPR 14(5)(a)", "GDPR 14(5)(b)"]
#   fr:
#     title: Information — des dérogations à l'information individuelle appliquées strictement
#     description: >-
#       L'information individuelle ne peut être omise que (a) lorsque les personnes disposent déjà
#       de l'information, sous une forme suffisamment précise (une mention générique indiquant que
#       les données peuvent être réutilisées par des tiers ne suffit pas), ou (b) pour des données
#       qui n'ont pas été collectées auprès des personnes elles-mêmes, lorsque les informer
#       individuellement se révèle impossible ou exigerait des efforts disproportionnés, après mise
#       en balance de ces efforts (absence de coordonnées, ancienneté des données, nombre de
#       personnes) avec les risques pour les personnes. Dans le cas (b), le responsable de
#       traitement doit prendre des mesures appropriées, notamment publier une information générale,
#       par exemple sur son site web. L'art. 13 (collecte directe) ne prévoit aucune dérogation pour
#       efforts disproportionnés.
#   remediation:
#     en: >-
#       Declare transparency.derogation (none, already_informed or disproportionate_effort).
#       For already_informed, reference the information the people already received in
#       transparency.prior_notice_ref. For disproportionate_effort, reference the weighing of the
#       effort against the risks in transparency.effort_balancing_ref and publish general
#       information at transparency.public_notice_url; inform individually the people whose data
#       were collected directly from them.
#     fr: >-
#       Déclarez transparency.derogation (none, already_informed ou disproportionate_effort).
#       Pour already_informed, référencez l'information dont les personnes disposent déjà dans
#       transparency.prior_notice_ref. Pour disproportionate_effort, référencez la mise en balance
#       de l'effort et des risques dans transparency.effort_balancing_ref et publiez une
#       information générale à l'adresse transparency.public_notice_url ; informez
#       individuellement les personnes dont les données ont été collectées directement auprès
#       d'elles.
#   checks:
#     - message: no_derogation
#       outcome: not_applicable
#       level: must-if
#       catalog: "INFO-03 — Level: MUST-IF a derogation is claimed."
#     - message: general_only
#       outcome: fail
#       level: must-if
#       catalog: "INFO-03 — Not informing individually is possible only (a) if people already have the information and it is precise enough (a generic \"data may be reused by third parties\" is not enough), or (b) if individual information is impossible or requires disproportionate effort — after weighing the effort (no contact details, age of data, number of persons) against the risks — and then the controller must take appropriate measures, notably publishing general information (e.g. on its website); the CNIL gives a foundation-model training example that may rely on (b)."
#     - message: unknown
#       outcome: fail
#       level: must-if
#       catalog: "INFO-03 — Not informing individually is possible only (a) if people already have the information and it is precise enough (a generic \"data may be reused by third parties\" is not enough), or (b) if individual information is impossible or requires disproportionate effort — after weighing the effort (no contact details, age of data, number of persons) against the risks — and then the controller must take appropriate measures, notably publishing general information (e.g. on its website); the CNIL gives a foundation-model training example that may rely on (b)."
#     - message: no_prior_notice
#       outcome: fail
#       level: must-if
#       catalog: "INFO-03 — Not informing individually is possible only (a) if people already have the information and it is precise enough (a generic \"data may be reused by third parties\" is not enough), or (b) if individual information is impossible or requires disproportionate effort — after weighing the effort (no contact details, age of data, number of persons) against the risks — and then the controller must take appropriate measures, notably publishing general information (e.g. on its website); the CNIL gives a foundation-model training example that may rely on (b)."
#     - message: no_effort_balancing
#       outcome: fail
#       level: must-if
#       catalog: "INFO-03 — Not informing individually is possible only (a) if people already have the information and it is precise enough (a generic \"data may be reused by third parties\" is not enough), or (b) if individual information is impossible or requires disproportionate effort — after weighing the effort (no contact details, age of data, number of persons) against the risks — and then the controller must take appropriate measures, notably publishing general information (e.g. on its website); the CNIL gives a foundation-model training example that may rely on (b)."
#     - message: no_public_notice
#       outcome: fail
#       level: must-if
#       catalog: "INFO-03 — Not informing individually is possible only (a) if people already have the information and it is precise enough (a generic \"data may be reused by third parties\" is not enough), or (b) if individual information is impossible or requires disproportionate effort — after weighing the effort (no contact details, age of data, number of persons) against the risks — and then the controller must take appropriate measures, notably publishing general information (e.g. on its website); the CNIL gives a foundation-model training example that may rely on (b)."
#     - message: collected_from_data_subject
#       outcome: fail
#       level: must-if
#       catalog: "INFO-03 — the disproportionate-effort derogation is art. 14(5)(b); catalog 12.2: it exists only under art. 14, and own data the people gave the controller fall under art. 13."
#     - message: collection_undetermined
#       outcome: fail
#       level: must-if
#       catalog: "INFO-03 — the disproportionate-effort derogation is art. 14(5)(b); catalog 12.2: it exists only under art. 14, derived from the source type."
#     - message: already_informed
#       outcome: pass
#       level: must-if
#       catalog: "INFO-03 — Not informing individually is possible only (a) if people already have the information and it is precise enough (a generic \"data may be reused by third parties\" is not enough), or (b) if individual information is impossible or requires disproportionate effort — after weighing the effort (no contact details, age of data, number of persons) against the risks — and then the controller must take appropriate measures, notably publishing general information (e.g. on its website); the CNIL gives a foundation-model training example that may rely on (b)."
#     - message: disproportionate_effort
#       outcome: pass
#       level: must-if
#       catalog: "INFO-03 — Not informing individually is possible only (a) if people already have the information and it is precise enough (a generic \"data may be reused by third parties\" is not enough), or (b) if individual information is impossible or requires disproportionate effort — after weighing the effort (no contact details, age of data, number of persons) against the risks — and then the controller must take appropriate measures, notably publishing general information (e.g. on its website); the CNIL gives a foundation-model training example that may rely on (b)."
#   messages:
#     no_derogation:
#       en: >-
#         No derogation from individual information is claimed (transparency.derogation:
#         {{.derogation}}; transparency.mode: {{.mode}}).
#       fr: >-
#         Aucune dérogation à l'information individuelle n'est invoquée (transparency.derogation :
#         {{.derogation}} ; transparency.mode : {{.mode}}).
#     general_only:
#       en: >-
#         Only general public information is given (transparency.mode: general_public_notice) but
#         no derogation is claimed (transparency.derogation: {{.derogation}}): individual
#         information can be replaced by general information only under GDPR art. 14(5)(a) or
#         (b); inform people individually or declare and justify the derogation.
#       fr: >-
#         Seule une information générale publique est donnée (transparency.mode :
#         general_public_notice) mais aucune dérogation n'est invoquée (transparency.derogation :
#         {{.derogation}}) : l'information individuelle ne peut être remplacée par une information
#         générale qu'au titre du RGPD, art. 14, § 5, a) ou b) ; informez les personnes
#         individuellement ou déclarez et justifiez la dérogation.
#     unknown:
#       en: >-
#         transparency.derogation is "{{.derogation}}": expected none, already_informed or
#         disproportionate_effort.
#       fr: >-
#         transparency.derogation vaut « {{.derogation}} » : valeur attendue none,
#         already_informed ou disproportionate_effort.
#     no_prior_notice:
#       en: >-
#         transparency.derogation is already_informed but transparency.prior_notice_ref is
#         missing: the derogation holds only if the people already have precise enough
#         information, which must be documented (GDPR art. 13(4), 14(5)(a)).
#       fr: >-
#         transparency.derogation vaut already_informed mais transparency.prior_notice_ref est
#         absent : la dérogation ne vaut que si les personnes disposent déjà d'une information
#         suffisamment précise, qui doit être documentée (RGPD, art. 13, § 4, et art. 14, § 5, a)).
#     no_effort_balancing:
#       en: >-
#         transparency.derogation is `disproportionate_effort` but transparency.effort_balancing_ref
#         is missing: the effort of informing individually (no contact details, age of the data,
#         number of people) must be weighed against the risks for the people (GDPR art. 14(5)(b)).
#       fr: >-
#         transparency.derogation vaut `disproportionate_effort` mais
#         transparency.effort_balancing_ref est absent : l'effort d'une information individuelle
#         (absence de coordonnées, ancienneté des données, nombre de personnes) doit être mis en
#         balance avec les risques pour les personnes (RGPD, art. 14, § 5, b)).
#     no_public_notice:
#       en: >-
#         transparency.derogation is `disproportionate_effort` but transparency.public_notice_url is
#         missing: the controller must then take appropriate measures, in particular make the
#         information publicly available (GDPR art. 14(5)(b)).
#       fr: >-
#         transparency.derogation vaut `disproportionate_effort` mais transparency.public_notice_url
#         est absent : le responsable du traitement doit alors prendre des mesures appropriées,
#         notamment rendre l'information publiquement disponible (RGPD, art. 14, § 5, b)).
#     collected_from_data_subject:
#       en: >-
#         Dataset {{.dataset}} was collected from the people themselves (GDPR art. 13, derived
#         from {{.basis}}) and only general information is given (transparency.mode: {{.mode}}):
#         the disproportionate-effort derogation of art. 14(5)(b) exists only for data not
#         collected from the people, and art. 13 offers none, so these people must be informed
#         individually.
#       fr: >-
#         Le jeu de données {{.dataset}} a été collecté auprès des personnes elles-mêmes (RGPD, art.
#         13, déduit de {{.basis}}) et seule une information générale est donnée (transparency.mode
#         : {{.mode}}) : la dérogation pour effort disproportionné de l'art. 14, § 5, b), n'existe
#         que pour des données non collectées auprès des personnes, et l'art. 13 n'en prévoit aucune
#         ; ces personnes doivent donc être informées individuellement.
#     collection_undetermined:
#       en: >-
#         Dataset {{.dataset}}: whether its data were collected from the people cannot be derived
#         ({{.basis}}) and only general information is given (transparency.mode: {{.mode}}): the
#         derogation of GDPR art. 14(5)(b) holds only for data not collected from the people;
#         declare the dataset's source_type (or collected_from_data_subject with its reason).
#       fr: >-
#         Jeu de données {{.dataset}} : on ne peut pas déduire si ses données ont été collectées
#         auprès des personnes ({{.basis}}) et seule une information générale est donnée
#         (transparency.mode : {{.mode}}) : la dérogation du RGPD, art. 14, § 5, b), ne vaut que
#         pour des données non collectées auprès des personnes ; déclarez le source_type du jeu de
#         données (ou collected_from_data_subject avec son motif).
#     already_informed:
#       en: >-
#         Individual information is omitted because the people already have it; that information
#         is documented in {{.ref}}.
#       fr: >-
#         L'information individuelle est omise car les personnes en disposent déjà ; cette
#         information est documentée dans {{.ref}}.
#     disproportionate_effort:
#       en: >-
#         Individual information is replaced by general information published at {{.url}}; the
#         weighing of the effort against the risks is documented in {{.ref}}.
#       fr: >-
#         L'information individuelle est remplacée par une information générale publiée à
#         l'adresse {{.url}} ; la mise en balance de l'effort et des risques est documentée dans
#         {{.ref}}.
package cnil.information.info_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_transparency := object.get(input.manifest, "transparency", {})

_derogation := object.get(_transparency, "derogation", null)

_mode := object.get(_transparency, "mode", null)

_text(value) := value if is_string(value)

else := json.marshal(value)

_known := {"none", "already_informed", "disproportionate_effort"}

# No derogation claimed: none, or nothing declared.
_none if _derogation == "none"

_none if not facts.filled(_derogation)

_general_only if _mode == "general_public_notice"

# Individual information is given to at least part of the people.
_individual if _mode in {"individual", "both"}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_derogation", params, "/transparency/derogation") if {
	facts.gdpr_applies
	_none
	not _general_only
	params := {"derogation": labels.word("transparency.derogation", _text(_derogation)), "mode": labels.word("transparency.mode", _text(_mode))}
}

results contains result.fail(rego.metadata.chain(), "general_only", {"derogation": labels.word("transparency.derogation", _text(_derogation))}, "/transparency/derogation") if {
	facts.gdpr_applies
	_none
	_general_only
}

results contains result.fail(rego.metadata.chain(), "unknown", {"derogation": _text(_derogation)}, "/transparency/derogation") if {
	facts.gdpr_applies
	facts.filled(_derogation)
	not _derogation in _known
}

results contains result.fail(rego.metadata.chain(), "no_prior_notice", {}, "/transparency/prior_notice_ref") if {
	facts.gdpr_applies
	_derogation == "already_informed"
	not facts.declared(_transparency, ["prior_notice_ref"])
}

results contains result.pass(rego.metadata.chain(), "already_informed", {"ref": _transparency.prior_notice_ref}, "/transparency/prior_notice_ref") if {
	facts.gdpr_applies
	_derogation == "already_informed"
	facts.declared(_transparency, ["prior_notice_ref"])
}

results contains result.fail(rego.metadata.chain(), "no_effort_balancing", {}, "/transparency/effort_balancing_ref") if {
	facts.gdpr_applies
	_derogation == "disproportionate_effort"
	not facts.declared(_transparency, ["effort_balancing_ref"])
}

results contains result.fail(rego.metadata.chain(), "no_public_notice", {}, "/transparency/public_notice_url") if {
	facts.gdpr_applies
	_derogation == "disproportionate_effort"
	not facts.declared(_transparency, ["public_notice_url"])
}

# Datasets for which art. 14(5)(b) is not shown to be available: those
# collected from the people (art. 13, derived in lib/facts_collection.rego)
# and those whose source says nothing.
_findings contains _finding("collected_from_data_subject", i) if some i in facts.art13_datasets

_findings contains _finding("collection_undetermined", i) if some i in facts.collection_undetermined_datasets

_finding(key, i) := result.finding(key, params, sprintf("/datasets/%d/source_type", [i])) if {
	params := {
		"dataset": facts.collection_label(i),
		"mode": labels.word("transparency.mode", _text(_mode)),
		"basis": concat(", ", facts.collection_basis(i)),
	}
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	_derogation == "disproportionate_effort"
	not _individual
	some f in _findings
}

results contains result.pass(rego.metadata.chain(), "disproportionate_effort", params, "/transparency/derogation") if {
	facts.gdpr_applies
	_derogation == "disproportionate_effort"
	facts.declared(_transparency, ["effort_balancing_ref"])
	facts.declared(_transparency, ["public_notice_url"])
	_direct_informed
	params := {"url": _transparency.public_notice_url, "ref": _transparency.effort_balancing_ref}
}

_direct_informed if _individual

_direct_informed if count(_findings) == 0
