"""One man, two spellings across briefings: a suffixed name and the name without the suffix, with the given name
in another spelling or familiar form ("John Ruiz Jr." / "Jon Ruiz"), are one page when the corpus writes no other
given name before that surname and the roles fit; beside another bearer of the surname they need a shared post."""

from corpusmerge import app, merged


def test_a_suffixed_name_and_its_other_spelling_are_the_one_bearer_of_the_surname():
    names, maybe = merged(app("John Ruizman Jr.", ("former presidential candidate",), "a"),
                          app("Jon Ruizman", ("former Utah governor",), "b"))
    assert names == [["John Ruizman Jr.", "Jon Ruizman"]] and not maybe


def test_beside_another_bearer_of_the_surname_roles_must_share_a_post():
    names, maybe = merged(app("John Ruizman Jr.", ("former presidential candidate",), "a"),
                          app("Jon Ruizman", ("former Utah governor",), "b"),
                          app("Ana Ruizman", ("senator",), "c"))
    assert ["Jon Ruizman"] in names and ["John Ruizman Jr."] in names
    assert "john ruizman jr" in maybe["jon ruizman"]


def test_roles_of_two_trades_keep_them_apart():
    names, _ = merged(app("John Ruizman Jr.", ("goalkeeper",), "a"), app("Jon Ruizman", ("senator",), "b"))
    assert names == [["John Ruizman Jr."], ["Jon Ruizman"]]
