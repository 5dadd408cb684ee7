from kg.extract.sentences import split_sentences


def test_offsets_point_at_the_sentence_text() -> None:
    text = "Nissan Motor Co. said sales rose. The U.S. market fell 3.5% in May!\n\n• A bullet line"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Nissan Motor Co. said sales rose.",
        "The U.S. market fell 3.5% in May!",
        "A bullet line",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_paragraphs_are_counted() -> None:
    sentences = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_a_lower_case_continuation_does_not_split() -> None:
    sentences = split_sentences("It sold 5,000 units vs. the prior year. Then it stopped.")
    assert len(sentences) == 2
