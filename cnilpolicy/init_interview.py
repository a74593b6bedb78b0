"""The `cnilpolicy init` interview: what is asked, in which order, and what each answer implies.

The order is the CNIL's: scope (personal data, legal regime), the system (general
purpose or known use, generative, learning), its AI Act role and area, then, only
when the GDPR applies, the processing activities, the datasets and the DPIA
screening. Each default is the cautious answer, the one under which more rules
apply; where no answer is safer than another (a legal basis, an Annex III area),
the default leaves the field to fill in, and the check fails on it until it is.
The same questions are answered by a person (PromptAsker) or by a file of
answers (AnswersAsker), so both paths give the same manifest for the same answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import click

from cnilpolicy import i18n
from cnilpolicy.errors import CnilPolicyError
from cnilpolicy.i18n import N_, Message
from cnilpolicy.init_texts import ACTIVITY_KEYS, DATASET_KEYS, MESSAGES, QUESTIONS, TOP_KEYS
from cnilpolicy.rule import colon
from cnilpolicy.schema_fields import Field, field_at
from cnilpolicy.schema_texts import SchemaTexts

#: A pseudo-answer of a choice: not decided yet, the field is left to fill in.
UNDECIDED = "undecided"
#: A pseudo-answer of the Annex III question: no area (written as null).
NO_AREA = "none"
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")
MAX_ITEMS = 20


class InitError(CnilPolicyError):
    """Unusable answers or output: one line, exit code 2."""


@dataclass(frozen=True)
class ActivityAnswers:
    purpose: str
    gdpr_role: str
    legal_basis: str  # or UNDECIDED
    scientific_research: bool


@dataclass(frozen=True)
class DatasetAnswers:
    name: str
    source_type: str
    contains_personal_data: bool
    categories: tuple[str, ...]
    special_categories: tuple[str, ...]
    art9_exception: str  # or UNDECIDED; meaningful only with special categories
    retention_period: str  # "" when left to fill in


@dataclass(frozen=True)
class Answers:
    project_name: str
    organisation_name: str
    personal_data: bool
    legal_regime: str
    public_authority: bool
    has_dpo: bool
    ml_based: bool
    general_purpose: bool
    deployment_purpose: str
    deployment_regime: str  # "" when not asked
    generative: bool
    learning_mode: str
    ai_act_role: str
    annex_iii_area: str  # an area, NO_AREA or UNDECIDED
    performs_profiling: bool
    gpai_model: bool
    activities: tuple[ActivityAnswers, ...]
    datasets: tuple[DatasetAnswers, ...]
    #: The five screening answers of DPIA-03, by EDPB criterion.
    dpia: dict[str, bool]

    @property
    def gdpr_applies(self) -> bool:
        return self.personal_data and self.legal_regime == "gdpr"


#: The DPIA screening questions and the EDPB criterion each answers.
DPIA_QUESTIONS = (
    ("dpia_sensitive_data", "sensitive_or_highly_personal_data"),
    ("dpia_large_scale", "large_scale"),
    ("dpia_vulnerable_people", "vulnerable_data_subjects"),
    ("dpia_combined_datasets", "matching_combining_datasets"),
    ("dpia_innovative_use", "innovative_use_new_technology"),
)


@dataclass(frozen=True)
class Option:
    value: str
    meaning: str


class Asker(Protocol):
    def heading(self, key: str) -> None: ...
    def yes_no(self, key: str, default: bool) -> bool: ...
    def choice(self, key: str, options: Sequence[Option], default: str) -> str: ...
    def choices(self, key: str, options: Sequence[Option]) -> tuple[str, ...]: ...
    def text(self, key: str, default: str, check: Callable[[str], str | None] | None) -> str: ...
    def each(self, key: str, label: str, default: int) -> Iterator[Asker]: ...


def interview(asker: Asker, texts: SchemaTexts, lang: str, default_name: str) -> Answers:
    """Ask every question that applies, in the CNIL's order."""

    def options(path: str, extra: Sequence[Option] = ()) -> list[Option]:
        found: Field = field_at(path)
        listed = [Option(str(c.value), texts.choice(found, c, lang)) for c in found.choices]
        return listed + list(extra)

    said = i18n.words(MESSAGES, lang)
    undecided = Option(UNDECIDED, said["undecided_meaning"])
    asker.heading("section_scope")
    project_name = asker.text("project_name", default_name, None)
    organisation_name = asker.text("organisation_name", "", None)
    personal_data = asker.yes_no("personal_data", True)
    legal_regime = "gdpr"
    if personal_data:
        legal_regime = asker.choice("legal_regime", options("legal_regime"), "gdpr")
    gdpr = personal_data and legal_regime == "gdpr"
    public_authority = asker.yes_no("public_authority", True) if gdpr else False
    has_dpo = asker.yes_no("has_dpo", True) if gdpr else False

    asker.heading("section_system")
    ml_based = asker.yes_no("ml_based", True)
    general_purpose = asker.yes_no("general_purpose", True)
    deployment_purpose = "" if general_purpose else asker.text("deployment_purpose", "", None)
    # The development follows the regime of a known deployment (SCOPE-02).
    deployment_regime = ""
    if personal_data and not general_purpose:
        deployment_regime = asker.choice("deployment_regime", options("legal_regime"), "gdpr")
    generative = asker.yes_no("generative", True)
    learning_mode = asker.choice("learning_mode", options("ai_system.learning_mode"), "continuous")

    asker.heading("section_ai_act")
    ai_act_role = asker.choice("ai_act_role", options("ai_act.operator_role"), "provider")
    no_area = Option(NO_AREA, said["none_of_them"])
    annex_iii_area = asker.choice(
        "annex_iii_area", options("ai_act.annex_iii_area", (no_area, undecided)), UNDECIDED
    )
    performs_profiling = asker.yes_no("performs_profiling", True)
    # A model that is not general-purpose cannot be a general-purpose AI model (art. 3(63)).
    gpai_model = asker.yes_no("gpai_model", True) if general_purpose else False

    activities: list[ActivityAnswers] = []
    datasets: list[DatasetAnswers] = []
    dpia: dict[str, bool] = {}
    if gdpr:
        asker.heading("section_activities")
        for item in asker.each("activities", "activity", 1):
            activities.append(
                ActivityAnswers(
                    purpose=item.text("purpose", "", None),
                    gdpr_role=item.choice(
                        "gdpr_role", options("processing_activities[].gdpr_role"), "controller"
                    ),
                    legal_basis=item.choice(
                        "legal_basis",
                        options("processing_activities[].legal_basis", (undecided,)),
                        UNDECIDED,
                    ),
                    scientific_research=item.yes_no("scientific_research", False),
                )
            )
        asker.heading("section_datasets")
        for number, item in enumerate(asker.each("datasets", "dataset", 1), start=1):
            datasets.append(_dataset(item, number, options, undecided, lang))
        asker.heading("section_dpia")
        dpia = {criterion: asker.yes_no(key, True) for key, criterion in DPIA_QUESTIONS}
    return Answers(
        project_name=project_name,
        organisation_name=organisation_name,
        personal_data=personal_data,
        legal_regime=legal_regime,
        public_authority=public_authority,
        has_dpo=has_dpo,
        ml_based=ml_based,
        general_purpose=general_purpose,
        deployment_purpose=deployment_purpose,
        deployment_regime=deployment_regime,
        generative=generative,
        learning_mode=learning_mode,
        ai_act_role=ai_act_role,
        annex_iii_area=annex_iii_area,
        performs_profiling=performs_profiling,
        gpai_model=gpai_model,
        activities=tuple(activities),
        datasets=tuple(datasets),
        dpia=dpia,
    )


def _dataset(
    item: Asker,
    number: int,
    options: Callable[..., list[Option]],
    undecided: Option,
    lang: str,
) -> DatasetAnswers:
    name = item.text("name", f"dataset {number}", None)
    source_type = item.choice("source_type", options("datasets[].source_type"), "web_scraping")
    personal = item.yes_no("contains_personal_data", True)
    categories: tuple[str, ...] = ()
    special: tuple[str, ...] = ()
    exception = UNDECIDED
    period = ""
    if personal:
        listed = item.text("categories", "", None)
        categories = tuple(part.strip() for part in listed.split(",") if part.strip())
        special = item.choices(
            "special_categories", options("datasets[].special_categories[].category")
        )
        if special:
            exception = item.choice(
                "art9_exception",
                options("datasets[].special_categories[].art9_exception", (undecided,)),
                UNDECIDED,
            )
        period = item.text("retention_period", "", lambda v: _check_duration(v, lang))
    return DatasetAnswers(
        name=name,
        source_type=source_type,
        contains_personal_data=personal,
        categories=categories,
        special_categories=special,
        art9_exception=exception,
        retention_period=period,
    )


def _check_duration(value: str, lang: str) -> str | None:
    if value == "" or _DURATION.match(value):
        return None
    return i18n.word(MESSAGES, lang, "not_a_duration")


class PromptAsker:
    """Questions on a terminal (or a pipe: `yes '' | cnilpolicy init` takes every default)."""

    def __init__(self, lang: str, prefix: str = "") -> None:
        self._lang = lang
        self._words = i18n.words(MESSAGES, lang)
        self._prefix = prefix

    def _question(self, key: str) -> str:
        return self._prefix + i18n.word(QUESTIONS, self._lang, key)

    def heading(self, key: str) -> None:
        click.echo("")
        click.secho(self._words[key], bold=True)

    def yes_no(self, key: str, default: bool) -> bool:
        suffix = self._words["yes_no"] if default else self._words["no_yes"]

        def parse(answer: str) -> bool:
            word = answer.strip().lower()
            if word in ("y", "yes", "o", "oui"):
                return True
            if word in ("n", "no", "non"):
                return False
            raise click.BadParameter(self._words["not_yes_no"])

        answer: bool = click.prompt(
            f"{self._question(key)} {suffix}",
            default="y" if default else "n",
            show_default=False,
            value_proc=parse,
        )
        return answer

    def _list(self, key: str, options: Sequence[Option]) -> None:
        click.echo(self._question(key))
        width = len(str(len(options)))
        for number, option in enumerate(options, start=1):
            # The value is what the reader types; the colon is the language's.
            click.echo(f"  {number:>{width}}. {option.value}{colon(self._lang)}{option.meaning}")

    def _pick(self, answer: str, options: Sequence[Option]) -> str:
        word = answer.strip()
        if word.isdigit() and 1 <= int(word) <= len(options):
            return options[int(word) - 1].value
        for option in options:
            if word == option.value:
                return option.value
        raise click.BadParameter(self._words["not_a_choice"].format(answer=word))

    def choice(self, key: str, options: Sequence[Option], default: str) -> str:
        self._list(key, options)
        number = next(i for i, o in enumerate(options, start=1) if o.value == default)
        picked: str = click.prompt(
            self._words["choose"],
            default=str(number),
            value_proc=lambda answer: self._pick(answer, options),
        )
        return picked

    def choices(self, key: str, options: Sequence[Option]) -> tuple[str, ...]:
        self._list(key, options)
        none = self._words["none"]

        def parse(answer: str) -> tuple[str, ...]:
            words = [w for w in re.split(r"[,\s]+", answer.strip()) if w]
            if words in ([], [none], ["none"]):
                return ()
            picked = [self._pick(word, options) for word in words]
            return tuple(dict.fromkeys(picked))

        picked: tuple[str, ...] = click.prompt(
            self._words["choose_many"], default=none, value_proc=parse
        )
        return picked

    def text(self, key: str, default: str, check: Callable[[str], str | None] | None) -> str:
        def parse(answer: str) -> str:
            value = " ".join(answer.split())
            problem = check(value) if check else None
            if problem:
                raise click.BadParameter(problem)
            return value

        suffix = f" [{default}]" if default else ""
        # click shows no default when it is empty; an empty answer is then accepted as is.
        answer: str = click.prompt(
            self._question(key) + suffix,
            default=default,
            show_default=False,
            value_proc=parse,
        )
        return answer

    def each(self, key: str, label: str, default: int) -> Iterator[Asker]:
        def parse(answer: str) -> int:
            word = answer.strip()
            if word.isdigit() and int(word) <= MAX_ITEMS:
                return int(word)
            raise click.BadParameter(self._words["not_a_count"])

        count: int = click.prompt(self._question(key), default=str(default), value_proc=parse)
        for number in range(1, count + 1):
            click.echo("")
            click.secho(self._words[label].format(number=number), bold=True)
            yield PromptAsker(self._lang, prefix="  ")


class AnswersAsker:
    """The same questions answered by a file (YAML), by key; a missing key takes the default."""

    def __init__(self, data: dict[str, Any], where: str, known: Sequence[str]) -> None:
        """where: the list entry these answers are (datasets[0]), or "" for the file's top."""
        unknown = sorted(set(data) - set(known))
        if unknown:
            # Sentences of their own: French names the entry after the key
            # (« … dans l'élément datasets[0] »), not as a dotted prefix.
            message = (
                N_("{where}: unknown answer key {key} (known: {known})")
                if where
                else N_("unknown answer key {key} (known: {known})")
            )
            raise InitError(message, where=where, key=repr(unknown[0]), known=", ".join(known))
        self._data = data
        self._where = where

    def _get(self, key: str) -> Any:
        return self._data.get(key)

    def _bad(self, key: str, problem: str | Message) -> InitError:
        if self._where:
            message = N_("{where}.{key}: {problem}")
            return InitError(message, where=self._where, key=key, problem=problem)
        return InitError(N_("{key}: {problem}"), key=key, problem=problem)

    def heading(self, key: str) -> None:
        return None

    def yes_no(self, key: str, default: bool) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._bad(
                key, Message(N_("expected true or false, not {value}"), value=repr(value))
            )
        return value

    def choice(self, key: str, options: Sequence[Option], default: str) -> str:
        value = self._get(key)
        if value is None:
            return default
        allowed = [option.value for option in options]
        if value not in allowed:
            raise self._bad(key, _not_one_of(value, allowed))
        return str(value)

    def choices(self, key: str, options: Sequence[Option]) -> tuple[str, ...]:
        value = self._get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self._bad(key, Message(N_("expected a list")))
        allowed = [option.value for option in options]
        for entry in value:
            if entry not in allowed:
                raise self._bad(key, _not_one_of(entry, allowed))
        return tuple(dict.fromkeys(str(entry) for entry in value))

    def text(self, key: str, default: str, check: Callable[[str], str | None] | None) -> str:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, list):
            value = ", ".join(str(entry) for entry in value)
        if not isinstance(value, str):
            raise self._bad(key, Message(N_("expected text, not {value}"), value=repr(value)))
        text = " ".join(value.split())
        problem = check(text) if check else None
        if problem:
            raise self._bad(key, problem)
        return text

    def each(self, key: str, label: str, default: int) -> Iterator[Asker]:
        value = self._get(key)
        items: list[Any] = [{}] * default if value is None else value
        if not isinstance(items, list) or len(items) > MAX_ITEMS:
            message = N_("expected a list of at most {count} entries")
            raise self._bad(key, Message(message, count=MAX_ITEMS))
        known = ACTIVITY_KEYS if key == "activities" else DATASET_KEYS
        for index, item in enumerate(items):
            entry = f"{self._where}.{key}[{index}]" if self._where else f"{key}[{index}]"
            if not isinstance(item, dict):
                raise InitError(N_("{entry}: expected a mapping of answers"), entry=entry)
            yield AnswersAsker(item, entry, known)


def _not_one_of(value: Any, allowed: Sequence[str]) -> Message:
    message = N_("{value} is not one of: {allowed}")
    return Message(message, value=repr(value), allowed=", ".join(allowed))


def answers_asker(data: Any) -> AnswersAsker:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InitError(N_("the answers file must be a mapping of question keys to answers"))
    return AnswersAsker(data, "", TOP_KEYS)
