"""The page's next story printed under the article, as an endless news page loads it, is not the
article's text (a wild tuning page: 80 paragraphs of other stories under a story of six, each
opening as the article did: a date line, a headline, the same "Foto 1 de 1"). A block of the
article's head that comes again in its text, with no date line and headline over it, stays.
Own small input."""

from __future__ import annotations

from indexer.segment.articleend import NEXT_STORY_REASON
from tests.helpers import parse_blocks

STORY = [
    "Conductores de todo tipo de vehículos están invitados a la bendición anual que ofrecen los "
    "hermanos capuchinos frente a su parroquia, según informaron los organizadores del evento.",
    "Como parte del novenario de preparación para la fiesta de San Leopoldo, los hermanos realizarán "
    "la bendición durante todo el sábado, desde la mañana hasta la noche, sobre la avenida.",
    "Se trata de la edición número veinte de este evento y según los capuchinos, el objetivo es "
    "pedir protección para quienes pasan muchas horas al volante cada día del año.",
]
NEXT = [
    "Un menor de dos años falleció anoche en su domicilio en Limpio, luego de recostarse contra una "
    "columna de la red eléctrica que tenía una conexión clandestina, informó la policía.",
    "Técnicos de la empresa eléctrica acudieron al lugar a verificar la columna y confirmaron que "
    "no había ninguna denuncia previa sobre el estado de la instalación en el barrio.",
]


def _page(*after_story: str) -> list[tuple[str, str, bool]]:
    art = parse_blocks(
        "Diario HOY | Darán bendición a vehículos este sábado",
        "Nacionales Espectáculos Deportes Política Dinero Radios Videos",
        "Nacionales",
        "6 de mayo de 2022 05:30",
        "Darán bendición a vehículos este sábado",
        "Foto 1 de 1",
        "La bendición se realizará mañana.",
        *STORY,
        *after_story,
    )
    return [(p.text, p.reason, p.indexed) for p in art.paragraphs]


def test_the_next_story_under_the_article_is_not_indexed() -> None:
    got = _page(
        "Etiquetas: autos bendición capuchinos",
        "6 de mayo de 2022 05:14",
        "Bebé muere electrocutado al recostarse por una columna en su casa",
        "Foto 1 de 1",
        *NEXT,
    )
    kept = [text for text, _, indexed in got if indexed]
    assert all(s in kept for s in STORY)
    assert not any(text in kept for text in NEXT)
    assert [reason for text, reason, _ in got if text == NEXT[0]] == [NEXT_STORY_REASON]


def test_a_head_block_again_in_the_text_without_a_new_head_stays() -> None:
    # a second picture of the story, its label as over the first one: no date line, no headline
    got = _page("Foto 1 de 1", *NEXT)
    kept = [text for text, _, indexed in got if indexed]
    assert all(text in kept for text in NEXT)
