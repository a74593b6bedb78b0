# Facts about GDPR art. 9: which art. 9(2) exception covers which data
# A special category of a dataset is covered by the exception declared on the
# category item itself (datasets[].special_categories[].art9_exception) or,
# failing that, by the art9_exception of the development processing activities
# that use the dataset: processing_activities[].dataset_ids lists it, and an
# activity without dataset_ids counts as using every dataset. An exception
# declared on a deployment activity, or on an activity that does not use the
# dataset, covers nothing in it. LB-05 decides activity by activity; MIN-01,
# SCRAPE-02 and ANNOT-03 ask which exception covers a dataset or one of its
# categories, with the same logic.
package cnilpolicy.lib.facts

# Catalog E2: the art. 9(2) exceptions and their letters.
art9_exception_letters := {
	"explicit_consent": "a",
	"employment_social_security_law": "b",
	"vital_interests_incapable_of_consent": "c",
	"nonprofit_body_members": "d",
	"manifestly_made_public_by_data_subject": "e",
	"legal_claims_or_courts": "f",
	"substantial_public_interest_law": "g",
	"health_or_social_care": "h",
	"public_health": "i",
	"archiving_research_statistics_art89": "j",
}

# Whether value is one of the exceptions of art. 9(2).
art9_exception_known(value) if art9_exception_letters[value]

# The name of a special_categories item: a string, or the category of an object.
art9_category_name(item) := item if is_string(item)

art9_category_name(item) := item.category if is_object(item)

# The exception a special_categories item declares itself, or null.
art9_own_exception(item) := item.art9_exception if {
	is_object(item)
	filled(item.art9_exception)
} else := null

# The art9_exception a processing activity declares, or null.
activity_art9_exception(j) := exception if {
	exception := manifest.processing_activities[j].art9_exception
	filled(exception)
} else := null

# Whether the processing activity at index j uses the dataset at index i: its
# dataset_ids lists the dataset's id, or it has no dataset_ids at all.
activity_uses_dataset(j, i) if {
	manifest.datasets[i]
	not is_array(object.get(manifest.processing_activities[j], "dataset_ids", null))
}

activity_uses_dataset(j, i) if manifest.datasets[i].id in manifest.processing_activities[j].dataset_ids

# The development activities (indexes) that use the dataset at index i.
dataset_development_activities(i) := {j |
	some j in development_activities
	activity_uses_dataset(j, i)
}

# The exception the category item datasets[i].special_categories[k] relies on in
# activity j, as [source, exception]: its own, else the activity's. Undefined
# when neither declares one. The value is not checked against art. 9(2).
art9_relied(_, i, k) := ["category", own] if {
	own := art9_own_exception(manifest.datasets[i].special_categories[k])
	own != null
}

art9_relied(j, i, k) := ["activity", exception] if {
	art9_own_exception(manifest.datasets[i].special_categories[k]) == null
	exception := activity_art9_exception(j)
	exception != null
}

# How the development activities that use the dataset at index i declare an
# art. 9(2) exception:
#   activities  labels of these activities, sorted;
#   exceptions  the art. 9(2) exceptions they declare, sorted, without repeats;
#   missing     labels of those whose art9_exception is absent or not an art. 9(2) exception;
#   ignored     "label (exception)" of the other activities that declare one:
#               deployment activities, or activities that do not use the dataset;
#   pointer     the art9_exception of the first activity missing one, else of the first activity.
art9_activity_coverage(i) := {
	"activities": sort([activity_label(j) | some j in users]),
	"exceptions": sort({e | some j in users; e := activity_art9_exception(j); art9_exception_known(e)}),
	"missing": sort([activity_label(j) | some j in users; not art9_exception_known(activity_art9_exception(j))]),
	"ignored": art9_ignored_activities(users),
	"pointer": _art9_coverage_pointer(users),
} if {
	users := dataset_development_activities(i)
}

# Whether every development activity that uses the dataset at index i (one at
# least) declares an exception of art. 9(2).
art9_activities_cover(i) if {
	coverage := art9_activity_coverage(i)
	count(coverage.activities) > 0
	count(coverage.missing) == 0
}

# The activities outside users that declare an exception, as "label (exception)".
art9_ignored_activities(users) := sort([sprintf("%s (%v)", [activity_label(j), exception]) |
	some j, _ in manifest.processing_activities
	not j in users
	exception := activity_art9_exception(j)
	exception != null
])

_art9_coverage_pointer(users) := sprintf("/processing_activities/%d/art9_exception", [min(missing)]) if {
	missing := {j | some j in users; not art9_exception_known(activity_art9_exception(j))}
	count(missing) > 0
} else := sprintf("/processing_activities/%d/art9_exception", [min(users)]) if {
	count(users) > 0
} else := "/processing_activities"

# The art. 9(2) exception relied on for the special category named category in
# the dataset at index i, decided as LB-05 decides it:
#   - the category's own exception when the dataset lists it with one
#     (source "category"; several if the category is listed several times);
#   - otherwise the exceptions of the development activities that use the
#     dataset, when every one of them declares one (source "activity").
# The result is {source, exceptions, activities, pointer}; it is undefined when
# no exception of art. 9(2) covers the category (LB-05 reports that case).
art9_exception_for(i, category) := {
	"source": "category",
	"exceptions": sort(own),
	"activities": [],
	"pointer": sprintf("/datasets/%d/special_categories/%d/art9_exception", [i, min(positions)]),
} if {
	own := _art9_own_exceptions(i, category)
	count(own) > 0
	every exception in own {
		art9_exception_known(exception)
	}
	positions := {k |
		some k, item in manifest.datasets[i].special_categories
		art9_category_name(item) == category
		art9_own_exception(item) != null
	}
}

art9_exception_for(i, category) := {
	"source": "activity",
	"exceptions": coverage.exceptions,
	"activities": coverage.activities,
	"pointer": coverage.pointer,
} if {
	count(_art9_own_exceptions(i, category)) == 0
	art9_activities_cover(i)
	coverage := art9_activity_coverage(i)
}

_art9_own_exceptions(i, category) := {own |
	some item in manifest.datasets[i].special_categories
	art9_category_name(item) == category
	own := art9_own_exception(item)
	own != null
}
