"""A page saved without its address: the host its own links go to most names the site (sitename.linked_host)."""

from __future__ import annotations

from lxml import html

from generator.readers.pagemeta import choose_title, declared
from generator.readers.sitename import linked_host


def tree(head: str, links: list[str]) -> object:
    body = "".join(f'<a href="{u}">link</a>' for u in links) + "<p>Text.</p>"
    return html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


OWN = [f"http://www.quaysideexpo.example/story/{n}" for n in range(6)]


def test_the_site_name_its_links_spell_is_cut_from_a_title_when_the_page_declares_no_address():
    t = tree("<title>Harbour board approves the dredging plan | Quayside Expo</title>", OWN + ["http://other.example/a"])
    assert linked_host(t) == "quaysideexpo.example"
    assert choose_title(declared(t), None) == "Harbour board approves the dredging plan"


def test_a_host_not_well_ahead_of_the_next_or_with_few_links_names_no_one():
    close = OWN + [f"http://network.example/{n}" for n in range(4)]
    assert linked_host(tree("", close)) is None  # six links against four: a network's pages, or shares
    assert linked_host(tree("", OWN[:4])) is None  # four links say little of whose page it is
    assert linked_host(tree("", ["/relative/1", "#top"] * 5)) is None
    # a site among many others it links to once each is still the one it links to most
    assert linked_host(tree("", OWN + [f"http://elsewhere{n}.example/" for n in range(20)])) == "quaysideexpo.example"


def test_www_and_the_bare_host_count_as_one():
    links = OWN[:3] + ["http://quaysideexpo.example/a", "http://quaysideexpo.example/b"] + ["http://x.example/"] * 2
    assert linked_host(tree("", links)) == "quaysideexpo.example"


def test_a_declared_address_comes_first_and_the_links_are_not_read():
    head = ('<link rel="canonical" href="https://harbourpost.example/pier">'
            "<title>Harbour board approves the dredging plan | Quayside Expo</title>")
    # the page says whose it is; a page of links to another site does not make that site its owner
    assert choose_title(declared(tree(head, OWN)), None) == "Harbour board approves the dredging plan | Quayside Expo"
