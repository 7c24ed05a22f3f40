"""Add a large generated archive, recombined from the loaded cases, for benchmarks and load tests.

    python manage.py load_articles
    python manage.py generate_cases --count 100000 --seed 1 [--dry-run]
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cases.generating import NoMaterial, generate


class Command(BaseCommand):
    help = "用已导入的案例重新组合，批量生成大量已发布案例（用于性能测试）。"

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="生成的案例数（默认 1000）")
        parser.add_argument("--seed", type=int, default=1, help="随机种子，相同种子生成相同的组合")
        parser.add_argument("--dry-run", action="store_true", help="生成后回滚，只报告会写入多少行")

    def handle(self, *args, count, seed, dry_run=False, **options):
        if not 1 <= count <= 2_000_000:
            raise CommandError("--count 应在 1 到 2,000,000 之间")
        started = time.monotonic()
        try:
            with transaction.atomic():
                written = generate(count=count, seed=seed)
                if dry_run:
                    transaction.set_rollback(True)
        except NoMaterial as error:
            raise CommandError(str(error)) from error
        rows = "，".join(f"{name} {n:,}" for name, n in written.items())
        verb = "将写入" if dry_run else "已写入"
        self.stdout.write(self.style.SUCCESS(f"{verb}：{rows}；用时 {time.monotonic() - started:.1f} 秒"))
