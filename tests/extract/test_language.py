"""Guessing a text's language from its function words."""

import pytest

from newsprism.extract.language import guess_language

SAMPLES = {
    "en": "The council said on Tuesday that the new bridge would be built by the end of the "
          "year, and that it was not going to close the old one.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke bis zum Ende des "
          "Jahres gebaut wird und die alte nicht geschlossen werden soll.",
    "fr": "Le conseil a annoncé mardi que le nouveau pont serait construit avant la fin de "
          "l'année et que l'ancien ne sera pas fermé pour les habitants.",
    "es": "El consejo dijo el martes que el nuevo puente se construirá antes del final del "
          "año y que el antiguo no se cerrará para los vecinos de la ciudad.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_known_languages(lang: str) -> None:
    assert guess_language(SAMPLES[lang]) == lang


def test_too_little_text_gives_no_answer() -> None:
    assert guess_language("Breaking news") is None
    assert guess_language("") is None
    assert guess_language("12 345 678") is None
