"""Things, places and organisations the model takes for people (or for the wrong kind): a law firm, a
military unit, a square, a nuclear site, a landform, an outlet a piece of writing is in or a person
talks to, a constituency, a work, teams, a fabled
creature, what a family calls its members and the stock figures beside them, a product listed with
things. Each by the cue a reader uses; short texts written for
these tests."""

import pytest


def names(entities) -> set[str]:
    return {e.name for e in entities}


@pytest.mark.parametrize("text, name", [
    # a law firm named after its partners: a list joined by "&" and ended by a legal suffix
    ("Ana Ruiz, Tom Vidal and others at the firm Brennan, Cole & Pryce LLP, which has advised Mr. Hale "
     "since 2017, will stop doing so, the person said.", "Brennan"),
    # a military unit named after its code word
    ("The raid was carried out by Delta Force commandos, a spokesman said.", "Delta Force"),
    # a fabled creature or a character named after an animal
    ("Her grin was pure Cheshire Cat, one critic said.", "Cheshire Cat"),
    # what a family calls its members
    ("I can see Mom and Dad at the kitchen table, he said.", "Mom"),
    ("I can see Mom and Dad at the kitchen table, he said.", "Dad"),
    # stock figures of a family scene: the first names beside "Mom and Dad"
    ("Mom and Dad know that Timmy and Susie will need braces soon.", "Timmy"),
    ('"Dad and Mom will sit at the table," he said. "Timmy and Susie will need braces."', "Susie"),
    # a name listed with things and no one, said once: a product
    ("The shop sells caramels, toffees, mint patties and Peanut Joy.", "Peanut Joy"),
    ("We sell everything from toffees to mint patties to Peanut Joy.", "Peanut Joy"),
    # a work set off after its noun
    ("Ana Ruiz writes in a new book, Bending Time, that the region was in turmoil.", "Bending Time"),
    # a product named by the noun after it
    ("They both discussed their love of Kit Kat bars.", "Kit Kat"),
    # a road tunnel named after someone
    ("Traffic was halted in the Ed Marlow Tunnel on Friday.", "Ed Marlow Tunnel"),
])
def test_a_thing_the_words_say_is_no_one(annotate_text, text, name):
    ann = annotate_text(text)
    assert name not in names(ann.people)


@pytest.mark.parametrize("text, name, kind", [
    # a square or a street named after someone, placed
    ("Crowds gathered at Hollis Place on Monday to lay flowers.", "Hollis Place", "place"),
    # a site named by the noun it qualifies, past an adjective
    ("The launch site is 70 km from the Sonchon nuclear complex.", "Sonchon", "place"),
    # a landform's noun after the name, though the model says organisation
    ("Hikers were rescued in the Sierra Madre foothills on Sunday.", "Sierra Madre", "place"),
    # an outlet a piece of writing is in, though the model says place
    ("According to a roundup of comments in Tribuno, the grin was the main meme.", "Tribuno", "organization"),
    # a town a state follows, in a list of places set apart by semicolons, and the town alone later
    ("Officials named the likely targets: Boston; Denver; Austin, Texas; and Miami. Later reports said only "
     "Austin was hit.", "Austin, Texas", "place"),
    # a business named by its employee, before the noun or after "employee for"
    ("A Gresham Lowell employee said he copied the files.", "Gresham Lowell", "organization"),
    ("She worked as a contractor for Gresham Lowell until May.", "Gresham Lowell", "organization"),
    # a newspaper: "the" and a name ending in a newspaper's last word, though "Sunday" is a first name
    ("She told the Sunday Mirror the deal was off.", "Sunday Mirror", "organization"),
    # what a member of a parliament sits for
    ("And Tom Vidal, the Labour MP for Tenby Marsh, was expelled from the chamber.", "Tenby Marsh", "place"),
    # teams named by the games after the list they are in
    ("The Red Sox and Bruins games were canceled on Friday.", "Red Sox", "organization"),
    ("The White Sox and Bruins games were canceled on Friday.", "Bruins", "organization"),
])
def test_a_name_the_words_give_a_kind(annotate_text, text, name, kind):
    ann = annotate_text(text)
    assert name.split(",")[0] not in names(ann.people)
    assert name in names(ann.places if kind == "place" else ann.organizations)


@pytest.mark.parametrize("text, name", [
    # a surname that is a street's last word, not placed: a person
    ("Actor Nathan Lane said the show would go on.", "Nathan Lane"),
    # a person at a firm is still a person
    ("Ana Ruiz, a partner at Brennan, Cole & Pryce LLP, said the deal was done.", "Ana Ruiz"),
    # a surname that is an animal's name is a person's
    ("Senator Ana Fox said the bill would pass.", "Ana Fox"),
    # a given name beside a family word is a person
    ("Grandma Ana Ruiz said the farm was sold.", "Ana Ruiz"),
    # a person set off after a work's noun, acting in the sentence, is still a person
    ("In the book, Ruiz, a historian, argues that the war was lost. Ruiz taught at Yale.", "Ruiz"),
    # whom a staffer or an employee works for, with a first name, is a person
    ("A campaign staffer for Ana Ruiz said the vote was close.", "Ana Ruiz"),
    ("An employee of Ana Ruiz said the vote was close.", "Ana Ruiz"),
    # a person listed among topics, with a first name, is still a person
    ("Her book covers guns, taxes and Ana Ruiz.", "Ana Ruiz"),
    ("He met with farmers, teachers and Ana Ruiz on Monday.", "Ana Ruiz"),
])
def test_a_person_beside_such_words_stays_a_person(annotate_text, text, name):
    assert name in names(annotate_text(text).people)


def test_the_firm_is_no_place(annotate_text):
    ann = annotate_text("Ana Ruiz, Tom Vidal and others at the firm Brennan, Cole & Pryce LLP, which has advised "
                        "Mr. Hale since 2017, will stop doing so, the person said.")
    assert "Brennan" not in names(ann.places)


@pytest.mark.parametrize("text, name, kind", [
    # a first name in the census beside "Dad" is still the country the model says it is
    ("The sitcom made him America's Dad for a decade. America loved the show.", "America", "place"),
    # a company's facility is the company's: what the text calls an oil company stays an organisation
    ("Smoke rose after a fire at Tarvex facility on Monday. The attack on the oil company Tarvex also used "
     "drones.", "Tarvex", "organization"),
    # a low profile is no piece of writing: the city stays a place
    ("He kept a low profile in Washington during his short tenure.", "Washington", "place"),
])
def test_a_wide_cue_leaves_the_models_kind(annotate_text, text, name, kind):
    ann = annotate_text(text)
    assert name in names(ann.places if kind == "place" else ann.organizations)
