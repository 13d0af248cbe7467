"""A smaller ICU data library for the Linux bundle (build.spec uses it; not a PyInstaller hook).

Qt's libicudata.so.NN is one symbol, `icudtNN_dat`: ICU's data package for every language,
script and legacy encoding (31 MB). Qt uses ICU for collation, case mapping, time zone names
and legacy text codecs. Framing Desk's interface is German and English and it decodes files
in Python, so the bundle keeps:

- the root, German and English locale data of every kind (collation, names, units, zones…),
  and every item that belongs to no locale (normalisation, properties, aliases, time zones);
- the single-byte legacy encodings (the large CJK converters go);

and leaves out the transliterators and the break-iterator rules and dictionaries (Qt finds
word and line breaks with its own tables). The package is cut with ICU's own `icupkg`
(Debian's icu-devtools), which also names every item a dropped one was needed by, and wrapped
into a library of the same name and symbol with the C compiler. `FramingDesk --self-test`
checks German sorting, case mapping and time zone names on the result.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEEP_LOCALES = ("root", "de", "en")
MAX_CONVERTER_BYTES = 30_000
"""Larger .cnv tables are the multi-byte East Asian encodings."""
DROPPED_TREES = ("translit/", "brkitr/")

_LOCALE_ITEM = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)\.res$")
_KEPT_LOCALE = re.compile(rf"^({'|'.join(KEEP_LOCALES)})(_[A-Za-z0-9]*)*\.res$")
_ALWAYS = {"res_index.res", "pool.res"}
_DEPENDENT = re.compile(r"Item (\S+) depends on missing item (\S+)")


class IcuTrimError(RuntimeError):
    """The tools are missing or the library is not what was expected."""


def trimmed_icu_library(library: Path, workdir: Path) -> Path:
    """A copy of `library` (libicudata.so.NN) holding only the data Framing Desk can use."""
    for tool in ("icupkg", "readelf", "gcc"):
        if shutil.which(tool) is None:
            raise IcuTrimError(f"{tool} is missing (Debian: apt-get install icu-devtools binutils gcc)")
    symbol, data = _package_of(library)
    package = symbol.removesuffix("_dat") + "l"  # the item prefix: icudt73l (little-endian)
    workdir.mkdir(parents=True, exist_ok=True)
    original = workdir / "original" / f"{package}.dat"
    small = workdir / "small" / f"{package}.dat"  # icupkg names the items after the file
    original.parent.mkdir(exist_ok=True)
    small.parent.mkdir(exist_ok=True)
    original.write_bytes(data)
    items = _run("icupkg", "-l", str(original)).split()
    extracted = workdir / "items"
    extracted.mkdir(exist_ok=True)
    _run("icupkg", "-d", str(extracted), "-x", "*", str(original))
    dropped = {item for item in items if not _kept(item, (extracted / item).stat().st_size)}
    while True:
        listing = workdir / "dropped.txt"
        listing.write_text("".join(f"{item}\n" for item in sorted(dropped)), encoding="utf-8")
        done = subprocess.run(["icupkg", "-r", str(listing), str(original), str(small)],
                              capture_output=True, text=True, check=False)
        needing = {item for item, _ in _DEPENDENT.findall(done.stdout + done.stderr)}
        if not needing:
            if done.returncode != 0:
                raise IcuTrimError(f"icupkg failed: {done.stderr.strip()}")
            break
        dropped |= needing
    target = workdir / "lib" / library.name
    target.parent.mkdir(exist_ok=True)
    source = workdir / "icudata.S"
    source.write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{small}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
    _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{_soname(library)}", "-o", str(target), str(source))
    return target


def _kept(item: str, size: int) -> bool:
    name = item.rpartition("/")[2]
    if item.startswith(DROPPED_TREES):
        return False
    if name.endswith(".cnv"):
        return size <= MAX_CONVERTER_BYTES
    if name in _ALWAYS or not _LOCALE_ITEM.match(name):
        return True
    return bool(_KEPT_LOCALE.match(name))


def _package_of(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and its bytes, located through the ELF symbol and section tables."""
    symbols = [line.split() for line in _run("readelf", "-Ws", "-W", str(library)).splitlines()]
    found = [s for s in symbols if len(s) >= 8 and re.fullmatch(r"icudt\d+_dat", s[7]) and s[3] == "OBJECT"]
    if not found:
        raise IcuTrimError(f"{library} has no icudtNN_dat symbol")
    address, size, symbol = int(found[0][1], 16), int(found[0][2], 0), found[0][7]
    for line in _run("readelf", "-SW", str(library)).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) >= 6 and fields[0].startswith("[") and fields[2] == "PROGBITS":
            start, offset, length = int(fields[3], 16), int(fields[4], 16), int(fields[5], 16)
            if start <= address and address + size <= start + length:
                begin = offset + address - start
                return symbol, library.read_bytes()[begin:begin + size]
    raise IcuTrimError(f"{library}: the section holding {symbol} was not found")


def _soname(library: Path) -> str:
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _run("readelf", "-d", str(library)))
    return match.group(1) if match else library.name


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise IcuTrimError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout
