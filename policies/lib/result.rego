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
#
#   A result every GDPR rule gives in the same words has its texts here, once:
#   custom.shared_messages below, given through its own builder
#   (outside_gdpr). The rules' custom.checks do not list these keys; the
#   metadata test knows them from this block.
# custom:
#   shared_messages:
#     outside_gdpr:
#       outcome: not_applicable
#       en: >-
#         The GDPR does not apply to the development ({{.fact}}): the CNIL recommendations this
#         rule checks cover processing of personal data under the GDPR only.
#       fr: >-
#         Le RGPD ne s'applique pas au développement ({{.fact}}) : les recommandations de la CNIL
#         que vérifie cette règle ne couvrent que les traitements de données personnelles relevant
#         du RGPD.
package cnilpolicy.lib.result

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.references

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

# French typography puts a space before a semicolon and a colon: the separators
# a rule uses to join the parts of a message.
semicolon := " ; " if lang == "fr"

else := "; "

colon := " : " if lang == "fr"

else := ": "

# A rule's title in every language its annotation has (title is the English
# one): cnilpolicy chooses the reader's, in one place (cnilpolicy/rule.py).
_titles(a) := {"en": a.title, "fr": a.custom.fr.title} if {
	a.custom.fr.title
} else := {"en": a.title}

# Links a reviewer can follow, in the reader's language: the CNIL pages of
# related_resources first, then each legal article with the official text.
_references(a) := references.of(a, lang)

# Characters strings.render_template cannot take in a parameter: OPA quotes
# the parameters the Go way (\x7f, \a, \v) and reads them back as JSON,
# which fails, and the builtin's result is then undefined: a finding whose
# message mentions such a character would vanish. A parameter holding one
# is rendered with each such character written as its visible escape.
_unrenderable := {
	"\u0000": "\\x00",
	"\u0001": "\\x01",
	"\u0002": "\\x02",
	"\u0003": "\\x03",
	"\u0004": "\\x04",
	"\u0005": "\\x05",
	"\u0006": "\\x06",
	"\u0007": "\\x07",
	"\u000b": "\\x0b",
	"\u000e": "\\x0e",
	"\u000f": "\\x0f",
	"\u0010": "\\x10",
	"\u0011": "\\x11",
	"\u0012": "\\x12",
	"\u0013": "\\x13",
	"\u0014": "\\x14",
	"\u0015": "\\x15",
	"\u0016": "\\x16",
	"\u0017": "\\x17",
	"\u0018": "\\x18",
	"\u0019": "\\x19",
	"\u001a": "\\x1a",
	"\u001b": "\\x1b",
	"\u001c": "\\x1c",
	"\u001d": "\\x1d",
	"\u001e": "\\x1e",
	"\u001f": "\\x1f",
	"\u007f": "\\x7f",
}

# A rule's text with its parameters, whatever characters they hold. The
# parameters are escaped only when rendering them as they are fails, so the
# usual case costs nothing more. Undefined only if both attempts fail.
render(template, params) := text if {
	text := strings.render_template(template, params)
} else := text if {
	text := strings.render_template(template, _escaped(params))
}

# A declared value as a message shows it: a dash when there is none.
text_or_dash(value) := "—" if value == null

else := sprintf("%v", [value])

# A localised text {en: ..., fr: ...} of the rule's own metadata, rendered.
render_localised(texts, params) := render(localised(texts), params)

# params with every string in it (at any depth) escaped as _unrenderable says.
_escaped(params) := json.patch(params, [{"op": "replace", "path": path, "value": strings.replace_n(_unrenderable, value)} |
	walk(params, [path, value])
	is_string(value)
	count(path) > 0
]) if is_object(params)

else := strings.replace_n(_unrenderable, params)

# A message that cannot be rendered at all is null: cnilpolicy reports the
# manifest's evaluation as an engine error, never as a finding left out.
_message(template, params) := text if {
	text := render(template, params)
} else := null

_result(chain, decision, message_key, params, pointer) := _finding(a, decision, a.custom.messages[message_key], params, pointer) if {
	a := _annotations(chain)
}

# The one shape of a finding, whatever rule gives it and wherever its texts are.
_finding(a, decision, texts, params, pointer) := {
	"rule_id": a.custom.id,
	"step": a.custom.step,
	"decision": decision,
	"severity": a.custom.severity,
	"level": a.custom.level,
	"message": _message(localised(texts), params),
	"pointer": pointer,
	"params": params,
}

# The texts shared by every rule, from this package's own annotation.
_shared_messages := [link.annotations.custom.shared_messages |
	some link in rego.metadata.chain()
	link.annotations.custom.shared_messages
][0]

# What a rule is, whatever the manifest: each rule package declares
# rule_info := result.describe(rego.metadata.chain()). Its title and
# remediation come in every language, and cnilpolicy chooses the reader's
# (cnilpolicy/rule.py): `rules`, `explain` and SARIF read the same texts from
# the annotations without OPA, so Python chooses them anyway, and choosing
# here too would write the fallback to English twice. Once per run, the
# texts of both languages cost nothing per manifest. References are chosen
# here, in lang: their French pages and citations are tables of the policies
# (lib/references.rego), which Python does not have.
describe(chain) := {
	"rule_id": a.custom.id,
	"step": a.custom.step,
	"severity": a.custom.severity,
	"level": a.custom.level,
	"title": _titles(a),
	"remediation": a.custom.remediation,
	"references": _references(a),
} if {
	a := _annotations(chain)
}

# The JSON pointer of path under the pointer base: path is a key, keys joined
# by "/" ("consent/proof_ref"), or an array of keys.
at(base, path) := concat("/", [base, path]) if is_string(path)

else := concat("/", array.concat([base], path))

# A finding: what a rule found about one field, before it is given a decision.
# Every rule that collects its findings first (to count them, or to pass only
# what none concerns) builds them with this, and reports each with
# from_finding; message names a text in custom.messages.
finding(message, params, pointer) := {"message": message, "params": params, "pointer": pointer}

# The result of a finding built by finding() above, with the given decision.
from_finding(chain, decision, f) := _result(chain, decision, f.message, f.params, f.pointer)

# The rule's obligation is met; message_key names a text in custom.messages.
pass(chain, message_key, params, pointer) := _result(chain, "pass", message_key, params, pointer)

# The rule's obligation is not met; the message says which field and why.
fail(chain, message_key, params, pointer) := _result(chain, "fail", message_key, params, pointer)

# The rule's condition does not hold for this manifest; the message says why.
not_applicable(chain, message_key, params, pointer) := _result(chain, "not_applicable", message_key, params, pointer)

# The rule's condition does not hold because the GDPR does not apply: no
# personal data, or a legal regime other than the GDPR (its facts in
# facts.rego). Every GDPR rule gives this same result, guarded by
# `not facts.gdpr_applies`; the pointer names the fact that decides it.
outside_gdpr(chain) := _finding(_annotations(chain), "not_applicable", _shared_messages.outside_gdpr, params, pointer) if {
	[params, pointer] := _outside_gdpr_fact
}

_outside_gdpr_fact := [{"fact": "personal_data.processed=false"}, "/personal_data/processed"] if {
	not facts.personal_data_processed
} else := [{"fact": sprintf("legal_regime=%s", [facts.legal_regime])}, "/legal_regime"]

# The rule's custom metadata (id, labels, messages, ...), for a rule that
# needs more of its own annotation than the builders above use.
custom(chain) := _annotations(chain).custom
