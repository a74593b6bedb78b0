package cnil.legal_basis.lb_03_test

import data.cnil.legal_basis.lb_03
import data.cnilpolicy.lib.testing

_manifest(activity, organisation) := {
	"personal_data": {"processed": true},
	"organisation": organisation,
	"processing_activities": [object.union({"id": "pa-1", "phase": "development"}, activity)],
}

_private := {"name": "ACME", "is_public_authority": false}

_public := {"name": "CHU", "is_public_authority": true}

_results(manifest) := results if {
	results := lb_03.results with input as {"manifest": manifest}
}

test_contract_pass_and_fail if {
	results := _results(_manifest({"legal_basis": "contract", "contract": {"necessity_rationale": "Personalised model is the service sold"}}, _private))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/contract/necessity_rationale"]}
	some r in results
	contains(r.message, "documented: Personalised model is the service sold")

	failed := _results(_manifest({"legal_basis": "contract"}, _private))
	{[r.decision, r.pointer] | some r in failed} == {["fail", "/processing_activities/0/contract/necessity_rationale"]}
	some f in failed
	contains(f.message, "pa-1 relies on contract but contract.necessity_rationale is missing")
}

test_legal_obligation_pass_and_fail if {
	testing.decisions(_results(_manifest({"legal_basis": "legal_obligation", "legal_obligation": {"legal_text_ref": "CMF L561-5"}}, _private))) == {["pass", "/processing_activities/0/legal_obligation/legal_text_ref"]}
	testing.decisions(_results(_manifest({"legal_basis": "legal_obligation", "legal_obligation": {}}, _private))) == {["fail", "/processing_activities/0/legal_obligation/legal_text_ref"]}
}

test_public_task_pass_and_fail if {
	testing.decisions(_results(_manifest({"legal_basis": "public_task", "public_task": {"legal_text_ref": "CSP L6112-1"}}, _public))) == {["pass", "/processing_activities/0/public_task/legal_text_ref"]}
	results := _results(_manifest({"legal_basis": "public_task", "public_task": {"legal_text_ref": " "}}, _public))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/public_task/legal_text_ref"]}
	some r in results
	contains(r.message, "laid down in Union or Member State law")
}

test_public_authority_on_legitimate_interests if {
	failed := _results(_manifest({"legal_basis": "legitimate_interests"}, _public))
	{[r.decision, r.pointer] | some r in failed} == {["fail", "/processing_activities/0/li_outside_public_missions_rationale"]}
	some f in failed
	contains(f.message, "not strictly necessary to its specific public missions")

	activity := {"legal_basis": "legitimate_interests", "li_outside_public_missions_rationale": "Internal IT helpdesk tool"}
	testing.decisions(_results(_manifest(activity, _public))) == {["pass", "/processing_activities/0/li_outside_public_missions_rationale"]}
}

test_legitimate_interests_needs_public_authority_status if {
	testing.decisions(_results(_manifest({"legal_basis": "legitimate_interests"}, {"name": "ACME"}))) == {["fail", "/organisation/is_public_authority"]}
}

test_private_body_on_legitimate_interests_not_applicable if {
	results := _results(_manifest({"legal_basis": "legitimate_interests"}, _private))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, "LB-04 checks")
}

test_other_bases_not_applicable if {
	results := _results(_manifest({"legal_basis": "consent"}, _private))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, `pa-1 relies on the legal basis "consent" (legal_basis): this rule covers`)
	testing.decisions(_results(_manifest({}, _private))) == {["not_applicable", "/processing_activities/0/legal_basis"]}
}

test_not_applicable_without_activity_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := lb_03.results with input as {"manifest": _manifest({"legal_basis": "public_task"}, _public), "options": {"lang": "fr"}}
	some r in results
	lb_03.rule_info.title.fr == "Contrat, obligation légale, mission d'intérêt public : les conditions de la base choisie"
	startswith(r.message, "Le traitement pa-1 repose sur public_task mais public_task.legal_text_ref est absent")
}

test_public_task_pass_in_french if {
	manifest := _manifest({"legal_basis": "public_task", "public_task": {"legal_text_ref": "CSP L6112-1"}}, _public)
	results := lb_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	{r.message | some r in results} == {"Le traitement pa-1 repose sur l'exécution d'une mission d'intérêt public (legal_basis : public_task, RGPD, art. 6, § 1, e)) ; la mission est prévue par : CSP L6112-1"}
}
