"""Families of parties in prose that the seventeenth round's set showed (fresh16): comrades named one by one,
an acting official's «и. о.», a second party after «, а», a dative doer after a reflexive infinitive or a
support verb, a whole responsibility laid on someone, a body and its head in the nominative inside a
bracket, «и другим …» closing a party. Each on sentences written for the test, with the readings that must
not change."""

import pytest

from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «т.» (товарищ) and a surname open a party after «и»: two persons are two parties.
        ("Предложить т. Фомину (начальнику штаба округа) и т. Белову (горсовет) мобилизовать машины.",
         ["т. Фомину (начальнику штаба округа)", "т. Белову (горсовет)"]),
        ("Поручить тов. Лаптеву и тов. Зуеву подготовить доклад.", ["тов. Лаптеву", "тов. Зуеву"]),
        ("Обязать т. Климова и т. Рябова представить списки.", ["т. Климова", "т. Рябова"]),
        # A genitive after «и» still goes on the body's name.
        ("Поручить отделу культуры и спорта провести турнир.", ["отделу культуры и спорта"]),
    ],
)
def test_comrades_joined_by_i_are_two_parties(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «и. о.» written with a space is one abbreviation: its dot ends no sentence, its «и» joins nothing.
        ("Обязать и. о. директора МТЗ т. Егорова, директора завода «Красный октябрь» т. Зайцева и начальника "
         "областного управления связи полковника Орлова подобрать экспонаты.",
         ["и. о. директора МТЗ т. Егорова", "директора завода «Красный октябрь» т. Зайцева",
          "начальника областного управления связи полковника Орлова"]),
        ("Поручить и. о. главы поселения Соколову В.П. провести сход граждан.", ["и. о. главы поселения Соколову В.П."]),
    ],
)
def test_an_acting_official_written_with_a_space(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «X сделать одно, а Y — другое»: a second party in the same case, with its own verb or a dash for it.
        ("Просить полковника т. Смирнова оборудовать зал, а подполковника т. Кузнецова выделить музею макет.",
         ["полковника т. Смирнова", "подполковника т. Кузнецова"]),
        ("Поручить отделу образования подготовить доклад, а отделу культуры — проект решения.",
         ["отделу образования", "отделу культуры"]),
        ("Отделу образования провести олимпиаду, а управлению культуры — выставку.",
         ["Отделу образования", "управлению культуры"]),
        # What follows «, а» that is no party in that case: the task goes on.
        ("Отделу культуры провести конкурс, а средства выделить из резервного фонда.", ["Отделу культуры"]),
        ("Просить т. Иванова провести смотр, а победителей наградить грамотами.", ["т. Иванова"]),
        ("Отделу культуры провести конкурс, а победителям вручить дипломы.", ["Отделу культуры"]),
    ],
)
def test_a_second_party_after_a(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A reflexive infinitive takes no dative object: the dative right after it is its doer.
        ("Немедленно перебазироваться органам Наркомата связи в г. Казань, а основной группе штаба — в Вологду.",
         ["органам Наркомата связи", "основной группе штаба"]),
        ("Собраться членам комиссии 5 мая в здании администрации.", ["членам комиссии"]),
        # A dative governed by a preposition, or an impersonal reflexive with no dative, names nobody.
        ("Обратиться к главам поселений с просьбой о помощи.", []),
        ("Руководствоваться настоящим положением при проведении конкурса.", []),
    ],
)
def test_a_dative_doer_after_a_reflexive_infinitive(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «Финансирование … осуществить …, учреждениям»: a support verb takes its act as the object and no
        # dative: a dative at the sentence's end is who performs it.
        ("Финансирование расходов на проведение фестиваля осуществить за счет средств, предусмотренных в "
         "бюджете на 2001 год, соответствующим государственным учреждениям - администраторам программ.",
         ["соответствующим государственным учреждениям - администраторам программ"]),
        ("Проведение смотра осуществить в пределах выделенных средств районным отделам образования.",
         ["районным отделам образования"]),
        # A verb that gives takes its recipient in the dative: nobody is charged.
        ("Средства в сумме 100 тысяч рублей выделить из резервного фонда районным больницам.", []),
        ("Финансирование осуществить за счет средств областного бюджета.", []),
    ],
)
def test_a_dative_doer_after_a_support_verb(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «Всю (полную, персональную) ответственность за … возложить на …»: the one charged.
        ("Всю ответственность за своевременность этой помощи возложить на особо уполномоченное для этой цели "
         "правительством лицо.", ["особо уполномоченное для этой цели правительством лицо"]),
        ("Персональную ответственность за проведение работ возложить на директора школы Петрова И.И.",
         ["директора школы Петрова И.И."]),
    ],
)
def test_a_whole_responsibility_laid_on_someone(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «(НКЗ — т. Петров обеспечивает …, а НКФ — т. Сидоров организует …)»: a body and its head in the
        # nominative, then the act in the present, name who does it.
        ("Поручить т. Иванову уведомить посольства о переезде в г. Тверь (НКЗ — т. Петров обеспечивает подачу "
         "автобусов, а НКФ — т. Сидоров организует их встречу.)",
         ["т. Иванову", "НКЗ — т. Петров", "НКФ — т. Сидоров"]),
        # A past act in the bracket reports; it charges nobody.
        ("Поручить т. Иванову подготовить справку (НКЗ — т. Петров доложил о готовности).", ["т. Иванову"]),
    ],
)
def test_a_body_and_its_head_in_a_bracket(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «X и другим (иным) Y»: the others are of X's kind, named with it as one party.
        ("Рекомендовать совхозам, поссоветам и другим общественным организациям взять шефство над школами.",
         ["совхозам", "поссоветам и другим общественным организациям"]),
        ("Поручить отделу культуры и иным заинтересованным службам подготовить план.",
         ["отделу культуры и иным заинтересованным службам"]),
        # Without «другим» the two are two parties.
        ("Поручить отделу культуры и общественным организациям подготовить план.",
         ["отделу культуры", "общественным организациям"]),
    ],
)
def test_and_others_of_its_kind(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A word broken at a line's end with its hyphen is read whole, and kept as written.
        ("Рекомендовать совхозам и другим общественным организациям и учреж- дениям взять шефство над школами.",
         ["совхозам и другим общественным организациям и учреж- дениям"]),
        ("Поручить руково- дителям школ провести линейки.", ["руково- дителям школ"]),
        # A compound adjective written with a hyphen and a space stays two words.
        ("Поручить научно- исследовательскому отделу подготовить отчёт.", ["научно- исследовательскому отделу"]),
    ],
)
def test_a_word_broken_with_its_hyphen(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A bracket after a name says where the person works: part of the party; a glued «в» after it
        # («всоответствии») opens the act.
        ("Предложить отделу полиции (Ершов А.П.) всоответствии с законом обеспечить порядок.",
         ["отделу полиции (Ершов А.П.)"]),
        ("Поручить т. Гусеву (облисполком) подготовить доклад.", ["т. Гусеву (облисполком)"]),
        # A bracket of a term is the act's.
        ("Поручить т. Гусеву (в срок до 1 мая) подготовить доклад.", ["т. Гусеву"]),
    ],
)
def test_a_note_in_a_bracket_after_a_name(line, expected):
    assert parties(line) == expected


def test_a_reference_in_a_bracket_is_no_note():
    # After a common noun, a bracket refers to a document; the party is the noun's.
    assert parties("Поручить Министерству (приложение 1) подготовить справку.") == ["Министерству"]
