"""Create (or update) a staff account for the editorial desk, in the group of its role.

    python manage.py create_editor USERNAME [--role editor|reviewer]

The password is asked for at the prompt, or read from EDITOR_PASSWORD when there is no terminal.
"""

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from cases.roles import EDITOR, REVIEWER, ensure_roles

ROLES = {"editor": EDITOR, "reviewer": REVIEWER}


class Command(BaseCommand):
    help = "创建或更新编辑部账号：editor（编辑）或 reviewer（审核）。"

    def add_arguments(self, parser):
        parser.add_argument("username", help="登录名")
        parser.add_argument("--role", choices=sorted(ROLES), default="editor", help="editor=编辑，reviewer=审核")

    def handle(self, *args, username, role, **options):
        ensure_roles()
        password = os.environ.get("EDITOR_PASSWORD") or self._ask_password()
        user, created = get_user_model().objects.get_or_create(username=username, defaults={"is_staff": True})
        try:
            validate_password(password, user)
        except ValidationError as error:
            if created:
                user.delete()
            raise CommandError("密码不符合要求：" + "；".join(error.messages)) from None
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=ROLES[role])])
        verb = "已创建" if created else "已更新"
        self.stdout.write(self.style.SUCCESS(f"{verb}账号 {username}（{ROLES[role]}），可在 /admin/ 登录。"))

    def _ask_password(self):
        try:
            first = getpass.getpass("密码：")
            second = getpass.getpass("再输入一次：")
        except (EOFError, KeyboardInterrupt):
            raise CommandError("没有输入密码（无终端时请设置 EDITOR_PASSWORD）") from None
        if first != second:
            raise CommandError("两次输入的密码不一致")
        return first
