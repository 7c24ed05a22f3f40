"""Photo uploads: what is accepted, and the renditions made from it.

An upload is accepted only if Pillow can read it as a JPEG, PNG or WebP whose format matches its
file name, it is at most 10 MB and at most 40 megapixels (read from the header, before any
pixels are decoded, so a decompression bomb is refused without being unpacked). Renditions are
made once, when the image is saved, and stored beside it; pages serve them with width and height.
"""

from __future__ import annotations

import contextvars
import io
import warnings
from contextlib import contextmanager
from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": {".jpg", ".jpeg"}, "PNG": {".png"}, "WEBP": {".webp"}}
RENDITIONS = {"thumb": 320, "column": 720, "full": 1600}
# Pillow refuses to decode more than this anywhere in the process (a bomb past the form check
# fails too), which bounds one image's memory to about 40 M pixels × 4 bytes.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


_files_kept = contextvars.ContextVar("photo_files_kept", default=False)


@contextmanager
def files_kept():
    """Within the block deleting or replacing a photo leaves its files on disk: the rows are
    written in a savepoint that is rolled back (a change held for review), so the files are still used."""
    token = _files_kept.set(True)
    try:
        yield
    finally:
        _files_kept.reset(token)


def may_delete_files() -> bool:
    return not _files_kept.get()


def validate_photo(upload) -> None:
    """Raise ValidationError, in Chinese, for anything but a sound JPEG/PNG/WebP within the limits."""
    if upload.size > MAX_BYTES:
        raise ValidationError(f"图片不能超过 10 MB（这张 {upload.size / 1024 / 1024:.1f} MB）。")
    suffix = PurePath(upload.name).suffix.lower()
    if suffix not in {s for suffixes in FORMATS.values() for s in suffixes}:
        raise ValidationError("只能上传 JPEG、PNG 或 WebP 图片（.jpg .jpeg .png .webp）。")
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                kind = image.format
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ValidationError(f"图片像素过多（{width}×{height}），上限为 4000 万像素。")
                image.verify()
            upload.seek(0)
            with Image.open(upload) as image:
                image.load()  # verify() does not decode; a truncated file fails only here
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError("图片像素过多，上限为 4000 万像素。") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError("文件已损坏或不是图片，无法读取。") from None
    finally:
        upload.seek(0)
    if kind not in FORMATS:
        raise ValidationError(f"不支持 {kind} 格式，只能上传 JPEG、PNG 或 WebP 图片。")
    if suffix not in FORMATS[kind]:
        raise ValidationError(f"文件内容是 {kind} 图片，与扩展名 {suffix} 不符。")


def reencode(source) -> tuple[ContentFile, int, int]:
    """The original as stored: decoded and written again in its own format, turned upright, so
    what rode along with the pixels (EXIF with GPS and camera, comments, bytes appended after the
    image) is not kept. The colour profile stays."""
    source.seek(0)
    with Image.open(source) as image:
        kind = image.format
        icc = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)
        if kind == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
        buffer = io.BytesIO()
        options = {"icc_profile": icc} if icc else {}
        if kind == "JPEG":
            options |= {"quality": 92, "optimize": True}
        elif kind == "WEBP":
            options |= {"quality": 90}
        upright.save(buffer, kind, **options)
    source.seek(0)
    return ContentFile(buffer.getvalue()), upright.width, upright.height


def make_renditions(source) -> dict[str, tuple[ContentFile, int, int]]:
    """{name: (JPEG file, width, height)} for each rendition no wider than the original."""
    source.seek(0)
    with Image.open(source) as image:
        image = image.convert("RGB")
        made = {}
        for name, width in RENDITIONS.items():
            copy = image.copy()
            copy.thumbnail((min(width, image.width), image.height * 10))
            buffer = io.BytesIO()
            copy.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
            made[name] = (ContentFile(buffer.getvalue()), copy.width, copy.height)
    source.seek(0)
    return made


class PhotoFormField(forms.ImageField):
    """The form field checks our rules first, so an editor reads why a file was refused."""

    def to_python(self, data):
        if data in self.empty_values:
            return None
        validate_photo(data)
        return super().to_python(data)


class PhotoField(models.ImageField):
    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PhotoFormField, **kwargs})
