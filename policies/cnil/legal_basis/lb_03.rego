# METADATA
# title: "Contract, legal obligation, public task: the preconditions of the chosen basis"
# description: >-
#   The contract basis applies only when the processing is objectively necessary to perform a
#   contract with the data subject; the legal-obligation basis only when a specific legal provision
#   requires the processing; the public-task basis only when the task is laid down in Union or
#   Member State law. A public authority may rely on legitimate interests only for activities that
#   are not strictly necessary to its specific public missions (GDPR art. 6(1), last subparagraph).
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing
#   - description: "CNIL — IA : mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
# custom:
#   id: LB-03
#   step: legal_basis
#   fiche: legal-basis
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 6(1)(b)", "GDPR 6(1)(c)", "GDPR 6(1)(e)", "GDPR 6(3)", "GDPR 6(1)(f)"]
#   fr:
#     title: "Contrat, obligation légale, mission d'intérêt public : les conditions de la base choisie"
#     description: >-
#       La base contractuelle ne s'applique que si le traitement est objectivement nécessaire à
#       l'exécution d'un contrat conclu avec la personne concernée ; l'obligation légale, que si une
#       disposition légale précise impose le traitement ; la mission d'intérêt public, que si cette
#       mission est prévue par le droit de l'Union ou d'un État membre. Une autorité publique ne
#       peut invoquer l'intérêt légitime que pour des activités qui ne sont pas strictement
#       nécessaires à l'exercice de ses missions spécifiques (RGPD, art. 6, § 1, dernier alinéa).
#   remediation:
#     en: >-
#       For legal_basis contract, explain in contract.necessity_rationale why the processing is
#       objectively necessary to perform the contract with the data subject; for legal_obligation or
#       public_task, cite the legal provision in legal_obligation.legal_text_ref or
#       public_task.legal_text_ref. A public authority relying on legitimate interests explains in
#       li_outside_public_missions_rationale why the activity is not strictly necessary to its public
#       missions; declare organisation.is_public_authority in every case.
#     fr: >-
#       Pour la base contract, expliquez dans contract.necessity_rationale pourquoi le traitement est
#       objectivement nécessaire à l'exécution du contrat conclu avec la personne ; pour
#       legal_obligation ou public_task, citez le texte dans legal_obligation.legal_text_ref ou
#       public_task.legal_text_ref. Une autorité publique qui invoque l'intérêt légitime explique
#       dans li_outside_public_missions_rationale pourquoi l'activité n'est pas strictement
#       nécessaire à ses missions de service public ; renseignez dans tous les cas
#       organisation.is_public_authority.
#   checks:
#     - message: no_activity
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-03 — Level: MUST-IF corresponding basis selected."
#     - message: other_basis
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-03 — Level: MUST-IF corresponding basis selected."
#     - message: no_basis
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-03 — Level: MUST-IF corresponding basis selected."
#     - message: not_public_authority
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-03 — Level: MUST-IF corresponding basis selected."
#     - message: no_contract_necessity
#       outcome: fail
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: no_legal_obligation_text
#       outcome: fail
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: no_public_task_text
#       outcome: fail
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: public_authority_undeclared
#       outcome: fail
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: no_outside_missions_rationale
#       outcome: fail
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: contract_ok
#       outcome: pass
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: legal_obligation_ok
#       outcome: pass
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: public_task_ok
#       outcome: pass
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#     - message: public_authority_li_ok
#       outcome: pass
#       level: must-if
#       catalog: "LB-03 — `contract` only when training is objectively necessary to perform a contract with the data subject; `public_task` only when the task is laid down in EU/Member-State law (typically public bodies, e.g. public research); `legal_obligation` only when a specific legal provision requires the processing."
#   messages:
#     no_activity:
#       en: >-
#         No development processing activity is declared, so no legal basis can be checked (LB-01
#         reports the missing activities).
#       fr: >-
#         Aucun traitement de la phase de développement n'est déclaré, aucune base légale ne peut donc
#         être vérifiée (LB-01 signale l'absence de traitements).
#     other_basis:
#       en: >-
#         Activity {{.activity}} relies on the legal basis "{{.basis}}" (legal_basis): this rule
#         covers contract, legal obligation, public task and legitimate interests invoked by a
#         public authority.
#       fr: >-
#         Le traitement {{.activity}} repose sur la base légale « {{.basis}} » (legal_basis) : cette
#         règle porte sur l'exécution d'un contrat, l'obligation légale, la mission d'intérêt public
#         et l'intérêt légitime invoqué par une autorité publique.
#     no_basis:
#       en: >-
#         Activity {{.activity}} declares no legal_basis (LB-01 reports it): no precondition can be
#         checked yet.
#       fr: >-
#         Le traitement {{.activity}} ne déclare pas de legal_basis (LB-01 le signale) : aucune
#         condition ne peut encore être vérifiée.
#     not_public_authority:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests and the organisation is not a public
#         authority (organisation.is_public_authority: false): the restriction on public authorities
#         does not apply (LB-04 checks the legitimate interest itself).
#       fr: >-
#         Le traitement {{.activity}} repose sur l'intérêt légitime et l'organisme n'est pas une
#         autorité publique (organisation.is_public_authority : false) : la restriction propre aux
#         autorités publiques ne s'applique pas (LB-04 vérifie l'intérêt légitime lui-même).
#     no_contract_necessity:
#       en: >-
#         Activity {{.activity}} relies on contract but contract.necessity_rationale is missing: this
#         basis applies only if the processing is objectively necessary to perform a contract with
#         the data subject or to take steps at their request before entering into it (GDPR
#         art. 6(1)(b)).
#       fr: >-
#         Le traitement {{.activity}} repose sur contract mais contract.necessity_rationale est
#         absent : cette base ne vaut que si le traitement est objectivement nécessaire à
#         l'exécution d'un contrat conclu avec la personne concernée ou à des mesures
#         précontractuelles prises à sa demande (RGPD, art. 6, § 1, b)).
#     no_legal_obligation_text:
#       en: >-
#         Activity {{.activity}} relies on legal_obligation but legal_obligation.legal_text_ref is
#         missing: this basis requires a specific provision of Union or Member State law that
#         obliges the controller to carry out the processing (GDPR art. 6(1)(c) and 6(3)).
#       fr: >-
#         Le traitement {{.activity}} repose sur legal_obligation mais
#         legal_obligation.legal_text_ref est absent : cette base suppose une disposition précise du
#         droit de l'Union ou d'un État membre qui impose le traitement au responsable (RGPD, art.
#         6, § 1, c), et art. 6, § 3).
#     no_public_task_text:
#       en: >-
#         Activity {{.activity}} relies on public_task but public_task.legal_text_ref is missing: the
#         task carried out in the public interest, or the official authority, must be laid down in
#         Union or Member State law (GDPR art. 6(1)(e) and 6(3)).
#       fr: >-
#         Le traitement {{.activity}} repose sur public_task mais public_task.legal_text_ref est
#         absent : la mission d'intérêt public ou l'autorité publique doit être prévue par le droit
#         de l'Union ou d'un État membre (RGPD, art. 6, § 1, e), et art. 6, § 3).
#     public_authority_undeclared:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests but organisation.is_public_authority
#         is not declared: public authorities cannot rely on legitimate interests for processing
#         carried out in the performance of their tasks (GDPR art. 6(1), last subparagraph).
#       fr: >-
#         Le traitement {{.activity}} repose sur l'intérêt légitime mais
#         organisation.is_public_authority n'est pas renseigné : une autorité publique ne peut pas
#         invoquer l'intérêt légitime pour les traitements effectués dans l'exécution de ses
#         missions (RGPD, art. 6, § 1, dernier alinéa).
#     no_outside_missions_rationale:
#       en: >-
#         Activity {{.activity}}: the organisation is a public authority relying on
#         legitimate interests, but li_outside_public_missions_rationale is missing. A public body may
#         use this basis only for activities not strictly necessary to its specific public missions;
#         otherwise it relies on its public task (GDPR art. 6(1), last subparagraph).
#       fr: >-
#         Traitement {{.activity}} : l'organisme est une autorité publique qui invoque
#         l'intérêt légitime, mais li_outside_public_missions_rationale est absent. Un organisme
#         public ne peut retenir cette base que pour des activités qui ne sont pas strictement
#         nécessaires à ses missions spécifiques ; à défaut, il retient la mission d'intérêt public
#         (RGPD, art. 6, § 1, dernier alinéa).
#     contract_ok:
#       en: >-
#         Activity {{.activity}} relies on contract; the necessity to perform the contract is
#         documented: {{.value}}
#       fr: >-
#         Le traitement {{.activity}} repose sur contract ; la nécessité pour l'exécution du contrat
#         est documentée : {{.value}}
#     legal_obligation_ok:
#       en: >-
#         Activity {{.activity}} relies on legal_obligation; the obligation is laid down in: {{.value}}
#       fr: >-
#         Le traitement {{.activity}} repose sur legal_obligation ; l'obligation est prévue par :
#         {{.value}}
#     public_task_ok:
#       en: >-
#         Activity {{.activity}} relies on public_task (GDPR art. 6(1)(e)); the task is laid down in: {{.value}}
#       fr: >-
#         Le traitement {{.activity}} repose sur l'exécution d'une mission d'intérêt public
#         (legal_basis : public_task, RGPD, art. 6, § 1, e)) ; la mission est prévue par :
#         {{.value}}
#     public_authority_li_ok:
#       en: >-
#         Activity {{.activity}}: the public authority explains why the activity falls outside its
#         specific public missions: {{.value}}
#       fr: >-
#         Traitement {{.activity}} : l'autorité publique explique pourquoi l'activité ne relève pas de
#         ses missions spécifiques : {{.value}}
package cnil.legal_basis.lb_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# For each basis checked: the field documenting its precondition, and the message keys.
_checks := {
	"contract": {"path": ["contract", "necessity_rationale"], "fail": "no_contract_necessity", "pass": "contract_ok"},
	"legal_obligation": {"path": ["legal_obligation", "legal_text_ref"], "fail": "no_legal_obligation_text", "pass": "legal_obligation_ok"},
	"public_task": {"path": ["public_task", "legal_text_ref"], "fail": "no_public_task_text", "pass": "public_task_ok"},
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

_activities[i] := object.union(a, {"basis": facts.value_at(a.activity, ["legal_basis"])}) if {
	facts.gdpr_applies
	some i, a in facts.development_activity_entries
}

_public_authority := facts.value_at(input.manifest, ["organisation", "is_public_authority"])

# Contract, legal obligation, public task.
results contains result.fail(rego.metadata.chain(), check.fail, {"activity": a.label}, result.at(a.pointer, check.path)) if {
	some a in _activities
	check := _checks[a.basis]
	not facts.declared(a.activity, check.path)
}

results contains result.pass(rego.metadata.chain(), check.pass, params, result.at(a.pointer, check.path)) if {
	some a in _activities
	check := _checks[a.basis]
	facts.declared(a.activity, check.path)
	params := {"activity": a.label, "value": sprintf("%v", [object.get(a.activity, check.path, null)])}
}

# Legitimate interests invoked by a public authority.
results contains result.fail(rego.metadata.chain(), "public_authority_undeclared", {"activity": a.label}, "/organisation/is_public_authority") if {
	some a in _activities
	a.basis == "legitimate_interests"
	not is_boolean(_public_authority)
}

results contains result.not_applicable(rego.metadata.chain(), "not_public_authority", {"activity": a.label}, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	a.basis == "legitimate_interests"
	_public_authority == false
}

results contains result.fail(rego.metadata.chain(), "no_outside_missions_rationale", {"activity": a.label}, pointer) if {
	some a in _activities
	a.basis == "legitimate_interests"
	_public_authority == true
	not facts.declared(a.activity, ["li_outside_public_missions_rationale"])
	pointer := result.at(a.pointer, "li_outside_public_missions_rationale")
}

results contains result.pass(rego.metadata.chain(), "public_authority_li_ok", params, pointer) if {
	some a in _activities
	a.basis == "legitimate_interests"
	_public_authority == true
	facts.declared(a.activity, ["li_outside_public_missions_rationale"])
	params := {"activity": a.label, "value": sprintf("%v", [a.activity.li_outside_public_missions_rationale])}
	pointer := result.at(a.pointer, "li_outside_public_missions_rationale")
}

# Any other basis (consent, vital interests, undeclared or unknown): out of this rule's scope.
results contains result.not_applicable(rego.metadata.chain(), "other_basis", params, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	facts.filled(a.basis)
	not _checks[a.basis]
	a.basis != "legitimate_interests"
	params := {"activity": a.label, "basis": labels.word("legal_basis", a.basis)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_basis", {"activity": a.label}, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	not facts.filled(a.basis)
}
