"""A headline "Person interview: words" gives the words to the person, not to "Person interview"."""


def test_an_interview_headline_is_the_persons(annotate_text):
    ann = annotate_text("The minister spoke at length on Friday.", title="Ana Ruiz interview: the port deal was a mistake")
    heads = [c for c in ann.claims if "port deal" in c.text]
    assert heads and all(c.speaker == "Ana Ruiz" for c in heads)
