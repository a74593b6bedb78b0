# Collection from the data subject (GDPR art. 13) or not (art. 14), per dataset
# (catalog 12.2; INFO-01 to INFO-03).
#
# The regime follows from how the data were obtained, not from a declared
# label: data the people gave the controller (direct collection, or the
# controller's own data reused for training) were collected from them, so
# art. 13 applies, with art. 13(3) for the new purpose; data obtained from
# anywhere else (scraping, public datasets, third parties) fall under art. 14.
# A dataset may override the derivation for an exception (for example own
# data that the controller in fact received from a partner) through
# datasets[].collected_from_data_subject, with the reason in
# collected_from_data_subject_reason. An override without a reason that
# contradicts the source type does not count: INFO-01 reports it.
package cnilpolicy.lib.facts

import data.cnilpolicy.lib.result

# Source types whose data were obtained from the people themselves (art. 13).
from_data_subject_sources := {"direct_collection", "own_data_reuse"}

# Source types whose data were obtained from elsewhere (art. 14).
not_from_data_subject_sources := {"web_scraping", "public_dataset_reuse", "third_party_acquired"}

# What the source type implies; undefined for synthetic, fictitious or an
# undeclared source, where the source type says nothing about the people.
collection_derived(i) if {
	manifest.datasets[i].source_type in from_data_subject_sources
} else := false if {
	manifest.datasets[i].source_type in not_from_data_subject_sources
}

collection_override(i) := value if {
	value := manifest.datasets[i].collected_from_data_subject
	is_boolean(value)
}

_override_reasoned(i) if declared(manifest.datasets[i], ["collected_from_data_subject_reason"])

# An override with no reason that says the opposite of the source type.
collection_contradicted(i) if {
	collection_override(i) != collection_derived(i)
	not _override_reasoned(i)
}

# Whether the data of personal dataset i were collected from the people
# themselves: a reasoned override wins, then the source type, then an
# override where the source type says nothing. Undefined when undetermined.
collected_from_data_subject[i] := value if {
	some i in personal_datasets
	value := _collected(i)
}

_collected(i) := collection_override(i) if {
	_override_reasoned(i)
} else := value if {
	value := collection_derived(i)
} else := collection_override(i)

# Personal datasets under art. 13, under art. 14, and those whose regime the
# facts do not determine (each rule reads the last one conservatively).
art13_datasets contains i if collected_from_data_subject[i] == true

art14_datasets contains i if collected_from_data_subject[i] == false

collection_undetermined_datasets contains i if {
	some i in personal_datasets
	not i in art13_datasets
	not i in art14_datasets
}

collection_label(i) := id if {
	id := manifest.datasets[i].id
	is_string(id)
	trim_space(id) != ""
} else := sprintf("datasets[%d]", [i])

# The facts behind the regime of dataset i, as shown in messages and `derived`.
collection_basis(i) := array.concat(
	[sprintf("source_type=%v", [object.get(manifest.datasets[i], "source_type", null)])],
	_override_basis(i),
)

_override_basis(i) := [sprintf("collected_from_data_subject=%v (%s)", [value, manifest.datasets[i].collected_from_data_subject_reason])] if {
	_override_reasoned(i)
	value := collection_override(i)
} else := [reason(
	{
		"en": "collected_from_data_subject=%v (no reason given: not counted)",
		"fr": "collected_from_data_subject=%v (aucune raison donnée : non prise en compte)",
	},
	[collection_override(i)],
)] if {
	collection_contradicted(i)
} else := [sprintf("collected_from_data_subject=%v", [value])] if {
	value := collection_override(i)
} else := []

_regime(i) := result.localised({
	"en": "GDPR art. 13 (collected from the people); art. 13(3) for the new purpose",
	"fr": "RGPD, art. 13 (données collectées auprès des personnes) ; art. 13, § 3 pour la nouvelle finalité",
}) if {
	i in art13_datasets
	manifest.datasets[i].source_type == "own_data_reuse"
} else := result.localised({
	"en": "GDPR art. 13 (collected from the people)",
	"fr": "RGPD, art. 13 (données collectées auprès des personnes)",
}) if {
	i in art13_datasets
} else := result.localised({
	"en": "GDPR art. 14 (not collected from the people)",
	"fr": "RGPD, art. 14 (données non collectées auprès des personnes)",
}) if {
	i in art14_datasets
} else := result.localised({
	"en": "undetermined: source_type says nothing about where the data came from",
	"fr": "indéterminé : source_type ne dit pas d'où viennent les données",
})

_collection_value(i) := collected_from_data_subject[i]

_collection_value(i) := "undetermined" if i in collection_undetermined_datasets

derived contains {
	"id": "collected_from_data_subject",
	"value": _collection_value(i),
	"basis": array.concat([sprintf("dataset=%s", [collection_label(i)])], array.concat(collection_basis(i), [_regime(i)])),
	"pointer": sprintf("/datasets/%d", [i]),
} if some i in personal_datasets
