"""An outlet passing on someone's words makes no claim of its own ("Roe said X, Acme News reports";
"The news agency adds that she believes X", the "she" being the person it reported on), and the
outlet's own "we" in the story's telling ("as we reported") is no source."""

LEAD = "The summit opened on Monday.\n\n"


def claims(annotate_text, body):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return [(c.text, c.speaker, names.get(c.speaker_id)) for c in ann.claims if c.form != "credit"]


def test_an_outlet_passing_on_a_named_speakers_words_is_no_second_claim(annotate_text):
    found = claims(annotate_text, "Freedonia's new president, Ana Varga, said Tuesday that the border would "
                                  "stay open, Acme News reports. The news agency adds that she believes "
                                  "that trade with the north is more important than ever.")
    assert not any("Courier" in (speaker or "") or speaker == "The news agency" or "Acme" in (speaker or "") for _, speaker, _ in found)
    assert [name for text, _, name in found if text.startswith(("the border", "trade with"))] == ["Ana Varga"] * 2


def test_an_outlets_own_report_stays_its_claim(annotate_text):
    found = claims(annotate_text, "The Daily Courier reported that the border would stay open until June.")
    assert [speaker for text, speaker, _ in found if text.startswith("the border")] == ["The Daily Courier"]


def test_the_outlets_own_we_is_no_source(annotate_text):
    found = claims(annotate_text, "The Daily Courier reported on the talks. Monday, as we reported, the "
                                  "ministry told reporters that two ships had been sent to the port.")
    assert not any("Courier" in (speaker or "") for text, speaker, _ in found if "two ships" in text)
    assert [speaker for text, speaker, _ in found if text.startswith("two ships")] == ["the ministry"]


def test_a_person_who_runs_a_website_is_no_outlet(annotate_text):
    found = claims(annotate_text, "Tom Vale, an analyst who runs the website Acmewatch.org, said he doubted "
                                  "that the talks would last the week.")
    assert [name for text, _, name in found if text.startswith("he doubted")] == ["Tom Vale"]


def test_an_outlets_news_of_a_request_stays_its_claim(annotate_text):
    found = claims(annotate_text, "Acme News reported that the ministry has formally requested that the court "
                                  "open an inquiry into the leaks.")
    assert any(speaker == "Acme News" for _, speaker, _ in found)
