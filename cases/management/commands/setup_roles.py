"""Create or update the editorial groups 编辑 and 审核 (also done after every migrate).

    python manage.py setup_roles
"""

from django.core.management.base import BaseCommand

from cases.roles import ensure_roles


class Command(BaseCommand):
    help = "创建或更新“编辑”和“审核”两个用户组及其权限；可重复运行。"

    def handle(self, *args, **options):
        for name, count in ensure_roles().items():
            self.stdout.write(self.style.SUCCESS(f"用户组“{name}”：{count} 项权限"))
