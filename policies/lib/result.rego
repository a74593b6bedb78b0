# METADATA
# title: Result builder shared by every cnilpolicy rule
# description: |
#   Every rule reports its outcome through pass/fail/not_applicable below, and
#   describes itself through describe, both passing rego.metadata.chain().
#   Titles, messages, remediations, severities and references therefore come
#   from one declarative source: the rule's own annotation block. Texts are
#   chosen in input.options.lang (en or fr) and fall back to English.
#
#   A result carries what depends on the manifest (decision, message,
#   pointer); what is the same for every manifest (title, remediation,
#   references) is in the rule's description, asked once per run
#   (data.cnilpolicy.rules): building those texts again for each result was
#   half of OPA's time per manifest.
package cnilpolicy.lib.result

# The language the texts are rendered in. Anything else than "fr" is English.
lang := "fr" if input.options.lang == "fr"

else := "en"

# A rule whose metadata (in the chain) carries custom.id. Rules put their
# annotations on the package, so the first link that has an id is the one.
_annotations(chain) := [a |
	some link in chain
	a := link.annotations
	a.custom.id
][0]

# The text of a localised object {en: ..., fr: ...} in the current language.
localised(texts) := texts[lang]

localised(texts) := texts.en if not texts[lang]

_title(a) := a.custom.fr.title if {
	lang == "fr"
	a.custom.fr.title
}

_title(a) := a.title if {
	lang == "en"
}

_title(a) := a.title if {
	lang == "fr"
	not a.custom.fr.title
}

# Links a reviewer can follow: the CNIL pages of related_resources first,
# then each legal article with the official text of its regulation.
_references(a) := array.concat(
	[{"label": r.description, "url": r.ref} | some r in a.related_resources],
	[_article_reference(article) | some article in a.custom.articles],
)

_regulation_urls := {
	"GDPR": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
	"AI Act": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
}

_article_reference(article) := {"label": article, "url": url} if {
	some prefix, url in _regulation_urls
	startswith(article, concat("", [prefix, " "]))
}

_article_reference(article) := {"label": article} if {
	every prefix, _ in _regulation_urls {
		not startswith(article, concat("", [prefix, " "]))
	}
}

_result(chain, decision, message_key, params, pointer) := {
	"rule_id": a.custom.id,
	"step": a.custom.step,
	"decision": decision,
	"severity": a.custom.severity,
	"level": a.custom.level,
	"message": strings.render_template(localised(a.custom.messages[message_key]), params),
	"pointer": pointer,
	"params": params,
} if {
	a := _annotations(chain)
}

# What a rule is, whatever the manifest: each rule package declares
# rule_info := result.describe(rego.metadata.chain()).
describe(chain) := {
	"rule_id": a.custom.id,
	"step": a.custom.step,
	"severity": a.custom.severity,
	"level": a.custom.level,
	"title": _title(a),
	"remediation": localised(a.custom.remediation),
	"references": _references(a),
} if {
	a := _annotations(chain)
}

# The rule's obligation is met; message_key names a text in custom.messages.
pass(chain, message_key, params, pointer) := _result(chain, "pass", message_key, params, pointer)

# The rule's obligation is not met; the message says which field and why.
fail(chain, message_key, params, pointer) := _result(chain, "fail", message_key, params, pointer)

# The rule's condition does not hold for this manifest; the message says why.
not_applicable(chain, message_key, params, pointer) := _result(chain, "not_applicable", message_key, params, pointer)
