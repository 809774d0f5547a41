"""The event lexicon: its data against the schema, unknown keys refused, inflection and clitics."""

from __future__ import annotations

import ast
import copy
import json
import re
from importlib import resources

import jsonschema
import pytest

from reader import analyse
from reader.events.lexicon import Lexicon, lemma_sets, load_lexicon, rule_lemmas, rule_words
from reader.events.morphology import clitics_fit, kept_last_letter, noun_forms, verb_forms
from reader.io.document import load_text


def _data(name: str) -> dict:
    return json.loads((resources.files("reader") / "data" / name).read_text(encoding="utf-8"))


def test_the_lexicon_validates_against_its_schema() -> None:
    jsonschema.validate(_data("events.json"), _data("events.schema.json"))


def _keys_once(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, f"keys written twice in one object: {repeated}"
    return dict(pairs)


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (resources.files("reader") / "data").iterdir() if p.name.endswith(".json"))
)
def test_no_data_file_writes_a_key_twice(name: str) -> None:
    # json keeps the last of two equal keys without a word: a word list added under a name already
    # taken would replace the first list for the rule that reads it
    json.loads((resources.files("reader") / "data" / name).read_text(encoding="utf-8"), object_pairs_hook=_keys_once)


def test_a_key_written_twice_is_caught() -> None:
    with pytest.raises(AssertionError, match="during"):
        json.loads('{"during": [1], "other": 2, "during": [3]}', object_pairs_hook=_keys_once)


def test_the_schema_refuses_a_misspelled_key() -> None:
    data = _data("events.json")
    data["entries"][0]["requries"] = data["entries"][0].get("requires", {"words": ["ان"], "side": "after", "window": 2})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _data("events.schema.json"))


@pytest.mark.parametrize(
    ("where", "key"),
    [("entry", "anounces"), ("top", "entires"), ("context", "windows")],
)
def test_loading_refuses_unknown_keys(where: str, key: str) -> None:
    data = copy.deepcopy(_data("events.json"))
    if where == "entry":
        data["entries"][0][key] = True
    elif where == "top":
        data[key] = []
    else:
        entry = next(e for e in data["entries"] if "requires" in e)
        entry["requires"][key] = 3
    with pytest.raises(ValueError, match=key):
        Lexicon(data)


def test_a_context_may_be_held_to_its_clause() -> None:
    data = copy.deepcopy(_data("events.json"))
    entry = next(e for e in data["entries"] if "excludes" in e and isinstance(e["excludes"], dict))
    entry["excludes"]["clause"] = True
    jsonschema.validate(data, _data("events.schema.json"))
    loaded = next(e for e in Lexicon(data).entries if e.lemma == entry["lemma"])
    assert loaded.excludes[0].clause
    entry["excludes"]["clause"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _data("events.schema.json"))


def test_a_context_may_hold_for_some_parts_of_speech_only() -> None:
    data = copy.deepcopy(_data("events.json"))
    entry = next(e for e in data["entries"] if "excludes" in e and isinstance(e["excludes"], dict))
    entry["excludes"]["pos"] = ["verb", "passive"]
    jsonschema.validate(data, _data("events.schema.json"))
    loaded = next(e for e in Lexicon(data).entries if e.lemma == entry["lemma"])
    assert loaded.by_pos and loaded.excludes[0].pos == {"verb", "passive"}
    entry["excludes"]["pos"] = ["adverb"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _data("events.schema.json"))


def test_what_a_report_is_about_is_read_normalised_and_checked() -> None:
    data = copy.deepcopy(_data("events.json"))
    entry = next(e for e in data["entries"] if e["lemma"] == "أشار")
    assert next(e for e in Lexicon(data).entries if e.lemma == "أشار").about == {"الي"}  # إلى, normalised
    entry["about"] = "إلى"  # a word, not a list of them
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _data("events.schema.json"))


def test_only_arrests_detain_and_the_flag_is_checked() -> None:
    data = copy.deepcopy(_data("events.json"))
    detaining = {(e.lemma, e.type) for e in Lexicon(data).entries if e.detains}
    assert detaining == {("اعتقل", "measure"), ("أوقف", "measure")}
    entry = next(e for e in data["entries"] if e["lemma"] == "اعتقل")
    entry["detains"] = "yes"  # a word, not true or false
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _data("events.schema.json"))


def test_every_entry_has_a_form_that_reads_back_as_itself() -> None:
    lex = load_lexicon()
    for entry in lex.entries:
        stems = [stem for stem, forms in lex.index.items() if any(f.entry is entry for f in forms)]
        assert stems, entry.lemma


def test_verbs_inflect_for_person_number_and_gender() -> None:
    forms = verb_forms("قال", "يقول")
    assert {"قال", "قالت", "قالوا", "قالا"} <= forms["past"]
    assert {"يقول", "تقول", "يقولون", "يقولان"} <= forms["present"]
    weak = verb_forms("نفي", "ينفي")  # نفى, normalised
    assert {"نفت", "نفوا"} <= weak["past"] and "ينفون" in weak["present"]


def test_a_past_ending_in_hamza_or_ya_keeps_it_before_ta() -> None:
    # written أنشأ / بقي, normalised انشا / بقي: they look weak, but ت follows the last letter
    assert kept_last_letter("أنشأ") and kept_last_letter("بقي") and not kept_last_letter("نفى")
    assert "انشات" in verb_forms("انشا", None, kept_end=True)["past"]
    assert {"بقيت", "بقوا"} <= verb_forms("بقي", None, kept_end=True)["past"]
    assert "انشات" not in verb_forms("انشا", None)["past"]  # what the caller's flag changes
    lex = load_lexicon()  # and the lexicon reads the feminine of its entries so written
    assert "measure" in {a.form.entry.type for a in lex.analyses("وانشات") if a.form.pos == "verb"}


def test_nouns_take_the_plural_and_the_ta_before_a_suffix() -> None:
    assert {"زياره", "زيارات", "زيارت"} <= noun_forms("زياره")


def test_a_plural_past_verb_drops_its_alif_before_a_pronoun() -> None:
    lex = load_lexicon()
    readings = {(a.form.entry.lemma, a.form.pos, a.prefix, a.enclitic) for a in lex.analyses("واتهموها")}
    assert readings == {("اتهم", "verb", "و", "ها")}  # active only: a passive takes no object pronoun
    assert {a.form.pos for a in lex.analyses("استقبلوه")} == {"verb"}
    assert not lex.analyses("اتهمو")  # no pronoun, no dropped alif


def test_a_noun_s_final_hamza_takes_a_seat_before_a_pronoun() -> None:
    # لقاء + ه is written لقائه (or لقاؤه, لقاءه): each reads as the noun with its pronoun
    lex = load_lexicon()
    for word in ("لقائه", "لقاؤه", "لقاءه", "بلقائهم"):
        assert {(a.form.entry.lemma, a.form.pos) for a in lex.analyses(word)} == {("التقى", "noun")}, word
    assert {a.enclitic for a in lex.analyses("لقائها")} == {"ها"}
    assert not lex.analyses("لقائ")  # a seated hamza with no pronoun after it is no spelling of the noun


def test_clitics_fit_the_part_of_speech() -> None:
    assert clitics_fit("و", "", "verb") and clitics_fit("وس", "ه", "verb")
    assert clitics_fit("ب", "ه", "noun") and clitics_fit("لل", "", "noun") and clitics_fit("وال", "", "noun")
    assert not clitics_fit("", "ي", "verb")  # ذكرى is no verb with ي
    assert not clitics_fit("ال", "ه", "noun")  # not both the article and a pronoun
    assert not clitics_fit("ب", "", "verb")


def test_the_future_s_comes_before_a_present_only() -> None:
    lex = load_lexicon()
    assert {a.form.tense for a in lex.analyses("سيامر")} == {"present"}  # س + يأمر
    assert not [a for a in lex.analyses("سامر") if a.form.pos in ("verb", "passive")]  # a name, not س + أمر
    events = analyse(load_text("وقال وزير الخارجية سامر الحلبي إن المفاوضات ستستأنف قريبا."), None).events
    assert [e.actor for e in events] == ["وزير الخارجية سامر الحلبي"]


@pytest.mark.parametrize(
    ("word", "lemma", "pos"),
    [
        ("واضافت", "أضاف", "verb"),
        ("سيزور", "زار", "verb"),
        ("اغتيل", "اغتال", "passive"),
        ("مشيرا", "أشار", "participle"),
        ("والاتهامات", "اتهم", "noun"),
        ("بزيارته", "زار", "noun"),
    ],
)
def test_a_written_word_finds_its_entry(word: str, lemma: str, pos: str) -> None:
    readings = {(a.form.entry.lemma, a.form.pos) for a in load_lexicon().analyses(word)}
    assert (lemma, pos) in readings


def test_the_shared_words_validate_against_their_schema_and_refuse_unknown_keys() -> None:
    from reader.text.words import parse

    data = _data("words.json")
    jsonschema.validate(data, _data("words.schema.json"))
    with pytest.raises(ValueError, match="list"):
        parse({**data, "list": {}})
    assert "كان" not in parse(data).words["complementizers"]  # كأن normalises to the auxiliary كان


def test_the_records_built_field_by_field_keep_their_fields_in_order() -> None:
    """frame_triggers and sentence_mentions build Frame and Mention from their fields in this order."""
    from reader.events.mention import Frame, Mention

    assert Frame._fields == (
        "clause", "negated", "hypothetical", "future", "relative", "opener", "headline",
        "complement", "content", "reporter", "attributive", "which", "circumstantial", "modal",
    )  # fmt: skip
    assert Mention._fields == (
        "sentence", "paragraph", "type", "lemma", "text", "start", "end", "actor", "timex", "strong",
        "speech", "continues", "headline", "vague", "pos", "gender", "outcome", "governed", "definite",
        "link", "continuing", "also", "announces", "recalled", "described", "reported", "opener", "resumed",
        "pointed", "places", "during",
    )  # fmt: skip


def test_the_records_built_field_by_field_have_every_field() -> None:
    """A Frame or Mention built from a tuple of fields has as many as the record declares (a field
    added to the record and not to the tuple would leave it short)."""
    from reader.events.frames import frame_triggers
    from reader.events.lexicon import load_lexicon
    from reader.events.mention import Frame, Mention
    from reader.events.mentions import sentence_mentions
    from reader.events.triggers import find_triggers
    from reader.io.document import load_text
    from reader.text.tokens import article_texts

    lex = load_lexicon()
    article = load_text("عنوان\n\nأعلنت الحكومة أمس أنها فرضت عقوبات، وقال الوزير إن الوفد سيزور القاهرة.")
    text = article_texts(article)[1]
    triggers = find_triggers(text, lex)
    frames, _, _ = frame_triggers(text, triggers, lex, False, frozenset(), lex.classes_of(text))
    mentions = sentence_mentions(text, article.body, (), lex)
    assert frames and mentions
    assert all(len(frame) == len(Frame._fields) for frame in frames)
    assert all(len(mention) == len(Mention._fields) for mention in mentions)


def _rule_names_in_code() -> set[str]:
    """The word sets the event passes read by name (``rule_words("...")``, ``rule_lemmas("...")``)."""
    folder = resources.files("reader") / "events"
    names: set[str] = set()
    for module in folder.iterdir():
        if module.name.endswith(".py"):
            names |= set(re.findall(r'rule_(?:words|lemmas)\("([a-z_]+)"\)', module.read_text(encoding="utf-8")))
    return names


def test_every_rule_word_set_is_read_by_a_pass_and_every_one_read_is_there() -> None:
    listed = set(_data("events.json")["rule_words"])
    assert listed == _rule_names_in_code()


def test_rule_words_are_normalised_and_lemma_sets_hold_the_entries_spelling() -> None:
    charges = rule_words("charge_nouns")
    assert "تهمه" in charges and "تهمة" not in charges  # as the tokens' normalised forms are
    votes = rule_lemmas("vote_lemmas")
    assert votes <= {entry.lemma for entry in load_lexicon().entries}
    assert "أيد" in votes  # the lemma as its entry writes it, hamza and all


def test_a_rule_word_is_no_word_class() -> None:
    # a word in a rule's set and in no list of ``words`` belongs to no class: it ends no actor's phrase
    lex = load_lexicon()
    listed = set().union(*lex.words.values())
    only_rules = [w for w in rule_words("charge_nouns") | rule_words("list_nouns") if w not in listed]
    assert only_rules and all(not lex.classes(w) for w in only_rules)


def test_a_misspelled_lemma_in_a_lemma_set_is_refused() -> None:
    data = copy.deepcopy(_data("events.json"))
    data["rule_words"]["vote_lemmas"].append("أييد")
    with pytest.raises(ValueError, match="vote_lemmas"):
        lemma_sets(data)


def test_a_rule_word_set_that_is_not_a_list_of_words_is_refused() -> None:
    data = copy.deepcopy(_data("events.json"))
    data["rule_words"]["list_nouns"] = "قائمة"
    with pytest.raises(ValueError, match="list_nouns"):
        Lexicon(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _data("events.schema.json"))


def _written_out(node: ast.expr) -> bool:
    """A set of constants written out in the code, or a union of such sets."""
    if isinstance(node, ast.BinOp):
        return _written_out(node.left) and _written_out(node.right)
    return isinstance(node, (ast.Set, ast.List, ast.Tuple)) and all(isinstance(e, ast.Constant) for e in node.elts)


def test_no_pass_keeps_an_arabic_word_set_in_its_code() -> None:
    # word sets are data (events.json, checked by its schema), not literals in the passes
    folder = resources.files("reader") / "events"
    found = []
    for module in folder.iterdir():
        if not module.name.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "frozenset" and node.args:
                if not _written_out(node.args[0]):
                    continue  # worked out from data (frozenset(w for w in lex.words[name] ...))
                words = [
                    e.value for e in ast.walk(node.args[0]) if isinstance(e, ast.Constant) and isinstance(e.value, str)
                ]
                if words and all(re.fullmatch(r"[\u0621-\u064a]+", w) for w in words):
                    found.append(f"{module.name}:{node.lineno}")
    assert not found
