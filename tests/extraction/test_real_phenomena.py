"""What real reports need, phenomenon by phenomenon (issue: right on real reports).

Each passage is written in our own words after a shape seen in real news pages; the real
corpus (tests/extraction/real/) measures the same phenomena on the reports themselves.
"""

from __future__ import annotations

from onrecord.db.extract import extract
from onrecord.db.extract.entities import find_entities
from tests.extraction.test_phenomena import report, said, statements


def meetings(text: str):
    return extract(text).meetings


def people(meeting) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for p in meeting.participants]


# -- meetings without a formal name -------------------------------------------------------

def test_a_minister_meeting_his_counterpart_is_a_meeting_named_after_both_countries():
    found = meetings(report('''
SEOUL, March 14 (Newswire) -- South Korean Foreign Minister Han Do-yeon met his Japanese counterpart, Sato Kenji, in Tokyo on Thursday to discuss supply chains, Seoul's foreign ministry said.

"We agreed to meet more often," Han told reporters after the meeting.
''', date="2025-03-14"))
    assert len(found) == 1
    talks = found[0]
    assert talks.name == "South Korea–Japan foreign ministers' talks"
    assert people(talks) == [("Han Do-yeon", "Foreign Minister", "South Korea"),
                             ("Sato Kenji", "Foreign Minister", "Japan")]
    assert (talks.date, talks.location, talks.format, talks.status, talks.kind) == \
        ("2025-03-13", "Tokyo", "in person", "held", "talks")


def test_a_report_that_names_two_people_meeting_in_other_words_still_has_its_meeting():
    found = meetings(report('''
Chilean Foreign Minister Diego Rojas discussed fishing quotas and port fees with Peruvian Foreign Minister Ana Quispe in Lima on Tuesday, the first such visit in five years.

"The ports will stay open to both fleets," Rojas said afterwards.
''', date="2025-03-13"))
    assert len(found) == 1
    talks = found[0]
    assert [p[0] for p in people(talks)] == ["Diego Rojas", "Ana Quispe"]
    assert (talks.date, talks.status) == ("2025-03-11", "held")
    assert talks.name == "Chile–Peru foreign ministers' talks"


def test_the_paragraph_that_tells_of_the_reports_meeting_names_who_took_part():
    found = meetings(report('''
Kenyan President Grace Otieno held talks with Tanzanian President Amani Juma in Arusha on Monday. Foreign Minister Peter Mwangi and Trade Minister Rose Kimaro were at the table.

Ugandan President Paul Okello visited Arusha last year.
''', date="2025-03-11"))
    names = [p[0] for p in people(found[0])]
    assert names[:2] == ["Grace Otieno", "Amani Juma"]
    assert {"Peter Mwangi", "Rose Kimaro"} <= set(names) and "Paul Okello" not in names


def test_a_leader_who_received_or_hosted_another_held_a_meeting_with_them():
    for verb in ("has received", "hosted"):
        found = meetings(report(f'''
Portuguese Prime Minister Rui Matos {verb} Moroccan Prime Minister Karim Alami at the Sao Bento palace in Lisbon on Friday, on his first visit in six years.

The two men had last met in Rabat in 2019.
''', date="2025-05-10"))
        assert [p[0] for p in people(found[0])] == ["Rui Matos", "Karim Alami"], verb
        assert (found[0].date, found[0].location) == ("2025-05-09", "Lisbon"), verb


def test_a_phone_call_between_leaders_is_a_virtual_meeting_without_a_place():
    call = meetings(report('''
Indian Prime Minister Arjun Mehta held a telephone conversation with Kenyan President Grace Otieno on Monday, the Prime Minister's Office said.

Mehta said India valued its partnership with Kenya.
''', date="2025-06-03"))[0]
    assert call.name == "India–Kenya leaders' phone call"
    assert (call.kind, call.format, call.location, call.date) == ("phone call", "virtual", None, "2025-06-02")
    assert [p.name for p in call.participants] == ["Arjun Mehta", "Grace Otieno"]


def test_a_meeting_announced_for_later_is_planned_and_not_dated_as_held():
    planned = meetings(report('''
Vietnamese Trade Minister Tran Van Long will hold talks with Australian Trade Minister Emily Carter in Hanoi next week, the ministry said on Tuesday.
''', date="2025-06-03"))[0]
    assert planned.status == "planned"
    assert planned.date is None
    assert planned.name == "Vietnam–Australia trade ministers' talks"


def test_the_talks_of_a_named_meeting_are_not_a_second_meeting():
    found = meetings(report('''
Finance Minister Lee Ha-eun held the 9th Korea-Japan Finance Dialogue with Japanese Finance Minister Mori Takeshi in Seoul on Thursday.

The talks focused on currency markets, the ministry said.
'''))
    assert [m.name for m in found] == ["9th Korea-Japan Finance Dialogue"]


# -- publication dates in page furniture ------------------------------------------------------

def published(text: str, url: str | None = None) -> str | None:
    return extract(text, url=url).document.published


BODY = "Trade Minister Ana Lopes met her Chilean counterpart Diego Rojas on Tuesday, the ministry said.\n"


def test_a_published_line_of_any_house_style_dates_the_report():
    for furniture, expected in [
        ("Published : Sept. 28, 2011 - 15:37", "2011-09-28"),
        ("Published: 16 Dec. 2019, 20:26 Updated: 17 Dec. 2019, 09:00", "2019-12-16"),
        ("Written: 2023-11-16 10:12:59Updated: 2023-11-16 10:14:45", "2023-11-16"),
        ("Maria Santos - 18 March 2016 10:43 WIB", "2016-03-18"),
        ("25 Aug, 2008", "2008-08-25"),
        ("2023-06-29 11:54", "2023-06-29"),
        ("Talks in Lisbon | Europe | News | 03.02.2005", "2005-02-03"),
        ("Date: Mon, 04/16/2018 - 19:53 / source: Newswire", "2018-04-16"),
        ("Date: 16/04/2018", "2018-04-16"),
        ("Date: 04/05/2018", None),  # April or May: not guessed
        ("23 march, 2010 15:50", "2010-03-23"),  # a month in lower case
        ("05 October,2019 02:26 PM IST | Wire", "2019-10-05"),  # no space after the comma
        ("Wire | Lisbon | Updated: 14-06-2021 21:19 IST | Created: 14-06-2021 21:19 IST", "2021-06-14"),
        ("Date: 05-06-2021", None),  # May or June: not guessed
    ]:
        text = f"Ministers meet in Lisbon\n{furniture}\n\n{BODY}"
        assert published(text) == expected, furniture


def test_an_updated_line_dates_the_report_only_when_nothing_else_does():
    assert published(f"Posted 4 May 2021\nUpdated 9 May 2021\n\n{BODY}") == "2021-05-04"
    assert published(f"Last updated: May 9, 2021\n\n{BODY}") == "2021-05-09"


def test_a_dateline_takes_its_year_from_the_page_and_weekdays_resolve_against_it():
    text = f" date 2018-10-19 Ministers meet\n\nLISBON, Oct. 20 (Wire) -- {BODY}"
    result = extract(text)
    assert result.document.published == "2018-10-20"
    assert result.meetings[0].date == "2018-10-16"  # the Tuesday before


def test_a_dateline_without_any_year_leaves_the_date_unknown():
    assert published(f"LISBON, Oct. 20 (Wire) -- {BODY}") is None


def test_the_day_a_page_was_viewed_at_its_top_yields_to_the_dated_byline_under_the_headline():
    text = f"Thursday, 04 December, 2025\n\nMinisters to meet in Lisbon on Friday\n\nDiplomatic Correspondent\n  23 Nov 2023, 21:24\n\n{BODY}"
    assert published(text) == "2023-11-23"


def test_a_date_in_the_address_dates_a_page_without_furniture():
    assert published(BODY, url="https://news.example/world/2020/07/24/ministers-meet.html") == "2020-07-24"
    assert published(BODY, url="https://news.example/ministers-meet-20210804-p58fm8.html") == "2021-08-04"
    assert published(BODY, url="https://news.example/story/123456") is None


def test_a_date_in_the_address_in_looser_forms_still_dates_the_page():
    for url, expected in [
        ("https://news.example/view?ud=20241115050233", "2024-11-15"),  # date, then the time
        ("https://news.example/n/202303151234567.html", "2023-03-15"),  # date, then a serial
        ("https://news.example/13-Oct-2020/leaders-talk", "2020-10-13"),
        ("https://news.example/2020-oct-13/leaders-talk", "2020-10-13"),
        ("https://news.example/dispatch/130926/ministers-agree", "2013-09-26"),
        ("https://news.example/2023/2/7/ministers-agree", "2023-02-07"),  # no zero padding
        ("https://news.example/diplomacy/202307/12ap4.html", "2023-07-12"),  # year and month as one
        ("https://news.example/2014/01/220011.htm", None),  # a month, then an id
        # numbers that only look like dates: an id, a month that does not exist, the future
        ("https://news.example/story/a1234567890.html", None),
        ("https://news.example/n/201345678901.html", None),
        ("https://news.example/n/20991231.html", None),
    ]:
        assert published(BODY, url=url) == expected, url


def test_counterparts_and_a_plural_title_introduce_people_with_their_countries():
    first = meetings(report('''
Brazilian President Lucas Moura spoke with his US counterpart Ellen Park on the sidelines of the summit on Monday.
'''))
    assert ("Ellen Park", "President", "United States") in people(first[0])
    second = meetings(report('''
Tanaka told reporters after a meeting with South Korean counterpart Yoo Min Jae that they discussed fisheries.
'''))
    assert "Yoo Min Jae" in [p[0] for p in people(second[0])]
    third = meetings(report('''
Chilean and Peruvian Foreign Ministers Diego Rojas and Ana Quispe will hold talks in Lima on March 3.
'''))
    assert people(third[0]) == [("Diego Rojas", "Foreign Minister", "Chile"), ("Ana Quispe", "Foreign Minister", "Peru")]


def test_names_with_an_arabic_article_a_peerage_or_a_title_to_a_country_are_people():
    text = report('''
Egypt's President Omar Nabil al-Masri met Lord Peter Hale and Chile's Ambassador to Egypt Marta Ruiz in Cairo on Sunday.
''')
    from onrecord.db.extract.entities import find_entities
    found = {(e.speaker.name, e.speaker.title, e.speaker.country) for e in find_entities(text).people}
    assert found >= {("Omar Nabil al-Masri", "President", "Egypt"), ("Peter Hale", None, None),
                     ("Marta Ruiz", "Ambassador to Egypt", "Chile")}


def test_who_is_quoted_at_talks_took_part_but_not_a_spokesperson_or_a_cited_source():
    found = meetings(report('''
Kenyan President Grace Otieno held talks with Tanzanian President Amani Juma in Arusha on Friday.

"We agreed to open the border posts at night," Trade Minister Peter Mwangi told reporters after the talks.

The talks were cordial, foreign ministry spokeswoman Halima Said said.

According to analyst Tom Reed, the deal could double trade.
'''))
    names = [p[0] for p in people(found[0])]
    assert names[:2] == ["Grace Otieno", "Amani Juma"] and "Peter Mwangi" in names
    assert "Halima Said" not in names and "Tom Reed" not in names


# -- speakers ---------------------------------------------------------------------------------

def speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in extract(text).statements]


def test_a_surname_resolves_to_the_full_name_the_report_gives_even_with_an_initial():
    text = report('''
External Affairs Minister R Venkatesh and U.N. Secretary-General Maria Duarte met in Geneva on Monday.

Venkatesh said India would host the next round.

Duarte said the talks were useful.
''')
    assert speakers(text) == ["R Venkatesh", "Maria Duarte"]


def test_a_picture_credit_or_a_capitalised_page_word_is_not_part_of_a_name():
    text = report('''
Defence Minister Kenji Morita Image: Reuters

RELATED Morita, Minister Harris hold talks

Defence Minister Kenji Morita met Australian Defence Minister Dana Harris in Canberra on Friday.

"We share one ocean," Morita said.
''')
    assert speakers(text) == ["Kenji Morita"]
    assert [p.name for p in meetings(text)[0].participants] == ["Kenji Morita", "Dana Harris"]


def test_a_family_name_written_first_resolves_to_the_whole_name():
    text = report('''
On May 2, Ms. TANAKA Emi, Minister for Foreign Affairs of Japan, held a meeting with Zhou Mingyu, who is visiting Tokyo.

Minister Tanaka stated that the two countries should meet more often. Zhou said that China would send a delegation in June.
''')
    assert speakers(text) == ["Tanaka Emi", "Zhou Mingyu"]


def test_a_surname_never_takes_words_from_the_sentence_before():
    text = report('''
Prime Minister Lena Vogt held talks with President Tomas Berg. Vogt said the talks went well.
''')
    assert speakers(text) == ["Lena Vogt"]


def test_a_statement_speaks_for_whoever_issued_it():
    text = report('''
The two presidents spoke for an hour, the White House said in a statement.

"Both leaders want calm," the statement said.

The Kremlin statement said the call was businesslike.
''')
    assert speakers(text) == ["White House", "White House", "Kremlin"]


def test_abbreviated_titles_and_styles_resolve_to_the_person():
    text = report('''
Prime Minister Ravi Kumar met President Amara Diallo of Senegal in Dakar on Monday.

PM Kumar said trade would double.

The UAE President, His Highness Sheikh Khalid bin Saeed, received a phone call from Kumar on Tuesday.

His Highness affirmed the UAE's commitment to the partnership.
''')
    assert speakers(text) == ["Ravi Kumar", "Khalid bin Saeed"]


def test_an_informal_ministry_name_becomes_the_ministrys_own_form_and_both_is_no_speaker():
    text = report('''
Both said the visit was a success.

The two countries will cooperate on energy, the Chinese foreign ministry said.

Officials met in Beijing, the External Affairs Ministry said.
''')
    assert speakers(text) == ["Ministry of Foreign Affairs", "Ministry of External Affairs"]


def test_a_double_mark_written_as_two_single_marks_closes_a_quote():
    text = report('''
Vice President Ade Bello received Ghanaian Trade Minister Kofi Mensah in Abuja on Monday.

“We want the border markets open again before the rains,’’ Bello said. Mensah added: “Our traders are ready for it.’’
''')
    assert said(text) == [("We want the border", "Ade Bello", "said"), ("Our traders are ready", "Kofi Mensah", "added")]


def test_every_statement_says_how_its_speaker_was_found():
    text = report('''
Trade Minister Lena Vogt met Chinese Commerce Minister Wang Tao in Berlin on Monday.

"Open markets serve both of us," Trade Minister Lena Vogt said.

"We will keep talking," Vogt added.

"The door stays open for business," she said.

"Export rules must be clear and predictable," the Chinese minister said.

The two sides discussed rare earths, according to the Ministry of Commerce.

"Nobody wants a trade war between friends like these."
''')
    found = [(s.speaker.name if s.speaker else None, s.attribution) for s in extract(text).statements]
    assert found == [
        ("Lena Vogt", "named"), ("Lena Vogt", "surname"), ("Lena Vogt", "pronoun"),
        ("Wang Tao", "title"), ("Ministry of Commerce", "according_to"), ("Ministry of Commerce", "unattributed"),
    ]


# -- statements on real pages -----------------------------------------------------------------

def test_a_page_copy_whose_date_line_runs_on_into_the_story_keeps_its_first_statement():
    text = (" date 2022-02-15 The foreign ministry on Tuesday confirmed that Foreign Minister Ivan Petrov "
            "held phone talks with his Greek counterpart.\n\nMore lines follow here.\n")
    assert [(s.speaker.name, s.text[:24]) for s in extract(text).statements] == \
        [("Ministry of Foreign Affairs", "Foreign Minister Ivan Pe")]


def test_the_day_someone_spoke_is_not_part_of_what_they_said():
    text = report('''
Chancellor Greta Lind said Saturday she expected no special outcome from the talks.
''')
    assert [s.text for s in extract(text).statements] == ["she expected no special outcome from the talks"]


def test_a_participle_after_a_meeting_sentence_is_the_meetings_host_speaking():
    text = report('''
State Councilor Liu Wen met Vietnamese Foreign Minister Tran Hoa in Beijing on Monday, urging the two countries to keep ties stable.
''')
    assert said(text) == [("the two countries to", "Liu Wen", "urged")]


def test_page_furniture_around_a_real_story_is_never_a_statement_or_a_speaker():
    text = report('''
Foreign Minister Ana Lopes said the talks with Chile had been useful.

Foreign Minister Ana Lopes (R) meets her Chilean counterpart in Santiago. (Xinhua/Li Wei)

Related: Minister says exports will grow next year

Sign up for our newsletter: the stories that matter, said our editors, every morning.

"Great news! Our paper is now on WhatsApp Channels. Subscribe today and stay updated with the latest news!" Click here!
''')
    assert said(text) == [("the talks with Chile", "Ana Lopes", "said")]


def test_a_ministry_whose_name_has_commas_is_one_body():
    text = report('''
The two countries will expand chip cooperation, the Ministry of Trade, Industry and Energy said on Friday.
''')
    assert said(text) == [("The two countries will", "Ministry of Trade, Industry and Energy", "said")]


def test_a_country_or_its_capital_speaks_for_its_government():
    text = report('''
Japan has said the new export rules lack any scientific grounds.

Seoul said the talks would resume next month in Busan.
''')
    assert said(text) == [("the new export rules", "Japanese government", "said"),
                          ("the talks would resume", "South Korean government", "said")]


def test_according_to_after_a_conjunction_still_attributes():
    text = report('''
The call lasted an hour. But, according to Putin, there had been no progress for the region.
''')
    assert said(text) == [("there had been no", "Putin", "according to")]


def test_a_meeting_told_of_in_passing_is_recorded_but_takes_no_statements():
    found = extract(report('''
Portuguese Foreign Minister Ana Lopes held talks with her Chilean counterpart Diego Rojas in Lisbon on Monday.

"We agreed to meet every year," Lopes said.

The framework was agreed by President Marta Silva and President Luis Vega during talks in Santiago in 2019.
''', date="2025-03-11"))
    names = [(m.name, [p.name for p in m.participants]) for m in found.meetings]
    assert names[0] == ("Portugal–Chile foreign ministers' talks", ["Ana Lopes", "Diego Rojas"])
    assert ["Marta Silva", "Luis Vega"] in [people for _, people in names[1:]]
    assert {s.meeting for s in found.statements} == {0}


def test_titles_places_and_bodies_are_never_participants():
    found = extract(report('''
Prime Minister Ravi Kumar met the UN chief in New York on Monday, the PMO said.
'''))
    assert [p.name for m in found.meetings for p in m.participants] == ["Ravi Kumar"]


def test_attributions_with_a_title_phrase_a_statement_or_quoted_as_saying():
    text = report('''
The ministers will meet in Moscow on August 23, Ivan Petrov, Deputy Director of the Press Department of the Foreign Ministry, said.

Anwar in a statement on his Facebook page said he paid a courtesy call on the Sultan.

The statement quoted Robert Hale as saying that the two countries were large stakeholders.
''')
    assert said(text) == [("The ministers will meet", "Ivan Petrov", "said"),
                          ("he paid a courtesy", "Anwar", "said"),
                          ("the two countries were", "Robert Hale", "said")]


def test_more_meeting_shapes_video_talks_and_sidelines():
    video = meetings(report("Chinese Premier Li Wen held video talks with German Chancellor Anna Weber on Tuesday.",
                            date="2025-06-04"))[0]
    assert (video.name, video.kind, video.format, video.location, video.date) == \
        ("China–Germany leaders' video call", "video call", "virtual", None, "2025-06-03")
    sidelines = meetings(report("Indian Prime Minister Ravi Kumar met Japanese Prime Minister Sato Ken on the "
                                "sidelines of the G20 summit in Rome on Sunday.", date="2025-06-03"))[0]
    # The summit is where they met, not what they held.
    assert (sidelines.name, sidelines.kind, sidelines.location, sidelines.date) == \
        ("India–Japan prime ministers' talks", "talks", "Rome", "2025-06-01")


def test_titles_are_not_names_and_halves_or_pairs_of_countries_are_not_speakers():
    text = report('''
Vice-Premier He Lifeng said the two sides would keep talking about trade.

South said the proposal was unacceptable. India-Japan said the ties were strong.
''')
    [statement] = extract(text).statements
    assert (statement.speaker.name, statement.speaker.title) == ("He Lifeng", "Vice-Premier")


def test_a_transcript_answer_starts_after_its_mark():
    text = report('''
Q: Will the talks resume soon?
A: We expect them to resume next month, Foreign Ministry spokesperson Mao Lin said.
''')
    assert said(text) == [("We expect them to", "Mao Lin", "said")]


def test_a_post_on_social_media_is_the_posters_quote():
    text = report('''
Prime Minister Ravi Kumar wrote on X: "Had a very productive conversation with President Lee today."
''')
    assert said(text) == [("Had a very productive", "Ravi Kumar", "wrote")]


def test_a_copy_dated_long_after_its_story_does_not_date_the_story():
    text = (" date 2025-04-19\n\nMinisters meet in Phnom Penh\n\n"
            "Foreign Minister Ana Lopes (left) and her Chilean counterpart in Phnom Penh on Aug 5, 2022. PHOTO: POOL\n\n"
            "PHNOM PENH - Foreign Minister Ana Lopes said the talks with Chile had been useful.\n")
    assert published(text) != "2025-04-19"


# -- speech around the verbs of a meeting --------------------------------------------------

def test_a_participle_after_the_meeting_verb_reports_what_the_host_said():
    found = said(report('''
Headline: Councillor receives visiting minister

09:10, March 3, 2024

Councillor Zhao Ming (R) meets the visiting minister in Beijing. (Newswire/Photographer)

BEIJING, March 2 (Newswire) -- State Councillor Zhao Ming met with Laotian Foreign Minister Bounmy Phanh in Beijing on Saturday, urging the two countries to keep their railway project on schedule.

The two sides should widen trade in farm goods and electricity, he urged.

During the evening, the Councillor also hosted a dinner for the delegation, highlighting the long friendship between the two parties.
''', date="2024-03-03"))
    assert found == [
        ("the two countries to", "Zhao Ming", "urged"),
        ("The two sides should", "Zhao Ming", "urged"),
        ("the long friendship between", "Zhao Ming", "highlighted"),
    ]


def test_a_dash_touching_the_first_word_still_ends_the_dateline():
    text = report('''
TOKYO (Newswire) -Japan and Peru will hold their first fisheries dialogue next month, Japan's foreign ministry said on Monday.
''')
    found = statements(text)
    assert [s.text.split()[0] for s in found] == ["Japan"]
    assert found[0].speaker.name == "Ministry of Foreign Affairs"


def test_the_prime_minister_is_the_one_the_report_is_about():
    found = said(report('''
Prime Minister Ravi Shankar Nair met Prime Minister Tran Quoc Viet of Vietnam and President Elena Sousa of Portugal at the summit.

Nair told Tran that India valued its maritime cooperation with Vietnam.

Sousa invited Nair to visit Lisbon next year.

Later, the Prime Minister stressed that India would keep its markets open to the region.
'''))
    assert found[-1] == ("India would keep its", "Ravi Shankar Nair", "stressed")


def test_a_title_before_an_honorific_name_is_that_persons_title():
    result = extract(report('''
The Omani Foreign Minister, His Excellency Sayyid Hamad Al Busaidi, received a phone call from Elena Marsh, Foreign Minister of Ireland, on Monday.

His Excellency affirmed Oman's support for talks on regional shipping.
'''))
    people = {p.name: (p.title, p.country) for m in result.meetings for p in m.participants}
    assert people["Hamad Al Busaidi"] == ("Foreign Minister", "Oman")
    assert people["Elena Marsh"] == ("Foreign Minister", "Ireland")


# -- one meeting, named several ways; who came with whom -----------------------------------

def test_one_commission_named_three_ways_is_one_meeting_with_its_delegations():
    found = meetings(report('''
Nepal-Bhutan Joint Commission opens in Thimphu
The Fifth Meeting of the Nepal-Bhutan Joint Commission began in Thimphu on Monday.

Foreign Minister Sita Rai and her Bhutanese counterpart Karma Wangdi are leading their delegations at the fifth session of the Joint Commission.

Rai was accompanied by Foreign Secretary Hari Prasad Joshi and Ambassador Mina Gurung.
''', date="2024-05-13"))
    assert [m.name for m in found] == ["Fifth Meeting of the Nepal-Bhutan Joint Commission"]
    names = [(p.name, p.country) for p in found[0].participants]
    assert names[:2] == [("Sita Rai", None), ("Karma Wangdi", "Bhutan")]
    assert {"Hari Prasad Joshi", "Mina Gurung"} <= {n for n, _ in names}


def test_people_who_attended_the_summit_are_its_participants():
    found = meetings(report('''
Ms Ana Ruiz, President of Chile, and Mr Lars Holm, Prime Minister of Denmark, met in Santiago on 3 May 2024 for the 4th Summit between Chile and Denmark.

Mr Erik Dahl, Minister of Trade of Denmark, also attended the Summit.
''', date="2024-05-03"))
    assert len(found) == 1
    assert [(p.name, p.title, p.country) for p in found[0].participants] == [
        ("Ana Ruiz", "President", "Chile"), ("Lars Holm", "Prime Minister", "Denmark"),
        ("Erik Dahl", "Minister of Trade", "Denmark")]


# -- the date of a meeting -----------------------------------------------------------------

def test_a_weekday_with_its_calendar_date_is_that_date_even_far_after_the_name():
    found = meetings(report('''
I would like to announce the third Joint Maritime Security Consultations between Peru and Japan that will be held in Lima on Friday, June 14.
''', date="2024-06-11"))
    assert [(m.name, m.date, m.status) for m in found] == [
        ("third Joint Maritime Security Consultations", "2024-06-14", "planned")]


def test_the_date_nearest_the_meeting_is_its_date_not_the_next_events():
    found = meetings(report('''
Foreign Minister Ana Lima of Portugal met her Moroccan counterpart Karim Benali in Rabat on March 21, ahead of the Mediterranean forum on March 22-23.
''', date="2024-03-21"))
    assert found[0].date == "2024-03-21"


# -- what is not one voice, and whom someone told ---------------------------------------

def test_what_two_sides_agreed_is_an_outcome_unless_a_joint_statement_says_it():
    found = said(report('''
Chilean President Ana Ruiz and Danish Prime Minister Lars Holm agreed to open direct flights next year.

They agreed to meet again in Copenhagen.

The leaders of Chile, Denmark and Norway pledged on Sunday to share port data, in a joint statement issued after the summit.
'''))
    assert found == [("to share port data,", "joint statement", "pledged")]


def test_whom_someone_told_and_an_agency_tag_are_not_the_statement():
    found = said(report('''
(Harbour News)–President Ana Ruiz reported a good outcome from her visit to Oslo, Chile's foreign ministry said.

According to Norway's state-run news agency, Ruiz told Prime Minister Erik Dahl she wanted closer ties in shipping.

The President also told the Norwegian prime minister that both countries had waited too long for a direct sea route.
'''))
    assert found == [
        ("President Ana Ruiz reported", "Ministry of Foreign Affairs", "said"),
        ("she wanted closer ties", "Ana Ruiz", "told"),
        ("both countries had waited", "Ana Ruiz", "told"),
    ]


def test_a_president_named_once_in_full_is_that_person_wherever_the_surname_speaks():
    result = extract(report('''
President Tomas Berg met Kenya's newly elected president, William Kiprono Otieno, on Wednesday in Nairobi.

In a statement on the official Facebook page of President Otieno, the two leaders discussed trade.

"We are working with our neighbours on trade," Otieno said.

Ambassador Jose "Pepe" Alcaraz "is handling the matter," Berg's office said, adding that Alcaraz would report next week.
''', date="2024-05-16"))
    speakers = [s.speaker.name for s in result.statements]
    assert speakers[0] == "William Kiprono Otieno"
    names = {p.name for m in result.meetings for p in m.participants}
    assert "William Kiprono Otieno" in names and "Facebook" not in names
    from onrecord.db.extract.surnames import full_name_in
    assert full_name_in(report("Ambassador Jose \"Pepe\" Alcaraz spoke. Alcaraz left."), "Alcaraz") == "Jose Alcaraz"


def test_a_pronoun_is_whom_the_sentence_before_was_about_not_who_spoke_last():
    text = report('''
Foreign Minister Ana Ruiz met Trade Minister Tomas Berg in Lisbon on Monday.

"We are ready to sign," Ruiz told reporters.

Berg, who also met port officials, praised the new shipping line. He said he expected exports to double.

"The line opens in May," Ruiz said. She added that customs would be simplified.
''')
    assert speakers(text) == ["Ana Ruiz", "Tomas Berg", "Ana Ruiz", "Ana Ruiz"]


def test_attributions_in_the_middle_at_the_end_of_a_document_and_after_an_open_title():
    text = report('''
According to Lisbon's foreign ministry on Friday, the accord was signed by both ministers in Porto.

The first round of the dialogue was held in May last year, a Foreign Ministry press release said.

Foreign Minister Ana Ruiz briefed reporters afterwards. The leaders, she said, spoke for over an hour about fishing quotas.

Ruiz will visit Oslo on June 3, Lena Moe, deputy head of the ministry's press department said at a briefing.

The Prime Minister said that Portugal would gladly host the next summit, the press release said.
''')
    found = [(" ".join(s.text.split()[:3]), s.speaker_as_written) for s in statements(text)]
    assert found == [("the accord was", "Lisbon's foreign ministry"),
                     ("The first round", "a Foreign Ministry press release"),
                     ("The leaders, she", "she"),
                     ("Ruiz will visit", "Lena Moe"),
                     # the person inside speaks, not the release that reports her
                     ("Portugal would gladly", "The Prime Minister")]


def test_what_was_agreed_in_a_passive_clause_is_said_by_who_reports_it():
    text = report('''
President Marie Laurent spoke with Chancellor Jonas Berg by telephone on Tuesday.

The presidency also stated that in particular, it was agreed "to meet again before the summit in June."
''')
    found = [(" ".join(s.text.split()[:4]), s.kind, s.speaker.name if s.speaker else None) for s in statements(text)]
    assert found == [("in particular, it was", "reported", "Presidency")]


def test_a_body_called_by_its_seat_or_an_acronym_is_the_body_by_its_own_name():
    text = report('''
President Marie Laurent spoke with Chancellor Jonas Berg by telephone on Tuesday.

The call lasted an hour, the Elysee said.

The two leaders discussed energy prices, the Egyptian presidency said in a separate account.

Islamabad would send a delegation next month, the Foreign Office said.

The visit was postponed, the PMO said.
''')
    # ("the Foreign Office" is that body's own name, in London and in Islamabad)
    assert speakers(text) == ["Élysée Palace", "Presidency", "Foreign Office", "Prime Minister's Office"]


def test_a_title_nobody_in_the_report_holds_is_whom_the_sentence_before_was_about():
    text = report('''
President Lin Wei met Maria Duarte in Geneva on Monday.

Duarte stressed the importance of cooperation between the agencies. The UN chief said that the talks had been useful.

A senior adviser said the next round would follow in May.
''')
    # someone unnamed stays unnamed: no speaker, the words as written, never the person before
    assert speakers(text) == ["Maria Duarte", "Maria Duarte", None]
    adviser = statements(text)[-1]
    assert (adviser.attribution, adviser.speaker_as_written) == ("unnamed", "A senior adviser")


def test_an_unnamed_spokesperson_or_official_is_no_one_a_brief_can_name():
    text = report('''
Finance Minister Ana Lopes met her Chilean counterpart Jorge Vidal in Lima on Monday.

The talks covered copper prices, a ministry spokeswoman said. She added that no deal was signed.

A senior government official said the next round was set for June.

Finance Ministry officials said that a joint paper would follow.

Foreign Ministry spokesman Tomas Ruiz said the visit went well. The foreign ministry spokesman also said that Chile had been invited.
''')
    found = statements(text)
    assert [(s.speaker.name if s.speaker else None, s.attribution) for s in found] == [
        (None, "unnamed"), (None, "unnamed"), (None, "unnamed"),
        ("Ministry of Finance", "body"), ("Tomas Ruiz", "named"), ("Tomas Ruiz", "title")]
    assert found[0].speaker_as_written == "a ministry spokeswoman"

def test_unnamed_sources_are_kept_as_statements_by_no_one_named():
    text = report('''
Foreign Minister Ana Lopes met her Chilean counterpart Jorge Vidal in Lima on Monday.

According to diplomatic sources, the meeting was a routine one. Informed sources said the two would meet again in June.
''')
    found = statements(text)
    assert [(s.text.split()[:3], s.speaker, s.attribution) for s in found] == [
        (["the", "meeting", "was"], None, "unnamed"), (["the", "two", "would"], None, "unnamed")]



# -- reported speech around partial quotes and appositives ---------------------------------

def test_reported_speech_with_a_quoted_word_and_a_participle_after_the_speaker():
    found = said(report('''
"Friction" was likely, Berg said, adding his main aim was a "steady channel" with Oslo.

Otieno, who won the vote narrowly, skipped the dinner because he was abroad and said he had "grave doubts" about the count.

In reply, Alcaraz, from the opposition Green Party, his country's largest opposition group, said Peru "values the partnership highly."

The prime minister's office said Berg and Otieno spoke about fisheries during the dinner.
'''))
    assert found == [
        ('"Friction" was likely', "Berg", "said"),
        ("his main aim was", "Berg", "added"),
        ('he had "grave doubts"', "Otieno", "said"),
        ('Peru "values the partnership', "Alcaraz", "said"),
        ("Berg and Otieno spoke", "Prime Minister's Office", "said"),
    ]


def test_a_quote_after_an_opening_phrase_is_the_quote_of_who_follows_it():
    found = said(report('''
During the talks, "the two countries plan to widen trade in farm goods," the ministry said.

In a joint statement issued after the meeting, the ministers also backed a new shipping lane.

The ministers stressed the importance of "keeping the sea lanes open to all," the statement said.
'''))
    assert found == [("the two countries plan", "ministry", "said"),
                     ("The ministers stressed the", "joint statement", "said")]


def test_two_countries_announcing_a_dialogue_for_a_weekday_is_planned_for_the_next_one():
    found = meetings(report('''
LIMA (Newswire) -Peru and Japan will hold their first round of fisheries security dialogue on Tuesday, Peru's foreign ministry said on Monday.

The talks will be led by Peruvian vice foreign minister Rosa Quispe and her Japanese counterpart Ito Ken.

Peruvian President Ana Ruiz and Japanese Prime Minister Sato Kenta agreed to launch the talks when they met last month in Tokyo.
''', date="2024-06-17"))
    main = found[0]
    assert (main.status, main.date, main.kind) == ("planned", "2024-06-18", "dialogue")
    assert main.name.startswith("Peru–Japan ") and main.name.endswith(" dialogue")


def test_a_statement_of_a_body_is_the_body_and_a_list_before_and_is_not_the_subject():
    found = said(report('''
"The two presidents agreed to keep talking," a White House statement said.

Berg also held a meeting with the Prime Minister of Peru, Ana Ruiz and expressed Norway's wish to open a consulate in Lima.
'''))
    assert found == [("The two presidents agreed", "White House", "said"),
                     ("Norway's wish to open", "Berg", "expressed")]


def test_a_round_of_meetings_by_one_leader_is_one_meeting_each_with_him_in_it():
    found = meetings(report('''
OSLO, May 16 (Newswire): Prime Minister Erik Dahl met a series of leaders on the sidelines of the Arctic Council (AC) Summit reception in Tromso on Thursday.

He held a "very warm conversation" with Icelandic Prime Minister Anna Jonsdottir, stressing shared fishing interests.

The Prime Minister also exchanged views with Finnish President Mikko Lahti on energy links.

With Estonian Prime Minister Kaja Tamm, Dahl discussed digital government.
''', date="2024-05-16"))
    pairs = [sorted(p.name for p in m.participants) for m in found]
    assert ["Anna Jonsdottir", "Erik Dahl"] in pairs
    assert ["Erik Dahl", "Mikko Lahti"] in pairs


def test_who_co_chaired_a_meeting_named_in_the_sentence_before_took_part():
    found = meetings(report('''
The fifth session of the Peru-Chile Joint Commission was held in Lima on 14 May 2024. Co-chaired by the Minister of Foreign Trade of Peru, R. T. Quispe, and the Foreign Minister of Chile, Dr. Pablo Rojas, the two delegations reviewed trade and fisheries.
''', date="2024-05-15"))
    assert [m.name for m in found] == ["fifth session of the Peru-Chile Joint Commission"]
    assert {"R. T. Quispe", "Pablo Rojas"} <= {p.name for p in found[0].participants}


def test_a_meeting_is_not_named_after_one_country_when_the_other_sides_is_unknown():
    [talks] = meetings(report('''
Trade Minister Ravi Nair on Friday met his Singaporean counterpart Lee Wen Hao in Singapore.
''', date="2024-05-17"))
    assert talks.name == "Ravi Nair–Lee Wen Hao talks"
    # (India's External Affairs Minister says whose side he is on, and is a foreign minister)
    [talks] = meetings(report('''
External Affairs Minister Ravi Nair on Friday met his Singaporean counterpart Lee Wen Hao in Singapore.
''', date="2024-05-17"))
    assert talks.name == "India–Singapore foreign ministers' talks"


def test_a_sentence_opening_noting_that_says_two_things_by_the_one_speaker():
    text = report('''
Premier Zhao Wen met Samoan Prime Minister Tuilo Mata in Beijing on Monday.

Noting that Samoa was among the first island states to recognise Beijing — at a time, he said, of few friends — Zhao said China regarded Samoa as a close partner.
''')
    assert said(text) == [("Samoa was among the", "Zhao Wen", "noted"),
                          ("China regarded Samoa as", "Zhao Wen", "said")]


def test_a_headline_s_verb_ends_the_name_before_it():
    text = report('''
Chilean Foreign Minister Diego Rojas Praises Dialogue With Peruvian Counterpart

"The meeting was productive," Rojas said after the talks in Lima.
''')
    assert said(text) == [("The meeting was productive", "Diego Rojas", "said")]


def test_a_name_stops_at_a_line_break_and_at_a_headline_s_small_words():
    text = report('''
Remarks With Chilean Foreign Minister Jorge Vidal Before Their Meeting
Foreign Minister Ana Lopes and Foreign Minister Tomas Berg
Government House, Lima

Foreign Minister Ana Lopes met Chilean Foreign Minister Jorge Vidal in Lima on Monday.

Vidal said the two countries would sign a fisheries accord. Berg said Peru would host the next round.
''')
    assert speakers(text) == ["Jorge Vidal", "Tomas Berg"]


def test_a_transcript_s_speaker_labels_say_who_speaks():
    text = report('''
Remarks by Foreign Minister Ana Lopes and Chilean Foreign Minister Jorge Vidal

LIMA: The two ministers spoke to reporters before their talks.

FOREIGN MINISTER LOPES: Good morning. I am delighted to welcome Jorge to Lima again.

Vidal: Thank you, Ana. We have a great deal to talk about today.

QUESTION: Will you sign the accord?
''')
    assert said(text) == [("Good morning. I am", "Ana Lopes", None), ("Thank you, Ana. We", "Jorge Vidal", None)]


def test_a_place_ending_the_content_is_not_the_speaker_nor_is_a_word_of_a_title():
    text = report('''
Foreign Minister Omar Siddiqui met his Gambian counterpart Lamin Jallow in Banjul on Friday.

The two ministers reviewed trade and visas at the summit venue in Banjul, The Gambia, Foreign Office Spokesperson said in a press release.

President Amadou Barrow received the visitors at State House. The Head of State said the visit would give new impulse to relations.
''')
    assert speakers(text) == ["Foreign Office", "Amadou Barrow"]


def test_an_honorific_s_full_stop_does_not_end_the_sentence():
    found = meetings(report('''
Press Releases

Peru-Chile Foreign Ministers' Meeting

On May 14, for about 40 minutes, Mr. Jorge Vidal, Minister of Foreign Affairs of Chile, held a Peru-Chile Foreign Ministers' Meeting with Hon. Ana Lopes, Minister of Foreign Affairs of Peru, who is visiting Santiago.
''', date="2024-05-15"))
    assert {"Jorge Vidal", "Ana Lopes"} <= {p.name for p in found[0].participants}


def test_a_day_without_its_year_takes_the_year_written_with_the_same_day_elsewhere():
    # A page with no date of its own: the caption gives the year of "March 21".
    [talks] = extract('''Prime Minister receives Lao Foreign Minister

HANOI - On March 21, in Hanoi, Prime Minister Tran Van Long received Lao Foreign Minister Khamphay Sone.

The two sides reviewed trade along the border and the rail link to Vientiane.

They also spoke of the Mekong and of power lines across the mountains.

Prime Minister Tran Van Long and Lao Foreign Minister Khamphay Sone at their meeting in Hanoi on March 21, 2023. (Photo: Newswire)
''').meetings
    assert talks.date == "2023-03-21"


def test_names_with_he_a_regnal_number_or_an_arabic_article_are_people_who_take_part():
    [call] = meetings(report('''
Jordan's King Hamad II spoke with Egyptian President Abdel Karim al-Masri on Saturday about aid to Gaza.
''', date="2025-04-20"))
    assert [p.name for p in call.participants] == ["Hamad II", "Abdel Karim al-Masri"]
    [talks] = meetings(report('''
Treasury Secretary Ann Miller met Vice Premier He Wenjun, a member of the State Council, in Beijing on Monday.

Vice Premier of the State Council Zhou He also joined the talks.
''', date="2025-04-22"))
    assert {p.name for p in talks.participants} == {"Ann Miller", "He Wenjun", "Zhou He"}


def test_people_named_in_full_without_a_title_take_part_in_the_meeting():
    [talks] = meetings(report('''
Tomas Berg and Ana Lopes have met in Lima to focus on trade rather than their dispute over fishing rights.

Mateo Ruiz thanked Lucia Paz for her welcome at the palace.

Berg said the talks had been frank.
''', date="2025-04-22"))
    assert {"Tomas Berg", "Ana Lopes"} <= {p.name for p in talks.participants}


def test_a_name_opening_a_sentence_after_when_is_the_name_alone():
    text = report('''
When Helen Park met Tomas Berg in Lima on Monday, the two agreed to meet again.

Park said the next round would be in Seoul.
''')
    assert speakers(text) == ["Helen Park"]


def test_a_participle_hands_a_quote_to_the_sentence_s_subject():
    text = report('''
President Lena Vogt spoke with Chancellor Tomas Berg by phone on Monday.

President Vogt congratulated the chancellor on his victory, saying, "I hope we can steer the union together," adding, "Let us keep the close partnership."

The agency quoted Berg as saying, "We will visit Warsaw in the spring."

"Poland is our largest partner," Berg was quoted as telling the president, according to his office.
''')
    assert said(text) == [("I hope we can", "Lena Vogt", "said"), ("Let us keep the", "Lena Vogt", "added"),
                          ("We will visit Warsaw", "Tomas Berg", "said"), ("Poland is our largest", "Tomas Berg", "told")]


def test_talks_the_story_opens_with_are_a_meeting_even_if_a_named_one_comes_up_later():
    found = meetings(report('''
French, Polish Foreign Ministers To Hold Talks In Paris

French Foreign Minister Claire Dubois and her Polish counterpart, Marek Nowak, will hold talks in Paris on November 21, the ministry said on Friday.

The ministers will discuss Ukraine and the budget.

Dubois and Nowak will also prepare the Franco-Polish Ministerial Council due next spring.
''', date="2022-11-18"))
    talks = [m for m in found if {p.name for p in m.participants} >= {"Claire Dubois", "Marek Nowak"}]
    assert talks and talks[0].status == "planned" and talks[0].date == "2022-11-21"


def test_what_was_said_starts_after_that_even_behind_a_noun_or_a_time():
    text = report('''
Prime Minister Ade Bello met Ghanaian President Kofi Mensah in Abuja on Monday.

Bello expressed his confidence that trade between the two countries would double.

Mensah said this week that Ghana would open a consulate in Kano.

Bello responded by saying the border markets would reopen in June.

Mensah said his visit would open a new chapter, expressing his hope that the rail link would be finished by 2028.

Bello stressed on the need for both countries to open their markets.
''')
    assert [s[0] for s in said(text)] == ["trade between the two", "Ghana would open a", "the border markets would",
                                          "his visit would open", "the rail link would", "the need for both"]


def test_officials_a_report_does_not_name_are_no_government_or_body_speaking():
    text = report('''
Foreign Minister Ana Lopes met her Kenyan counterpart John Otieno in Nairobi on Monday.

Kenyan officials said the talks covered visas and flights. The official said a deal could come in June.

Trade ministry official Mary Wanjiru said exports would rise. The official added that tariffs would fall.
''')
    found = statements(text)
    assert [(s.speaker.name if s.speaker else None, s.attribution) for s in found] == [
        (None, "unnamed"), (None, "unnamed"), ("Mary Wanjiru", "named"), ("Mary Wanjiru", "title")]


def test_a_participle_with_that_before_a_quote_keeps_both_what_was_said_and_the_quote():
    text = report('''
President Amina Diallo met Prime Minister Jonas Berg in Dakar on Monday.

Diallo said the two countries would build a second port, adding that "the sea is our common road."

Berg praised the plan, stating that the first ships could sail in May.
''')
    found = statements(text)
    assert [(s.kind, " ".join(s.text.split()[:4]), s.speaker.name, s.cue) for s in found] == [
        ("reported", "the two countries would", "Amina Diallo", "said"),
        ("quote", "the sea is our", "Amina Diallo", "added"),
        ("reported", "the first ships could", "Jonas Berg", "stated")]


def test_a_quote_closed_by_an_opening_mark_still_ends_there():
    text = report('''
Prime Minister Amina Diallo will meet President Jonas Berg in Dakar tomorrow.

“These consultations are the highest link between our two governments,“ said Ambassador Ousmane Ba during a briefing. “Trade will be first on the table.“
''')
    assert said(text) == [("These consultations are the", "Ousmane Ba", "said"),
                          ("Trade will be first", "Ousmane Ba", None)]


def test_a_name_of_five_words_is_one_person():
    text = report('''
Prime Minister Amina Diallo was greeted by Malaysian Ambassador Datuk Syed Ahmad Faris Tengku Hamzah on arrival.

“We are honoured by this visit,” said Syed Ahmad Faris.
''')
    assert said(text) == [("We are honoured by", "Syed Ahmad Faris Tengku Hamzah", "said")]


def test_a_lower_case_description_before_a_name_is_not_part_of_the_speaker():
    text = report('''
Foreign Minister Dara Chea met Chinese Foreign Minister Li Wen in Phnom Penh on Monday.

Trade across the border doubled last year, according to Cambodia's foreign ministry secretary of state Sok Vanna.

The two sides will open a rail link in 2027, state news agency Xinhua said.
''')
    found = statements(text)
    assert [(s.speaker.name, s.speaker.kind) for s in found] == [("Sok Vanna", "person"), ("Xinhua", "organization")]


def test_a_quote_followed_by_a_verb_outside_the_cue_list_and_its_speaker_is_theirs():
    text = report('''
Foreign Minister Dara Chea will meet her Thai counterpart Niran Suk in Bangkok on Friday.

"There will be a working lunch and a joint press conference," elaborated ministry spokesman Pich Rith.

"The border is calm," Suk quipped.
''')
    assert said(text) == [("There will be a", "Pich Rith", None), ("The border is calm", "Niran Suk", None)]


def test_the_day_a_meeting_was_announced_is_not_its_day_unless_the_words_were_said_at_it():
    found = meetings(report('''
Interior Minister Karl Weber held surprise talks with President Anne Dupont in Paris this week, a ministry spokeswoman said on Thursday.

In their half hour of talks on Wednesday, the two discussed border controls.
''', date="2005-02-03"))
    assert found[0].date == "2005-02-02"
    found = meetings(report('''
Foreign Minister Li Wen said Tuesday he hoped for frank talks with Chancellor Karl Weber as the two met in Beijing.
''', date="2024-08-27"))
    assert found[0].date == "2024-08-27"


def test_a_dateline_whose_agency_is_not_followed_by_a_dash_is_still_a_dateline():
    found = meetings(report('''
Lisbon, Sep 8 (Wire) Portuguese Prime Minister Rui Costa and Ukrainian President Ivan Shevchuk met on the sidelines of an economic forum, discussing aid.

"Support for Ukraine stays our first priority," Costa said.
''', date="2024-09-08"))
    # The dateline's day is the report's, not the meeting's: the report gives it no day.
    assert found[0].date is None
    assert [p.name for p in found[0].participants] == ["Rui Costa", "Ivan Shevchuk"]


def test_a_congress_is_a_body_and_a_counterpart_without_a_nationality_is_a_person():
    found = meetings(report('''
President Ade Bello held a meeting with a delegation led by the Vice Chairman of the Standing Committee of the National People's Congress, Zhou Ming, in Abuja on Monday.
''', date="2025-08-25"))
    assert [p.name for p in found[0].participants] == ["Ade Bello", "Zhou Ming"]
    found = meetings(report('''
Defense Minister Kenji Mori and his counterpart Daniel Hart will meet in Tokyo on Friday.
''', date="2025-08-25"))
    assert [(p.name, p.title) for p in found[0].participants] == [("Kenji Mori", "Defense Minister"),
                                                                  ("Daniel Hart", "Defense Minister")]


def test_the_sentence_set_during_the_talks_names_who_took_part_and_counterparts_pair_up():
    found = meetings(report('''
The trade chiefs of Chile, Peru and Mexico held video talks on Tuesday to discuss port fees.

During the talks, Chilean Trade Minister Diego Rojas and his Peruvian and Mexican counterparts, Ana Quispe and Luis Ortega, also criticised new tariffs on copper imposed by Canadian Prime Minister Paul Lafleur.
''', date="2025-03-12"))
    assert [(p.name, p.country) for p in found[0].participants] == [
        ("Diego Rojas", "Chile"), ("Ana Quispe", "Peru"), ("Luis Ortega", "Mexico")]
    assert found[0].date == "2025-03-11"


def test_a_title_whose_sentence_has_no_cue_of_its_own_means_its_holder_named_so_far():
    text = report('''
Prime Minister Ravi Menon met a series of leaders on the sidelines of a summit in Hanoi on Sunday.

The summit, held over two days in the Vietnamese capital, brought together heads of government from eleven countries in Asia and Europe, with trade, energy and the security of shipping lanes high on the agenda of every delegation that came.

During the evening, the Prime Minister spoke with leaders from Central Asia, highlighting India's interest in closer energy ties.

He later held talks with Thai Prime Minister Somchai Wong on trade.
''')
    assert said(text) == [("India's interest in closer", "Ravi Menon", "highlighted")]


def test_sentences_whose_copy_lost_the_space_after_the_full_stop_are_still_sentences():
    text = report('''
Foreign Minister Ana Lopes met her Mongolian counterpart Bat Erdene in Seoul on Monday.Lopes asked for support on the peninsula.According to the Foreign Ministry, Erdene pledged to keep the railway project going.Erdene in return reaffirmed his country's support, the ministry said.
''')
    assert said(text) == [("for support on the", "Ana Lopes", "asked"),
                          ("Erdene pledged to keep", "Ministry of Foreign Affairs", "according to"),
                          ("Erdene in return reaffirmed", "Ministry of Foreign Affairs", "said")]


def test_numbered_paragraphs_of_a_chairman_s_statement_and_who_the_chair_is():
    text = report('''
1. The 12th Andean Council Meeting was held on 9 March 2026 in Lima. The Meeting was chaired by H.E. Rosa Quispe Mamani, Minister of Foreign Affairs of Peru, and attended by the ministers of the member states.

2. In her opening remarks, the Chair emphasised that the council must deliver results on trade, and urged members to ratify the transport agreement by the end of 2026.

3. The Secretary-General of UNASUR, Dr. Mateo Salas, briefed the Meeting and noted that 40 per cent of the measures had started.

4. The talks ended on April 3. According to the Chair, the next meeting will be held in Quito.
''', date="2026-03-10")
    assert said(text) == [("the council must deliver", "Rosa Quispe Mamani", "emphasized"),
                          ("members to ratify the", "Rosa Quispe Mamani", "urged"),
                          ("40 per cent of", "Mateo Salas", "noted"),
                          ("the next meeting will", "Rosa Quispe Mamani", "according to")]


def test_a_quote_after_and_said_or_after_told_a_briefing_is_the_subject_s():
    text = report('''
Foreign Minister Dara Chea met her Thai counterpart Niran Suk in Bangkok on Friday.

Ministry spokesman Pich Rith said the talks went well. The Cambodian ministry spokesman, meantime, pointed to a visit by Suk to Phnom Penh, and said, "Both sides talked about the border crossings at length."

National Security Adviser Sok Dara told a news briefing that day at the palace, "The two leaders spoke for about twenty minutes."
''')
    assert said(text)[1:] == [("Both sides talked about", "Pich Rith", "said"),
                              ("The two leaders spoke", "Sok Dara", "told")]


def test_a_dateline_in_capitals_with_the_agency_and_date_in_brackets_is_no_statement():
    text = report('''
OSLO (Northwire News / Agency - 18th November, 2022) Norwegian Foreign Minister Ingrid Lund and her Swedish counterpart, Erik Berg, will hold talks in Oslo on November 21, the Norwegian Foreign Ministry said.
''', date="2022-11-18")
    found = statements(text)
    assert [s.text.split()[:3] for s in found] == [["Norwegian", "Foreign", "Minister"]]


def test_according_to_inside_a_sentence_and_a_second_verb_after_and_report_speech():
    text = report('''
King Omar of Jordan spoke by phone with President Karim Haddad of Egypt on Saturday.

The call, according to the Royal Court, dealt with the supply of aid and the reopening of the crossings.

In response, Secretary Ana Reyes thanked her hosts for the welcome, and stated that she would like to deepen the ties between the two countries.
''')
    assert said(text) == [("The call, according to", "Royal Court", "according to"),
                          ("she would like to", "Ana Reyes", "stated")]


def test_a_minister_s_office_is_their_ministry():
    text = report('''
South Korean Foreign Minister Han Do-yeon discussed rail links with his Kazakh counterpart on Monday, Han's office said Tuesday.
''')
    assert [(s.speaker.name, s.speaker.country) for s in statements(text)] == [("Ministry of Foreign Affairs", "South Korea")]


def test_a_leader_s_office_is_the_office_of_their_post_not_a_speaker_called_office():
    text = report('''
Prime Minister Carla Rossi met Ukrainian President Ivan Shevchuk in Como on Saturday.

Italy renewed its support for Ukraine's defence, Rossi's office said in a statement.
''')
    found = statements(text)
    assert [(s.speaker.name, s.speaker.kind) for s in found] == [("Prime Minister's Office", "organization")]


def test_a_leader_who_will_receive_a_visitor_has_a_meeting_and_a_name_may_have_two_hyphens():
    found = meetings(report('''
Prime Minister Somchai Chan-o-wat is to return to work at Government House this morning.

Prime Minister Somchai will reportedly receive Chinese Foreign Minister Li Wen at Government House before noon today.
''', date="2020-10-16"))
    assert [p.name for p in found[0].participants] == ["Somchai Chan-o-wat", "Li Wen"]
    assert (found[0].status, found[0].date) == ("planned", "2020-10-16")


def test_a_statement_from_a_named_ministry_is_the_ministry_s():
    text = report('''
Prime Minister Tan Wei congratulated his Australian counterpart Jack Reid over the phone on his Labor Party's victory.

"Both Prime Ministers reaffirmed the close relations between Singapore and Australia," said a statement from Singapore's Ministry of Foreign Affairs.
''')
    assert [s.speaker.name for s in statements(text)] == ["Ministry of Foreign Affairs"]


def test_a_nickname_in_quotes_inside_a_name_is_left_out_of_it():
    text = report('''
On Monday, Defense Secretary Ramon “Monching” Villar Jr. met his Japanese counterpart Kenji Mori in Manila.

"We are ready for more joint exercises," Villar said.
''')
    assert said(text) == [("We are ready for", "Ramon Villar Jr", "said")]
    assert [p.name for p in meetings(text)[0].participants] == ["Ramon Villar Jr", "Kenji Mori"]


def test_a_foreign_ministry_by_its_seat_its_own_name_and_a_taoiseach_are_who_they_are():
    text = report('''
Taoiseach Ciaran Walsh spoke with Malaysian Prime Minister Aziz Rahman by phone on Monday.

Walsh said he was pleased to speak with Mr Rahman about trade.

Wisma Putra said the call added meaning to fifty years of ties.

The leaders discussed shipping, the State Department said in a statement.

The Indian Foreign Ministry said both leaders were welcome in New Delhi.
''')
    assert [s.speaker.name for s in statements(text)] == [
        "Ciaran Walsh", "Ministry of Foreign Affairs", "Department of State", "Ministry of External Affairs"]


def test_transcript_labels_with_a_long_title_a_translation_note_or_a_title_alone_say_who_speaks():
    text = report('''
Chilean President Rosa Vidal received President Ade Okafor of Nigeria in Santiago on Monday. Remarks before their meeting:

President of the Republic of Chile Rosa Vidal (as translated): Mr President, thank you for coming to Santiago at such short notice.

PRESIDENT OKAFOR: Thank you, Madam President, it is good to be back in Chile after so many years.
''')
    assert said(text) == [("Mr President, thank you", "Rosa Vidal", None), ("Thank you, Madam President,", "Ade Okafor", None)]


def test_the_paragraph_after_a_line_ending_in_said_colon_is_what_was_said():
    text = report('''
Foreign Secretary Tom Hale met Australian Foreign Minister Jane Moss in London on Monday.

Foreign Office Minister Ruth Carr said:

The Foreign Secretary and the Australian Foreign Minister had a warm and productive meeting in London.
''')
    assert said(text) == [("The Foreign Secretary and", "Ruth Carr", "said")]


def test_initials_without_spaces_and_an_honorific_after_a_title_are_no_part_of_the_name():
    text = report('''
Vice Foreign Minister A.M. Rahman met Omani Foreign Minister Sayyid Khalid bin Said Al Harthi in Jakarta on Monday.

"We agreed to meet again next year," Rahman said.

Al Harthi said the two countries would open direct flights.
''')
    assert said(text) == [("We agreed to meet", "A.M. Rahman", "said"),
                          ("the two countries would", "Khalid bin Said Al Harthi", "said")]


def test_a_prime_minister_the_report_never_names_is_not_the_president_spoken_of_before():
    text = report('''
A Downing Street spokesperson said:

The Prime Minister held a telephone call with US President Dan Carter this evening.

President Carter said he hoped to visit in July. The Prime Minister said the UK would keep working with the US on trade.
''')
    found = statements(text)
    assert [(s.speaker.name if s.speaker else None) for s in found][-1] is None


def test_a_quoted_word_right_after_said_is_part_of_reported_speech_not_a_quote():
    text = report('''
Foreign Minister Ana Lopes met US Secretary of State Tom Hale in Washington on Monday.

Lopes said "expectations" of both sides were made clear during the talks.

Hale said: "We are ready to help."

Hale said "expectations" on both sides were high, adding that "the port deal will be signed by June."

Lopes said the two discussed rail links and "expectations" were high, adding that "the first trains could run by 2028."
''')
    found = statements(text)
    assert [(s.kind, s.text.split()[0], s.speaker.name) for s in found] == [
        ("reported", '"expectations"', "Ana Lopes"), ("quote", "We", "Tom Hale"),
        ("reported", '"expectations"', "Tom Hale"), ("quote", "the", "Tom Hale"),
        ("reported", "the", "Ana Lopes"), ("quote", "the", "Ana Lopes")]


def test_a_quote_after_adding_that_is_one_quote_and_for_his_part_does_not_hide_the_speaker():
    text = report('''
Foreign Minister Ana Lopes met Estonian Foreign Minister Jaan Tamm in Lisbon on Monday.

"Force is not a solution," Lopes said, adding that "Talks must go on until there is peace."

Tamm for his part said his country would open an embassy in Lisbon next year.
''')
    assert said(text) == [("Force is not a", "Ana Lopes", "said"), ("Talks must go on", "Ana Lopes", "added"),
                          ("his country would open", "Jaan Tamm", "said")]


def test_said_the_ministry_adding_gives_two_statements_of_the_ministry():
    text = report('''
Foreign Minister Ana Lopes met her Thai counterpart Niran Suk in Bangkok on Thursday.

The ministers had a restricted meeting followed by talks between the delegations, said the Ministry of Foreign Affairs, adding the session was preceded by a meeting of senior officials on Wednesday.
''')
    assert said(text) == [("The ministers had a", "Ministry of Foreign Affairs", "said"),
                          ("the session was preceded", "Ministry of Foreign Affairs", "added")]


def test_a_two_word_country_after_a_title_is_not_split_into_a_name():
    found = meetings(report('''
Foreign Minister Ana Lopes received a phone call from Khalid bin Saad Al Harbi, Minister of Foreign Affairs of Saudi Arabia, on Monday.

The King of Saudi Arabia Salman Al Saud sent his greetings.
''', date="2024-05-16"))
    names = {p.name for m in found for p in m.participants}
    assert "Khalid bin Saad Al Harbi" in names and not any(n.startswith("Arabia") for n in names)


def test_a_file_photo_of_an_older_meeting_does_not_become_the_report_s_meeting():
    found = meetings(report('''
TOKYO -- Japan and Peru pledged Thursday to work together on fisheries, the Japanese Foreign Ministry said.

During a meeting in Tokyo, Japanese Foreign Minister Kenji Mori and Peruvian Foreign Minister Ana Quispe also confirmed plans for a joint patrol.
''', date="2022-05-26", caption="Peruvian President Luis Rojas (R) met Japanese Prime Minister Taro Sato in Lima, Peru, May 1, 2022. (Pool)"))
    assert [p.name for p in found[0].participants] == ["Kenji Mori", "Ana Quispe"]


def test_a_sultan_a_host_a_rank_and_a_baroness_are_people_with_their_plain_names():
    found = meetings(report('''
President Ade Bello, accompanied by Cabinet Secretary Maj. Tunde Ojo, held talks with his host, Jose Mabote, in Maputo on Monday.

Bello also met Sultan Omar Bolkiah, with Baroness Anne Hale, the EU envoy, present.
''', date="2024-05-14"))
    names = {p.name for m in found for p in m.participants}
    assert {"Ade Bello", "Tunde Ojo", "Jose Mabote", "Omar Bolkiah", "Anne Hale"} <= names


def test_who_the_delegation_also_included_and_who_will_meet_alongside_take_part():
    found = meetings(report('''
President Ade Bello held a bilateral meeting with a Chinese delegation led by Vice Chairman Zhou Ming in Abuja on Wednesday.

The delegation also included the Chinese Ambassador to Nigeria, Li Qiang, and his deputy.
''', date="2023-05-31"))
    assert [p.name for p in found[0].participants] == ["Ade Bello", "Zhou Ming", "Li Qiang"]
    found = meetings(report('''
Japan will host security talks with Australia in Tokyo on September 5, Defense Minister Kenji Mori said on Friday.

Mori and his counterpart Daniel Hart will meet alongside Foreign Minister Aiko Sato and Australian Foreign Minister Ruth Penn.
''', date="2025-08-29"))
    assert {"Kenji Mori", "Daniel Hart", "Aiko Sato", "Ruth Penn"} <= {p.name for p in found[0].participants}


def test_a_dateline_with_the_country_in_capitals_and_a_leader_called_next_or_new():
    text = report('''
PHNOM PENH, CAMBODIA — Cambodia's next leader Sok Dara said he met China's Foreign Minister Li Wen in the capital on Sunday.
''', date="2023-08-14")
    assert said(text) == [("he met China's Foreign", "Sok Dara", "said")]


def test_where_something_was_said_is_not_part_of_what_was_said():
    text = report('''
Prime Minister Sok Dara met Chinese Foreign Minister Li Wen in Phnom Penh on Sunday.

Sok Dara reiterated in a Facebook post his government's support for the rail project.
''')
    assert said(text) == [("his government's support for", "Sok Dara", "reiterated")]


def test_a_name_with_two_particles_is_one_person():
    text = report('''
European Commission President Anna van der Berg met Prime Minister Ravi Menon in New Delhi on Tuesday.

"We are making history," van der Berg said.
''')
    assert said(text) == [("We are making history", "Anna van der Berg", "said")]
    assert [p.name for p in meetings(text)[0].participants] == ["Anna van der Berg", "Ravi Menon"]


def test_two_presidents_each_of_their_country_are_two_people_with_their_countries():
    found = meetings(report('''
Presidents Li Wen of China and Ana Souza of Brazil on Monday held a phone call about trade.

"China is willing to work with Brazil," Li said.
''', date="2025-08-12"))
    assert [(p.name, p.country) for p in found[0].participants] == [("Li Wen", "China"), ("Ana Souza", "Brazil")]


def test_the_ministry_of_a_report_that_names_none_is_its_minister_s_in_its_own_name():
    text = report('''
During the talks, South Korean Defense Minister Han Do-yeon and his Japanese counterpart Kenji Mori condemned the launch.

The ministers agreed to share warning data in real time, the ministry said in a press release.
''')
    assert [s.speaker.name for s in statements(text)] == ["Ministry of National Defense"]


def test_a_quote_nobody_is_named_for_followed_by_adding_that_does_not_break_extraction():
    text = report('''
Foreign Minister Ana Lopes met her Thai counterpart Niran Suk in Bangkok on Thursday.

"The talks will go on for two more days and end on Friday", adding that the plan was ready.

Le Drian said Saturday in Lisbon that his visit aimed to strengthen relations. Suk on Aug. 31 announced the opening of a consulate.
''')
    # (the floating quote keeps no speaker: nothing before it in its paragraph says whose it is)
    assert said(text) == [("The talks will go", None, None), ("his visit aimed to", "Le Drian", "said"),
                          ("the opening of a", "Niran Suk", "announced")]


def test_february_29_in_a_report_from_early_in_a_leap_year_is_no_error():
    # Read as the previous year's, 29 February would not exist; it is left undated.
    found = meetings(report('''
ISLAMABAD, Jan 17 (Wire) -- Foreign Minister Omar Khan and US Secretary of State Ann Lee will hold the sixth round of their strategic dialogue on Feb 29.
''', date="2024-01-17"))
    assert found and found[0].status == "planned"


def test_his_royal_highness_the_crown_prince_is_the_crown_prince_named_before():
    text = report('''
JEDDAH, May 15 (Wire) -- Crown Prince Khalid bin Fahd, Prime Minister, received a phone call from the President of France Jean Moreau.

During the call, His Royal Highness the Crown Prince affirmed the Kingdom's support for a ceasefire. HRH the Crown Prince said the Kingdom would keep working with France.
''')
    assert [(s.text.split()[1], s.speaker.name) for s in statements(text)] == [
        ("Kingdom's", "Khalid bin Fahd"), ("Kingdom", "Khalid bin Fahd")]


def test_said_before_the_speaker_may_be_followed_by_when_or_where():
    text = report('''
Trade ministers of the two countries will meet in Osaka next month.

Export controls will top the agenda of the talks, said Deputy Trade Minister Lim Seo-yeon on Tuesday.
''')
    assert said(text) == [("Export controls will top", "Lim Seo-yeon", "said")]


def test_a_diplomat_unnamed_is_nobody_and_the_top_diplomat_is_the_minister_named_before():
    text = report('''
Foreign Minister Arno Kask met his Latvian counterpart Ilze Berzina in Tallinn on Monday.

The two sides discussed energy links across the Baltic, according to a Latvian diplomat in Riga.

"We will build the cable together," said Kask. The top Estonian diplomat added that "the Baltic states speak with one voice."
''')
    assert said(text) == [("The two sides discussed", None, "according to"),
                          ("We will build the", "Arno Kask", "said"),
                          ("the Baltic states speak", "Arno Kask", "added")]


def test_a_subject_then_a_quoted_predicate_is_a_quote_of_whoever_the_sentence_cites():
    text = report('''
Foreign Minister Lea Moreau spoke with her Belgian counterpart Jan Peeters by phone on Friday.

Moreau "underlined the need for a common position on energy prices before winter," the ministry said in a statement.

The two ministers discussed "the situation in the Sahel" at length, the ministry said.
''')
    found = said(text)
    assert ("underlined the need for", "Ministry of Foreign Affairs", "said") in found
    assert ("The two ministers discussed", "Ministry of Foreign Affairs", "said") in found
    assert [s.kind for s in statements(text)] == ["quote", "reported"]


def test_a_body_named_with_a_list_of_words_keeps_the_whole_list_with_or_without_the_last_comma():
    for name in ("Foreign, Commonwealth and Development Office", "Foreign, Commonwealth, and Development Office"):
        text = report(f'''
The Foreign Secretary will host the US Secretary of State in London on Tuesday.

The {name} said the talks would cover support for Ukraine.
''')
        assert said(text) == [("the talks would cover", name, "said")]


def test_an_aside_between_or_after_dashes_is_the_reporter_s_not_what_was_said():
    text = report('''
The Foreign Secretary will visit Washington next week.

He will also meet senators from both parties, the ministry said – though a meeting with the defence secretary was dropped.

The spokesman said – speaking after the announcement – that the visit had been planned for months.
''')
    assert [w for w, _, _ in said(text)] == ["He will also meet", "the visit had been"]


def test_quoted_as_telling_and_cited_as_saying_report_what_the_speaker_said():
    text = report('''
Defence Minister Park Sung-ho met his Japanese counterpart Ito Ken in Singapore on Saturday.

Park was quoted as telling Ito that Koreans follow the issue closely, adding that Seoul expects to be consulted, according to officials.

State media called the talks "troubling" and cited an unnamed ministry spokesperson as saying the "only way" forward was a step-by-step approach.
''')
    assert said(text) == [("Koreans follow the issue", "Park Sung-ho", "told"),
                          ("Seoul expects to be", "Park Sung-ho", "added"),
                          ('the "only way" forward', None, "said")]


def test_a_participle_after_a_comma_inside_the_closing_quote_mark_is_still_a_statement():
    text = report('''
Foreign Minister Ana Ruiz met her Chilean counterpart in Lima on Monday.

Ruiz called the meeting "historic," noting that the two countries had not met at this level for a decade.
''')
    assert said(text) == [("the two countries had", "Ana Ruiz", "noted")]


def test_but_said_before_a_quote_hands_it_to_the_sentence_s_subject():
    text = report('''
Foreign Minister Omar Haddad held talks with his Egyptian counterpart in Cairo on Sunday.

Haddad gave no details, but said, "We covered every part of the ceasefire plan."
''')
    assert said(text) == [("We covered every part", "Omar Haddad", "said")]


def test_readouts_and_statements_named_in_other_words_speak_for_whoever_issued_them():
    text = report('''
Prime Minister Ravi Menon and Kenyan President Grace Wanjiru held a phone call on Monday, an official statement from the Ministry of External Affairs (MEA) stated.

"The leaders reviewed trade and investment ties," the MEA readout said.

The two sides also discussed maritime security, according to a statement Tuesday from the Ministry of Defence in Nairobi.
''')
    assert said(text) == [
        ("Prime Minister Ravi Menon", "Ministry of External Affairs", "stated"),
        ("The leaders reviewed trade", "Ministry of External Affairs", "said"),
        ("The two sides also", "Ministry of Defence", "according to"),
    ]


def test_a_readout_posted_on_a_minister_s_channel_is_that_minister_s():
    text = report('''
Iranian Foreign Minister Reza Tavakoli met his Omani counterpart in Muscat on Sunday. According to an official readout posted on the Iranian foreign minister's Telegram channel, the talks covered shipping.

"They discussed cooperation in every field of common interest," the readout stated.
''')
    assert ("They discussed cooperation in", "Reza Tavakoli", "stated") in said(text)


def test_said_this_at_a_briefing_is_no_statement_and_a_list_s_bullet_is_not_part_of_one():
    text = report('''
Foreign Minister Cho Min-ji held talks with Chinese Foreign Minister Wang Yi in Beijing on the 17th.

Minister Cho said this at a briefing with correspondents later that night.

* Wang and Cho agreed to restart working-level consultations, the ministry said.
''')
    assert said(text) == [("Wang and Cho agreed", "Ministry of Foreign Affairs", "said")]


def test_a_place_before_according_to_an_official_is_not_a_person_with_that_title():
    text = report('''
The two presidents have agreed to meet at next month's summit in Lisbon, according to an American official familiar with the plans.

The official added that the two sides had not settled the venue.
''')
    assert said(text) == [("The two presidents have", None, "according to"),
                          ("the two sides had", None, "added")]


def test_a_known_city_and_a_colon_is_a_dateline_and_an_unnamed_source_may_be_described():
    text = report('''
Washington: The two presidents have agreed to meet at next month's summit, according to an American official familiar with the planning.

Minister: Most welcome, and thank you for having me.

ASEAN ministers were still drafting a common position on Thursday, a Southeast Asian diplomat at the talks said.
''')
    assert said(text) == [("The two presidents have", None, "according to"),
                          ("ASEAN ministers were still", None, "said")]


def test_a_press_service_an_agency_named_before_its_description_and_a_bare_government():
    text = report('''
Taoiseach Niamh Byrne spoke by phone with the Russian president on Tuesday.

"Energy and grain were discussed," the Kremlin's press service said.

According to the country's official NRA news agency, the call lasted an hour.

According to a Government statement, the two leaders agreed to stay in contact.
''')
    assert [speaker for _, speaker, _ in said(text)] == ["Kremlin press service", "NRA", "Irish government"]


def test_a_title_abbreviation_or_a_title_s_field_words_do_not_make_another_person():
    text = report('''
External Affairs Minister S Jaishankar met UK Foreign Secretary Anna Price in Munich on Friday.

Writing on X, EAM Jaishankar shared details of the meeting, saying, "A good discussion on our bilateral cooperation."

"Good to meet my friend again," Jaishankar posted.
''')
    assert [speaker for _, speaker, _ in said(text)] == ["S Jaishankar", "S Jaishankar"]


def test_a_readout_voiced_by_a_body_s_spokesperson_is_the_body_s():
    text = report('''
A Downing Street spokesperson said:

The Prime Minister held a telephone call with US President Dan Carter this evening.
''')
    assert said(text) == [("The Prime Minister held", "Prime Minister's Office", "said")]


def test_a_hard_wrapped_report_is_read_across_its_line_breaks():
    text = (" date 2007-01-27 x\n\n"
            "China and Japan held frank talks on the second day of the\n"
            "seventh round of their strategic dialogue in Beijing on Friday,\n"
            "the Chinese Foreign Ministry said in a statement on its website.\n"
            "The two sides discussed building mutually beneficial ties and\n"
            "agreed to hold the next round in Tokyo, the statement said.\n"
            "Chinese Vice Foreign Minister Dai Wen and his Japanese\n"
            "counterpart Sato Ken led the two delegations, it said, and the\n"
            "talks ended on Saturday with a working dinner for the delegates.\n")
    found = statements(text)
    assert [(" ".join(s.text.split()[:4]), s.speaker.name if s.speaker else None) for s in found] == [
        ("China and Japan held", "Ministry of Foreign Affairs"),
        ("The two sides discussed", "Ministry of Foreign Affairs"),
        ("Chinese Vice Foreign Minister", "Ministry of Foreign Affairs")]
    assert "\n" in found[0].text  # the statement quotes the report as it is


def test_the_minister_is_a_minister_not_the_prime_minister_and_the_one_just_spoken_of():
    text = report('''
New Foreign Minister Kalle Tamm made his first official visit on Tuesday to Helsinki.

Tamm met his counterpart Foreign Minister Aino Lahti and Prime Minister Mikko Virtanen in the Finnish capital.

The minister said Finland's accession to NATO opens new opportunities for the region.
''')
    assert said(text) == [("Finland's accession to NATO", "Kalle Tamm", "said")]


def test_a_quote_glued_to_the_full_stop_before_it_is_still_a_quote():
    text = report('''
President Li Wen met the visiting US president in Lima on Wednesday.

“Our relations have not always been smooth,” Li said in his opening remarks.“Confrontation is not a practical choice for either of us.”
''')
    assert [w for w, _, _ in said(text)] == ["Our relations have not", "Confrontation is not a"]
    assert [s.speaker.name for s in statements(text)] == ["Li Wen", "Li Wen"]


def test_a_quote_after_told_a_briefing_followed_by_adding_is_a_quote_then_another():
    text = report('''
Deputy National Security Adviser Kim Do-hyun told a news briefing that day at the presidential office, "The president spoke with the president-elect for about 12 minutes," adding, "They agreed to meet soon."
''')
    assert said(text) == [("The president spoke with", "Kim Do-hyun", "told"),
                          ("They agreed to meet", "Kim Do-hyun", "added")]


def test_a_body_s_name_never_runs_over_lines_and_a_named_joint_statement_is_a_joint_statement():
    text = report('''
Home > News > Partnership Office

Diplomatic Relations

The leaders met in Tokyo on Monday. The Japan-India Joint Statement said the two sides would hold a dialogue on maritime security every year.
''')
    assert said(text) == [("the two sides would", "joint statement", "said")]
    names = [s.speaker.name for s in statements(text)]
    assert not any("\n" in name for name in names)


def test_a_list_of_other_stories_headlines_after_the_story_gives_no_statements():
    text = report('''
Foreign Minister Omar Haddad met his Turkish counterpart in Ankara on Monday to discuss trade and migration.

"We agreed to open two new border crossings," Haddad said after the talks.

Related

Sources say 40 migrants were returned from three countries last month
Minister says new visa rules will be announced soon
Opposition leader calls for early elections in spring
''')
    assert said(text) == [("We agreed to open", "Omar Haddad", "said")]


def test_a_weekday_given_again_in_another_time_zone_is_not_a_second_date():
    text = report('''
Foreign Minister Penny Hall met US Secretary of State Tom Reed in Washington on Tuesday (Wednesday AEST) to discuss submarines.
''', date="2021-08-04")
    assert meetings(text)[0].date == "2021-08-03"
    # said on one day, given again in Australian time: never dated the Australian day
    text = report('''
Secretary of State Tom Reed said on Tuesday (Wednesday AEST) he was launching a dialogue at talks in Washington with Foreign Minister Penny Hall.
''', date="2021-08-04")
    assert meetings(text)[0].date != "2021-08-04"


def test_according_to_an_announcement_by_a_named_office_speaks_for_that_office():
    text = report('''
President Lee Han-su spoke with the Japanese prime minister by phone on Monday.

According to an announcement by the Office of the President of South Korea, the two leaders agreed to build a more mature relationship.

According to a statement from the GCC General Secretariat, the meeting focused on a free trade agreement.
''')
    assert said(text) == [("the two leaders agreed", "Office of the President", "according to"),
                          ("the meeting focused on", "GCC General Secretariat", "according to")]


def test_sheikh_before_a_name_makes_a_person_and_polities_or_regions_are_never_people():
    text = report('''
Foreign Minister of the Islamic Republic of Iran Hassan Karimi met his counterpart from the People's Republic of China in Tehran on Monday, after a visit to West Manggarai.

Sheikh Tamim bin Hamad al-Thani said he was excited to attend the talks.

Minister of Foreign Affair Gabrielius Landsbergis joined them later.
''')
    names = [p.name for m in extract(text).meetings for p in m.participants]
    assert "Islamic Republic" not in names and "West Manggarai" not in names
    assert said(text) == [("he was excited to", "Tamim bin Hamad al-Thani", "said")]
    from onrecord.db.extract.entities import find_entities
    people = [e.speaker.name for e in find_entities(text).people]
    assert "Gabrielius Landsbergis" in people and "Tamim bin Hamad al-Thani" in people


def test_welcoming_a_leader_for_talks_is_a_meeting():
    found = meetings(report('''
The relationship is going from strength to strength, Prime Minister Tom Hale said after welcoming the Emir of Qatar to Downing Street for bilateral talks on Friday.
''', date="2019-09-20"))
    assert [(m.kind, m.status, m.date) for m in found] == [("talks", "held", "2019-09-20")]
    assert [p.name for p in found[0].participants] == ["Tom Hale"]


def test_speaker_phrases_with_a_possessive_a_policy_chief_a_second_name_or_a_titled_name_between_commas():
    text = report('''
Pacific leaders met in Honiara on Monday to discuss fisheries.

The meeting's chairman, Cook Islands Prime Minister Tere Marsh, said he was pleased Fiji had come.

The European Union foreign policy chief Anna Berg said the EU and Fiji would restart their dialogue.

Foreign Ministry (Wisma Putra) in a statement today said the visit would last two days.
''')
    assert said(text) == [("he was pleased Fiji", "Tere Marsh", "said"),
                          ("the EU and Fiji", "Anna Berg", "said"),
                          ("the visit would last", "Ministry of Foreign Affairs", "said")]


def test_the_day_a_source_spoke_of_a_meeting_does_not_date_it():
    for sentence in ("According to Seoul's foreign ministry on Friday, the two ministers agreed to keep talking.",
                     "The state news agency reported on Friday that the two ministers agreed to keep talking."):
        text = report(f'''
Foreign Minister Cho Min-ji and her Chinese counterpart Wang Yi met on the margins of the regional forum in Vientiane.

{sentence}
''', date="2024-07-26")
        assert meetings(text)[0].date is None, sentence


def test_the_official_of_a_country_is_that_country_s_person_just_spoken_of():
    text = report('''
Foreign Minister Cho Min-ji met her Chinese counterpart Wang Yi in Vientiane on Friday.

The Chinese official said the two sides are neighbours and partners.

A Korean official said the talks ran an hour over schedule.
''')
    assert said(text) == [("the two sides are", "Wang Yi", "said"),
                          ("the talks ran an", None, "said")]
    # once "a Chinese official" has spoken, "the Chinese official" is that one, unnamed
    text = report('''
Foreign Minister Cho Min-ji met her Chinese counterpart Wang Yi in Vientiane on Friday.

A Chinese official said the meeting ran long. The Chinese official said the two sides are neighbours.
''')
    assert [speaker for _, speaker, _ in said(text)] == [None, None]


def test_ministers_who_will_meet_in_a_city_next_week_make_a_planned_meeting_not_dated_by_who_said_so():
    found = meetings(report('''
Estonian and Latvian trade ministers will meet in Riga next week to discuss a joint grid link, said Deputy Trade Minister Kaisa Rand on Monday.
''', date="2025-03-11"))
    assert [(m.kind, m.status, m.date, m.location) for m in found] == [("talks", "planned", None, "Riga")]


def test_a_transcript_label_in_capitals_with_letters_beyond_ascii_names_its_speaker():
    text = report('''
Secretary of State Tom Hale met Turkish Foreign Minister Mevlüt Çavuşoğlu in Washington on Tuesday.

SECRETARY HALE: It is always great to see you. Welcome.

FOREIGN MINISTER ÇAVUŞOĞLU: Thank you very much, my dear friend, for hosting us again.
''')
    assert [(w, speaker) for w, speaker, _ in said(text)] == [
        ("It is always great", "Tom Hale"), ("Thank you very much,", "Mevlüt Çavuşoğlu")]


def test_an_interview_s_label_minister_alone_is_the_one_minister_the_report_names():
    text = report('''
Transcript of Minister for Foreign Affairs Dr Lim Wei's media doorstop in Washington.

Reporter, Newswire (NW): Thanks for speaking with us, Minister.

Minister: Well this has been a real whirlwind tour with many meetings.
''')
    assert said(text) == [("Well this has been", "Lim Wei", None)]


def test_a_dateline_with_the_month_in_capitals_and_the_agency_after_a_comma_is_no_fragment():
    text = report('''
YEREVAN, AUGUST 18, NEWSWIRE: "On August 23, the two foreign ministers will hold talks in Moscow on the peace plan," he said.
''')
    assert [(w, s.kind) for (w, _, _), s in zip(said(text), statements(text), strict=True)] == [
        ("On August 23, the", "quote")]


def test_people_named_by_surname_in_the_sentence_that_names_a_meeting_took_part_in_it():
    found = meetings(report('''
Kestrian Foreign Minister Prince Omar bin Talal Al Rashid is on a two-day visit to Valdor. Valdorian Foreign Minister Ines Marek received him on Wednesday.

Marek and Al Rashid co-chaired the third meeting of the Joint Committee on Trade and Culture, held under the framework of the Strategic Partnership Council.
'''))
    committee = next(m for m in found if "Joint Committee" in m.name)
    assert {p.name for p in committee.participants} >= {"Ines Marek", "Omar bin Talal Al Rashid"}


def test_a_page_title_with_bars_is_a_headline_whose_capitals_name_no_meeting():
    found = meetings(report('''
Interior Minister and President in Surprise Talks | World | News and in-depth reporting from the capital

Valdorian Interior Minister Otto Brenner held surprise talks with President Ruth Calder in Port Lem this week, a ministry spokeswoman said on Thursday.
'''))
    assert "Surprise Talks" not in [m.name for m in found]


def test_a_caption_s_title_does_not_run_into_the_next_line_s_misspelt_plural_title():
    found = meetings('''Press Releases

Japan-Peru Foreign Ministers' Meeting

March 3, 2025
Foreign Minister Tanaka shaking hands with Secretary of State Quispe
Japan-Peru Forein Ministers' Meeting

On March 3, Mr. Tanaka Kenji, Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with Ms. Ana Quispe, Minister of Foreign Affairs of Peru.
''')
    assert [p.name for m in found for p in m.participants] == ["Tanaka Kenji", "Ana Quispe"]


def test_a_name_before_a_compound_adjective_is_not_a_second_person():
    text = report('''
Valdor's Chief Adviser Professor Ramon Ortiz spoke with Kestrian Security Adviser Lena Haas by phone on Monday.

Haas reaffirmed support for the Professor Ortiz-led interim government.

Prof Ortiz said he expects the reform reports within January.
''')
    assert [(w, s) for w, s, _ in said(text)][-1] == ("he expects the reform", "Ramon Ortiz")
    assert "Ortiz-led" not in {p.name for m in meetings(text) for p in m.participants}


def test_an_afghan_honorific_is_not_part_of_the_name():
    text = report('''
KABUL (Newswire) Mawlavi Amir Rahimi, acting foreign minister of Afghanistan, met Kestrian envoy Ivan Petrov in Kabul on Sunday.

Rahimi said Afghanistan wants better trade links with the region.
''')
    assert said(text) == [("Afghanistan wants better trade", "Amir Rahimi", "said")]


def test_a_speaker_named_with_an_initial_after_a_quote_is_its_speaker():
    text = report('''
"Trade between our countries will grow fast now," External Affairs Minister S. Rajan said on Thursday.

S. Korea urged Japan on Thursday to show more sincerity, the ministry said.
''')
    assert [(w, s) for w, s, _ in said(text)][0] == ("Trade between our countries", "S. Rajan")
    assert "S." not in [s for _, s, _ in said(text)]


def test_one_person_spelt_with_and_without_diacritics_is_one_person_under_the_fuller_spelling():
    text = report('''
Deputy Prime Minister Radoslaw Nowak and Kestrian President Ivo Horak met in Port Lem on Monday.

Deputy Prime Minister Radosław Nowak said the meeting's location mattered to both countries.
''')
    assert [s for _, s, _ in said(text)] == ["Radosław Nowak"]
    assert [p.name for m in meetings(text) for p in m.participants] == ["Radosław Nowak", "Ivo Horak"]


def test_a_vietnamese_name_with_letters_of_latin_extended_b_is_whole():
    text = report('''
HÀ NỘI — Vietnamese Minister of Foreign Affairs Bùi Văn Sơn held phone talks with his Lao counterpart on Thursday.

Sơn said Việt Nam attaches great importance to the partnership.
''')
    assert said(text) == [("Việt Nam attaches great", "Bùi Văn Sơn", "said")]


def test_a_body_s_word_before_a_title_is_part_of_the_title_not_a_body():
    text = report('''
Union Commerce Minister Arjun Mehta said on Tuesday the trade talks in Brussels had been productive.

The Union minister said the talks "have narrowed our outstanding issues a great deal."
''')
    assert [s for _, s, _ in said(text)] == ["Arjun Mehta", "Arjun Mehta"]


def test_what_was_announced_at_the_end_of_a_sentence_with_where_and_when_is_reported_speech():
    text = report('''
The two foreign ministers discussed a draft peace treaty during a phone call on Wednesday, Minister Aram Petrosyan announced in parliament on Wednesday.
''')
    assert said(text) == [("The two foreign ministers", "Aram Petrosyan", "announced")]


def test_meanwhile_and_further_between_a_speaker_and_the_verb_keep_the_speaker():
    text = report('''
Trade Representative Dana Holt, who joined the delegation in Geneva, meanwhile highlighted the speed at which both sides had found common ground.

Minister Pavel Orlov further pointed to the growth of trade, and announced that the two presidents would meet in the near future.
''')
    assert said(text) == [("the speed at which", "Dana Holt", "highlighted"),
                          ("the two presidents would", "Pavel Orlov", "announced")]


def test_and_highlighted_after_a_verb_that_is_no_cue_is_reported_speech():
    text = report('''
Foreign Minister Omar Haddad thanked Kestria for its support and highlighted the deep ties between the two countries.
''')
    assert said(text) == [("the deep ties between", "Omar Haddad", "highlighted")]


def test_a_french_honorific_is_not_part_of_the_name():
    text = report('''
Mme Claire Dubois, Minister for Europe and Foreign Affairs, met her Kestrian counterpart in Paris on Monday.

Mme Claire Dubois reiterated the importance of the sixth package of sanctions.
''')
    assert said(text) == [("the importance of the", "Claire Dubois", "reiterated")]


def test_a_speaker_who_at_a_press_conference_announced_something_is_its_speaker():
    text = report('''
Bank President Kenji Mori at a press conference announced the launch of a new lending framework for emerging nations.
''')
    assert said(text) == [("the launch of a", "Kenji Mori", "announced")]


def test_an_agency_tag_with_no_dash_opening_the_story_is_not_part_of_its_first_sentence():
    text = report('''
(NEWSWIRE) Valdorian President Rosa Lind announced that she spoke with Kestrian President Omar Haddad on Monday.
''')
    assert said(text) == [("she spoke with Kestrian", "Rosa Lind", "announced")]


def test_welcoming_someone_to_a_place_is_a_greeting_not_a_statement_but_what_follows_is():
    text = report('''
At the outset, Minister Tanaka welcomed Secretary of State Ruth Calder to Japan, and stated that he would like to work closely with her.

Foreign Minister Ines Marek welcomed Kestria's Foreign Minister Omar Haddad to Port Lem on his first visit.
''')
    assert said(text) == [("he would like to", "Tanaka", "stated")]


def test_has_spoken_with_someone_over_the_phone_is_a_call_dated_by_the_next_sentence():
    found = meetings(report('''
Canadian National Security Adviser Lena Haas has spoken with Chief Adviser Professor Ramon Ortiz over phone, reiterating support for the reform process.

The national security adviser called the chief adviser on Monday evening to discuss issues of mutual interest, his press wing said today.
''', date="2024-12-24"))
    assert [(m.kind, m.date) for m in found] == [("phone call", "2024-12-23")]
    assert people(found[0]) == [("Lena Haas", "National Security Adviser", "Canada"),
                                ("Ramon Ortiz", "Chief Adviser", None)]


def test_a_meeting_told_by_its_sides_takes_its_people_from_the_next_sentence():
    found = meetings(report('''
The foreign ministers of South Korea and China met in New York on Wednesday and agreed to keep working together, a Seoul official said.

South Korean Foreign Minister Han Do-yeon and her Chinese counterpart, Li Wen, held talks for 30 minutes on the sidelines of the UN General Assembly, the official said.
''', date="2019-09-26"))
    assert len(found) == 1
    assert (found[0].date, found[0].location) == ("2019-09-25", "New York")
    assert [name for name, _, _ in people(found[0])] == ["Han Do-yeon", "Li Wen"]


def test_on_the_17th_is_a_day_of_the_report_s_month_and_the_17th_congress_is_no_date():
    found = meetings(report('''
Foreign Minister Cho Min-ji held her first talks on the 17th with Li Wen, the Chinese foreign minister, in Beijing, ahead of the 20th Congress of the party.
''', date="2025-09-18"))
    assert [(m.date, m.status) for m in found] == [("2025-09-17", "held")]


def test_an_and_inside_a_title_after_for_is_one_office_not_two_speakers():
    text = report('''
"There will be more than two bilateral meetings for the president," Assistant Secretary for Asian and Pacific Affairs Nora Imperial said in a briefing on Friday.
''')
    assert said(text) == [("There will be more", "Nora Imperial", "said")]


def test_talks_held_while_agreeing_to_have_more_are_held_not_planned():
    found = meetings(report('''
Foreign Minister Sato Kenji and his Chinese counterpart Li Wen held phone talks on Wednesday, agreeing that it is important for their governments to have high-level exchanges.
''', date="2025-10-29"))
    assert [(m.kind, m.status, m.date) for m in found] == [("phone call", "held", "2025-10-29")]


def test_a_trip_taken_to_meet_someone_is_a_meeting_held():
    for sentence, day in (
            ("On the second leg of a European tour, Cuba's foreign minister Ramon Diaz was in Brussels "
             "Wednesday to meet with his European Union counterpart, Federica Rossi.", "2015-04-22"),
            ("President Adi Wirawan took a day trip to Kuala Lumpur on Thursday to meet with Malaysian "
             "Prime Minister Hamid Yusof over lunch.", "2015-04-23")):
        found = meetings(report(sentence, date="2015-04-23"))
        assert [(m.status, m.date) for m in found] == [("held", day)]


def test_a_planned_meeting_more_than_a_month_ahead_keeps_the_report_s_year():
    found = meetings(report('''
President Gabriel Boric will attend the Summit of the Americas in Los Angeles on June 6, the foreign ministry said.
''', date="2022-05-03"))
    assert [(m.name, m.status, m.date) for m in found] == [("Summit of the Americas", "planned", "2022-06-06")]


def test_friday_next_week_is_the_friday_of_the_week_after_the_report():
    found = meetings(report('''
Taiwan and the United States are to hold talks on economic cooperation in Washington on Friday next week, the ministry announced yesterday.
''', date="2020-11-12"))
    assert [(m.status, m.date) for m in found] == [("planned", "2020-11-20")]


def test_a_plural_title_before_three_names_gives_each_the_title():
    found = meetings(report('''
Foreign Ministers Piotr Kowal, Marie Dupont, and Hanna Schmidt met in the German city of Weimar on Monday to discuss support for Ukraine.
'''))
    assert [(n, t) for m in found for n, t, _ in people(m)] == [
        ("Piotr Kowal", "Foreign Minister"), ("Marie Dupont", "Foreign Minister"), ("Hanna Schmidt", "Foreign Minister")]


def test_secretary_of_state_in_lower_case_is_a_title_before_a_name():
    found = meetings(report('''
Foreign Secretary Tom Hale will welcome US secretary of state Ruth Calder to London on Tuesday for strategic talks.
'''))
    assert {n for m in found for n, _, _ in people(m)} >= {"Tom Hale", "Ruth Calder"}


def test_a_telephone_conference_is_a_phone_call():
    found = meetings(report('''
Presidents Ana Ruiz of Chile and Tomas Novak of Slovakia on Monday held a telephone conference, during which they discussed trade.

Both will attend the UN Climate Change Conference in November.
''', date="2025-08-12"))
    assert [(m.kind, m.date, len(m.participants)) for m in found][0] == ("phone call", "2025-08-11", 2)


def test_a_meeting_yesterday_with_someone_is_a_meeting():
    found = meetings(report('''
It followed Prime Minister Tom Hale's first bilateral meeting yesterday with Prime Minister Lee Wen Hao, as he prepares for the next leg of his trip.

Both will attend the East Asia Summit in October.
''', date="2024-04-16"))
    assert [(m.date, [n for n, _, _ in people(m)]) for m in found][0] == ("2024-04-15", ["Tom Hale", "Lee Wen Hao"])


def test_whoever_a_side_was_represented_by_took_part():
    found = meetings(report('''
South Korea and Indonesia agreed to strengthen their partnership during high-level talks in Jakarta on Monday, according to Seoul's foreign ministry.

South Korea's top diplomat, Han Do-yeon, led the country's delegation. Indonesia was represented by Foreign Minister Sari Wulandari.
'''))
    assert "Sari Wulandari" in [n for m in found for n, _, _ in people(m)]


def test_who_will_co_chair_a_named_dialogue_takes_part_and_whose_representative_they_are_does_not():
    found = meetings(report('''
The fourth round of the Valdor-Kestria Strategic Economic Dialogue starts in Port Lem on June 17.

Valdorian President Ivo Horak's special representative, Vice Premier Wang Lei, and Kestrian President Ruth Calder's special representative, Treasury Secretary Henry Pell, will co-chair the dialogue.
''', date="2008-06-16"))
    dialogue = next(m for m in found if "Dialogue" in m.name)
    assert {n for n, _, _ in people(dialogue)} == {"Wang Lei", "Henry Pell"}


def test_according_to_her_before_a_quote_is_its_attribution():
    text = report('''
Foreign Minister Lena Haas spoke in Tirana on Friday.

According to her, "tensions between the two neighbours in recent days are endangering the whole process."
''')
    assert said(text) == [("tensions between the two", "Lena Haas", "according to")]


def test_what_someone_posted_is_speech_only_when_it_is_a_that_clause():
    text = report('''
President Ana Ruiz posted a handwritten note from her host, with the words "a great honour".

President Ana Ruiz posted that the talks had been frank and useful.
''')
    assert [(w, c) for w, _, c in said(text)] == [("the talks had been", "wrote")]


def test_an_aside_after_the_attribution_and_a_dash_touching_the_dateline_leave_the_statement():
    text = report('''
TOKYO—Japan and Peru pledged Thursday to work together on maritime security, the Japanese Foreign Ministry said, in a veiled reference to growing tensions in the region.

Li shared the results of his trip with Sato, the official said, without elaborating.
''')
    assert [w for w, _, _ in said(text)] == ["Japan and Peru pledged", "Li shared the results"]


def test_an_honorific_written_without_stops_is_not_part_of_the_name():
    text = report('''
The meeting was co-chaired by H E Sayyid Khalid bin Said al Harthi, Foreign Minister, and his Kestrian counterpart.

H E Sayyid Khalid noted the significant progress in the relations between the two countries.
''')
    assert [s for _, s, _ in said(text)] == ["Khalid bin Said al Harthi"]


def test_a_surname_in_capitals_gives_the_full_name_and_a_body_s_word_in_a_title_stays_a_title():
    text = report('''
Ms. TANAKA Yoko, Minister for Foreign Affairs of Japan, held a working dinner with H.E. Dr. Joseph Kiprono MUTUA, Prime Cabinet Secretary of Kenya.

Prime Cabinet Secretary Mutua expressed his appreciation for Japan's support to date.
''')
    assert [s for _, s, _ in said(text)] == ["Joseph Kiprono Mutua"]


def test_an_acronym_given_after_a_possessive_name_is_that_body():
    text = report('''
The emir and the crown prince spoke by phone on Friday, with some reports pointing to Kestria News Agency's (KNA) failure to mention who called whom.

KNA said that the call had been arranged by the Valdorian president.
''')
    assert [s for _, s, _ in said(text)] == ["Kestria News Agency"]


def test_a_press_division_or_unit_is_a_body_and_a_stray_possessive_on_a_title_is_no_name():
    text = report('''
President Anura Perera met Prime Minister TANAKA Kenji of Japan in Colombo on Tuesday.

According to the President’s Media Division, President Perera is expected to return to Kandy later this evening.

President’s Media Unit stated that the Japanese prime minister hailed the visit.

At the outset, President Perera, referring to Prime Minister’s Tanaka’s past visits, offered his thanks.
''')
    assert [s for _, s, _ in said(text)] == ["President’s Media Division", "President’s Media Unit"]
    assert not [p.name for m in meetings(text) for p in m.participants if "Minister" in p.name or "Media" in p.name]


def test_talks_on_the_sidelines_of_a_named_meeting_are_a_meeting_of_their_own():
    found = meetings(report('''
Finance Minister Omar Haddad met his Saudi counterpart, Faisal Al-Rashid, on the sidelines of the World Bank-IMF Annual Meetings in Washington on Wednesday.
''', date="2024-10-23"))
    talks = [m for m in found if m.kind == "talks" and "Annual Meetings" not in m.name]
    assert [(m.date, [n for n, _, _ in people(m)]) for m in talks] == [("2024-10-23", ["Omar Haddad", "Faisal Al-Rashid"])]


def test_on_4_th_is_a_day_of_the_report_s_month():
    found = meetings(report('''
External Affairs Minister Arjun Mehta met his Sri Lankan counterpart, Foreign Minister Nimal Perera, for bilateral talks at the Ministry of Foreign Affairs on 4 th . The new president assumed office on 22 September.
''', date="2024-10-07"))
    assert [m.date for m in found] == ["2024-10-04"]


def test_a_spokesperson_quoted_about_a_named_meeting_did_not_take_part_in_it():
    found = meetings(report('''
The seventh round of the Valdor-Kestria Strategic Dialogue was held in Port Lem on Friday between Foreign Minister Ines Marek and Foreign Minister Omar Haddad.

"The dialogue was frank and useful," foreign ministry spokesperson Lin Ha said of the seventh round of the Valdor-Kestria Strategic Dialogue.
'''))
    dialogue = next(m for m in found if "Dialogue" in m.name)
    assert [n for n, _, _ in people(dialogue)] == ["Ines Marek", "Omar Haddad"]


def test_a_sentence_opening_at_talks_tells_of_a_meeting_between_the_sides_after_it():
    found = meetings(report('''
At top security talks Tuesday, Japan and the United States reaffirmed their commitment to pressing North Korea to denuclearize.

"We don't have endless patience," Secretary of State Ruth Calder said in a joint press conference after the meeting of defense and foreign ministers.
''', date="2007-05-02"))
    assert [(m.name, m.date) for m in found][0] == ("Japan–United States talks", "2007-05-01")


def test_what_the_source_after_according_to_added_is_its_too_and_a_ministry_official_is_no_ministry():
    text = report('''
Foreign Minister Han Do-yeon and her Chinese counterpart, Li Wen, held talks for 30 minutes on the sidelines of the assembly, according to a South Korean foreign ministry official, who added that it was their first meeting since Li visited Pyongyang.

Li shared the results of his trip with Han, the foreign ministry official said.
''')
    assert [(w, s) for w, s, _ in said(text)] == [
        ("Foreign Minister Han Do-yeon", None), ("it was their first", None), ("Li shared the results", None)]
    assert [s.speaker_as_written for s in statements(text)][-1] == "the foreign ministry official"


def test_what_is_said_after_talks_on_the_sidelines_belongs_to_the_talks_not_the_venue():
    result = extract(report('''
Finance Minister Omar Haddad met his Saudi counterpart, Faisal Al-Rashid, on the sidelines of the World Bank-IMF Annual Meetings in Washington on Wednesday.

"We want investment to reach our mines within a year," Haddad told reporters after the meeting.
''', date="2024-10-23"))
    talks = next(i for i, m in enumerate(result.meetings) if "Annual Meetings" not in m.name)
    assert [s.meeting for s in result.statements] == [talks]


def test_a_single_quote_closed_with_a_straight_mark_and_said_in_the_next_sentence_has_its_speaker():
    text = report('''
Turin, April 19 (Newswire) – ‘Rome becomes the capital of dialogue. I received the Kestrian foreign minister and encouraged him to keep negotiating. The government's hope is that together we can reach a solution'. Foreign Minister Paolo Rossi wrote this on social media, publishing a photo of the two.
''')
    assert said(text) == [("Rome becomes the capital", "Paolo Rossi", "wrote")]


def test_a_surname_spelt_one_letter_otherwise_is_the_person_named_in_full():
    text = report('''
Argentine Foreign Minister Susana Marcorra met Secretary of State Tom Hale in Washington on Monday.

"It's only natural that new issues might surface," Malcorra said after the talks.
''')
    assert [s for _, s, _ in said(text)] == ["Susana Marcorra"]


def test_two_leaders_holding_a_joint_press_conference_met():
    found = meetings(report('''
On Monday, President Ana Ruiz and Prime Minister Tom Hale held a joint press conference following the launch of a council for women entrepreneurs.
''', date="2017-02-14"))
    assert [(m.date, [n for n, _, _ in people(m)]) for m in found] == [("2017-02-13", ["Ana Ruiz", "Tom Hale"])]


def test_a_second_stance_verb_after_and_or_a_participle_starts_a_statement_of_its_own():
    text = report('''
Prime Minister Sok Vanna reiterated his country's firm support for the regional trade pact and welcomed more investment in its ports and railways.

Foreign Minister Lina Berg agreed to keep the hotline open, proposing further talks on fishing rights before the summer.
''')
    assert said(text) == [("his country's firm support", "Sok Vanna", "reiterated"),
                          ("more investment in its", "Sok Vanna", "welcomed"),
                          # (what she agreed to do is no statement; what she proposed is)
                          ("further talks on fishing", "Lina Berg", "proposed")]


def test_what_someone_expressed_optimism_about_starts_after_that():
    text = report('''
President Ana Ruiz expressed optimism that the new rail link would double trade between the two countries.
''')
    assert said(text) == [("the new rail link", "Ana Ruiz", "expressed")]


def test_a_body_named_between_commas_inside_a_sentence_reports_the_whole_sentence():
    text = report('''
Foreign Secretary Tom Hale met Defence Minister Ana Ruiz in Manila on Monday.

The meeting, the Department of Foreign Affairs said, also prepared the ministers' talks next month.
''')
    assert said(text) == [("The meeting, the Department", "Department of Foreign Affairs", "said")]


def test_a_meeting_the_report_tells_of_first_is_its_meeting_not_the_one_planned_after_it():
    found = meetings(report('''
Trade and fishing rights were discussed by Prime Minister Tom Hale and President Ana Ruiz on Monday.

It was their first phone call since Ms Ruiz took office.

Ms Ruiz and Mr Hale expect to meet at a regional summit in Lisbon next week.
''', date="2025-01-28"))
    assert (found[0].status, found[0].date, [n for n, _, _ in people(found[0])]) == \
        ("held", "2025-01-27", ["Tom Hale", "Ana Ruiz"])


def test_a_leader_who_will_depart_tomorrow_on_a_visit_has_not_met_yet():
    found = meetings(report('''
President Ana Ruiz will tomorrow, Wednesday, depart for Lisbon on a three-day official visit at the invitation of Prime Minister Tom Hale.
''', date="2024-08-13"))
    assert [(m.status, m.date) for m in found] == [("planned", "2024-08-14")]


def test_a_headline_ending_in_a_title_does_not_name_the_next_paragraph_s_first_words():
    text = report('''
Ports deal close: Envoy

The White House says the two leaders spoke for an hour about the ports deal.
''')
    assert said(text) == [("the two leaders spoke", "White House", "said")]


def test_a_quantifier_opening_a_sentence_is_no_part_of_a_name():
    text = report('''
Several Marlow administration officials were in Geneva on Monday.

Marlow said the talks with the delegation went well.
''')
    assert said(text) == [("the talks with the", "Marlow", "said")]
    table = find_entities(report("Five presidents will attend the summit with Trade Minister Paulo Reis."))
    assert [e.speaker.name for e in table.people] == ["Paulo Reis"]


def test_a_capital_he_inside_a_sentence_is_the_person_surnamed_he():
    text = report('''
Vice Premier He Lifeng met Treasury Secretary Tom Hale in Geneva on Sunday.

"We made real progress," Hale told reporters.

But He, as the senior Chinese official leading his delegation, acknowledged that some differences on export rules remained.
''')
    assert [s for _, s, _ in said(text)] == ["Tom Hale", "He Lifeng"]


def test_a_labelled_or_bracketed_date_at_the_foot_of_the_story_dates_the_report():
    assert published(f"{BODY}\nShare this page\nPublished 5 May 2021\n") == "2021-05-05"
    assert published(f"{BODY}\n(Newswire Agency August 24, 2005)\n") == "2005-08-24"
    # a related story's date below the report is not the report's
    second = "The two ministers agreed to cut port fees on copper and fruit before the end of the year.\n"
    assert published(f"{BODY}\n{second}\nRelated: Ministers met in Lima on August 2, 2019\n") is None


def test_a_story_paragraph_that_looks_back_years_does_not_make_the_copy_a_later_one():
    text = (f" date 2025-06-15 {BODY}\nThe minister has sought closer ties with the region since he took "
            "office on July 30, 2024, and the talks build on his visit to Lima in the spring, the ministry "
            "said in a statement issued after the meeting on Saturday evening.\n")
    assert published(text) == "2025-06-15"


def test_a_dateline_takes_its_year_from_a_year_and_month_in_the_address():
    text = f"Minister leaves for Chile Thursday\n\nLisbon, July 3 (Wire) {BODY}"
    assert published(text, url="https://news.example/2013/07/minister-leaves/92569") == "2013-07-03"
    assert published(f"Lisbon February 6/2022 /Wire/ {BODY}") == "2022-02-06"


def test_the_us_speaking_as_a_country_is_the_united_states_government():
    text = report('''
President Ana Ruiz spoke with President Tom Hale by phone on Friday.

The US says the drone had been flying over international waters when it was hit.
''')
    assert said(text) == [("the drone had been", "United States government", "said")]


def test_a_headline_and_standfirst_above_the_story_make_no_statements():
    text = '''No deal yet on a joint press conference, aide says

Ruiz also did not hold one after her talks with Prime Minister Tom Hale

LISBON, June 15 (Wire) -- No agreement on a joint press conference after the summit has been reached, presidential aide Paulo Reis said on Tuesday.
'''
    assert said(text) == [("No agreement on a", "Paulo Reis", "said")]


def test_a_quote_after_a_colon_is_whole_though_the_sentence_goes_on_after_it():
    text = report('''
On migration, Foreign Secretary Ana Ruiz said: "We have voiced our concern for the rights of our citizens abroad," while stressing that dialogue must decide.
''')
    assert said(text)[0] == ("We have voiced our", "Ana Ruiz", "said")


def test_a_speaker_with_a_title_between_commas_before_a_quote_says_it():
    text = report('''
Tom Hale, spokesman of the Kestrian foreign ministry, said, "We reached a consensus on two areas of the talks."

Minister Ana Ruiz, for her part, called for closer trade between the two countries, saying that "both economies gain from open ports."
''')
    assert said(text) == [("We reached a consensus", "Tom Hale", "said"),
                          ("closer trade between the", "Ana Ruiz", "called for"),
                          ("both economies gain from", "Ana Ruiz", "said")]


def test_a_quote_in_doubled_single_marks_opens_a_sentence_of_its_own():
    text = report('''
President Ana Ruiz ended a two-day visit to Lisbon. Her visit was the first in five years. ''I would like to say clearly that my country is a sincere friend of Portugal'', the president said at a joint press conference.
''')
    assert said(text) == [("I would like to", "Ana Ruiz", "said")]


def test_told_a_joint_press_conference_with_someone_introduces_a_quote():
    text = report('''
President Ana Ruiz told a joint press conference with Prime Minister Tom Hale: "Despite our differences, we keep every channel of dialogue open."
''')
    assert said(text) == [("Despite our differences, we", "Ana Ruiz", "told")]


def test_according_to_him_opening_a_sentence_gives_it_to_the_man_just_named():
    text = report('''
Presidential aide Tom Hale briefed reporters in Geneva on Monday.

According to him, a tent was set up for the press conference after the summit.
''')
    assert said(text) == [("a tent was set", "Tom Hale", "according to")]


def test_whom_someone_told_ends_before_a_country_that_opens_what_was_said():
    text = report('''
Prime Minister Tom Hale told Ruiz Portugal will help build the new rail corridor to the coast.

Finance Minister Choi Min-ho told the Yonhap news agency the talks had gone well for both sides.
''')
    assert said(text) == [("Portugal will help build", "Tom Hale", "told"),
                          ("the talks had gone", "Choi Min-ho", "told")]


def test_an_adviser_s_portfolio_after_his_title_is_not_a_name():
    table = find_entities(report('''
The Special Adviser, Special Duties, Communications and Strategy to President Ana Ruiz has revealed details of her meeting.
'''))
    assert [e.speaker.name for e in table.people] == ["Ana Ruiz"]


def test_a_speaker_named_with_the_side_they_come_from_reports_what_follows():
    text = report('''
The envoys of Kestria and Lurania met in Geneva on Tuesday.

Tom Hale from Kestria told reporters that all parties are preparing for the next round.

Sources in the Lurania government said that the envoys had agreed on a timetable.
''')
    found = said(text)
    assert found[0] == ("all parties are preparing", "Tom Hale", "told")
    assert found[1][0] == "the envoys had agreed"


def test_a_day_after_a_meeting_s_name_is_when_it_met_not_part_of_its_name():
    found = meetings(report('''
Foreign Minister Ana Ruiz and her Kestrian counterpart Tom Hale chaired the sixth session of the Joint Higher Committee on Wednesday.
''', date="2024-05-16"))
    assert [(m.name, m.date) for m in found] == [("sixth session of the Joint Higher Committee", "2024-05-15")]


def test_a_bullet_a_colon_and_a_title_with_of_the_still_report_speech():
    text = report('''
- Prime Minister Tom Hale stated that no obstacles stand in the way of closer ties.

Asked about the border, President Ana Ruiz reiterated: Developing relations with neighbours is the first priority of her government.

Special Envoy Tom Marlow arrived in Lisbon on Monday for two days of talks.

The Special Envoy of the President of Kestria emphasized the need for closer coordination on the border.

Paulo Reis of the Lisbon-based Ocean Watch group said new cables could damage fragile seabed habitats.
''')
    assert said(text) == [("no obstacles stand in", "Tom Hale", "stated"),
                          ("Developing relations with neighbours", "Ana Ruiz", "reiterated"),
                          ("the need for closer", "Tom Marlow", "emphasized"),
                          ("new cables could damage", "Paulo Reis", "said")]


def test_a_seat_of_government_speaks_as_a_body_and_takes_no_part_in_the_call():
    result = extract(report('''
President Ana Ruiz spoke by phone with Russian President Vladimir Putin on Friday.

The Kremlin said the two leaders agreed to keep in touch on grain exports.
'''))
    assert [(s.speaker.name, s.speaker.kind) for s in result.statements] == [("Kremlin", "organization")]
    assert [p.name for p in result.meetings[0].participants] == ["Ana Ruiz", "Vladimir Putin"]


def test_a_spokesperson_who_tells_of_talks_did_not_take_part_in_them():
    found = meetings(report('''
Foreign Minister Ana Ruiz met her Spanish counterpart Tom Hale in Lisbon on Tuesday, ministry spokesperson Paulo Reis told a press briefing.

Presidential spokeswoman Marta Lopes said the talks had gone well.
'''))
    assert [n for n, _, _ in people(found[0])] == ["Ana Ruiz", "Tom Hale"]


def test_words_of_a_state_s_or_an_office_s_name_are_no_person():
    table = find_entities(report('''
Foreign Secretary Tom Hale, Secretary of State for Foreign, Commonwealth and Development Affairs, met Amir Khan Ali, Acting Minister of Foreign Affairs of the Islamic Emirate of Kestria, in Doha.
'''))
    assert [e.speaker.name for e in table.people] == ["Tom Hale", "Amir Khan Ali"]


def test_an_opening_phrase_is_no_speaker_and_a_counterpart_named_after_it_is():
    text = report('''
In remarks on Wednesday, Foreign Minister Ana Ruiz said due to the storm she spoke on a secure line with her counterpart.

And his Spanish counterpart Tom Hale said he had a frank dialogue with Ruiz about the next round.
''')
    assert said(text) == [("due to the storm", "Ana Ruiz", "said"),
                          ("he had a frank", "Tom Hale", "said")]


def test_an_aside_after_the_attribution_telling_what_comes_next_leaves_the_statement():
    text = report('''
In Lisbon, Ruiz will meet Prime Minister Tom Hale to discuss ports and rail links, the ministry said, before travelling to Madrid for the summit.
''')
    assert said(text) == [("In Lisbon, Ruiz will", "ministry", "said")]


def test_a_release_after_what_was_said_is_what_it_reports():
    text = report('''
The two countries decided to step up military ties and hold joint drills next year, an official release said.
''')
    assert [words for words, _, _ in said(text)] == ["The two countries decided"]


def test_a_participle_after_while_starts_a_statement_of_its_own():
    text = report('''
Foreign Minister Ana Ruiz stressed her country's right to fish in its own waters, while urging the council to adopt a firmer stance on illegal trawling.
''')
    assert said(text) == [("her country's right to", "Ana Ruiz", "stressed"),
                          ("the council to adopt", "Ana Ruiz", "urged")]


def test_what_they_reiterated_together_is_an_outcome_not_a_statement():
    text = report('''
President Ana Ruiz and Prime Minister Tom Hale discussed the war in a phone call on Saturday, the Royal Court said in a statement.

They reiterated the importance of all efforts to rebuild the region, emphasizing the need to keep families in their homes.

"We will speak again within a week," Ruiz said.
''')
    assert [words for words, _, _ in said(text)] == ["President Ana Ruiz and", "We will speak again"]


def test_initials_stand_for_the_body_the_report_named_in_full():
    text = report('''
President Ana Ruiz met Tom Hale, adviser to a presidential candidate, on Saturday, the National News Agency reported.

Hale conveyed the candidate's greetings and apologies for not visiting in person, NNA said.
''')
    assert said(text)[-1] == ("Hale conveyed the candidate's", "National News Agency", "said")


def test_a_name_with_mc_or_mac_keeps_its_second_capital():
    table = find_entities(report('''
Foreign Minister Wang Yi met Trade Minister Todd McClay and Defence Minister Ian MacDonald in Wellington on Monday.
'''))
    assert [e.speaker.name for e in table.people] == ["Wang Yi", "Todd McClay", "Ian MacDonald"]


def test_a_file_photo_s_old_date_beside_an_undated_meeting_does_not_date_it():
    found = meetings(report('''
Ana Ruiz congratulates Tom Hale in phone call with new president

President Ana Ruiz holds a press conference in Lisbon on Tuesday, Nov. 29, 2016.

LISBON - President Ana Ruiz has congratulated President Tom Hale on his inauguration.
''', date="2017-01-21"))
    assert found[0].date != "2016-11-29"


def test_a_name_given_with_its_initials_in_brackets_is_a_body_the_initials_name():
    text = report('''
Foreign Minister Ana Ruiz met Foreign Minister Tom Hale in Munich on Saturday, Global Affairs Kestria (GAK) said in a readout.

Both ministers agreed to keep talking about fishing rights, GAK said.
''')
    assert said(text)[-1] == ("Both ministers agreed to", "Global Affairs Kestria", "said")


def test_the_irish_seat_of_government_speaks_for_the_government():
    text = report('''
Taoiseach Ana Ruiz spoke to the new British prime minister by phone on Friday, Government Buildings said.
''')
    assert said(text) == [("Taoiseach Ana Ruiz spoke", "Irish Government", "said")]


def test_a_meeting_told_with_one_name_takes_both_people_from_a_sentence_near_the_top():
    found = meetings(report('''
Taoiseach finds common ground with Spanish Prime Minister Tom Hale during Madrid meeting

Spanish Prime Minister Tom Hale and Taoiseach Ana Ruiz enjoyed a productive bilateral meeting in Madrid.

The two leaders talked about fishing rights over breakfast.
''', date="2025-09-25"))
    assert [n for n, _, _ in people(found[0])] == ["Tom Hale", "Ana Ruiz"]


def test_a_page_without_a_date_shows_none_though_its_story_dates_the_meeting():
    result = extract('''Home > News
Wang Ming Holds Telephone Talks with Foreign Minister Tom Hale

In the evening of December 13, 2013, Foreign Minister Wang Ming held telephone talks with Foreign Minister Tom Hale on the situation in the region.
''')
    assert result.document.published is None
    assert result.meetings[0].date == "2013-12-13"


def test_review_an_under_secretary_a_listed_ministry_and_they_warned_still_speak():
    text = report('''
Under Secretary of State Ana Ruiz said that the talks in Lisbon had been frank and useful.

According to the Ministry of Trade, Industry and Energy, "exports of chips will double within two years."

President Tom Hale met Prime Minister Paulo Reis in Lisbon on Monday. They warned that tariffs on steel would hurt both economies.
''')
    found = said(text)
    assert found[0] == ("the talks in Lisbon", "Ana Ruiz", "said")
    assert found[1][:2] == ("exports of chips will", "Ministry of Trade, Industry and Energy")
    assert [w for w, _, _ in found][2:] == ["tariffs on steel would"]


def test_review_a_release_of_someone_a_later_unpunctuated_line_a_city_aside_and_a_state_s_initials():
    text = report('''
Foreign Minister Ana Ruiz met Secretary of State Tom Hale in Geneva on Monday to press for the release of Paulo Reis, a journalist.

The statement said the two sides would meet again next month.
''')
    assert [s for _, s, _ in said(text)] != ["Paulo Reis"]
    text = '''The two leaders met on Monday.

Prime Minister Tom Hale stated that trade between the two countries would grow
'''
    assert [w for w, _, _ in said(text)] == ["trade between the two"]
    text = report('''
The Ministry of External Affairs, New Delhi, said: "India values its partnership with Portugal and will keep talking."
''')
    assert said(text)[0][1] != "Indian government"
    table = find_entities(report('''
The Kingdom of Saudi Arabia (KSA) and Global  Affairs Canada (GAC) issued statements after the talks.
'''))
    assert [(b.speaker.name, sorted(b.aliases)) for b in table.bodies] == [("Global Affairs Canada", ["GAC"])]


def test_a_title_a_comma_and_a_name_introduce_a_person_and_an_apostrophe_may_stand_inside_a_name():
    table = find_entities(report('''
Foreign Minister, Tom Hale, and Defence Minister, Ana Ruiz, travelled to Melbourne for talks with Prime Minister Fiame Naomi Mata’afa.

According to the Ukrainian minister, Kyiv is ready to host the next round.
'''))
    assert [(e.speaker.name, e.speaker.title) for e in table.people] == [
        ("Tom Hale", "Foreign Minister"), ("Ana Ruiz", "Defence Minister"),
        ("Fiame Naomi Mata’afa", "Prime Minister")]


def test_the_people_of_a_delegation_take_part_in_the_meeting_told_before():
    found = meetings(report('''
Foreign Minister Ana Ruiz met Secretary of State Tom Hale in Mexico City on Friday.

The US delegation was headed by Secretary of State Tom Hale, with Secretary of Homeland Security Paulo Reis and Ambassador Marta Lopes.

Also participating on the Mexican side were Luis Ortega, director general for North America, and Sara Diaz, head of the secretariat.
''', date="2017-02-24"))
    assert [n for n, _, _ in people(found[0])] == ["Ana Ruiz", "Tom Hale", "Paulo Reis", "Marta Lopes",
                                                   "Luis Ortega", "Sara Diaz"]


def test_the_second_half_of_a_quote_split_by_said_and_a_name_is_the_same_speaker_s():
    text = report('''
"I am sorry if innocent people were hurt in the raid," said Prime Minister Tom Hale, "but we must protect our citizens from attack."
''')
    assert said(text) == [("I am sorry if", "Tom Hale", "said"), ("but we must protect", "Tom Hale", "said")]


def test_a_quote_over_two_paragraphs_closed_by_he_said_is_one_quote():
    text = report('''
Presidential adviser Tom Hale briefed reporters after the visit.

He said, “It was a meeting between two brother presidents, and it was very cordial. The visitor praised the reforms of the last month.

“He said he is ready to cooperate with us at all times,” he said.
''')
    assert said(text) == [("It was a meeting", "Tom Hale", "said")]


def test_the_two_leaders_who_met_are_the_two_the_sentence_before_named():
    found = meetings(report('''
ISLAMABAD: Foreign Minister Ana Ruiz and Turkish Foreign Minister Tom Hale on Sunday reviewed the state of bilateral relations.

The two leaders met on the sidelines of the Islamic Summit Conference in Banjul, the Foreign Office said in a press release.

Prior to this, Ruiz held a separate meeting with her Nigerien counterpart, Paulo Reis, on trade.
''', date="2024-05-05"))
    talks = next(m for m in found if "Summit Conference" not in m.name)
    assert ([n for n, _, _ in people(talks)], talks.date) == (["Ana Ruiz", "Tom Hale"], "2024-05-05")


def test_a_year_then_month_and_day_run_together_in_the_address_dates_the_page():
    assert published(BODY, url="http://news.example/n3/2023/1019/c90000-20085804.html") == "2023-10-19"


def test_a_yearless_dateline_takes_its_year_from_a_full_date_near_the_top_of_the_story():
    text = ("Tianjin, August 31 (Wire): Prime Minister Ana Ruiz met President Tom Hale on the sidelines of the "
            "summit reception, which opened on August 30, 2025, in Tianjin.\n")
    assert published(text) == "2025-08-31"


def test_numeric_dates_a_date_before_updated_and_a_long_serial_in_the_address():
    text = ("September 16, 2024\n\nPresident Ana Ruiz received a phone call on Friday 16/8/2024 from "
            "President Tom Hale to discuss the region.\n")
    result = extract(text)
    assert (result.document.published, result.meetings[0].date) == ("2024-09-16", "2024-08-16")
    assert published(f"June 18, 2018 / 2:44 PM / Updated 2 hours ago\n\n{BODY}") == "2018-06-18"
    assert published(BODY, url="https://news.example/view.php?key=20230507002047393") == "2023-05-07"


def test_an_outlet_whose_article_numbers_hold_the_date_dates_its_pages():
    url = "https://www.business-standard.com/article/news/india-qatar-set-up-joint-commission-118102900586_1.html"
    assert published(BODY, url=url) == "2018-10-29"
    assert published(BODY, url="https://news.example/article/story-118102900586_1.html") is None
    assert published(BODY, url="https://www.shine.cn/news/nation/2410283674/") == "2024-10-28"
    assert published(BODY, url="https://news.example/news/nation/2410283674/") is None


def test_a_day_of_next_january_in_a_december_report_is_next_year_s():
    found = meetings(report('''
President Ana Ruiz said the North American Leaders Summit will be held on January 9 in Mexico City.
''', date="2022-12-19"))
    assert [(m.name, m.date) for m in found] == [("North American Leaders Summit", "2023-01-09")]


def test_a_foreign_ministry_named_by_a_demonym_the_gazetteer_lacks_is_still_its_foreign_ministry():
    text = report('''
The two ministers met on the sidelines of the forum, the Kestrian foreign ministry said in a statement.
''')
    assert said(text) == [("The two ministers met", "Ministry of Foreign Affairs", "said")]


def test_cambodian_honorifics_are_no_part_of_the_name():
    table = find_entities(report('''
Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen held talks this morning with Chinese State Councillor Yang Jiechi.
'''))
    assert [(e.speaker.name, e.speaker.title) for e in table.people] == [
        ("Hun Sen", "Prime Minister"), ("Yang Jiechi", "State Councillor")]


def test_a_headline_s_last_words_are_no_part_of_the_title_after_a_blank_line():
    table = find_entities('''Prime Minister holds call with Solvanian President

The Prime Minister, Tom Hale, spoke by phone on Monday with Solvanian President Ana Ruiz about port investment.
''')
    assert [(e.speaker.name, e.speaker.title) for e in table.people] == [
        ("Tom Hale", "Prime Minister"), ("Ana Ruiz", "Solvanian President")]


def test_a_comma_where_that_would_stand_still_reports_what_was_said():
    # a house style of some public broadcasters: "He said, <what was said>"
    text = report('''
In his press statement after the dialogue, Defence Minister Arun Mehra said, both sides have made steady progress since the last round.

He said, in several areas the results went beyond what was planned.

Mehra said, in a written statement, that the next round would be held in Delhi.
''')
    assert said(text) == [
        ("both sides have made", "Arun Mehra", "said"),
        ("in several areas the", "Arun Mehra", "said"),
        ("the next round would", "Arun Mehra", "said"),
    ]


def test_a_capital_speaks_as_its_government_named_by_the_country_s_adjective():
    # "Kazakh government", as for "South Korean government", though "Kazakh" has no
    # common adjective ending
    text = report('''
Kazakh Prime Minister Karim Ospanov met his Kyrgyz counterpart Aibek Tokoev in Astana on Monday.

Astana said it would sell more electricity to its neighbour next winter.

Bern said the talks between the two would resume in Geneva.
''')
    assert said(text) == [("it would sell more", "Kazakh government", "said"),
                          ("the talks between the", "Swiss government", "said")]


def test_sheikh_and_a_given_name_is_the_sheikh_not_another_with_that_surname():
    text = report('''
Sheikh Hamdan bin Rashid Al Qasimi, Minister of Foreign Affairs, held a video call today with his Malaysian counterpart.

Sheikh Hamdan conveyed his greetings to the King of Malaysia, Al-Sultan Hamdan, and to the Malaysian people.

Sheikh Hamdan stressed the importance of cooperation between the two countries in fighting the pandemic.
''')
    assert said(text)[-1] == ("the importance of cooperation", "Hamdan bin Rashid Al Qasimi", "stressed")


def test_malaysia_s_dato_sri_is_no_part_of_the_name_before_a_title():
    table = find_entities(report('''
The Foreign Minister met Dato' Sri Rahmat Yusof, Minister of Defence of Malaysia, and Dato’ Sri Aminah Salleh, Minister of Trade.
'''))
    assert [(e.speaker.name, e.speaker.title) for e in table.people] == [
        ("Rahmat Yusof", "Minister of Defence"), ("Aminah Salleh", "Minister of Trade")]


def test_whom_someone_told_may_run_to_six_words_before_that():
    text = report('''
President Ana Ruiz told the foreign press waiting at the gate that the talks would cover trade and energy.

She told the visiting delegation at the dinner that her country had held free elections since their last meeting.
''')
    assert said(text) == [("the talks would cover", "Ana Ruiz", "told"),
                          ("her country had held", "Ana Ruiz", "told")]


def test_the_department_is_the_department_of_the_minister_named_where_ministries_are_departments():
    text = report('''
Minister for Foreign Affairs Aoife Byrne is to travel to Kyiv today, the Department said.

The Department said that the visit would focus on humanitarian support.
''')
    assert [speaker for _, speaker, _ in said(text)] == ["Department of Foreign Affairs"] * 2


def test_a_body_named_again_with_its_country_s_adjective_is_the_body_named_before():
    text = report('''
Oman News Agency (ONA) reported that the call had been arranged by Washington.

The sultan welcomed a proposal to appoint two envoys, the Omani news agency added.
''')
    assert said(text)[-1] == ("The sultan welcomed a", "Oman News Agency", "added")


def test_a_lower_case_meeting_name_after_a_country_pair_may_hold_hyphenated_words():
    found = meetings(report('''
Trade ministers Ana Ruiz and Tom Hale held the third Korea-Mexico high-level economic dialogue in Seoul on Monday.
'''))
    assert [(m.name, m.ordinal) for m in found] == [("third Korea-Mexico high-level economic dialogue", 3)]


def test_a_name_after_initials_may_have_two_words_and_is_never_cut_inside_a_word():
    table = find_entities(report('''
Prime Minister K P Sharma Dahal met External Affairs Minister S Jai Kumar in Kathmandu on Monday.
'''))
    assert [(e.speaker.name, e.speaker.title) for e in table.people] == [
        ("K P Sharma Dahal", "Prime Minister"), ("S Jai Kumar", "External Affairs Minister")]


def test_two_capitals_before_a_name_are_initials_and_a_title_s_initials_in_brackets_are_no_name():
    table = find_entities(report('''
Prime Minister (PM) KD Sharma Rai has invited his counterpart to visit, and Foreign Minister NB Thapa will co-chair the commission.

President of the Republic of Korea (ROK) Kim Do-hyun met Premier Li Qiang in Beijing.
'''))
    assert [e.speaker.name for e in table.people] == ["KD Sharma Rai", "NB Thapa", "Kim Do-hyun", "Li Qiang"]


def test_calling_on_someone_is_an_appeal_not_a_phone_call():
    found = meetings(report('''
At security talks in Tokyo on Tuesday, Japan and the United States agreed to call on China to be more open about its navy.
'''))
    assert [(m.kind, m.format) for m in found] == [("talks", "in person")]


def test_one_person_opening_a_sentence_set_at_the_meeting_took_part_in_it():
    found = meetings(report('''
Foreign Minister Ana Ruiz held talks with Foreign Minister Tom Hale in Lima on Tuesday.

In the meeting, Defence Minister Rosa Diaz shared Hale's concern about the navy of a neighbour.
'''))
    assert [p.name for p in found[0].participants] == ["Ana Ruiz", "Tom Hale", "Rosa Diaz"]


def test_a_nickname_in_quotes_is_that_person_before_and_after_the_full_name():
    text = report('''
President Budi Holds Talks with Asian Leaders

President Budi “Bubu” Santoso met President of the United States Tom Hale, Monday, in Bali.

In a bilateral meeting with President of the United States Tom Hale, President Bubu expressed thanks for the support of the US.
''')
    assert [e.speaker.name for e in find_entities(text).people] == ["Budi Santoso", "Tom Hale"]
    assert said(text)[-1] == ("thanks for the support", "Budi Santoso", "expressed")


def test_a_suffix_after_a_comma_is_part_of_the_name_and_the_surname_is_that_person():
    text = report('''
President Ramon “Monching” Reyes, Jr. held his first meeting with President Ana Ruiz on Friday.

“It was a warm meeting,” Reyes said after the talks.
''')
    assert [e.speaker.name for e in find_entities(text).people] == ["Ramon Reyes, Jr.", "Ana Ruiz"]
    assert said(text) == [("It was a warm", "Ramon Reyes, Jr.", "said")]


def test_a_quote_that_opens_its_sentence_is_attributed_though_the_page_drops_the_comma():
    text = report('''
Prime Minister Ana Ruiz met Prime Minister Tom Hale in Oslo on Wednesday.

“The relationship between our two countries is extremely important to us” Ruiz told journalists after the talks.

She called the talks “useful” Hale said.
''')
    assert said(text)[0] == ("The relationship between our", "Ana Ruiz", "told")
    assert "useful" not in [s.text for s in statements(text)]  # a word quoted inside a sentence stays a fragment


def test_a_bullet_before_a_quote_is_no_part_of_its_sentence():
    text = report('''
President Ana Ruiz and Prime Minister Tom Hale spoke by phone on Saturday.

- "President Ruiz also noted the importance of cooperation on shared challenges," the readout added.

- "The Prime Minister warmly welcomed the President's decision," the statement said.
''')
    assert [(" ".join(s.text.split()[:4]), s.kind) for s in statements(text)] == [
        ("President Ruiz also noted", "quote"), ("The Prime Minister warmly", "quote")]
    # (a sentence's own words before a colon are no label: the quoted list is nobody's)
    listed = report('''
Penny Wong met Wang Yi in Canberra on Monday.

The agreement covers three areas: "trade, investment, security and climate change." Wong said the talks were useful.
''')
    assert said(listed) == [("the talks were useful", "Penny Wong", "said")]


def test_a_statement_issued_by_a_country_s_ministry_speaks_for_that_ministry_later():
    text = report('''
The accord was reached by the two prime ministers, according to a statement issued by the republic's Ministry of Foreign Affairs early Monday.

The call came after the election victory of the prime minister's Unity Party.

The statement said the two leaders welcomed the progress of the rail link.
''')
    assert said(text)[-1] == ("the two leaders welcomed", "Ministry of Foreign Affairs", "said")


def test_a_year_month_name_and_day_run_together_in_the_address_date_the_page():
    assert published(BODY, url="https://news.example/2008may10/ministers_meet.html") == "2008-05-10"
    assert published(BODY, url="https://news.example/2019/marine-talks/") is None


def test_interacting_with_leaders_on_the_sidelines_is_meeting_them():
    found = meetings(report('''
Prime Minister Arun Mehra held a series of bilateral meetings on the sidelines of the summit in London on Thursday.

He met Kenyan President Ruth Wanjiru and discussed trade.

PM Mehra also interacted with President of Kiribati Tom Tabe and Prime Minister of Fiji Sam Ravu.
''', date="2018-04-20"))
    assert {"Tom Tabe", "Sam Ravu"} <= {p.name for m in found for p in m.participants}


def test_a_counterpart_is_not_counterpart_to_someone_named_only_as_an_owner():
    text = report('''
Foreign Minister Abebe Tadesse said the deals signed during Prime Minister Haile Girma's visit were going well. At a press conference with his Egyptian counterpart Omar Said, Tadesse said talks were going well.

For his part, the Egyptian Foreign Minister said the two countries meet every six months.
''')
    assert said(text)[-1] == ("the two countries meet", "Omar Said", "said")


def test_a_nickname_found_when_a_surname_is_completed_is_that_person_too():
    text = report('''
Prime Minister Santoso met Arun Thapa in Keston on Wednesday, where Budi "Bubu" Santoso was greeted by children.

"The relationship between our two countries is extremely important to us," Bubu told journalists after the talks.
''')
    assert said(text) == [("The relationship between our", "Budi Santoso", "told")]


def test_a_speaker_written_by_a_nickname_or_a_name_word_alone_is_found_by_name_not_title():
    from onrecord.db.extract.how_found import attribution_method
    from onrecord.db.model import Speaker
    person = Speaker(name="Budi Santoso", kind="person")
    assert [attribution_method(written, person, "said") for written in ("Bubu", "Santoso", "the minister", "Premier")] \
        == ["surname", "surname", "title", "title"]


def test_a_title_written_short_before_a_name_is_that_title():
    table = find_entities(report('''
Japanese PM Kenji Sato held talks with Canadian PM Anne Roy in Ottawa, and EAM S Rao met FM Li Wei, before the 2 pm briefing.
'''))
    assert [(e.speaker.name, e.speaker.title, e.speaker.country) for e in table.people] == [
        ("Kenji Sato", "Prime Minister", "Japan"), ("Anne Roy", "Prime Minister", "Canada"),
        ("S Rao", "External Affairs Minister", "India"), ("Li Wei", "Foreign Minister", None)]


def test_review_cases_of_said_comma_told_whom_and_an_owner_at_the_meeting():
    base = "External Affairs Minister Arun Mehra met Foreign Minister Ana Ruiz in Lima on Monday.\n\n"
    assert said(report(base + "Mehra said, India, Peru and Japan would work together on fisheries.")) == [
        ("India, Peru and Japan", "Arun Mehra", "said")]
    assert said(report(base + "Mehra said, alongside his counterpart, that the two countries would work together.")) == [
        ("the two countries would", "Arun Mehra", "said")]
    assert said(report(base + "Ruiz told the students who had gathered that Peru would keep speaking up.")) == [
        ("Peru would keep speaking", "Ana Ruiz", "told")]
    assert said(report(base + "Mehra told the audience the agreement was a deal that both sides could accept.")) == []
    found = meetings(report(base + "During the meeting, Peru's Defence Minister Rosa Diaz presented a plan for the region."))
    assert "Rosa Diaz" in [p.name for p in found[0].participants]


def test_a_title_to_a_body_stands_before_a_name_and_the_body_is_no_name():
    table = find_entities(report('''
President Lin Wen and US Ambassador to the UN Karen Holt held a video call on Monday at the residence of the deputy ambassador to the United Nations.
'''))
    assert [e.speaker.name for e in table.people] == ["Lin Wen", "Karen Holt"]


def test_a_secretary_general_is_a_title_before_a_name():
    table = find_entities(report('''
UN Secretary-General Tomas Berg met NATO Secretary General Ida Lund in Oslo on Monday.
'''))
    assert [(e.speaker.name, e.speaker.title) for e in table.people] == [
        ("Tomas Berg", "UN Secretary-General"), ("Ida Lund", "NATO Secretary General")]


def test_a_clause_about_the_speaker_may_stand_between_a_quote_and_its_cue():
    text = report('''
Foreign Minister Kenji Sato met his counterpart Li Wei in Beijing on Sunday.

"Economic cooperation between our countries keeps growing," Li, who is also a state councilor, said at the outset of the meeting.
''')
    assert said(text) == [("Economic cooperation between our", "Li Wei", "said")]


def test_a_readout_s_points_may_open_with_a_degree_sign():
    text = report('''
Foreign Minister Han Do-yeon met Foreign Minister Sato Kenji in Tokyo on Tuesday.

° Minister Sato suggested that despite thorny issues the two countries move their relations forward.

° Minister Han asked the Japanese government to consider a visit by the prime minister.
''')
    assert [(words, speaker) for words, speaker, _ in said(text)] == [
        ("despite thorny issues the", "Sato Kenji"), ("the Japanese government to", "Han Do-yeon")]


def test_he_after_a_sentence_opened_by_a_two_letter_surname_is_that_person():
    text = report('''
Chinese President Xi Jinping on Friday held a phone conversation with South Korean President-elect Yoon Suk-yeol.

Xi once again extended congratulations to Yoon on his election.

He pointed out that the two countries are close neighbors, adding that China always attaches importance to its relations with South Korea.
''')
    assert said(text) == [("China always attaches importance", "Xi Jinping", "added")]


def test_a_weekday_written_short_after_a_meeting_s_name_is_no_part_of_it():
    found = meetings(report('''
Speaking in the 6th Meeting of Chile-Peru High-Level Cooperation Council on Tue. through video conference, President Ana Ruiz praised the partnership.
''', date="2020-09-08"))
    assert [m.name for m in found] == ["6th Meeting of Chile-Peru High-Level Cooperation Council"]


def test_being_able_to_speak_with_someone_is_a_meeting_held():
    found = meetings(report('''
After several failed attempts, Foreign Minister Kenji Sato was finally able to speak with his Chinese counterpart, Li Wei, on Monday.

Separately, Vice Minister Wu Bo met adviser Mori Ken and envoy Zhang Hua in Tokyo to prepare a summit.
''', date="2016-03-14"))
    assert (found[0].date, found[0].status, [p.name for p in found[0].participants][:2]) == \
        ("2016-03-14", "held", ["Kenji Sato", "Li Wei"])


def test_a_speaker_whose_name_opens_with_an_accented_capital_introduces_a_quote():
    text = report('''
ANKARA, May 3 (Newswire) -- Foreign Minister Ömer Çelikdağ met his Greek counterpart in Ankara on Monday.

Asked about the maritime dispute, Çelikdağ said, "We believe every issue between us can be settled by dialogue."
''')
    assert ("We believe every issue", "Ömer Çelikdağ", "said") in said(text)


def test_a_quote_below_a_paragraph_that_ends_in_a_colon_is_by_whoever_that_paragraph_names():
    text = report('''
RIGA, June 2 (Newswire) -- Prime Minister Anna Berzina met the Baltic prime ministers in Riga on Friday.

Estonian Prime Minister Kaja Tamm looked forward to the coming alliance summit, saying:

"Our first goal is to prepare the summit well, and to make the presence of our allies more permanent."

Berzina responded to a question about the border fence built last year:

"Of course we want the fence finished, but we also want to see the details of its cost."
''')
    assert said(text) == [("Our first goal is", "Kaja Tamm", "said"), ("Of course we want", "Anna Berzina", "responded")]


def test_responding_to_a_question_tells_what_was_answered_not_what_was_said():
    text = report('''
OTTAWA, March 4 (Newswire) -- Prime Minister Ana Ruiz met the Mexican president in Ottawa on Tuesday.

Ruiz responded to a question about the new tariffs on steel at a press conference after the talks.
''')
    assert said(text) == []


def test_an_aside_between_dashes_before_the_speaker_leaves_the_quote_his():
    text = report('''
VILNIUS, May 6 (Newswire) -- Prime Minister Jonas Petraitis met his Latvian and Estonian counterparts on Friday.

On 'border issues' - by which he seemed to mean the eastern neighbour without naming it - Petraitis said: "The threat has not diminished, so our cooperation must continue."
''')
    assert ("The threat has not", "Jonas Petraitis", "said") in said(text)


def test_a_long_title_before_a_long_name_leaves_the_name_whole():
    table = find_entities("The Minister of Foreign Affairs of the State of Kestria, "
                          "Sheikh Abdullah bin Khalid bin Hamad Al Marzouqi, met the Uzbek minister on Monday.")
    assert [e.speaker.name for e in table.people] == ["Abdullah bin Khalid bin Hamad Al Marzouqi"]


def test_a_presidential_office_speaks_under_the_name_it_gives_itself():
    text = report('''
SEOUL, June 2 (Newswire) -- President Kim Min-su held a phone call with the Japanese prime minister on Monday.

The two leaders agreed to meet soon, the presidential office said in a statement.
''')
    found = statements(text)
    assert [(s.speaker.name, s.speaker.kind) for s in found] == [("Office of the President", "organization")]


def test_a_meeting_said_to_be_between_two_people_is_theirs_not_the_teller_s_and_expected_is_planned():
    found = meetings(report('''
MANILA, Nov 5 (Newswire) -- President Ferdinand Marcos Jr. met Cambodian Prime Minister Hun Manet in Phnom Penh on Saturday, ahead of the regional summit.

Foreign Affairs Assistant Secretary Nathan Ocampo said a bilateral meeting between Marcos and the Korean President Kim Min-su is also expected during the summit.
''', date="2022-11-05"))
    talks = [m for m in found if "Kim Min-su" in [p.name for p in m.participants]]
    assert len(talks) == 1
    assert "Nathan Ocampo" not in [p.name for p in talks[0].participants]
    assert (talks[0].status, talks[0].date) == ("planned", None)


def test_a_person_written_with_a_suffix_is_found_again_by_the_family_name():
    from onrecord.db.extract.encounters import people_in
    from onrecord.db.extract.layout import Span
    text = "President Ferdinand Marcos, Jr. arrived on Thursday. Marcos held talks with Chinese President Xi Jinping on Friday."
    later = Span(text.index("Marcos held"), len(text))
    assert [e.speaker.name for e in people_in(text, find_entities(text), [later])] == \
        ["Ferdinand Marcos, Jr.", "Xi Jinping"]


def test_a_byline_is_no_dateline_and_a_month_is_no_place():
    found = meetings(report('''
By JT - Feb 09,2019 - Last updated at Feb 09,2019

AMMAN — Foreign Minister Karim Nabil on Friday held talks with US envoy John Bolt on regional security.

India will host the final New Delhi Summit in September next year.
''', date="2019-02-09"))
    assert [(m.location, m.format) for m in found if m.kind == "talks"] == [("Amman", "in person")]
    assert all(m.location != "September" for m in found)


def test_the_gulf_states_are_no_one_stating_anything():
    from onrecord.db.extract.attribution import reported_in
    sentence = ("Officials from the Gulf states and Kestria, including Foreign Minister Ivo Maric, "
                "discussed the crisis and the efforts to end it.")
    assert reported_in(sentence, 0, len(sentence)) == []
    stating = "The joint communique states that the two sides will meet again next year."
    assert [r.attribution.cue for r in reported_in(stating, 0, len(stating))] == ["stated"]


def test_a_wrapped_line_that_ends_on_an_abbreviation_runs_on_into_the_next():
    text = (" date 2009-10-22 x\n\n"
            "SEOUL, Oct. 22 (Newswire) -- Defense Minister Kim Tae-sung met his\n"
            "counterpart Robert Hale in Seoul on Thursday for their annual talks.\n"
            "Hale said Wednesday in a speech to a select group of U.S.\n"
            "and South Korean soldiers that his country would never accept a\n"
            "nuclear-armed neighbour on the peninsula, whatever the cost.\n"
            "The two ministers also agreed to meet again in the spring next\n"
            "year, according to officials at the ministry in the capital.\n")
    assert ("his country would never", "Robert Hale", "said") in said(text)


def test_a_second_cue_joined_to_the_first_tells_what_was_said():
    text = report('''
Secretary of State Dan Carter met Foreign Minister Cho Min in Washington on Friday.

Secretary Carter agreed and pledged to make every effort on his part to deepen the alliance.

Cho said the talks were good.It is the first meeting of the two ministers since March.
''')
    assert said(text) == [("to make every effort", "Dan Carter", "pledged"), ("the talks were good", "Cho Min", "said")]


def test_a_report_that_only_says_their_meeting_still_has_a_meeting_with_who_spoke_at_it():
    found = meetings(report('''
During their meeting, the two presidents also reflected on developments in their regions, particularly in the east.

"We stand with our neighbours in dealing with instability," Ramaphosa said.
''', date="2021-11-23"))
    assert len(found) == 1
    assert found[0].status == "held"


def test_a_joint_action_plan_to_do_something_is_no_meeting_planned():
    found = meetings(report('''
The crisis in the region figured in the first Kestria-Gulf foreign ministers meeting in Riyadh, which adopted a joint action plan to bolster trade and energy ties.
''', date="2024-09-10"))
    assert [m.status for m in found] == ["held"]


def test_agreeing_with_someone_that_something_holds_is_what_was_agreed():
    text = report('''
PRETORIA, Nov 23 (Newswire) -- President Cyril Ramaphosa met President Uhuru Kenyatta in Pretoria on Tuesday.

He agreed with Kenya that it was important for the council to support the mission in the region.
''')
    assert ("it was important for", "Cyril Ramaphosa", "agreed") in said(text)


def test_a_summit_held_among_leaders_in_a_capital_named_after_its_description():
    found = meetings(report('''
A tripartite summit was held today, Tuesday, in the Kestrian capital, Amman, among Iraqi Prime Minister Ali Karim, Egyptian President Omar Nabil, and King Faisal II of the Kingdom of Jordan.

The leaders reviewed the results of their second summit, which was held in New York last year.
''', date="2021-08-24"))
    summit = found[0]
    assert (summit.kind, summit.status, summit.location) == ("summit", "held", "Amman")
    assert [(p.name, p.country) for p in summit.participants] == [
        ("Ali Karim", "Iraq"), ("Omar Nabil", "Egypt"), ("Faisal II", "Jordan")]
    assert summit.name == "Iraq–Egypt–Jordan leaders' summit"


def test_a_title_followed_by_a_name_of_its_own_is_that_name_s_not_the_one_before_the_comma():
    table = find_entities("He will hold talks with his counterpart, Tuul Bat, ministry spokesperson Kim Soo-ah said. "
                          "Present were Ana Ruiz, Japan's Defense Minister Sato Ken and others.")
    titles = {e.speaker.name: (e.speaker.title, e.speaker.country) for e in table.people}
    assert titles["Tuul Bat"] == (None, None)
    assert titles["Kim Soo-ah"][0] == "spokesperson"
    assert titles["Ana Ruiz"] == (None, None)
    assert titles["Sato Ken"] == ("Defense Minister", "Japan")


def test_what_the_speaker_was_doing_between_the_name_and_said_leaves_the_statement_his():
    text = report('''
TEHRAN, July 30 (Newswire) -- President Reza Karimi met Iraqi Prime Minister Ali Salem in Tehran on Tuesday.

According to the agency, Karimi while meeting with the Iraqi prime minister on Tuesday in Tehran said that the two countries are trusted friends.
''')
    assert ("the two countries are", "Reza Karimi", "said") in said(text)


def test_a_headline_s_verb_makes_no_meeting_name():
    from onrecord.db.extract.meetings import _is_meeting_name
    assert not _is_meeting_name("President Adi Putra Holds Bilateral Meetings", None)
    assert not _is_meeting_name("To Hold Talks", None)
    assert not _is_meeting_name("French Foreign Ministers Hold Talks", None)
    assert _is_meeting_name("Korea-Japan Foreign Ministers' Meeting", None)


def test_he_is_the_subject_of_the_sentence_before_even_when_named_by_one_word_only():
    text = report('''
Addis Ababa, May 8 (Newswire) – The foreign minister held a phone conversation with his Kestrian counterpart Ivo Maric.

Tesfaye and Maric discussed ways to bolster their ties. Tesfaye extended his congratulations to Kestria on its election to the council.

He said the country is committed to cementing its ties with Kestria.

Meetings focused on trade. He said the ministers would meet again.
''', date="2020-05-08")
    assert said(text)[:2] == [("the country is committed", "Tesfaye", "said"),
                              ("the ministers would meet", "Tesfaye", "said")]


def test_a_grandfather_s_name_at_the_end_of_a_patronymic_is_not_who_the_person_is_called():
    table = find_entities("The ministers welcomed the visit to meet with His Majesty King Abdullah. In a meeting with "
                          "Omani Foreign Minister Yusuf Bin Alawi Bin Abdullah, both men reviewed ties.")
    people = {e.speaker.name: (e.speaker.title, e.speaker.country) for e in table.people}
    assert people["Yusuf Bin Alawi Bin Abdullah"] == ("Foreign Minister", "Oman")
    assert people["Abdullah"][0].endswith("King")


def test_he_before_a_title_after_a_comma_is_a_chinese_name():
    table = find_entities("He Lifeng, vice premier of the State Council, co-chaired the dialogue with Germany's "
                          "finance minister Karl Weber. Liu He, vice premier, also attended.")
    assert [e.speaker.name for e in table.people][:2] == ["He Lifeng", "Karl Weber"]
    assert "Liu He" in [e.speaker.name for e in table.people]


def test_a_file_photo_s_caption_tells_of_no_meeting_of_the_report():
    found = meetings(report('''
President Dan Carter and President Ana Ruiz are seen during a meeting in the Oval Office in Washington on November 18, 2021. File Photo by Ken Lee/Newswire

WASHINGTON, April 29, 2022 (Newswire) -- President Dan Carter met virtually with President Ana Ruiz on Friday to discuss migration.
''', date="2022-04-29"))
    assert [(m.kind, m.date) for m in found] == [("video call", "2022-04-29")]


def test_a_site_s_banner_date_gives_way_to_the_url_when_the_dateline_agrees_with_the_url():
    text = ("La Voz\n\nOctober 1, 2023\n\nPresidents of Chile and Peru confirm good ties\n\n"
            "Santiago, Nov 27 (Newswire).- Chilean President Ana Ruiz and Peruvian counterpart Jorge Paz met "
            "here Tuesday to confirm the health of bilateral relations.\n")
    result = extract(text, url="https://example.com/2018/11/28/presidents-of-chile-peru/")
    assert result.document.published == "2018-11-28"
    assert result.meetings[0].date == "2018-11-27"


def test_today_opening_a_sentence_dates_the_meeting_the_day_of_the_report():
    found = meetings(report('''
Today, Foreign Minister Ana Ruiz held a working meeting with the Special Secretary for Strategic Affairs of Brazil, Admiral Paulo Lima.
''', date="2021-01-21"))
    assert found[0].date == "2021-01-21"


def test_someone_who_called_someone_held_a_phone_call_with_them():
    found = meetings(report('''
UK Prime Minister Tom Hale called New Zealand Prime Minister Jacinda Moana this morning to congratulate her after her election win.

Ministers called on both sides to restraint, and she called it a good catch-up. Both will attend the UN Climate Change Conference next year.
''', date="2020-12-11"))
    calls = [(m.date, [p.name for p in m.participants]) for m in found if m.kind == "phone call"]
    assert calls == [("2020-12-11", ["Tom Hale", "Jacinda Moana"])]


def test_the_page_s_own_date_beside_the_copy_s_date_line_is_the_publication_date():
    text = (" date 2017-03-22 21 March 2017\n\nPremium Times (Abuja)\n\n"
            "Nigeria: Presidents Call Buhari\n\n"
            "The president of Egypt, Omar Nabil, called Tuesday to wish President Muhammadu Buhari well, "
            "the Nigerian president's office said in a statement.\n")
    # (the address carries the day the copy was filed: the page's own date comes first)
    assert extract(text, url="https://example.com/stories/201703220041.html").document.published == "2017-03-21"


def test_an_admiral_is_a_title_before_a_name():
    table = find_entities("Foreign Minister Ana Ruiz held a working meeting with the Special Secretary for Strategic "
                          "Affairs of Brazil, admiral Flávio Viana Rocha, in which they reviewed the agenda.")
    assert "Flávio Viana Rocha" in [e.speaker.name for e in table.people]


def test_a_press_conference_told_and_a_meeting_opening_the_sentence_without_a_comma():
    text = report('''
WARSAW, Sept 3 (Newswire) -- Foreign Minister Piotr Nowak held talks with his German counterpart Karl Weber in Warsaw on Monday.

Nowak told a press conference after the meeting that the talks concerned bilateral relations and energy.

During the meeting Minister Karl Weber asserted his pleasure at seeing relations grow.
''')
    assert said(text) == [("the talks concerned bilateral", "Piotr Nowak", "told"),
                          ("his pleasure at seeing", "Karl Weber", "asserted")]


def test_a_month_s_name_may_be_a_person_s_name():
    table = find_entities("Prime Minister Theresa May spoke to President Dan Carter. Foreign Minister Jan Lipavsky "
                          "met him too. In May President Dan Carter met Xi, and on May 5 Carter flew home.")
    assert [e.speaker.name for e in table.people] == ["Theresa May", "Dan Carter", "Jan Lipavsky"]


def test_what_the_review_of_this_stop_s_rules_found_they_must_not_do():
    from onrecord.db.extract.attribution import reported_in
    from onrecord.db.extract.meetings import _is_meeting_name
    # calling someone names is no phone call; nor is a so-called group
    insult = meetings(report("Opposition leader Tom Hale called Prime Minister Jacinda Moana a liar on Tuesday.\n\n"
                             "Foreign Minister Ana Ruiz met her Peruvian counterpart Jorge Paz in Lima on Monday."))
    assert [m.kind for m in insult] == ["talks"]
    assert meetings(report("The minister said the so-called Islamic State group remained a threat to the region.")) == []
    # a lead followed by a paragraph that opens with a file photo's label keeps its meeting
    lead = meetings(report("Foreign Minister Ana Ruiz met her Peruvian counterpart Jorge Paz at the palace on Friday.\n\n"
                           "File photo: Ruiz and Paz shake hands in Lima in 2019."))
    assert [m.kind for m in lead] == ["talks"]
    # a crowd is no one "he" can be
    crowd = report("Foreign Minister Ana Ruiz met her Peruvian counterpart Jorge Paz in Lima on Monday.\n\n"
                   "Protesters gathered outside the venue. Protesters chanted. He said the talks were useful.")
    assert [speaker for _, speaker, _ in said(crowd)] != ["Protesters"]
    # a declaration that states something says it; a relative "that" is not what was agreed
    declared = "The joint declaration states that both countries will meet again next year."
    assert [r.attribution.cue for r in reported_in(declared, 0, len(declared))] == ["stated"]
    agreed = "Ramaphosa agreed with Kenyatta on new measures that would cut tariffs on farm goods."
    assert all(not declared_text.startswith("would")
               for declared_text in [agreed[r.content_start:] for r in reported_in(agreed, 0, len(agreed))])
    # an outlet called Today dates nothing
    outlet = meetings(report("Foreign Minister Ana Ruiz met Foreign Minister Omar Nabil in Cairo, Egypt Today reported.",
                             date="2024-05-15"))
    assert outlet[0].date is None
    # "Meet" ending a name, "Open" opening one, are names
    assert _is_meeting_name("BRICS Foreign Ministers Meet", None)
    assert _is_meeting_name("Open Government Partnership Summit", None)
    # a university is no country
    assert [e.speaker.country for e in find_entities("Professor Dan Carter of Georgia Tech spoke.").people] == [None]


def test_a_title_before_a_name_that_opens_with_an_accented_capital():
    table = find_entities("Foreign Minister Ömer Çelikdağ met Commissioner Maroš Šefčovič and Prime Minister Ólafur Haraldsson.")
    assert [(e.speaker.name, e.speaker.title) for e in table.people] == [
        ("Ömer Çelikdağ", "Foreign Minister"), ("Maroš Šefčovič", "Commissioner"), ("Ólafur Haraldsson", "Prime Minister")]


def test_those_who_confirmed_attendance_are_the_summit_s_participants_not_who_told_of_them():
    found = meetings(report('''
HARARE, Nov 16 (Newswire) -- Leaders of the region meet in Harare on Thursday for the Extraordinary Summit of Heads of State and Government.

Spokesperson Rejoice Moyo said the heads of State who have confirmed attendance include Mozambique President Filipe Nyusi, Zambia President Hakainde Hichilema and Botswana President Mokgweetsi Masisi.
''', date="2021-11-16"))
    people = [p.name for m in found for p in m.participants]
    assert {"Filipe Nyusi", "Hakainde Hichilema", "Mokgweetsi Masisi"} <= set(people)
    assert "Rejoice Moyo" not in people


def test_a_call_to_a_one_word_or_accented_name_and_a_call_on_a_weekday_to_wish_someone_well():
    found = meetings(report('''
Foreign Minister Ömer Çelikdağ met the press on Friday.

Prime Minister Theresa May called Çelikdağ this morning to congratulate him.
''', date="2024-05-15"))
    assert [(m.kind, [p.name for p in m.participants]) for m in found] == [
        ("phone call", ["Ömer Çelikdağ", "Theresa May"])]
    wished = meetings(report('''
The president of Egypt, Omar Nabil, called Tuesday to wish President Muhammadu Buhari well, his office said.
''', date="2017-03-22"))
    assert [(m.kind, m.date) for m in wished] == [("phone call", "2017-03-21")]
    assert meetings(report("Opposition leader Tom Hale called Tuesday a dark day for the country.")) == []


def test_what_the_second_review_found_the_late_rules_must_not_do():
    # naming, not phoning
    for body in ["Foreign Minister Eli Cohen called Hamas and Hezbollah terrorist groups on Monday.",
                 "President Volodymyr Zelensky visited a town called Bucha on the outskirts of Kyiv.",
                 "President Volodymyr Zelensky called Putin on his bluff.",
                 "Rights groups called on Tuesday to express alarm at the arrests ordered by Interior Minister Ali Rahimi."]:
        assert meetings(report(body)) == [], body
    summit = "HARARE, Nov 16 (Newswire) -- Leaders meet in Harare on Thursday for the Extraordinary Summit.\n\n"
    # a past summit's participants are not this one's; who will not attend does not
    assert [p.name for m in meetings(report(summit + "Last year's participants included Chinese President Xi Jinping "
                                            "and Russian President Vladimir Putin.")) for p in m.participants] == []
    listed = meetings(report(summit + "Participants include Mozambique President Filipe Nyusi, but Tanzanian "
                                      "President Samia Suluhu Hassan will not attend."))
    assert [p.name for m in listed for p in m.participants] == ["Filipe Nyusi"]
    # a spokesperson who went is a participant
    went = meetings(report("President Dan Carter held talks with President Ana Ruiz on Monday. Carter was accompanied "
                           "by Secretary of State Tom Hale and White House Press Secretary Karin Jones."))
    assert "Karin Jones" in [p.name for m in went for p in m.participants]
    # a long name after a long title stays whole; a short title before an accented name names it
    assert [e.speaker.name for e in find_entities(
        "The Secretary of State for Foreign, Commonwealth and Development Affairs of the Kingdom, "
        "David William Donald Cameron, arrived.").people] == ["David William Donald Cameron"]
    assert [e.speaker.name for e in find_entities("PM Ólafur Haraldsson met the press.").people] == ["Ólafur Haraldsson"]


# -- voices the report does not identify --------------------------------------------------

def test_a_voice_the_report_never_identifies_still_said_it_and_is_shown_as_unnamed():
    found = statements(report('''
The two prime ministers spoke about the border and the harbour tolls, aides said.

The statement said that the visit would be the first by a head of government since the spring.
'''))
    assert [(" ".join(s.text.split()[:3]), s.speaker, s.speaker_as_written, s.attribution) for s in found] == [
        ("The two prime", None, "aides", "unnamed"),
        ("the visit would", None, "The statement", "unnamed")]


def test_the_people_who_met_speaking_together_tell_an_outcome_not_a_statement():
    text = report('''
President Ana Ruiz of Chile and President Tomas Vidal of Peru met in Lima on Monday.

The presidents of Chile and Peru pledged to open two new border crossings this year.

Both presidents agreed that the fishing dispute should go to a joint panel.

They also discussed the drought, and expressed their concern about falling river levels.
''')
    assert said(text) == []


def test_a_countrys_side_speaks_as_its_government():
    assert said(report('''
Foreign Minister Ahmet Kaya met his Chinese counterpart Liu Bo in Ankara on Tuesday.

The Chinese side said the talks had been candid and useful.
''')) == [("the talks had been", "Chinese government", "said")]


def test_who_issued_a_statement_is_read_after_it_and_where_they_said_so():
    assert said(report('''
The two leaders agreed to reopen the consulates, according to a statement issued by the republic's Ministry of Foreign Affairs early Monday.

The ministers also signed a fisheries accord, according to a statement published by the Nordland News Agency.
''')) == [("The two leaders agreed", "Ministry of Foreign Affairs", "according to"),
          ("The ministers also signed", "Nordland News Agency", "according to")]
    assert said(report('''
President Musa Bello will receive President Kofi Mensah at the State House on Friday. Presidential spokesman Sani Garba disclosed this in a statement.

The statement said the two leaders would sign a gas agreement.
''')) == [("the two leaders would", "Sani Garba", "said")]


def test_officials_at_a_body_speak_for_it():
    assert said(report('''
Officials at the Danish Ministry of Industry said the next round would be held in Seoul in 2026.
''')) == [("the next round would", "Ministry of Industry", "said")]


def test_a_given_name_written_short_and_a_hereditary_honorific_belong_to_the_name():
    assert said(report('''
"The talks will be held next month," said foreign adviser Md. Rafiqul Alam at a briefing on Tuesday.

Foreign Minister Makhdoom Ali Raza told his counterpart that the border must stay open.
''')) == [("The talks will be", "Md. Rafiqul Alam", "said"),
          ("the border must stay", "Ali Raza", "told")]


def test_whoever_was_asked_answers_and_the_question_itself_is_no_statement():
    found = said(report('''
Foreign Minister Ruth Kelly and her Fijian counterpart Sami Naivalu held talks in Wellington on Monday.

Pacific Radio asked Minister Naivalu about the seasonal workers who say they are turned away at the border.

"Our rules are the same for every country," he said.
'''))
    assert found == [("Our rules are the", "Sami Naivalu", "said")]
    # who was asked to do something was told it: still a statement
    assert said(report("Kelly asked Fiji to reopen the consulate before the cyclone season.")) == [
        ("Fiji to reopen the", "Kelly", "asked")]


def test_a_name_with_two_particles_in_an_appositive_and_a_verb_glued_to_the_closing_mark():
    assert said(report('''
The head of the Regional Council, Anna van der Berg, said that the port deal was good for both sides.

“The fishing towns will gain most from the new quotas and the ferry”declared Van der Berg.
''')) == [("the port deal was", "Anna van der Berg", "said"),
          ("The fishing towns will", "Anna van der Berg", None)]


def test_a_name_with_particles_and_no_title_meets_and_speaks_whole():
    text = report('''
Anna van der Berg met President Luis Prado in Quito on Monday.

The ferry route will open in June, Van der Berg said.
''', date="2024-05-16")
    assert [p.name for m in extract(text).meetings for p in m.participants] == ["Anna van der Berg", "Luis Prado"]
    assert said(text) == [("The ferry route will", "Anna van der Berg", "said")]
    assert said(report("The ferry route will open in June, Van der Berg said.")) == [
        ("The ferry route will", "Van der Berg", "said")]


def test_a_long_when_and_where_after_a_closing_speaker_and_a_speaker_after_but():
    assert said(report('''
The negotiations have gone on long enough, said Chancellor Karl Brenner (SPD) on Saturday evening after a meeting with Chilean President Ana María Ruiz Tagle in Santiago.

The second accord is mostly about green hydrogen, but Brenner also expressed an interest in Chilean copper.
''')) == [("The negotiations have gone", "Karl Brenner", "said"),
          ("an interest in Chilean", "Karl Brenner", "expressed")]


def test_two_leaders_who_will_talk_by_telephone_have_a_call_planned_for_the_coming_day():
    found = meetings(report('''
Prime Minister Asha Rai and her Indian counterpart Vikram Mehta will talk via telephone on Thursday morning and discuss the new government's priorities.
''', date="2025-09-17"))
    assert [(m.kind, m.status, m.date) for m in found] == [("phone call", "planned", "2025-09-18")]
    held = meetings(report("Prime Minister Asha Rai was finally able to speak with Vikram Mehta by telephone on Tuesday.",
                           date="2025-09-17"))
    assert [(m.status, m.date) for m in held] == [("held", "2025-09-16")]


# A call told first in a headline, above a photo caption and its credit, then the lead.
_CALL_IN_A_HEADLINE = '''Politics
May 18, 2024 4:07 pm

Prime Minister Ana Ruiz congratulates President Tomas Vidal in phone call

Prime Minister Ana Ruiz speaks at the National Press Theatre in Ottawa on Tuesday, Nov. 28, 2023.

THE NEWSWIRE/Sam Hill

OTTAWA – Prime Minister Ana Ruiz has congratulated President Tomas Vidal on his inauguration.
'''


def test_a_call_told_first_in_the_headline_takes_the_day_the_story_gives_it():
    found = meetings(_CALL_IN_A_HEADLINE + '''
Her office says the two leaders spoke by phone Saturday, but did not say for how long.
''')
    assert [(m.kind, m.date) for m in found] == [("phone call", "2024-05-18")]


def test_a_dateline_of_a_date_and_an_agency_with_no_city():
    text = '''Advertisement

Ruiz, Vidal talk trade and migration at first bilateral meeting

President Ana Ruiz takes part in a virtual bilateral meeting with President Tomas Vidal. Pool photo by Sam Hill/Newswire
1 of 3 | President Ana Ruiz takes part in a virtual bilateral meeting with President Tomas Vidal. | License Photo

March 1 (Newswire) -- President Ana Ruiz held a bilateral meeting with President Tomas Vidal on Monday as the two discussed trade.
'''
    found = extract(text, url="https://news.example.com/News/2021/03/01/ruiz-vidal-talks/1234/").meetings
    assert [(m.date, [p.name for p in m.participants]) for m in found] == [("2021-03-01", ["Ana Ruiz", "Tomas Vidal"])]


def test_a_page_date_in_an_address_with_two_separators_and_below_a_caption_written_twice():
    from onrecord.db.extract.published import url_date
    assert str(url_date("http://news.example.cn/2016/07-15/218375.shtml")) == "2016-07-15"
    caption = "The prime minister and his wife arrive at the international airport after their return from New York."
    text = f'''Photo Supplied

{caption}

{caption}

via Wire

Sunday, 26 September 2010 20:07 Dara Chan

IN their first meeting since the two countries restored full ties last month, the two prime ministers vowed to cooperate on the border.
'''
    assert extract(text).document.published == "2010-09-26"


def test_according_to_any_source_up_to_the_comma():
    found = said(report('''
Finance Minister Lars Holm met his Chilean counterpart Ana Ruiz in Berlin on Monday.

According to a joint statement released after the dialogue, Chile and Denmark committed to keeping their ports open.

According to the press release by the Cabinet Office, the talks covered copper, fruit and wind power.

According to Der Tagesblick newsmagazine, Holm had asked for the meeting himself.

According to the Chilean Foreign Ministry and the Danish Ministry of Finance, the next round will be held in Santiago.
'''))
    assert found == [("Chile and Denmark committed", "joint statement", "according to"),
                     ("the talks covered copper,", "Cabinet Office", "according to"),
                     ("Holm had asked for", "Der Tagesblick", "according to"),
                     ("the next round will", "Ministry of Foreign Affairs", "according to")]


def test_a_counterpart_from_a_country_named_after_it():
    found = meetings(report('''
Foreign Minister Anil Rao met his counterpart from Bosnia and Herzegovina, Lejla Hadžić, in Munich on Saturday and discussed trade.

He also met his counterparts from Croatia and Japan, Ivan Horvat and Kenji Sato.
''', date="2024-02-18"))
    names = [(p.name, p.country) for m in found for p in m.participants]
    assert ("Lejla Hadžić", "Bosnia and Herzegovina") in names
    assert {("Ivan Horvat", "Croatia"), ("Kenji Sato", "Japan")} <= set(names)


def test_a_statement_released_after_the_talks_and_leaders_who_will_talk_via_telephone():
    text = report('''
DHAKA, Dec 3 (Newswire) -- Foreign adviser Rafiq Alam held talks with his Chinese counterpart Liu Wen in Dhaka on Wednesday.

According to a joint statement released after the talks, Bangladesh and China committed to a flood-warning system.

Prime Minister Nasrin Haque and Chinese Premier Zhao Ming will talk via telephone on Friday morning, the foreign ministry said.
''', date="2026-12-03")
    assert ("Bangladesh and China committed", "joint statement", "according to") in said(text)
    calls = [m for m in extract(text).meetings if m.kind == "phone call"]
    assert [(m.status, m.date, [p.name for p in m.participants]) for m in calls] == [
        ("planned", "2026-12-04", ["Nasrin Haque", "Zhao Ming"])]


def test_what_the_review_of_stop_24_found_the_new_rules_must_not_do():
    met = "President Ana Ruiz of Chile met Peruvian President Tomas Vidal in Lima on Monday.\n\n"
    # whoever asks is a person named: the pronoun after is still theirs; a request is no question
    assert said(report(met + "Ruiz asked Vidal to reopen the crossing. She said the closure had cost farmers "
                             "millions.")) == [("Vidal to reopen the", "Ana Ruiz", "asked"),
                                               ("the closure had cost", "Ana Ruiz", "said")]
    assert said(report(met + "Ruiz asked the world to bring about a lasting ceasefire in the region.")) == [
        ("the world to bring", "Ana Ruiz", "asked")]
    # "Md." after a comma is Maryland, not a given name
    assert said(report("Joe Biden hosted the leaders at Camp David in Thurmont, Md. Kishida said the summit "
                       "opened a new era.")) == [("the summit opened a", "Kishida", "said")]
    # no voice at all, or the people who met as a side
    for body in ["They said nothing about the fishing dispute.", "The envoys agreed to meet again next month.",
                 "Some argued that the deal was rushed."]:
        assert said(report(met + body)) == [], body
    # sources and diplomats at a body are not its voice; a side is a country someone at the meeting is from
    for body in ["Sources in the Foreign Ministry said the talks were tense.",
                 "Diplomats at the Security Council said the vote would be delayed.",
                 "The European side said the offer stood."]:
        assert [speaker for _, speaker, _ in said(report(met + body))] == [None], body
    # a joint statement issued after another's statement is the one 'the statement' means
    assert said(report("Ruiz announced in a statement on Sunday that she would travel. " + met +
                       "The two leaders issued a joint statement. The statement said both countries would open "
                       "new crossings."))[-1] == ("both countries would open", "joint statement", "said")


def test_a_call_told_in_the_headline_takes_no_date_from_a_sentence_about_something_else():
    found = meetings(_CALL_IN_A_HEADLINE + '''
Vidal was sworn in on Wednesday before a crowd of thousands.
''')
    assert [(m.kind, m.date) for m in found] == [("phone call", None)]


def test_the_declaration_a_report_said_was_issued_speaks_when_it_states():
    found = said(report('''
A joint declaration was issued after Foreign Minister Rita Sen met her Qatari counterpart Khalid Al Thani in Doha on Monday.

The commission will meet once a year, the declaration stated. It stated that trade would be its first task.
'''))
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("The commission will meet", "joint declaration"), ("trade would be its", "joint declaration")]


def test_a_name_between_commas_then_its_title_as_the_subject_speaks():
    found = said(report('''
ACCRA, March 2 -- The Chairman of the Authority, H.E. Kofi Mensah Boateng, President of the Republic of Ghana said the crisis was an opportunity for the region.

On Tuesday, Foreign Minister Ama Owusu said that the summit would go on.
'''))
    assert found == [("the crisis was an", "Kofi Mensah Boateng", "said"),
                     ("the summit would go", "Ama Owusu", "said")]


def test_a_wires_lead_label_is_no_agency_and_he_before_sheikh_is_an_honorific():
    text = '''Go to Contents Go to Navigation

(LEAD) Top diplomats of Chile and Peru agree to share port data

All News 15:22 June 21, 2017

SEOUL, June 21 (Newswire) -- Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart agreed Wednesday to share port data, the foreign ministry said.
'''
    found = extract(text).statements
    assert [(s.text.split()[0], s.speaker.name if s.speaker else None) for s in found] == [
        ("Chilean", "Ministry of Foreign Affairs")]
    assert said(report('''
Foreign Minister HE Sheikh Hamad bin Khalid Al Thani met Secretary of State Tom Hale in Doha on Monday.

HE Sheikh Hamad said he is hopeful about a ceasefire.
''')) == [("he is hopeful about", "Hamad bin Khalid Al Thani", "said")]


def test_a_kenyan_cabinet_secretary_written_cs_and_an_ambassador_s_rank_before_the_name():
    assert said(report('''
Foreign Affairs Cabinet Secretary Amb. Wanjiru Kamau met her Tanzanian counterpart in Nairobi on Monday.

The CS said that it is not enough to sign agreements without carrying them out.

CS Kamau added that trade had doubled.
''')) == [("it is not enough", "Wanjiru Kamau", "said"), ("trade had doubled", "Wanjiru Kamau", "added")]


def test_one_person_with_two_ministries_speaks_and_two_people_do_not():
    assert said(report('''
HE the Prime Minister and Minister of Foreign Affairs Sheikh Hamad bin Khalid al-Thani emphasised that the dialogue was a landmark for both nations.

Deputy Prime Minister and Foreign Minister Sok Chenda said that the border would stay open.
''')) == [("the dialogue was a", "Hamad bin Khalid al-Thani", "emphasized"),
          ("the border would stay", "Sok Chenda", "said")]
    assert said(report("The Prime Minister and President Tom Hale agreed that the border would stay open.")) == []


def test_a_closing_source_who_spoke_on_condition_of_anonymity():
    found = statements(report('''
President Ana Ruiz invited the two leaders to visit Lima for a trilateral meeting and they accepted, said a Chilean official who briefed reporters on condition of anonymity.
'''))
    assert [(" ".join(s.text.split()[:4]), s.speaker_as_written, s.attribution) for s in found] == [
        ("President Ana Ruiz invited", "a Chilean official", "unnamed")]


def test_a_page_s_section_label_is_not_part_of_what_was_said():
    found = said(report('''
Why it matters: A new trade deal with Chile is a priority for the prime minister, Newswire noted.
'''))
    assert [words for words, _, _ in found] == ["A new trade deal"]


def test_welcoming_a_counterpart_to_a_city_is_a_greeting_not_a_statement():
    assert said(report("Foreign Minister Lars Holm welcomed his new Chilean counterpart to Copenhagen.")) == []
    assert said(report("Foreign Minister Lars Holm welcomed the new Chilean plan to cut port fees.")) == [
        ("the new Chilean plan", "Lars Holm", "welcomed")]


def test_two_ranks_joined_before_a_name_and_an_agency_named_with_its_initials_after():
    found = meetings(report('''
President Musa Bello received the visiting delegation at the State House in Abuja on Sunday with the Minister of Defence, Brig.-Gen. Sani Lawal (rtd.), and the National Security Adviser, Maj.-Gen. Ibrahim Danjuma (rtd.).
''', date="2020-01-06"))
    names = [p.name for m in found for p in m.participants]
    assert "Sani Lawal" in names and "Ibrahim Danjuma" in names
    assert not {"Brig", "Maj"} & set(names)
    assert said(report('''
According to the official Emirates News Agency WAM, the two ministers exchanged views on regional issues.
''')) == [("the two ministers exchanged", "Emirates News Agency", "according to")]


def test_according_to_a_statement_on_the_call_is_the_statement_s_issuer():
    found = said(report('''
Prime Minister Ravi Nair held a telephone conversation with President Tom Hale on Monday.

According to a Prime Minister's Office statement on the telephonic conversation, Nair congratulated Hale on his election.
'''))
    assert found == [("Nair congratulated Hale on", "Prime Minister's Office", "according to")]


def test_responded_by_expressing_starts_what_was_said_after_the_participle():
    assert said(report("Prime Minister Kenji Sato responded by expressing his appreciation for the mediation "
                       "efforts of Chile.")) == [("his appreciation for the", "Kenji Sato", "responded")]


def test_what_the_second_review_of_stop_24_found_the_late_rules_must_not_do():
    # a name before a title that has its own name is someone else: the titled person speaks
    assert said(report("In a meeting with his Russian counterpart, Sergei Orlov, Minister of Foreign Affairs "
                       "Ade Bello said Nigeria wanted peace.")) == [("Nigeria wanted peace", "Ade Bello", "said")]
    assert said(report("Speaking at the event in the oil city, Port Harcourt, Minister of Petroleum Resources "
                       "Tunde Eze said output had risen.")) == [("output had risen", "Tunde Eze", "said")]
    # "The Prime Minister and Foreign Minister X" are two people; "Dr and Mrs Ruiz" too
    assert said(report("The Prime Minister and Foreign Minister Jane Holt said the aid would resume.")) == []
    assert said(report("Dr and Mrs Ruiz said they were honoured by the visit.")) == []
    # welcoming the return of a delegation is a stance, not a greeting
    assert said(report("Foreign Minister Lars Holm welcomed the return of the delegation to the Geneva talks.")) == [
        ("the return of the", "Lars Holm", "welcomed")]
    # a colon in a sentence is no page's label
    assert [w for w, _, _ in said(report("President Ruiz put it bluntly: Chile will not pay for the wall, "
                                         "Newswire noted."))] == ["President Ruiz put it"]
    # a titled name followed by 'Office' is still the person
    assert said(report("Prime Minister Shehbaz Khan Office said Pakistan would respond.")) == [
        ("Pakistan would respond", "Shehbaz Khan", "said")]


def test_a_name_owned_by_its_country_meets_as_that_country_s_person():
    # Wire style names a leader after the country's possessive, with no title.
    found = meetings(report('''
Chile’s Rosa Valdivia met her Argentine counterpart Tomás Ibarra at the presidential palace in Santiago on Tuesday to discuss a trade accord.

“We want a modern agreement,” Ibarra said.
''', date="2017-06-28"))
    assert people(found[0]) == [("Rosa Valdivia", None, "Chile"), ("Tomás Ibarra", None, "Argentina")]
    pair = meetings(report('''
India’s Ravi Menon and Japan’s Kaito Mori met in Osaka on Friday to review their defence pact.
''', date="2019-06-29"))
    assert [(p.name, p.country) for p in pair[0].participants] == [("Ravi Menon", "India"), ("Kaito Mori", "Japan")]
    assert pair[0].name == "India–Japan talks"


def test_a_visit_scheduled_for_later_dates_its_talks_forward_as_planned():
    found = meetings(report('''
President Ali Demir will be holding talks with Chancellor Anna Vogt during his visit scheduled for Sept. 28-29, a spokesperson for the chancellor said.
''', date="2018-08-09"))
    assert (found[0].status, found[0].date) == ("planned", "2018-09-28")


def test_a_ministry_s_portfolio_in_a_list_of_attendees_is_no_person():
    found = meetings(report('''
Sheikh Khalid bin Saeed, Minister of Foreign Affairs and International Co-operation, met Marie Dubois, Minister of Europe and Foreign Affairs of France, in New York on Monday.

The meeting was attended by Mona Al Hariri, Minister of Climate Change and Environment and Samir Haddad, Minister of State.
''', date="2022-09-20"))
    names = [p.name for m in found for p in m.participants]
    assert "Co-operation" not in names and "Climate Change" not in names
    assert "Marie Dubois" in names


def test_a_meeting_told_in_an_unstopped_headline_takes_its_day_from_the_story_below_the_byline():
    found = meetings('''Mendes meets Okafor in first bilateral meeting in Lisbon

The Portuguese prime minister said the talks opened a new chapter for both countries

News Desk
Published : 6 May 2023, 06:19 AM

Portuguese Prime Minister Rui Mendes and his Nigerian counterpart Ada Okafor had their first bilateral meeting in Lisbon on Friday, the agency reports.
''')
    assert (found[0].name, found[0].date) == ("Portugal–Nigeria prime ministers' talks", "2023-05-05")


def test_an_envoy_s_post_abroad_stays_in_the_speaker_phrase_and_the_envoy_speaks():
    text = report('''
Prime Minister Lena Moreau met her Kenyan counterpart Daniel Otieno in Paris on Friday.

"Only seven leaders were given such a meeting," Kenyan High Commissioner to France Grace Wanjiru said while briefing reporters after the talks.

On Saturday, China's envoy to the United Nations warned in a letter that any intervention would be unlawful.
''', date="2023-05-06")
    found = statements(text)
    assert ("Only seven leaders were", "Grace Wanjiru", "said") in said(text)
    # (a post names where the envoy serves, not who speaks)
    envoy = next(s for s in found if s.text.startswith("any intervention"))
    assert envoy.speaker is None or envoy.speaker.name != "United Nations"
    # (an envoy who briefs on the talks did not take part in them)
    assert [p.name for p in meetings(text)[0].participants] == ["Lena Moreau", "Daniel Otieno"]


def test_a_title_or_a_clause_between_the_name_after_a_quote_and_its_cue():
    text = report('''
"A meeting of the two foreign ministers will be held this week," Paik Jun-seo, foreign ministry spokesman, told a regular press briefing.

"This trip is part of our effort to build trust," Martin Cole, acting spokesperson for the State Department, said.

"We agree," the forum's chair, Prime Minister Tevita Lolo, said.
''', date="2017-09-19")
    assert [s[1] for s in said(text)] == ["Paik Jun-seo", "Martin Cole", "Tevita Lolo"]


def test_a_special_envoy_sent_to_the_talks_takes_part_in_them():
    found = meetings(report('''
Prime Minister Kenji Arai met South Korea's special envoy Park Do-hyun in Tokyo on Thursday.

"We hope to resume shuttle diplomacy," Park told reporters after the meeting.
''', date="2017-05-19"))
    assert [p.name for p in found[0].participants] == ["Kenji Arai", "Park Do-hyun"]


def test_the_palace_a_summit_was_held_in_is_no_participant():
    found = meetings(report('''
The 10th summit of the heads of Turkic-speaking states was held in Dolmabahce Palace, Istanbul.
President Emre Kaya of the Azerbaijan Republic participated in the summit.
''', date="2010-09-16"))
    names = [p.name for m in found for p in m.participants]
    assert not [n for n in names if "Palace" in n]


def test_who_led_each_delegation_and_who_was_in_attendance_take_part():
    found = meetings(report('''
The fifth session of the Kenya-Ghana Permanent Joint Commission for Cooperation ended in Accra on Friday.

Ms Ama Owusu, Minister of Foreign Affairs, led Ghana's delegation to the two-day meeting, while Mr Peter Kamau, Kenya's Cabinet Secretary for Foreign Affairs, led his country's delegation.

In attendance were Mr Kofi Mensah, Ghana's High Commissioner to Kenya; Ms Wanjiku Njoroge, Kenya's High Commissioner to Ghana.
''', date="2016-05-07"))
    assert {"Ama Owusu", "Peter Kamau", "Kofi Mensah", "Wanjiku Njoroge"} <= {p.name for p in found[0].participants}


def test_a_counterpart_named_only_by_nationality_is_the_one_person_of_that_country_in_that_office():
    found = meetings(report('''
Foreign Minister Aroha Tane has met her Chinese counterpart face-to-face for the first time at the summits in Cambodia.

Chinese Foreign Minister Li Wen walked out of the plenary meeting when the Japanese minister spoke.
''', date="2022-11-13"))
    assert [p.name for p in found[0].participants] == ["Aroha Tane", "Li Wen"]


def test_a_date_given_as_the_address_s_query_fields_is_the_page_s_date():
    from onrecord.db.extract.published import url_date
    assert str(url_date("https://news.example.rs/eng/politics.php?yyyy=2022&mm=08&dd=18&nav_id=114250")) == "2022-08-18"
    assert str(url_date("https://example.org/story?year=2019&month=3&day=26")) == "2019-03-26"
    assert url_date("https://example.org/story?id=2019&dd=3") is None  # no month: no date


def test_states_as_a_noun_after_an_adjective_or_before_of_is_no_cue():
    found = statements(report('''
This is why Albania, the former Yugoslav states of Bosnia and Herzegovina, Kosovo, Montenegro and Serbia are all counted as Western Balkan states.

Foreign Minister Ana Diaz states that the two countries shall consult each other.
'''))
    assert [(s.speaker.name if s.speaker else None, s.text[:20]) for s in found] == [("Ana Diaz", "the two countries sh")]


def test_a_headline_s_capitals_and_a_paragraph_break_never_lengthen_a_surname():
    found = meetings('''Prime Minister Rowe Invited to Meeting with Vice President Clarke

Following the summit in New York, Prime Minister Rowe was invited to meet with Vice President Clarke in Washington.

The Prime Minister was accompanied by the Chief of Defence Staff, Lt. Gen. Ivan Beckford, and Ambassador Nadia Reid.
''')
    names = [p.name for m in found for p in m.participants]
    assert "Rowe" in names and "Clarke" in names
    assert not [n for n in names if n.endswith(("Invited", "Following")) or n == "Staff"]


def test_an_aside_between_dashes_in_brackets_or_an_age_between_subject_and_cue():
    text = report('''
Prime Minister Alan Reid met Vice President Rosa Grant at the White House on Wednesday.

Reid — whose visit was the first by a Caribbean leader since 1995 — said he and Grant discussed several areas of cooperation.

Grant (pictured) said the two governments would meet again in spring.

Reid, 51, said the talks were very productive.
''', date="2021-04-16")
    assert [(s[1], s[2]) for s in said(text)] == [("Alan Reid", "said"), ("Rosa Grant", "said"), ("Alan Reid", "said")]


def test_a_name_and_a_dash_in_a_later_paragraph_is_no_dateline_but_a_city_is():
    found = extract(report('''
BRUSSELS — The two ministers met on Monday to discuss trade.

Reid — a veteran diplomat — said the talks went well.
''', date="2021-04-16"))
    assert [(s.speaker.name if s.speaker else None, s.text) for s in found.statements] == [("Reid", "the talks went well")]


def test_the_head_of_a_government_or_of_state_is_that_leader():
    text = report('''
During a phone call with Ukrainian President Oksana Hrytsenko, Dutch Prime Minister Pieter de Boer reiterated the Netherlands' support for Ukraine.

According to the head of the Dutch government, the two discussed the coming winter.

In turn, the Ukrainian president said the parties discussed unity in Europe.

"We also discussed steady military support," emphasized the head of state.
''', date="2023-11-24")
    speakers = [s[1] for s in said(text)]
    assert speakers[1:] == ["Pieter de Boer", "Oksana Hrytsenko", "Oksana Hrytsenko"]


def test_leaders_listed_as_present_or_taking_part_with_their_country_in_brackets_attend():
    found = meetings(report('''
Prime Minister Jan Peeters met with twelve heads of state and government of the European Union for an informal dinner in Brussels on Wednesday.

The German Chancellor, Greta Vogel, and the Polish Prime Minister, Marek Nowicki, were taking part in this dinner. The heads of government Ivo Petrov (Bulgaria), Sean Walsh (Ireland), Marco Bellini (Italy), Lars Berg (Sweden) and Ana Sousa (Portugal) were also present.
''', date="2018-02-23"))
    names = {p.name for p in found[0].participants}
    assert {"Jan Peeters", "Greta Vogel", "Marek Nowicki", "Ivo Petrov", "Sean Walsh", "Ana Sousa"} <= names
    assert ("Ivo Petrov", "Bulgaria") in [(p.name, p.country) for p in found[0].participants]
    assert found[0].name == "7-country talks"  # (seven countries' names joined are no name)


def test_a_split_quote_s_second_half_after_any_common_cue_before_the_speaker():
    text = report('''
Chilean President Tomas Rojas spoke by phone on Tuesday with Argentina's president-elect.

“The two peoples are brothers,” stated the Chilean president, “therefore, my duty is to promote integration.”

“We differ on much,” noted Rojas, “but we will keep talking.”
''')
    assert [s[:2] for s in said(text)] == [("The two peoples are", "Tomas Rojas"), ("therefore, my duty is", "Tomas Rojas"),
                                           ("We differ on much", "Tomas Rojas"), ("but we will keep", "Tomas Rojas")]


def test_a_source_that_quoted_someone_as_saying_gives_the_quote_to_whom_it_quoted():
    text = report('''
Foreign Minister Lin Hao met his Brazilian counterpart Joao Souza in Brasilia on Tuesday.

“We will widen trade in farm goods,” the state news agency quoted Lin as saying after the talks.
''')
    assert [s[1] for s in said(text)] == ["Lin Hao"]


def test_the_visiting_minister_and_a_counterpart_named_by_nationality_speak_as_themselves():
    text = report('''
Foreign Minister Maria Lopez of Mexico met Brazilian Foreign Minister Joao Souza in Brasilia on Tuesday.

His Brazilian counterpart said the two countries would sign a trade accord.

The visiting minister said Mexico would send a delegation in May.
''')
    assert [s[1] for s in said(text)] == ["Joao Souza", "Maria Lopez"]


def test_a_country_written_with_its_own_diacritics_is_that_country_and_no_person():
    from onrecord.db.extract.gazetteer import country_of
    assert country_of("Việt Nam") == "Vietnam"
    found = meetings(report('''
Deputy Foreign Minister Nguyễn Minh Vũ and Japanese Deputy Minister Tanaka Kenji co-chaired the eighth Việt Nam–Japan Strategic Partnership Dialogue in Hà Nội on Monday.

The two sides reviewed ties between Việt Nam and Japan.
''', date="2024-11-26"))
    assert "Việt Nam" not in [p.name for m in found for p in m.participants]


def test_a_foreign_office_statement_issued_in_a_city_and_a_name_opening_with_the_initial_a():
    text = report('''
Bangladesh foreign minister A K Rahman Momin has asked his Indian counterpart Vikram Rao to speed up the water-sharing talks during their first meeting in Dushanbe, said a foreign office statement in Dhaka.
''', date="2021-06-15")
    found = extract(text)
    assert [(s.speaker.name if s.speaker else None) for s in found.statements] == ["Foreign Office"]
    assert [p.name for p in found.meetings[0].participants] == ["A K Rahman Momin", "Vikram Rao"]


def test_according_to_an_agency_described_in_an_aside_then_who_said_it():
    text = report('''
Foreign Minister Karim Naderi held a video call with his Emirati counterpart Sheikh Omar bin Rashid on Sunday.

According to WAM, the Emirati state news agency, he said that closer cooperation was vital against the pandemic.
''', date="2020-08-03")
    assert [(s[0], s[1]) for s in said(text)] == [("closer cooperation was vital", "Karim Naderi")]


def test_the_agency_is_the_one_cited_last_and_a_ministry_named_with_its_country_keeps_it():
    text = report('''
Foreign Minister Maria Lopez met Joao Souza in Brasilia on Tuesday.

No meeting was scheduled with the Pakistani prime minister, the news agency further said.

The talks lasted an hour, the Xinhua news agency said.

The talks were warm, the agency said.

The two discussed trade, Global Affairs Canada (GAC) said in a readout.
''')
    assert [s[1] for s in said(text)] == [None, "Xinhua", "Xinhua", "Global Affairs Canada"]


def test_a_title_case_and_ends_a_name_and_a_pronoun_s_contraction_is_no_name():
    from onrecord.db.extract.entities import find_entities
    headline = "Remarks With Korean Foreign Minister Kim Jae-won And Japanese Foreign Minister Sato Kenji Before Their Meeting"
    assert [e.speaker.name for e in find_entities(headline).people] == ["Kim Jae-won", "Sato Kenji"]
    text = report('''
Prime Minister Ava Collins hosted Premier Zhou Lan for talks in Canberra on Monday.

As I’ve said repeatedly, we will cooperate where we can and disagree where we must.
''')
    assert "I’ve" not in [s[1] for s in said(text)]


def test_his_office_a_source_at_a_body_and_an_address_are_what_a_reader_takes_them_for():
    text = report('''
SEOUL, Nov. 10 (Newswire) -- President Han Ji-ho will hold a summit with U.S. President Mark Ellis on the sidelines of the regional gatherings in Southeast Asia, his office said.

According to a source at the Turkish presidency, President Ali Demir met the presidents of Ukraine and Finland on Friday.

Prime Minister Ravi Nair held talks with President Paul Girard at 7, Lok Kalyan Marg on Friday.
''', date="2022-11-10")
    found = extract(text)
    assert [(s.speaker.name if s.speaker else None) for s in found.statements] == ["Office of the President", None]
    assert not [p.name for m in found.meetings for p in m.participants if "Marg" in p.name]


def test_a_visit_announced_with_whom_the_leader_will_meet_is_a_planned_meeting():
    found = meetings(report('''
SINGAPORE: Prime Minister Tan Wei Ming will make his first official visit to South Africa, his office said on Saturday (May 13).

In Cape Town, Mr Tan will meet South African President Sipho Dlamini, who will host him to an official lunch on May 15.
''', date="2023-05-13"))
    assert found and found[0].status == "planned"
    assert {"Tan Wei Ming", "Sipho Dlamini"} <= {p.name for p in found[0].participants}


def test_a_quote_introduced_after_a_comma_and_closed_by_one_is_a_whole_quote_though_the_sentence_goes_on():
    text = report('''
In talks with President Joao Souza, Prime Minister Ken Mori said, “It is important to cooperate with a wide range of partners,” while Souza affirmed his intention to strengthen relations.
''')
    assert ("It is important to", "Ken Mori", "said") in said(text)


def test_said_hello_is_a_greeting_not_a_statement():
    text = report('''
Prime Minister Ken Mori met President Joao Souza by video link on Friday.

Mori, 64, said hello and waved in response.

Souza, 70, said the two sides would meet again in June.
''')
    assert [s[:2] for s in said(text)] == [("the two sides would", "Joao Souza")]


def test_what_the_review_of_stop_25_found_the_new_rules_must_not_do():
    # a mixed-case dateline of a city that is no capital still places the meeting
    found = extract("Istanbul — Ukrainian President Taras Koval met Turkish President Emre Kaya on Tuesday.\n\n"
                    "The two leaders discussed grain exports.\n")
    assert found.meetings[0].location == "Istanbul"
    text = report('''
President Emre Kaya met Iraqi Prime Minister Ali Hashem in Ankara on Tuesday, the state-run Anadolu Agency said.

The two discussed water sharing, the agency said.

French President Louis Marchand met German Chancellor Greta Vogel and Polish President Jan Nowak in Paris on Monday.

The head of state said Europe must rearm.

In 2019, Marchand led France's delegation to the G20 summit in Osaka, where Japanese Prime Minister Kenji Sato was also present.

Australian Ambassador Penny Hall joined the talks.

It is unclear whether Prime Minister Tom Reid will meet Chancellor Vogel before the summit.

“We disagree on Russia,” warned Vogel, “and we keep talking.”

The joint statement states which projects are covered.
''', date="2024-05-16")
    speakers = [(s[0], s[1]) for s in said(text)]
    assert any(n == "Anadolu Agency" and t.startswith("The two discussed") for t, n in speakers)
    assert "state-run Anadolu Agency" not in [n for t, n in speakers]  # (one agency, one name)
    assert any(n == "Louis Marchand" and t.startswith("Europe must") for t, n in speakers)
    assert any(n == "Greta Vogel" and t.startswith("We disagree") for t, n in speakers)
    assert any(n == "joint statement" for t, n in speakers)
    found = extract(text)
    paris = next(m for m in found.meetings if any(p.name == "Greta Vogel" for p in m.participants))
    assert "Kenji Sato" not in [p.name for p in paris.participants]
    assert "Penny Hall" in [p.name for m in found.meetings for p in m.participants]


def test_a_date_and_a_time_of_day_run_together_in_the_address_is_the_page_s_date():
    from onrecord.db.extract.published import url_date
    assert str(url_date("https://news.example.in/english/world/pm-hosts-virtual-summit/na20231122230213458458242")) == "2023-11-22"
    assert url_date("https://news.example.in/a/na20231122990213458458242") is None  # (no such time of day)


def test_a_meeting_word_inside_someone_s_quoted_words_is_no_other_meeting():
    found = meetings(report('''
Bangladesh Prime Minister Nadia Hasan and her British counterpart Oliver Rowe had their first bilateral meeting in London on Friday.

"Of all the leaders in London this week, Rowe met only seven," Bangladesh High Commissioner to the UK Farida Karim said after the meeting.
''', date="2023-05-06"))
    assert len(found) == 1


def test_talks_announced_after_a_lead_of_another_day_are_not_dated_by_it():
    # (a review found the lead's day taken for talks it did not date: a speech to MPs, a
    # NATO meeting before the trip, a visit of several days)
    for lead in ("Foreign Secretary Tom Hale will tell MPs on Wednesday that he intends to visit China this year.",
                 "Foreign Secretary Tom Hale will attend a NATO meeting in Brussels on Wednesday, officials said.",
                 "Foreign Secretary Tom Hale will visit Beijing on Wednesday and Thursday, his first trip to China."):
        found = meetings(report(lead + "\n\nHe will hold talks with Chinese Foreign Minister Wang Lei on trade.",
                                date="2024-05-13"))
        talks = [m for m in found if "Wang Lei" in [p.name for p in m.participants]]
        assert talks and (talks[0].status, talks[0].date) == ("planned", None), lead


def test_the_person_a_report_is_about_takes_part_in_talks_told_with_he():
    found = meetings(report('''
Trade Secretary Helen Marsh will travel to Ottawa on Thursday to press for a new agreement on steel.

She will hold talks with Canadian Trade Minister Paul Girard and Finance Minister Lena Moreau.
''', date="2023-05-09"))
    assert [p.name for p in found[0].participants][:1] == ["Helen Marsh"]


def test_remarks_published_before_talks_make_the_talks_planned_that_day_between_who_speaks():
    transcript = '''Remarks With Foreign Minister Ana Ruiz Before Their Meeting

David Morgan
Secretary of State
Palacio Hotel
Madrid, Spain
March 3, 2015

SECRETARY MORGAN: Good morning. I am glad to welcome my friend Foreign Minister Ruiz, and we have much to discuss about trade and the crisis in the region.

FOREIGN MINISTER RUIZ: Thank you, David. We are grateful for this partnership and for the work our teams have done together this year.
'''
    found = meetings(transcript)
    assert "Before Their Meeting" not in [m.name for m in found]
    talks = found[0]
    assert (talks.status, talks.date, talks.location) == ("planned", "2015-03-03", "Madrid")
    assert sorted(p.name for p in talks.participants) == ["Ana Ruiz", "David Morgan"]


def test_a_courtesy_call_paid_on_a_leader_is_the_meeting_not_an_older_phone_call_told_after_it():
    found = meetings(report('''
Kenyan Foreign Minister Amina Wanjiru on Tuesday paid a courtesy call on Prime Minister Tomas Berg at his office in Oslo.

The Daily Nation reported last month that in a telephone call to President Ruto, Berg had praised the partnership.
''', date="2024-03-13"))
    assert (people(found[0])[0][0], people(found[0])[1][0]) == ("Amina Wanjiru", "Tomas Berg")
    assert (found[0].kind, found[0].date) == ("talks", "2024-03-12")


def test_talks_told_without_a_day_take_the_day_the_report_gives_them_elsewhere():
    story = '''
President Ana Costa met Prime Minister Lars Holm in Lisbon to discuss fisheries and energy.

The two countries share a long maritime border and a quota dispute that has run for years.

Fishing crews in both countries have staged protests over the quotas this spring.

{later}
'''
    found = meetings(report(story.format(later="Before Tuesday's meeting, Holm laid a wreath at the monument."),
                            date="2023-06-29"))
    assert (found[0].status, found[0].date) == ("held", "2023-06-27")
    two_days = story.format(later="Before Tuesday's meeting, Holm laid a wreath. They meet again at Friday's meeting.")
    assert meetings(report(two_days, date="2023-06-29"))[0].date is None  # which day was theirs?
    # (another event's day is not theirs: "Friday's summit of European leaders")
    other = story.format(later="Both leaders will attend Friday's summit of European leaders in Brussels.")
    assert meetings(report(other, date="2023-06-29"))[0].date is None


def test_a_headline_s_words_before_a_title_are_not_the_title():
    people_found = {p.speaker.name: p.speaker.title for p in find_entities(
        "Remarks With Foreign Minister Ana Ruiz Before Their Meeting\n\n"
        "Ruiz intends to hold talks with Sen. Lena Holt, nominated by Hale for secretary of state.\n").people}
    assert people_found["Ana Ruiz"] == "Foreign Minister"
    assert people_found["Lena Holt"] == "secretary of state"


def test_a_date_of_history_near_the_top_is_not_the_day_an_undated_report_counts_weekdays_from():
    undated = '''Jakarta (Newswire) - Defence Minister Budi Santoso received his Indian counterpart Ravi Menon at the ministry in Jakarta on Tuesday.

The visit returned one Santoso paid to New Delhi in January 2018.

Both countries signed a defence cooperation agreement on January 11, 2001, in Jakarta.
'''
    found = meetings(undated)
    assert found and found[0].date is None


def test_a_statement_from_a_body_named_in_lower_case_is_the_body_s_and_a_meeting_says_nothing():
    found = said(report('''
Lisbon: Portugal on Monday invited investors from Kenya into its ports and railways, a statement from the Portuguese foreign ministry said.

The talks took place under the 4th Joint Commission Meeting on Trade and Technical Cooperation, it said.
''', date="2020-08-17"))
    assert found[0][1] == "Ministry of Foreign Affairs"
    assert "Joint Commission Meeting on Trade and Technical Cooperation" not in [speaker for _, speaker, _ in found]


def test_a_quote_a_document_reads_is_the_document_issuer_s():
    found = said(report('''
The Ministry of Trade issued a readout after Minister Ana Ruiz met her Kenyan counterpart Paul Otieno in Nairobi.

“Both sides will meet again in the spring,” the statement read.

A sign at the entrance was in both languages. “Welcome, friends,” it read.
''', date="2023-10-29"))
    assert [(words, speaker) for words, speaker, _ in found] == [("Both sides will meet", "Ministry of Trade")]


def test_two_countries_meeting_then_who_had_the_session_names_the_participants():
    found = meetings(''' date 2021-11-30 (LEAD) Norway, Chile hold senior-level talks amid fertiliser woes
(ATTN: UPDATES with details throughout)
By Ana Lind
OSLO, Nov. 30 (Newswire) -- Norway and Chile held a virtual senior-level economic meeting Tuesday, during which the two sides discussed fertiliser supplies.
Oslo's Deputy Foreign Minister Ola Berg and Chilean Vice Trade Minister Rosa Mena had the joint economic committee session via video links on pending trade issues, the foreign ministry said.
During the talks, the two sides agreed to continue talks on long-term cooperation.
''')
    assert sorted(p.name for p in found[0].participants) == ["Ola Berg", "Rosa Mena"]


def test_the_secretary_general_without_a_hyphen_is_the_title_holder_not_a_person_called_general():
    found = said(report('''
The Prime Minister met the United Nations Secretary General, Maria Solberg, in London on Tuesday for talks.

The Secretary General also noted the country's work against modern slavery.
''', date="2018-05-02"))
    assert [speaker for _, speaker, _ in found][-1] == "Maria Solberg"


def test_the_president_of_the_republic_is_the_president_not_a_person_called_republic():
    found = said(report('''
Luanda — Head of State Rui Tavares stressed Monday the importance of the agreements signed with Portugal.

As for the rotating presidency of the community, the President of the Republic said that it was up to the members to judge the mandate.
''', date="2023-06-06"))
    assert [speaker for _, speaker, _ in found][-1] == "Rui Tavares"


def test_a_surname_written_without_its_marks_still_names_the_person_for_a_later_he():
    found = said(report('''
Jakarta – Vietnamese Minister of Foreign Affairs Trần Văn Sơn met with ASEAN Secretary-General Maria Lopes on July 11 in Jakarta.

Lopes thanked Vietnam for its support to the Secretariat.

Praising the bloc's unity, Minister Son voiced his belief that the Secretariat would grow stronger under Lopes's leadership.

Vietnam will coordinate closely with other members to strengthen the bloc, he noted.
''', date="2023-07-12"))
    assert found[-1][:2] == ("Vietnam will coordinate closely", "Trần Văn Sơn")


def test_a_long_opening_participle_clause_is_no_speaker_and_the_subject_after_it_speaks_on():
    found = said(report('''
Asked if Lee would be willing to continue his contacts with the United States, President Ivan Petrov said the leader would be guided by his “national interests,” but added that “nothing can be resolved without talks” on the crisis.
''', date="2019-04-25"))
    assert [speaker for _, speaker, _ in found] == ["Ivan Petrov", "Ivan Petrov"]


def test_that_s_according_to_someone_makes_no_speaker_called_that_s():
    found = said(report('''
President Ana Ruiz and President Tomas Berg met for 90 minutes in Hangzhou.

That's according to a senior official who would not be named discussing the private talks.
''', date="2016-09-05"))
    assert "That's" not in [speaker for _, speaker, _ in found]


def test_a_country_s_president_s_office_is_the_office_of_the_president():
    found = said(report('''
President Ahmed Bello received the president of Ghana, Kofi Mensah, in Abuja on Tuesday.

The two leaders discussed security in the region, the Nigerian president's office said in a statement.
''', date="2019-10-02"))
    assert found[-1][1] == "Office of the President"


def test_business_chiefs_are_an_unnamed_group_not_a_person_called_business():
    result = extract(report('''
Prime Minister Ana Ruiz met Premier Li Wen in Beijing on Tuesday.

Business chiefs have also called for regular ministerial talks on education.
''', date="2025-07-16"))
    assert "Business" not in [s.speaker.name for s in result.statements if s.speaker]
    assert "Business" not in [p.name for m in result.meetings for p in m.participants]


def test_a_given_name_spelt_like_a_month_short_ends_a_chinese_name():
    found = meetings(report('''
BEIJING, Jan. 31 (Newswire) -- Defence Minister Wei Jun held a video call with Malaysian Defence Minister Amir Hassan on Wednesday.
''', date="2024-02-01"))
    assert sorted(p.name for p in found[0].participants) == ["Amir Hassan", "Wei Jun"]


def test_a_lankan_statement_is_the_sri_lankan_government_s_and_initials_with_or_without_stops_are_one_person():
    result = extract(report('''
External Affairs Minister S Jaishankar on Wednesday met his Lankan counterpart G L Peiris in New York.

"Pleased to meet Sri Lankan Foreign Minister G.L. Peiris," Jaishankar said.

During the talks, the Lankan statement said, Peiris raised the fisheries issue with Jaishankar.
''', date="2021-09-22"))
    assert [p.name for p in result.meetings[0].participants].count("G L Peiris") \
        + [p.name for p in result.meetings[0].participants].count("G.L. Peiris") == 1
    assert result.statements[-1].speaker.name == "Sri Lankan government"


def test_titles_ending_in_general_introduce_people_and_a_world_region_is_no_one():
    found = said(report('''
WHO Director General Tedros Ghebre met Health Minister Ana Lima in Geneva on Tuesday, joined by Ambassador Jose Mena, director general for Africa, Central Asia and Middle East.

The Director General said the two had discussed vaccine supplies.
''', date="2018-05-02"))
    assert found[-1][1] == "Tedros Ghebre"
    people_found = [p.name for m in meetings(report("Attorney General Mark Boyle met his Irish counterpart Rory Quinn in Dublin on Tuesday, "
                                                   "joined by the director general for Africa, Central Asia and Middle East.",
                                                   date="2018-05-02")) for p in m.participants]
    assert "Mark Boyle" in people_found and "Central Asia" not in people_found


def test_a_country_s_embassy_speaks_under_the_name_it_gives_itself():
    found = said(report('''
Foreign Secretary Vinay Kwatra met his Nepali counterpart Bharat Paudyal in Kathmandu on Monday.

The two secretaries reviewed the partnership, the Indian embassy in Kathmandu said in a tweet.
''', date="2023-02-14"))
    assert found[-1][1] == "Embassy of India"


def test_where_a_speaker_said_it_after_the_cue_is_not_what_was_said():
    found = said(report('''
The alliance is the key to facing a rising power in the region, Defence Secretary Tom Hale said Wednesday at his first in-person talks with Defence Minister Ana Ruiz in Madrid.
''', date="2021-03-17"))
    assert not any(words.startswith("at his first") for words, _, _ in found)


def test_alhaji_is_an_honorific_not_part_of_a_name():
    found = said(report('''
Ghana's Minister of Foreign Affairs Alhaji Kwame Mensah met his Nigerian counterpart in Accra on Monday.

Alhaji Kwame Mensah said both countries had sought to deepen trade over the years.
''', date="2024-02-26"))
    assert found[-1][1] == "Kwame Mensah"


def test_a_dateline_whose_outlet_in_brackets_ends_in_a_colon_opens_the_story():
    found = said(report('''
KABUL (Valley News): The acting foreign minister, Amir Rahimi, said that the government keeps ties with a number of countries and that they grow by the day.
''', date="2023-09-27"))
    assert found == [("the government keeps ties", "Amir Rahimi", "said")]
    # a transcript's speaker with a note in brackets is no dateline
    from onrecord.db.extract.layout import Span
    from onrecord.db.extract.meetings import dateline
    line = "Premier Li Ming (as interpreted): Prime Minister, thank you for coming to Beijing."
    assert dateline(line, Span(0, len(line))) == (None, None)


def test_an_official_release_speaks_as_a_statement_does():
    found = said(report('''
Defence Minister Arjun Rao met his Chinese counterpart Zhao Lin in Beijing on Monday.

An official release said Rao will be accompanied by the defence secretary and senior officers.

A press release said both ministers would review the border arrangements.
''', date="2013-07-02"))
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("Rao will be accompanied", None), ("both ministers would review", None)]


def test_a_spokesperson_for_a_body_speaks_as_the_body_s_spokesperson_does():
    text = report('''
Egyptian Foreign Minister Sameh Adel met his Kenyan counterpart in Cairo on Monday.

The spokesman for the ministry said Egypt wants a lasting ceasefire in Sudan.

The ministry spokesman said Egypt would host the next round.
''', date="2024-06-03")
    found = said(text)
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("Egypt wants a lasting", found[1][1]), ("Egypt would host the", found[1][1])]
    assert found[1][1] is not None and "spokesman" not in found[1][1]


def test_what_a_document_says_someone_said_is_that_person_s():
    found = said(report('''
Prime Minister Ravi Menon spoke with President Anna Berg by phone on Monday.

The Prime Minister said that India would be glad to help prepare the summit, the press release said.

The President said she looked forward to visiting Delhi, the statement said.
''', date="2024-06-03"))
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("India would be glad", "Ravi Menon"), ("she looked forward to", "Anna Berg")]


def test_a_wire_s_tag_after_the_attribution_is_not_a_statement():
    found = said(report('''
The two foreign ministers will hold talks in Moscow on January 26, Spokesperson for the Foreign Ministry Marina Volkova stated, Trend reports with reference to TASS.
''', date="2020-01-20"))
    assert not any(words.startswith("Trend reports") for words, _, _ in found)


def test_one_person_whose_name_the_report_spells_two_ways_is_one_speaker():
    text = report('''
President Hakainde Banda will be accompanied by Foreign Minister Stanley Mwale and Defence Minister Ambrose Tembo.

Foreign Minister Stenly Mwale has said that the visit will open a new chapter in relations.

Mr. Mwale said that Zambia and South Africa share excellent historical ties.
''', date="2023-04-05")
    found = said(text)
    assert [speaker for _, speaker, _ in found] == ["Stanley Mwale", "Stanley Mwale"]
    # named in full, as the report spells the name there: the app says "named", not "title"
    assert [s.attribution for s in statements(text)] == ["named", "surname"]
    people_named = [e.speaker.name for e in find_entities(text).people]
    assert "Stenly Mwale" not in people_named and "Stanley Mwale" in people_named
    # two people who share a surname stay two
    others = [e.speaker.name for e in find_entities(report('''
Foreign Minister Stanley Mwale met Trade Minister Stella Mwale in Lusaka on Monday.
''')).people]
    assert {"Stanley Mwale", "Stella Mwale"} <= set(others)


def test_a_body_s_initials_given_after_its_name_with_in_inside_name_it_later():
    found = said(report('''
Trade officials of the Commerce Department and the American Institute in Taiwan's (AIT) Washington office met Taiwanese negotiators on Tuesday.

The two sides are working on a trade framework, the AIT said.
''', date="2022-06-29"))
    assert found[-1][1] == "American Institute in Taiwan"


def test_a_ministry_named_by_initials_it_is_known_by_speaks_under_its_name():
    found = said(report('''
Foreign Secretary Alan Reid met South Africa's foreign minister in Pretoria on Monday.

The FCDO said the two discussed trade and security.

DIRCO said the ministers agreed to meet again next year.
''', date="2024-02-26"))
    assert [speaker for _, speaker, _ in found] == ["Foreign, Commonwealth and Development Office",
                                                    "Department of International Relations and Cooperation"]


def test_on_her_part_between_the_speaker_and_the_cue():
    found = said(report('''
President Amina Salim met President Jorge Nuno in Maputo on Monday.

President Salim on her part expressed gratitude to the people of Mozambique for their support.
''', date="2024-07-01"))
    assert found == [("gratitude to the people", "Amina Salim", "expressed")]


def test_told_whom_may_be_long_when_that_closes_it():
    found = said(report('''
Finance Minister Omar Shaikh met Afghan Commerce Minister Nazir Azizi in Islamabad on Monday.

Shaikh told the opening session of the 8th Joint Economic Commission in Islamabad that the panel was a platform for new trade routes.

Foreign Minister Ravi Menon told his visiting Sri Lankan counterpart G L Perera that fishing disputes needed a quick settlement.
''', date="2021-05-17"))
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("the panel was a", "Omar Shaikh"), ("fishing disputes needed a", "Ravi Menon")]


def test_in_return_between_the_speaker_and_the_cue():
    found = said(report('''
Defence Minister Lee Han met Indonesian Defence Minister Budi Santoso in Jakarta on Tuesday.

Santoso in return said that the Indonesian armed forces were willing to train together.
''', date="2020-10-21"))
    assert found == [("the Indonesian armed forces", "Budi Santoso", "said")]


def test_a_spokesperson_is_not_the_minister_named_before_them():
    found = said(report('''
Egyptian Foreign Minister Sameh Adel met his Kenyan counterpart in Cairo on Monday.

The presidential spokesman said Egypt wants a lasting ceasefire in Sudan.
''', date="2024-06-03"))
    assert found[-1][1] != "Sameh Adel"


def test_a_spokesperson_of_a_body_known_by_its_seat_or_initials():
    found = said(report('''
Prime Minister Tom Hale spoke with New Zealand Prime Minister Ana Ruiz by phone on Monday.

The Downing Street spokesperson said the two leaders discussed trade and security.
''', date="2021-01-05"))
    assert found[-1][1] == "Prime Minister's Office"
    found = said(report('''
Prime Minister Ravi Menon will visit Brunei next week, External Affairs Ministry spokesperson Arun Jaiswal told a press conference on Friday.

The MEA spokesperson also said that India had received an invitation from Pakistan.
''', date="2024-08-23"))
    assert found[-1][1] == "Arun Jaiswal"


def test_when_it_was_said_between_the_cue_and_that_is_not_what_was_said():
    found = said(report('''
Foreign ministers of the bloc met in Asunción on Friday.

The Ministry of Foreign Affairs of Paraguay announced this Saturday that the members would coordinate their trade policies.

Foreign Minister Rosa Vidal said afterward that the talks had gone well.
''', date="2023-07-08"))
    assert [words for words, _, _ in found] == ["the members would coordinate", "the talks had gone"]


def test_a_wire_s_tag_citing_another_outlet_is_not_a_statement():
    found = said(report('''
Foreign Minister Kemal Aras held a phone call with his American counterpart, a Turkish foreign ministry statement expressed on Monday, Trend reports citing Daily Sabah.
''', date="2021-02-15"))
    assert not any(words.startswith("Trend reports") for words, _, _ in found)


def test_what_someone_agreed_to_or_went_on_to_do_is_not_what_they_said():
    found = said(report('''
Foreign Minister Omar Haddad met his German counterpart Lena Brandt in Amman on Sunday.

Brandt agreed to the proposal for a joint donors' conference.

Haddad continued to talk about the needs of refugees but insisted that other countries should share the burden.

Brandt agreed with Haddad and acknowledged that most refugees lived outside the camps.

Haddad wrote to the leaders of the donor countries last week.
''', date="2019-01-13"))
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("other countries should share", "Omar Haddad"), ("most refugees lived outside", "Lena Brandt")]


def test_a_minister_whose_title_lists_fields_before_a_comma_and_the_name():
    text = report('''
Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Amrani, held talks in Rabat on Wednesday with his counterpart from Guinea-Bissau.

Federal Minister for Planning, Development & Special Initiatives, Ahsan Qadir & Vice Chairman of the commission Cong Wei co-chaired the meeting.

In his remarks, the minister noted that the corridor is a remarkable endeavour.
''', date="2024-01-17")
    people_found = {e.speaker.name: e.speaker.title for e in find_entities(text).people}
    assert people_found.get("Nasser Amrani") == "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad"
    assert people_found.get("Ahsan Qadir") == "Federal Minister for Planning, Development & Special Initiatives"
    assert "Abroad" not in people_found and "Initiatives" not in people_found


def test_more_titles_written_short_before_a_name():
    text = report('''
Prime Minister Ron Skerry met CSG Scotland and VP Harris in London on Monday, with NSA Doval and ForMin Melescu.

CSG Scotland said the Commonwealth would support small island states.
''', date="2024-06-03")
    people_found = {e.speaker.name: e.speaker.title for e in find_entities(text).people}
    assert people_found.get("Scotland") == "Commonwealth Secretary-General"
    assert people_found.get("Harris") == "Vice President"
    assert people_found.get("Doval") == "National Security Adviser"
    assert people_found.get("Melescu") == "Foreign Minister"
    assert said(text)[-1][1] == "Scotland"


def test_two_people_whose_names_differ_by_a_letter_or_two_stay_two():
    pairs = [("Foreign Minister Daniel Okoro", "Trade Minister Danielle Okoro"),
             ("Opposition leader Karim Benali", "Senator Karima Benali"),
             ("Foreign Minister Park Sung-min", "Unification Minister Park Sung-jin"),
             ("Foreign Minister Roberto Silva", "Trade Secretary Roberta Silva"),
             ("Swedish Foreign Minister Peter Lind", "Finnish Defence Minister Peter Lindqvist"),
             ("Egyptian Foreign Minister Mohamed Salah", "Yemeni Foreign Minister Mohamed Saleh"),
             ("Danish Foreign Minister John Hansen", "British Trade Secretary John Hanson")]
    for first, second in pairs:
        text = report(f"{first} met {second} in the capital on Monday.\n\n"
                      f"{' '.join(second.split()[-2:])} said the talks had been useful.", date="2024-03-04")
        names = [e.speaker.name for e in find_entities(text).people]
        assert " ".join(first.split()[-2:]) in names and " ".join(second.split()[-2:]) in names, (first, second)
        assert said(text)[-1][1] == " ".join(second.split()[-2:]), (first, second)


def test_a_transcript_s_speaker_in_capitals_with_a_note_in_brackets_is_no_dateline():
    found = said(report('''
PRESIDENT NUNO (via interpreter): Thank you, Madam President. Mozambique values this friendship deeply.
''', date="2024-06-03"))
    assert found and found[0][1] == "Nuno"


def test_what_someone_continued_to_urge_is_what_they_said():
    found = said(report('''
Foreign Minister Omar Haddad met his German counterpart Lena Brandt in Amman on Sunday.

Haddad continued to call for an end to the fighting in Syria.

Brandt continued to urge donors to give more.

Haddad continued to talk about the needs of the camps.
''', date="2019-01-13"))
    assert [(words, speaker, cue) for words, speaker, cue in found] == [
        ("an end to the", "Omar Haddad", "called for"), ("donors to give more", "Lena Brandt", "urged")]


def test_a_long_told_whom_holds_no_clause():
    found = said(report('''
Foreign Minister Ravi Menon met the visiting Nepali envoy Hari Thapa in Delhi on Monday.

Menon told the visiting envoy from Nepal the new decision on the Kosi dam meant that more water would flow south.

Thapa told the students at the university where he once taught that story about his first visit to Delhi.
''', date="2021-05-17"))
    assert not any(words.startswith(("more water", "story about")) for words, _, _ in found)


def test_a_spokesperson_named_after_their_title_is_no_participant_and_no_leader_speaks_for_them():
    text = report('''
Egyptian Foreign Minister Sameh Adel met his Kenyan counterpart Ruth Wanjiru in Cairo on Monday.

The spokesman for the ministry, Ahmed Fawzy, said Egypt wants a lasting ceasefire in Sudan.

The spokesman for the President said the two countries would sign a water deal.
''', date="2024-06-03")
    found = said(text)
    assert [speaker for _, speaker, _ in found] == ["Ahmed Fawzy", None]
    assert "Ahmed Fawzy" not in [p.name for m in meetings(text) for p in m.participants]


def test_a_press_secretary_is_the_spokeswoman_named_again():
    found = said(report('''
President Jorge Nuno met President Amina Salim in Maputo on Monday.

Presidential Press Secretary Mara Lind said the two leaders discussed gas exports. The spokeswoman added that a deal was expected in July.
''', date="2024-06-03"))
    assert [speaker for _, speaker, _ in found] == ["Mara Lind", "Mara Lind"]


def test_what_a_release_said_much_about_is_no_statement_and_this_morning_is_when():
    found = said(report('''
Foreign Minister Omar Haddad met his Iranian counterpart Reza Karimi in Tehran on Monday.

Their release said much about the new mood between the neighbours.

Karimi said this morning that Iran was ready for more talks.
''', date="2024-05-13"))
    assert found == [("Iran was ready for", "Reza Karimi", "said")]
