import datetime

import factory

from accounts.models import User, secretariat_group
from conferences.models import Conference, ConferenceKind, EventStatus
from organizations.models import Body, Organization, Person, Role
from resolutions.models import Declaration, Item, Resolution, ResolutionStatus


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Пользователь {n}")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def secretariat(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(secretariat_group())
        if create:
            self.save()

    @factory.post_generation
    def leads(self, create, extracted, **kwargs):
        if create and extracted:
            self.organizations.add(*extracted)


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"ОО «Организация {n}»")
    short_name = factory.Sequence(lambda n: f"Организация {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")
    role = Role.MEMBER
    city = "Душанбе"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    full_name = factory.Sequence(lambda n: f"Иванов{n} Иван Иванович")
    short_name = factory.Sequence(lambda n: f"Иванов{n} И.И.")
    slug = factory.Sequence(lambda n: f"person-{n}")


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    name = factory.Sequence(lambda n: f"Комиссия {n}")
    slug = factory.Sequence(lambda n: f"body-{n}")


class ConferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Conference

    kind = ConferenceKind.THEMATIC
    number = factory.Sequence(lambda n: n + 100)
    slug = factory.Sequence(lambda n: f"conf-{n}")
    status = EventStatus.HELD
    date = datetime.date(2025, 6, 1)
    city = "Душанбе"
    theme = factory.Sequence(lambda n: f"Тема {n}")


class ResolutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resolution

    title = factory.Sequence(lambda n: f"Резолюция {n}")
    slug = factory.Sequence(lambda n: f"resolution-{n}")
    conference = factory.SubFactory(ConferenceFactory)
    adopted_on = datetime.date(2025, 6, 1)
    place = "г. Душанбе"
    status = ResolutionStatus.DRAFT


class ItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Item

    resolution = factory.SubFactory(ResolutionFactory)
    label = factory.Sequence(lambda n: str(n + 1))
    position = factory.Sequence(lambda n: n + 1)
    text = factory.Sequence(lambda n: f"Текст пункта {n}")


class DeclarationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Declaration

    title = factory.Sequence(lambda n: f"Декларация {n}")
    slug = factory.Sequence(lambda n: f"declaration-{n}")
