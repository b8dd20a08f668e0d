"""Tests of the quote layer on small hand-made texts."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.entities import find_entities, find_sentences
from newsprism.annotate.quotes import find_quotes
from newsprism.annotate.runtime import parse_texts
from newsprism.settings import Settings


def _quotes(text: str) -> list[dict[str, Any]]:
    parsed = next(parse_texts([text]))
    layers = {"sentences": find_sentences(parsed)}
    layers["entities"] = find_entities(parsed, layers, Settings())
    quotes = find_quotes(parsed, layers, Settings())
    for quote in quotes:
        assert parsed.text[quote["start"] : quote["end"]] == quote["text"]
    return quotes


def _by_text(quotes: list[dict[str, Any]], part: str, kind: str | None = None) -> dict[str, Any]:
    found = [q for q in quotes if part in q["text"] and kind in (None, q["kind"])]
    assert found, f"no quote holds {part!r}: {[q['text'] for q in quotes]}"
    return found[0]


def test_direct_quote_with_cue_after_and_role() -> None:
    text = (
        '"We are leaving now," said Major Anna Berg, spokeswoman for the northern command. '
        '"It is over."'
    )
    quotes = _quotes(text)
    first = _by_text(quotes, "We are leaving")
    assert first["kind"] == "direct"
    assert first["speaker"] == "Anna Berg"
    assert first["speaker_key"] == "anna berg"
    assert first["role"] == "spokeswoman for the northern command"
    assert first["cue"] == "say"
    second = _by_text(quotes, "It is over")
    assert second["speaker"] == "Anna Berg"  # a quote standing alone inherits the speaker


def test_colon_introduced_quote_with_channel() -> None:
    text = 'A lorry driver told the BBC: "There were many foreigners in the convoy."'
    quote = _by_text(_quotes(text), "There were many")
    assert quote["kind"] == "direct"
    assert quote["speaker"] == "A lorry driver"
    assert quote["speaker_key"] == "driver"
    assert quote["channel"] == "the BBC"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "A lorry driver"


def test_partial_quote_inside_a_sentence() -> None:
    text = 'The minister described the campaign as a war of "annihilation" in May.'
    quotes = _quotes(text)
    quote = _by_text(quotes, "annihilation", "partial")
    assert quote["text"] == '"annihilation"'
    assert quote["cue"] == "describe"
    # The writer's sentence around it is the indirect statement the phrase belongs to.
    statement = _by_text(quotes, "annihilation", "indirect")
    assert statement["cue_start"] == quote["cue_start"]


def test_indirect_speech_with_that_clause() -> None:
    text = "Former intelligence chief Abu Musab told the BBC that thousands of fighters escaped."
    quote = _by_text(_quotes(text), "thousands of fighters")
    assert quote["kind"] == "indirect"
    assert quote["speaker"] == "Abu Musab"
    assert quote["channel"] == "the BBC"
    assert quote["text"].startswith("that thousands")


def test_according_to_credits_the_speaker() -> None:
    text = "The convoy was seven kilometres long, according to another driver."
    quote = _by_text(_quotes(text), "convoy was seven")
    assert quote["kind"] == "indirect"
    assert quote["speaker"] == "another driver"
    assert quote["cue"] == "according to"


def test_pronoun_resolves_to_the_previous_speaker() -> None:
    text = (
        'Senator Maria Lopez spoke on Tuesday. "We will vote no," Lopez said.\n'
        '"This bill is wrong," she said.'
    )
    quote = _by_text(_quotes(text), "This bill")
    assert quote["speaker"] == "Maria Lopez"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "she"


def test_relative_pronoun_speaks_for_its_antecedent() -> None:
    text = 'Drivers were threatened by the jihadists, who told them, "We will come back."'
    quote = _by_text(_quotes(text), "We will come back")
    assert quote["speaker"] == "the jihadists"


def test_odd_quote_mark_does_not_swallow_the_article() -> None:
    text = 'He said "this never closes.\nThe second paragraph is long and plain.\nA third one.'
    quotes = _quotes(text)
    assert all("second paragraph" not in q["text"] for q in quotes if q["kind"] != "indirect")


def test_scare_quote_without_a_speaker_has_none() -> None:
    text = 'The so-called "deal" was signed in secret.'
    quote = _by_text(_quotes(text), "deal", "partial")
    assert quote["speaker"] is None


def test_speaker_named_before_a_colon() -> None:
    text = 'Senator Maria Lopez: "We will not vote for this bill."'
    quote = _by_text(_quotes(text), "We will not vote")
    assert quote["speaker"] == "Maria Lopez"
    assert quote["cue"] == ":"


def test_speaker_mention_keeps_age_and_description_but_not_a_cue_clause() -> None:
    text = (
        '"It was a long night," said Renee Gold, 83, of Sarasota.\n'
        "Mark Barkley, who votes in every election, said the count was slow.\n"
        "Ann Lee, who said she was tired, added that the count was slow."
    )
    quotes = _quotes(text)
    gold = _by_text(quotes, "It was a long night")
    assert text[gold["speaker_start"] : gold["speaker_end"]] == "Renee Gold, 83, of Sarasota"
    assert gold["speaker"] == "Renee Gold"
    barkley = _by_text(quotes, "the count was slow")
    mention = text[barkley["speaker_start"] : barkley["speaker_end"]]
    assert mention == "Mark Barkley, who votes in every election"
    assert barkley["speaker"] == "Mark Barkley"
    lee = next(q for q in quotes if q["cue"] == "add")
    assert text[lee["speaker_start"] : lee["speaker_end"]] == "Ann Lee"


def test_titles_of_works_are_not_quotes() -> None:
    text = 'He said so on "Meet the Press" and starred in the drama "Mercy Street."'
    assert [q for q in _quotes(text) if q["kind"] != "indirect"] == []


def test_interrupted_quote_with_cue_in_the_middle() -> None:
    text = (
        "Dana Woods spoke on the radio.\n\n"
        '"First and foremost," she told the host, "I would never say that about a mother."'
    )
    quotes = _quotes(text)
    first = _by_text(quotes, "First and foremost")
    second = _by_text(quotes, "I would never")
    assert first["cue"] == second["cue"] == "tell"
    assert first["speaker_start"] == second["speaker_start"] == text.index("she told")


def test_inverted_cue_names_the_speaker_after_it() -> None:
    text = '"The risk," said Edward Leamer, an economist in Los Angeles, "is that work moves."'
    quote = _by_text(_quotes(text), "The risk")
    assert quote["speaker"] == "Edward Leamer"
    assert quote["role"] == "an economist in Los Angeles"


def test_quote_after_a_full_stop_does_not_take_the_next_sentences_cue() -> None:
    text = (
        'Rick Tyler said, "He has the record to back it up." '
        'On the trail, Cruz describes himself as "a consistent conservative."'
    )
    quote = _by_text(_quotes(text), "He has the record")
    assert quote["speaker"] == "Rick Tyler"


def test_pronoun_skips_a_speaker_of_the_wrong_gender() -> None:
    text = (
        "Senator Maria Lopez met Governor John Reyes on Tuesday.\n"
        "Reyes said his plan would pass.\n"
        '"It will not," she said.'
    )
    quote = _by_text(_quotes(text), "It will not")
    assert quote["speaker"] == "Maria Lopez"


def test_plural_pronoun_is_not_a_single_person() -> None:
    text = 'Anna Berg said the talks were over.\n"We will leave," they said.'
    quote = _by_text(_quotes(text), "We will leave")
    assert quote["speaker"] != "Anna Berg"


def test_speaker_mention_keeps_the_bracket_it_opens() -> None:
    text = "Sen. Mitch McConnell (R-Ky.) said the vote would wait."
    quote = next(q for q in _quotes(text) if q["cue"] == "say")
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Sen. Mitch McConnell (R-Ky.)"


def test_stance_verbs_are_cues_but_not_as_bare_participles() -> None:
    quotes = _quotes(
        "Senator Ann Lee refused to back the bill. They protected fighters opposed to it."
    )
    refused = next(q for q in quotes if q["cue"] == "refuse")
    assert refused["speaker"] == "Ann Lee"
    assert refused["text"] == "to back the bill"
    assert not any(q["cue"] == "oppose" for q in quotes)


def test_passive_cue_credits_its_agent_not_its_subject() -> None:
    text = (
        "The deal was criticized as a mistake by the mayor. The deal was criticized as a mistake."
    )
    quotes = _quotes(text)
    assert [text[q["speaker_start"] : q["speaker_end"]] for q in quotes] == ["the mayor"]


def test_weak_cue_reports_only_for_a_published_piece() -> None:
    text = "A new survey found that most voters were undecided. He found ways to win the vote."
    quotes = _quotes(text)
    found = [q for q in quotes if q["cue"] == "find"]
    assert [text[q["speaker_start"] : q["speaker_end"]] for q in found] == ["A new survey"]


def test_object_of_a_bare_reporting_verb_is_its_content() -> None:
    text = "Police reported no arrests on Monday."
    quote = next(q for q in _quotes(text) if q["cue"] == "report")
    assert quote["text"] == "no arrests"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Police"


def test_as_clause_cue_reports_the_clause_it_introduces() -> None:
    text = "As Menendez pointed out, the rulings have a real impact."
    quote = next(q for q in _quotes(text) if q["cue"] == "point")
    assert quote["text"] == "the rulings have a real impact"
    assert quote["speaker"] == "Menendez"


def test_speaker_mention_leaves_out_leading_adverbs_and_datelines() -> None:
    text = (
        "NEW YORK (AP) - Senator Ann Lee said the vote was late.\n"
        "Even a top strategist said the plan would fail."
    )
    mentions = [text[q["speaker_start"] : q["speaker_end"]] for q in _quotes(text)]
    assert mentions == ["Senator Ann Lee", "a top strategist"]


def test_participle_after_a_reported_clause_goes_with_the_reporter() -> None:
    text = (
        "Ann Lee said some of the rhetoric on the trail has been patronizing, "
        "noting the remarks to a radio host in April."
    )
    noting = next(q for q in _quotes(text) if q["cue"] == "note")
    assert text[noting["speaker_start"] : noting["speaker_end"]] == "Ann Lee"


def test_a_tally_after_a_name_and_colon_is_no_statement() -> None:
    text = "Maria Lopez: 547.\n\nJohn Smith: 46.\n\nMaria Lopez: We will win this."
    quotes = _quotes(text)
    assert [q["text"] for q in quotes if q["cue"] == ":"] == ["We will win this."]


def test_quoted_words_are_not_the_speaker_of_the_cue_after_them() -> None:
    text = '"He opposed every one of them. Every single amendment," said Ted Cruz, a senator.'
    quote = _by_text(_quotes(text), "Every single amendment")
    assert quote["speaker"] == "Ted Cruz"


def test_a_name_before_a_colon_with_a_verb_is_the_speaker_alone() -> None:
    text = 'Bernie Sanders delivered a snappy retort: "No one is tearing this up."'
    quote = _by_text(_quotes(text), "No one is tearing")
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Bernie Sanders"


def test_a_personal_pronoun_mention_is_the_pronoun_alone() -> None:
    text = "He all but said the race was over."
    quote = next(q for q in _quotes(text) if q["cue"] == "say")
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "He"


def test_an_infinitive_under_a_cue_is_not_a_second_cue() -> None:
    quotes = _quotes("A spokeswoman for Ann Lee declined to comment on the report.")
    assert [q["cue"] for q in quotes] == ["decline"]


def test_verbs_of_wanting_are_cues_only_for_a_named_subject() -> None:
    text = "Senator Elizabeth Warren wants a vote on the bill.\nWe want a vote on the bill."
    quotes = _quotes(text)
    assert [(q["cue"], q["speaker"]) for q in quotes] == [("want", "Elizabeth Warren")]


def test_verbs_of_wanting_do_not_introduce_a_quotation() -> None:
    text = 'Senator Elizabeth Warren wants a vote on the bill, "and we will win."'
    quote = _by_text(_quotes(text), "we will win")
    assert quote["speaker"] is None


def test_a_cue_in_a_prepositional_phrase_borrows_the_subject_it_modifies() -> None:
    quotes = _quotes(
        "After suggesting on Wednesday that he regretted the insults, Senator Marco Rubio "
        "only occasionally disagreed with him."
    )
    suggest = next(q for q in quotes if q["cue"] == "suggest")
    assert suggest["speaker"] == "Marco Rubio"
    assert suggest["text"] == "that he regretted the insults"


def test_assure_and_remind_are_verbs_of_speech() -> None:
    quote = _by_text(_quotes('"We are not done," Ann Lee assured the crowd.'), "We are not done")
    assert (quote["speaker"], quote["cue"]) == ("Ann Lee", "assure")


def test_a_cue_ending_in_a_colon_reports_the_paragraph_below() -> None:
    text = "Hugh Hewitt writes:\n\nThe plan will fail and everyone knows it."
    quote = next(q for q in _quotes(text) if q["cue"] == "write")
    assert quote["text"] == "The plan will fail and everyone knows it."
    assert quote["speaker"] == "Hugh Hewitt"


def test_first_person_thinking_is_a_cue_outside_quotations_only() -> None:
    text = (
        "I think the plan is too expensive for families.\nHe thinks the plan is fine.\n"
        "You know the plan will fail.\n"
        "I thought the plan was cheap.\n"
        'Ann Lee spoke on Monday. "I think the plan is bad," she said.'
    )
    quotes = _quotes(text)
    thinking = [q for q in quotes if q["cue"] == "think"]
    assert len(thinking) == 1
    assert text[thinking[0]["speaker_start"] : thinking[0]["speaker_end"]] == "I"
    assert thinking[0]["text"] == "the plan is too expensive for families"
    knowing = [q for q in quotes if q["cue"] == "know"]
    assert [text[q["speaker_start"] : q["speaker_end"]] for q in knowing] == ["You"]


def test_a_negated_or_ongoing_first_person_cue_credits_the_pronoun() -> None:
    text = "We don't know how much the plan costs.\nThey don't know how much the plan costs."
    quotes = _quotes(text)
    assert [(q["cue"], text[q["speaker_start"] : q["speaker_end"]]) for q in quotes] == [
        ("know", "We")
    ]


def _mentions(text: str, cue: str) -> list[str]:
    """The speaker mentions of the records with one cue, in text order."""
    return [
        text[q["speaker_start"] : q["speaker_end"]]
        for q in _quotes(text)
        if q["cue"] == cue and q["speaker_start"] is not None
    ]


def test_a_mention_before_its_cue_ends_before_it() -> None:
    text = (
        "Podliska further alleges that he was fired for taking time off to fulfill his "
        "military duties, a claim that Gowdy's office denies."
    )
    assert _mentions(text, "allege") == ["Podliska"]


def test_a_mention_leaves_out_a_list_dash_and_a_dateline_taken_for_the_subject() -> None:
    assert _mentions("-Craig Fehrman explains why the book matters.", "explain") == [
        "Craig Fehrman"
    ]
    orlando = (
        "ORLANDO, Fla. (Reuters) - President Barack Obama said on Thursday that the killings "
        "were an act of terror."
    )
    assert _mentions(orlando, "say") == ["President Barack Obama"]
    washington = (
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival "
        "Donald Trump's stance on Brexit, saying that bombastic comments do more harm than good."
    )
    assert _mentions(washington, "say") == ["Democrat Hillary Clinton"]


def test_a_participle_closing_the_sentence_goes_with_the_main_subject() -> None:
    text = (
        "Trump campaign manager Corey Lewandowski rejected the idea that the billionaire real "
        "estate developer would be a drag on the GOP ticket, saying the huge crowds he is "
        "turning out prove that Trump would energize the party."
    )
    assert _mentions(text, "say") == ["Trump campaign manager Corey Lewandowski"]
    hannity = (
        '"I think we need him back in the Senate," Hannity said during a panel on his show '
        "after the first-term senator easily won his primary, remarking that conservatives "
        "are still angry."
    )
    assert _mentions(hannity, "remark") == ["Hannity"]


def test_a_participle_after_a_quote_reports_its_own_object() -> None:
    text = '"Be very careful out there," Lee said, adding a plug for herself as mayor.'
    adding = next(q for q in _quotes(text) if q["cue"] == "add")
    assert adding["kind"] == "indirect"
    assert adding["text"].startswith("a plug for herself")
    assert text[adding["speaker_start"] : adding["speaker_end"]] == "Lee"


def test_a_cue_joined_to_a_reported_clause_goes_with_its_reporter() -> None:
    text = (
        'Lopez said Monday that she will "try to form a stable government" and insisted that '
        "her party was still the strongest force in Spain."
    )
    assert _mentions(text, "insist") == ["Lopez"]


def test_the_object_of_a_causative_verb_does_the_infinitive() -> None:
    text = (
        "The decisive victory led committee chairman Reince Priebus to declare him the "
        "presumptive nominee."
    )
    assert _mentions(text, "declare") == ["committee chairman Reince Priebus"]


def test_an_infinitive_after_an_adjective_takes_the_subject_of_its_verb() -> None:
    text = (
        "Yellen is likely to stress that the Fed would pause its campaign quickly. "
        "The race remained too close to call."
    )
    assert _mentions(text, "stress") == ["Yellen"]
    assert _mentions(text, "call") == []


def test_a_speaker_before_a_party_label_the_splitter_cut_after() -> None:
    # The splitter may end a sentence at "(I-Vt.)"; the break is mended, so the cue that
    # follows keeps its subject.
    text = (
        "Republicans reacted quickly. In a fiery takedown on Tuesday, Sen. Bernie Sanders "
        "(I-Vt.) called the plan divisive and accused him of lying."
    )
    quote = next(q for q in _quotes(text) if q["cue"] == "call")
    assert quote["speaker"] == "Bernie Sanders"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Sen. Bernie Sanders (I-Vt.)"


def test_a_passive_participle_clause_credits_its_by_phrase() -> None:
    text = (
        "When asked by a reporter whether this differed from the old rule, Trump said no. "
        "As reported by the Boston Herald, the mayor will resign."
    )
    assert _mentions(text, "ask") == ["a reporter"]
    assert _mentions(text, "report") == ["the Boston Herald"]


def test_a_for_clause_and_the_topic_of_a_reminder_are_content() -> None:
    calling = "Clinton is calling for the United States to take a stronger role in the conflict."
    call = next(q for q in _quotes(calling) if q["cue"] == "call")
    assert call["text"].startswith("for the United States to take")
    reminding = "Galvin is reminding the campaign about state election laws."
    remind = next(q for q in _quotes(reminding) if q["cue"] == "remind")
    assert remind["text"] == "about state election laws"
    assert reminding[remind["speaker_start"] : remind["speaker_end"]] == "Galvin"


def test_a_cue_given_a_second_subject_inside_the_quote_keeps_the_one_outside() -> None:
    text = (
        "“I’m sure Trump’s going to have some delegates out there,” he said, adding that he "
        "hasn’t spoken to the backers."
    )
    quote = _by_text(_quotes(text), "some delegates", "direct")
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "he"
    assert _mentions(text, "add") == ["he"]


def test_a_subject_misread_as_an_adverb_or_a_number_is_the_speaker() -> None:
    assert _mentions("Jolly said he would be cautious in restructuring spending.", "say") == [
        "Jolly"
    ]
    assert _mentions("“It is valuable,” said Skelly, explaining the plan.", "say") == ["Skelly"]
    assert _mentions("About 4 in 10 say they want the next president to be liberal.", "say") == [
        "About 4 in 10"
    ]
    assert _mentions("Just ask him about the plan.", "ask") == []


def test_phrasal_verbs_that_state_nothing_are_no_cues() -> None:
    text = (
        "Murphy sent his family home and showed up at the firehouse. "
        "Two firms called off a $54 billion deal. "
        "Murphy showed that the plan had failed."
    )
    assert _mentions(text, "show") == ["Murphy"]
    assert _mentions(text, "call") == []


def _cues(text: str) -> list[tuple[str, str]]:
    """Each record's cue words and content, as the text has them."""
    return [
        (text[q["cue_start"] : q["cue_end"]], q["text"])
        for q in _quotes(text)
        if q["cue_start"] is not None
    ]


def test_a_cue_spans_its_verb_group_and_particle() -> None:
    cues = dict(
        _cues(
            "The senator did not respond to the charges. "
            "Sanders has repeatedly called for a higher minimum wage. "
            "Trump went on to endorse Ayotte. "
            "Warren said about the deal that it was dead."
        )
    )
    assert "did not respond to" in cues
    assert cues.get("has repeatedly called for") == "a higher minimum wage"
    assert "went on to endorse" in cues
    assert "said" in cues and "said about" not in cues


def test_a_stop_before_a_comma_or_a_lower_case_word_ends_no_sentence() -> None:
    text = (
        '"Let me make it perfectly clear," Senate Majority Leader Mitch McConnell, R-Ky., said. '
        '"It is time to act," Rand Paul (R-Ky.) said.'
    )
    quotes = _quotes(text)
    assert _by_text(quotes, "perfectly clear")["speaker"] == "Mitch McConnell"
    assert _by_text(quotes, "time to act")["speaker"] == "Rand Paul"


def test_a_quote_right_after_its_cue_is_what_that_cue_says() -> None:
    text = (
        "In 2009, under what Mr. Hedge called ''the prior economy model,'' the Marsh Landing "
        "Country Club charged a $100,000 initiation fee."
    )
    quote = _by_text(_quotes(text), "prior economy model")
    assert (quote["speaker"], quote["cue"]) == ("Hedge", "call")


def test_a_quote_only_cue_reports_a_clause_of_its_own() -> None:
    text = (
        "The senator maintained that the vote does not change his past statements. "
        "The senator maintained his lead in the polls."
    )
    assert _mentions(text, "maintain") == ["The senator"]


def test_a_cue_running_into_the_next_quotation_introduces_that_one() -> None:
    text = (
        "As Archbishop Aris Shirvanian told the Associated Press, “We have suffered the same "
        "fate.” He added, “So Israel should have been one of the first countries to act.”"
    )
    quotes = _quotes(text)
    assert _by_text(quotes, "same fate")["cue"] == "tell"
    assert _by_text(quotes, "first countries")["cue"] == "add"


def test_a_dash_opened_in_the_mention_closes_in_it() -> None:
    text = "Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision."
    assert _mentions(text, "say") == ["Jason Sims — a teacher from Mount Pleasant —"]
    assert _mentions("Jason Sims says he made a decision — and kept it.", "say") == ["Jason Sims"]


def test_a_capitalised_word_misread_as_a_verb_opens_the_mention() -> None:
    text = (
        '"We know how Wyoming is going to go," Trump senior adviser Paul Manafort conceded in an '
        "interview before the vote."
    )
    assert _mentions(text, "concede") == ["Trump senior adviser Paul Manafort"]


def test_an_aside_on_where_or_how_someone_spoke_is_left_out_of_the_mention() -> None:
    assert _mentions("Trump, in Kentucky, said Tuesday that Rubio was weak.", "say") == ["Trump"]
    assert _mentions("Several candidates, including Trump, said the plan failed.", "say") == [
        "Several candidates, including Trump"
    ]


def test_a_position_reported_inside_a_statement_is_no_attribution_of_its_own() -> None:
    text = (
        "President Obama rebuked critics who say he should condemn terrorists as radicals. "
        "The senator said that the governor had rejected the plan."
    )
    quotes = _quotes(text)
    assert not [q for q in quotes if q["cue"] in ("condemn", "reject")]
    assert [q["cue"] for q in quotes if q["cue"] == "say"] == ["say", "say"]


def test_a_phrase_quoted_inside_a_statement_goes_with_that_statement() -> None:
    text = (
        'Sanders said he "cannot walk down the street" without reporters asking him to attack '
        "Clinton."
    )
    quote = _by_text(_quotes(text), "walk down the street", "partial")
    assert (quote["speaker"], quote["cue"]) == ("Sanders", "say")


def test_a_that_clause_hung_on_a_noun_after_the_cue_is_its_content() -> None:
    text = (
        "Trump has hailed the vote as fantastic, telling reporters during a visit to Scotland on "
        "Friday that he thinks the Brexit is a great thing."
    )
    telling = [q for q in _quotes(text) if q["cue"] == "tell"]
    assert [q["text"] for q in telling] == ["that he thinks the Brexit is a great thing"]


def test_a_position_reported_according_to_someone_is_theirs() -> None:
    text = "According to the newspaper, the senator rejected the plan last week."
    quotes = _quotes(text)
    assert [q["cue"] for q in quotes] == ["according to"]


def test_a_passive_cue_joined_to_another_passive_credits_its_agent() -> None:
    # "mocked" shares the passive subject of "criticized": the senator is spoken of, the
    # rivals speak.
    text = "The senator was criticized and mocked by his rivals on Tuesday."
    assert _mentions(text, "mock") == ["his rivals"]
