from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from accounts.services import invitation_create, invitation_url
from organizations.models import Organization


class Command(BaseCommand):
    help = "Создать учётную запись (или добавить роль) и напечатать ссылку-приглашение для установки пароля."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--organization", action="append", default=[], metavar="SLUG",
                            help="адрес страницы организации, которой руководит приглашённый (можно несколько)")
        parser.add_argument("--secretariat", action="store_true", help="сотрудник Секретариата")
        parser.add_argument("--no-email", action="store_true", help="не отправлять письмо, только напечатать ссылку")

    def handle(self, *args, email, organization, secretariat, no_email, **options):
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CommandError(f"Неверный email: {email}") from exc
        organizations = list(Organization.objects.filter(slug__in=organization))
        missing = sorted(set(organization) - {org.slug for org in organizations})
        if missing:
            raise CommandError(f"Нет организаций с такими адресами: {', '.join(missing)}")
        if not organizations and not secretariat:
            raise CommandError("Укажите роль: --secretariat или --organization SLUG.")
        invitation = invitation_create(
            email=email, organizations=organizations, secretariat=secretariat, send=not no_email
        )
        if invitation is None:
            self.stdout.write(f"У {email} уже есть пароль: роли добавлены, ссылка не нужна (вход с прежним паролем).")
        else:
            self.stdout.write(invitation_url(invitation))
