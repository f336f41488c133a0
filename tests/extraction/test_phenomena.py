"""Extraction, phenomenon by phenomenon, on short reports written for each case.

Each test states what a careful reader records; the fixture corpus in docs/ covers the
same phenomena at length and test_corpus.py scores it.
"""

from __future__ import annotations

from onrecord.db.extract import extract


def report(body: str, date: str = "2024-05-16", caption: str = "Officials meet in Seoul. (Yonhap)") -> str:
    return f" date {date} {caption}\n\n" + "\n\n".join(p.strip() for p in body.strip().split("\n\n")) + "\n"


def statements(text: str):
    result = extract(text)
    for s in result.statements:
        assert text[s.start:s.end] == s.text
    return result.statements


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(first words, speaker, cue) for each statement."""
    return [(" ".join(s.text.split()[:4]), s.speaker.name if s.speaker else None, s.cue)
            for s in statements(text)]


# -- quote marks ------------------------------------------------------------------------

def test_straight_curly_and_mixed_marks_all_delimit_quotes():
    text = report('''
Trade Minister Park Ji-hoon met reporters on Thursday.

"We will protect our chip makers from unfair rules," Park said.

“Our exports must not become a bargaining chip,” he added.

“Supply chains need partners, not pressure," Park said.
''')
    assert [s[0] for s in said(text)] == [
        "We will protect our", "Our exports must not", "Supply chains need partners,"]
    assert {s[1] for s in said(text)} == {"Park Ji-hoon"}


def test_scare_quotes_titles_and_apostrophes_are_not_statements():
    text = report('''
Officials discussed the so-called "Chip 4" alliance and a "win-win" deal for ministers' staff at O'Grady's office on Thursday.

The report, titled "Resilient Together", was published by the ministry.
''')
    assert statements(text) == []


def test_single_quotes_inside_a_double_quoted_quote_stay_inside_it():
    text = report('''
Foreign Minister Cho Eun-bi spoke on Thursday.

"As my colleague put it, 'we are rule-makers, not rule-takers,' and I agree," Cho said.
''')
    [quote] = statements(text)
    assert quote.text.startswith("As my colleague put it, 'we are rule-makers")
    assert quote.speaker.name == "Cho Eun-bi"


# -- attribution ----------------------------------------------------------------------

def test_attribution_before_and_after_the_quote_in_every_common_order():
    text = report('''
Finance Minister Choi Sang-mok met Chinese officials on Thursday.

"Markets are calm," Choi said.

"Inflation is easing across the region," said Choi, adding that rates would stay on hold.

Choi said: "The won is stable and will remain stable."

Choi told reporters that the talks had been productive and candid.

According to Choi, the two sides will meet again in Beijing in October.

Growth will pick up in the second half of the year, Choi said in a statement.

"We expect the swap line to be renewed soon," the ministry said in a press release.
''')
    found = said(text)
    assert [f[2] for f in found] == ["said", "said", "added", "said", "told", "according to",
                                     "said", "said"]
    assert [f[1] for f in found[:-1]] == ["Choi Sang-mok"] * 7
    assert found[2][0] == "rates would stay on"
    assert found[-1][1] == "Ministry of Finance"  # the ministry of the minister the report names


def test_a_split_quote_gives_two_statements_by_the_same_speaker():
    text = report('''
Industry Minister Ahn Duk-geun spoke on Thursday.

"We are ready to invest in American factories," he said, "but we need certainty on subsidies."
''')
    first, second = statements(text)
    assert first.text.endswith("American factories")
    assert second.text.startswith("but we need certainty")
    assert first.speaker.name == second.speaker.name == "Ahn Duk-geun"
    assert second.cue == "said"


def test_a_quote_running_over_paragraphs_is_one_statement():
    text = report('''
Finance Minister Choi Sang-mok addressed the forum on Thursday.

"The first thing we must do is keep markets open to trade.

"The second is to make supply chains resilient to shocks," Choi said.
''')
    [quote] = statements(text)
    assert quote.text.startswith("The first thing we must do")
    assert quote.text.endswith("resilient to shocks")
    assert quote.speaker.name == "Choi Sang-mok"


def test_a_floating_quote_after_an_attributed_one_keeps_its_speaker():
    text = report('''
Trade Minister Park Ji-hoon spoke in Seoul on Thursday.

"We will not accept unfair tariffs on our steel," Park said.

"Our industry has waited long enough for a fair deal."
''')
    first, floating = statements(text)
    assert floating.speaker.name == first.speaker.name == "Park Ji-hoon"
    assert floating.cue is None


# -- speakers --------------------------------------------------------------------------

def test_titles_before_and_after_names_give_title_affiliation_and_country():
    text = report('''
South Korea's Finance Minister Choi Sang-mok and Zheng Shanjie, chairman of China's National Development and Reform Commission (NDRC), met on Thursday.

U.S. Treasury Secretary Scott Bessent said the dollar was strong.

Zheng said China would expand imports of Korean goods.

The NDRC said it would publish details later this month.
''')
    found = {s.speaker.name: s.speaker for s in statements(text)}
    assert found["Scott Bessent"].title == "Treasury Secretary"
    assert found["Scott Bessent"].country == "United States"
    assert found["Zheng Shanjie"].affiliation == "National Development and Reform Commission"
    assert found["Zheng Shanjie"].country == "China"
    assert "National Development and Reform Commission" in found  # the NDRC, by its acronym


def test_names_in_korean_japanese_and_western_order_and_with_particles():
    text = report('''
Environment Minister Gong Seon-ah met Annelies de Wit, the European commissioner for climate action, and Japan's Minister of Economy, Trade and Industry Ryo Fujisawa.

"We must cut emissions faster than planned," De Wit said.

"Hydrogen will be central to our industrial policy," Fujisawa said.

"Korea is ready to lead on offshore wind power," Gong said.
''')
    assert [s[1] for s in said(text)] == ["Annelies de Wit", "Ryo Fujisawa", "Gong Seon-ah"]


def test_surname_title_and_pronoun_references_resolve_to_the_full_name():
    text = report('''
First Vice Industry Minister Kim Yong-su and Australia's Resources Minister Fiona Carrick met in Canberra on Thursday.

"Australia has the resources and Korea has the technology," Kim said.

The vice minister also called for closer coordination between export credit agencies.

"We welcome Korean investment in processing," Carrick said, before she added that approvals would be faster.
''')
    speakers = [s[1] for s in said(text)]
    assert speakers[:2] == ["Kim Yong-su", "Kim Yong-su"]
    assert speakers[2] == "Fiona Carrick"


def test_people_who_share_a_surname_are_told_apart():
    text = report('''
Vice Minister Kim Yong-su and Kim Hae-won, the ministry's director general for energy policy, led the talks.

"We are close to a deal," Kim Hae-won said.

"The price formula is still open," Kim Yong-su said.
''')
    assert [s[1] for s in said(text)] == ["Kim Hae-won", "Kim Yong-su"]


def test_bodies_speak_the_ministry_the_government_and_a_joint_statement():
    text = report('''
South Korea and China agreed to expand trade in critical minerals, Seoul's finance ministry said.

The talks were held in Beijing, according to the Ministry of Economy and Finance.

The South Korean government also called for closer cooperation on tourism.

In a joint statement, the two ministers pledged to meet again next year in Seoul.
''')
    found = said(text)
    assert [f[1] for f in found] == ["Ministry of Economy and Finance", "Ministry of Economy and Finance",
                                     "South Korean government", "joint statement"]
    assert [f[2] for f in found] == ["said", "according to", "called for", "pledged"]


# -- reported speech --------------------------------------------------------------------

def test_reported_speech_with_many_cue_verbs():
    cues = ["noted", "stressed", "urged", "pledged", "emphasized", "warned", "vowed", "announced"]
    body = "\n\n".join(f"Trade Minister Park Ji-hoon {cue} that the tariff talks would conclude by June." for cue in cues)
    found = said(report(body))
    assert [f[2] for f in found] == cues
    assert {f[1] for f in found} == {"Park Ji-hoon"}


def test_plural_subjects_agreeing_are_outcomes_not_statements():
    text = report("The two sides agreed to hold the next round of talks in Tokyo.")
    assert statements(text) == []


# -- meetings ---------------------------------------------------------------------------

def test_a_named_meeting_with_ordinal_date_format_and_place():
    text = report('''
SEOUL, May 16 (Yonhap) -- South Korea and Japan discussed chip supply chains at the 9th Korea-Japan Finance Dialogue held in Tokyo on Tuesday, the finance ministry said.
''', date="2024-05-16")
    [meeting] = extract(text).meetings
    assert meeting.name == "9th Korea-Japan Finance Dialogue"
    assert meeting.series == "Korea-Japan Finance Dialogue"
    assert meeting.ordinal == 9
    assert meeting.date == "2024-05-14"
    assert meeting.format == "in person"
    assert meeting.location == "Tokyo"


def test_round_of_talks_virtual_meetings_and_two_meetings_in_one_report():
    text = report('''
The fifth round of China-U.S. trade talks was held via videoconference on Monday, officials said.

A day later, the ministers met at the 2nd Korea-UAE Joint Economic Committee in Abu Dhabi.
''', date="2024-05-16")
    first, second = extract(text).meetings
    assert first.name == "fifth round of China-U.S. trade talks" and first.ordinal == 5
    assert first.format == "virtual" and first.date == "2024-05-13"
    assert second.name == "2nd Korea-UAE Joint Economic Committee"


def test_a_standing_body_is_not_a_meeting_and_last_week_is_not_a_day():
    text = report('''
The National Development and Reform Commission said prices were stable.

Officials met at the Korea-Canada Critical Minerals Dialogue last week.
''')
    [meeting] = extract(text).meetings
    assert meeting.name == "Korea-Canada Critical Minerals Dialogue"
    assert meeting.date is None


def test_weekdays_resolve_against_the_publication_date():
    text = report("Ministers met at the Korea-China Trade Dialogue on Thursday.", date="2024-05-18")
    assert extract(text).meetings[0].date == "2024-05-16"


# -- page furniture ---------------------------------------------------------------------

def test_page_furniture_never_becomes_a_statement_or_changes_the_date():
    text = report('''
Home / World / Asia

By Kim Soo-ah

Updated At 2024-03-02 10:31 KST

"We will keep talking," Trade Minister Park Ji-hoon said on Thursday. (Yonhap)

(END)

© 2024 Yonhap News Agency. All rights reserved.

Disclaimer: "This story has not been edited by our staff," the editors said.
''', date="2024-03-01")
    result = extract(text)
    assert result.document.published == "2024-03-01"
    assert [s.text for s in result.statements] == ["We will keep talking"]


def test_plain_text_without_a_date_line_takes_a_stated_date_or_none():
    stated = "Seoul, May 16, 2024 — \"Markets are calm and will stay calm,\" Finance Minister Choi Sang-mok said."
    assert extract(stated).document.published == "2024-05-16"
    unknown = "\"Markets are calm and will stay calm,\" Finance Minister Choi Sang-mok said on Thursday."
    assert extract(unknown).document.published is None


# -- topics -----------------------------------------------------------------------------

def test_topics_come_from_what_statements_discuss_not_from_names():
    text = report('''
"Urea, gallium and graphite supplies must be secured," Finance Minister Choi Sang-mok said.
''')
    [statement] = statements(text)
    assert "critical minerals" in statement.topics
    assert "finance" not in statement.topics  # "Finance Minister" is a title, not the subject


def test_honorifics_are_not_names_and_mr_surname_resolves():
    text = report('''
The talks were co-chaired by H.E. Dr. Saeed bin Rashid Al Marri, Minister of State for Foreign Trade, and Shri Mahesh Trivedi, Union Minister of Commerce.

"Our trade has doubled in three years," Dr. Al Marri said.

Mr Trivedi said Indian firms would open more offices in Dubai this year.
''')
    assert [s[1] for s in said(text)] == ["Saeed bin Rashid Al Marri", "Mahesh Trivedi"]


def test_names_with_accents_apostrophes_and_single_names_after_a_title():
    text = report('''
Argentina's Secretary of Mining, Martín Echeverría, met Treasurer Callum O’Neill and Coordinating Minister for Economic Affairs Suharyanto.

"Lithium is our future," Echeverría said.

"We will keep trade open," O’Neill said.

Suharyanto said Indonesia would cut nickel export levies.
''')
    found = {s.speaker.name: s.speaker for s in statements(text)}
    assert set(found) == {"Martín Echeverría", "Callum O’Neill", "Suharyanto"}
    assert found["Martín Echeverría"].title == "Secretary of Mining"
    assert found["Martín Echeverría"].country == "Argentina"


def test_a_body_named_with_its_acronym_is_one_speaker():
    text = report('''
Indian companies have invested more than 2 billion dollars in Kenya, the Kenya Investment Authority (KenInvest) said.

KenInvest said it would open an office in Mumbai in June.
''')
    assert {s[1] for s in said(text)} == {"Kenya Investment Authority"}


def test_datelines_of_many_agencies_are_not_part_of_the_statement():
    for dateline in ["Berlin (dpa) - ", "Santiago, Aug 7 (EFE).- ", "HANOI, Dec. 9 Kyodo - ",
                     "MEXICO CITY — ", "Abuja - ", "New Delhi [India], July 9 (ANI): "]:
        text = report(dateline + "Both countries will cut tariffs on steel by half, the trade ministry said.")
        [statement] = statements(text)
        assert statement.text.startswith("Both countries will cut tariffs"), dateline


def test_a_title_then_the_name_in_commas_attributes_to_the_named_person():
    text = report('''
The Minister of State for Petroleum Resources, Oluwaseun Adeyemi, said the pipeline would be built by 2029.

Both countries will take the investment decision this year, the Minister of Trade, Ms Thandiwe Mokoena, has said.
''')
    assert [s[1] for s in said(text)] == ["Oluwaseun Adeyemi", "Thandiwe Mokoena"]


def test_but_warned_that_is_a_second_statement_and_but_can_open_one():
    text = report('''
Trade Minister Park Ji-hoon said Seoul would keep pressing for exemptions, but warned that "no country can win a tariff war."

But he warned that new tariffs on Korean steel would hurt workers on both sides.
''')
    found = said(text)
    assert [f[2] for f in found] == ["said", "warned", "warned"]
    assert {f[1] for f in found} == {"Park Ji-hoon"}


def test_meeting_dates_a_day_apart_and_dates_far_from_the_name():
    text = report('''
Egypt and the EU signed deals at the second EU-Egypt Investment Conference, held in Cairo on Monday.

A day later, the ministers co-chaired the tenth EU-Egypt Association Council in Cairo.

Shares rallied Wednesday after both sides signed deals at the 5th Korea-Egypt Joint Committee on Energy in Cairo.

The ministers co-chaired the committee on Tuesday, officials said.

Kwon spoke to reporters on Thursday, a day after he co-chaired the 12th Korea-Kazakhstan Joint Committee in Astana.
''', date="2025-10-25")
    conference, council, committee, kazakh = extract(text).meetings
    assert conference.date == "2025-10-20"
    assert council.date == "2025-10-21"
    assert committee.date == "2025-10-21"  # "on Tuesday", not the day shares rallied
    assert kazakh.date == "2025-10-22" and kazakh.location == "Astana"


def test_meeting_places_after_an_acronym_or_after_a_comma():
    text = report('''
The agreement came at the 26th Tripartite Environment Ministers Meeting (TEMM26) in Yokohama.

The Fourth Session of the Kenya-India Joint Trade Committee was held at the convention centre, Nairobi, on Thursday.
''')
    first, second = extract(text).meetings
    assert (first.location, first.format) == ("Yokohama", "in person")
    assert (second.name, second.location) == ("Fourth Session of the Kenya-India Joint Trade Committee", "Nairobi")


def test_british_single_quote_style_and_apostrophes():
    text = report('''
Chancellor of the Exchequer Helen Marwood met investors on Monday.

‘We are offering returns, stability and a legal system investors trust,’ Marwood said.

‘Japan has the savings, and Britain has the projects.’

Pension funds’ managers said the investors’ appetite was growing.
''')
    found = said(text)
    assert [f[0] for f in found[:2]] == ["We are offering returns,", "Japan has the savings,"]
    assert [f[1] for f in found[:2]] == ["Helen Marwood", "Helen Marwood"]


def test_a_ministry_named_with_a_list_of_portfolios():
    text = report("Nineteen ministers attended, the Ministry of Foreign Affairs, Foreign Employment and Tourism said.")
    assert said(text)[0][1] == "Ministry of Foreign Affairs, Foreign Employment and Tourism"
