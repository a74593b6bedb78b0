# METADATA
# title: The manifest's values as words, in the reader's language
# description: |
#   A message names a value of the manifest's closed lists by its label ("public
#   task", « mission d'intérêt public »), never by the value the manifest stores
#   (public_task): the labels are in one table, policies/lib/labels/data.yaml
#   (data.lib.labels), which cnilpolicy's reports read too. A value the table does
#   not know (an organisation's schema extension) is shown as it is written.
package cnilpolicy.lib.labels

import data.cnilpolicy.lib.result

# Both languages' labels of a value, {en, fr}; kind is the enum's key in the
# table (legal_basis, retention.start_event).
texts(kind, value) := data.lib.labels[kind][value]

# The label of a value in the reader's language.
word(kind, value) := result.localised(texts(kind, value)) if is_string(value)

else := sprintf("%v", [value])

# The label of a value, or a dash for a value the manifest does not give.
word_or_dash(_, null) := "—"

word_or_dash(kind, value) := word(kind, value) if value != null

# A value as the reader types it in the manifest: in code style.
code(value) := sprintf("`%v`", [value])

# Several values to type, sorted, each in code style.
codes(values) := concat(", ", sort([code(value) | some value in values]))

# The labels of several values, sorted and joined, for a message listing them.
words(kind, values) := concat(", ", sort({word(kind, value) | some value in values}))
