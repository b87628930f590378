"""How long the upload checks take on typical and hostile files (prints numbers; not a test).

Run: DJANGO_SECRET_KEY=x python bench/uploads_bench.py
"""

import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ksors.settings")

import django  # noqa: E402

django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image  # noqa: E402

from core.uploads import IMAGE_SIZES, image_clean  # noqa: E402
from tests.leaders.conftest import png_declaring  # noqa: E402


def camera_jpeg(size=(4000, 3000)) -> bytes:
    image = Image.effect_noise(size, 40).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def timed(label, data, kind, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            image_clean(SimpleUploadedFile("x.jpg", data), size=IMAGE_SIZES[kind])
            outcome = "accepted"
        except ValidationError as error:
            outcome = f"refused ({error.error_list[0].code})"
        best = min(best, time.perf_counter() - start)
    print(f"{label:<44} {len(data) / 1e6:6.2f} MB  {best * 1000:7.1f} ms  {outcome}")


if __name__ == "__main__":
    photo = camera_jpeg()
    timed("12 Mpx camera photo → photo 1600 + thumb", photo, "photo")
    timed("12 Mpx camera photo → logo 400", photo, "logo")
    timed("12 Mpx camera photo → material (full size)", photo, "material")
    timed("decompression bomb 100000×100000 PNG", png_declaring(100_000, 100_000), "photo")
    timed("45 Mpx declared PNG", png_declaring(9000, 5000), "photo")
