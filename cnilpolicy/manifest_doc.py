"""docs/manifest.md and docs/manifest.fr.md: every field of the schema, for a person writing one.

Generated from the schema (names, types, descriptions, allowed values and their
meaning) and from the rules' METADATA (which rules read each field); `make docs`
writes them and a test fails when they are stale. The frame's words (headings, labels)
are in the gettext catalogue, as every other format's.
"""

from __future__ import annotations

from cnilpolicy.field_rules import FieldRules
from cnilpolicy.i18n import N_, words
from cnilpolicy.schema_fields import Field
from cnilpolicy.schema_texts import SchemaTexts, first_sentence

_LABELS = {
    "title": N_("The manifest, field by field"),
    "generated": N_(
        "Generated from `schemas/manifest.schema.json` and the rules' METADATA by `make docs` "
        "(`{command}`); do not edit by hand. `cnilpolicy init` writes a first manifest by "
        "asking questions; `cnilpolicy schema` prints the schema for an editor (see the README)."
    ),
    "how": N_(
        "Paths are written as the rules write them: `datasets[].retention.period` is the "
        "`period` of the `retention` of each item of `datasets`. The schema checks shape "
        "only (types, allowed values, unknown keys): apart from `manifest_version`, every "
        "field is optional in the schema, and the rules decide which ones a project needs. "
        "*Read by* lists the rules whose texts name the field or a field under it; a "
        "missing field a rule needs makes that rule fail, naming the field."
    ),
    "disclaimer": N_("A technical aid, not legal advice."),
    "sections": N_("Sections"),
    "read_by": N_("Read by:"),
    "no_rule": N_("no rule (descriptive)"),
    "required": N_("required"),
    "values": N_("Allowed values:"),
}


def render(fields: tuple[Field, ...], readers: FieldRules, texts: SchemaTexts, lang: str) -> str:
    labels = words(_LABELS, lang)
    # The command that writes this language's reference (`make docs`).
    command = "cnilpolicy schema --format markdown" + ("" if lang == "en" else f" --lang {lang}")
    generated = labels["generated"].format(command=command)
    lines = [f"# {labels['title']}", "", generated, "", labels["how"], ""]
    lines += [f"{labels['disclaimer']}", "", f"## {labels['sections']}", ""]
    for top in fields:
        summary = first_sentence(texts.description(top, lang))
        lines.append(f"- [`{top.path}`](#{_anchor(top.path)}): {summary}")
    for top in fields:
        lines += ["", f"## {top.path}", ""]
        lines += _field_block(top, readers, texts, lang, top_level=True)
        for child in top.walk()[1:]:
            lines += _field_block(child, readers, texts, lang, top_level=False)
    return "\n".join(lines).rstrip("\n") + "\n"


def _field_block(
    field: Field, readers: FieldRules, texts: SchemaTexts, lang: str, *, top_level: bool
) -> list[str]:
    labels = words(_LABELS, lang)
    kind = texts.type_text(field, lang)
    if field.required:
        kind += f", {labels['required']}"
    rules = readers.reading(field.path)
    read_by = ", ".join(rules) if rules else labels["no_rule"]
    description = texts.description(field, lang)
    if top_level:
        lines = [f"*{kind}.* {description}", "", f"*{labels['read_by']}* {read_by}", ""]
        indent = ""
    else:
        lines = [f"- **`{field.path}`** ({kind}). {description} *{labels['read_by']}* {read_by}"]
        indent = "  "
    if field.choices:
        if top_level:
            lines.append(labels["values"])
            lines.append("")
        for choice in field.choices:
            meaning = texts.choice(field, choice, lang)
            lines.append(f"{indent}- `{choice.value}`: {meaning}")
        if top_level:
            lines.append("")
    return lines


def _anchor(heading: str) -> str:
    # GitHub's anchors: lower case, spaces to '-', punctuation other than '-' and '_' dropped.
    return "".join(c for c in heading.lower().replace(" ", "-") if c.isalnum() or c in "-_")
