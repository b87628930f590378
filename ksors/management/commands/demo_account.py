from django.core.management.base import BaseCommand

from accounts.models import User, secretariat_group
from accounts.services import email_mark_verified
from organizations.models import Organization, Person

DEMO_PASSWORD = "ksors-demo-2026"
# (email, name, Secretariat?, organizations led, person): the Secretariat's account belongs to the
# secretary-coordinator, who holds a post in the Secretariat, so reminders for its items reach someone.
ACCOUNTS = [
    ("secretariat@ksors.example", "Секретариат (демо)", True, [], "kim"),
    ("leader@ksors.example", "Руководитель организации (демо)", False, ["women-movement"], None),
]


class Command(BaseCommand):
    help = "Создать (или восстановить) демонстрационные учётные записи и напечатать логины и пароль."

    def handle(self, *args, **options):
        for email, name, secretariat, org_slugs, person_slug in ACCOUNTS:
            user = User.objects.filter(email=email).first() or User(email=email)
            user.full_name = name
            user.is_active = True
            user.is_staff = secretariat
            user.set_password(DEMO_PASSWORD)
            if person_slug:
                user.person = Person.objects.filter(slug=person_slug).first()
            user.save()
            if secretariat:
                user.groups.add(secretariat_group())
            user.organizations.add(*Organization.objects.filter(slug__in=org_slugs))
            email_mark_verified(user=user)
        self.stdout.write(self.style.SUCCESS("Демонстрационные учётные записи:"))
        self.stdout.write(f"  Секретариат:  {ACCOUNTS[0][0]}  пароль: {DEMO_PASSWORD}")
        self.stdout.write(f"  Руководитель: {ACCOUNTS[1][0]}  пароль: {DEMO_PASSWORD}")
