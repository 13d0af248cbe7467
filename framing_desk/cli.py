"""The command line: `framing-desk analyze|rules …` over the same core the GUI uses."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from html import escape
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, BinaryIO, TextIO

from framing_desk import __version__
from framing_desk.core.diff import edit_distance, to_html, to_json_ops, to_unified, word_diff
from framing_desk.core.engine import Engine
from framing_desk.core.model import LANGUAGES, Analysis, Finding, Severity, Voice
from framing_desk.core.nlp.lemmas import shared_lemmatizer
from framing_desk.core.resources import sample_article
from framing_desk.core.review import Review
from framing_desk.core.rewrite import rewrite
from framing_desk.core.rules.check import check_rules
from framing_desk.core.rules.loader import RuleError
from framing_desk.core.textio import UndecodableInputError, decode, read_lines
from framing_desk.core.tone import check_translation, compare_translations
from framing_desk.core.translation.consent import TranslationSettings, load_translation_settings
from framing_desk.core.translation.keys import KeyStore, KeyStoreUnavailableError, SessionKeyStore
from framing_desk.core.translation.memory import TranslationMemoryError, open_memory
from framing_desk.core.translation.offline import MODEL_BIN, OfflineModelError, install_model
from framing_desk.core.translation.providers import TranslationError
from framing_desk.core.translation.references import (
    ReferenceFormatError,
    align_to_sentences,
    read_reference,
)
from framing_desk.core.translation.registry import provider_info, providers
from framing_desk.core.translation.service import TranslationService

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
LIBRETRANSLATE_URL = "http://localhost:5000"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_OK
    try:
        result: int = args.run(args)
        return result
    except (UndecodableInputError, RuleError, TranslationMemoryError, OSError) as error:
        message = str(error).replace("\n", "\n  ")
        print(f"framing-desk: {message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing-desk",
        description="Find, explain and neutralise framing language in news copy.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="find framing language in a text",
                                  description="Find framing language in a document (or in "
                                              "every line of a file with --lines).")
    analyze.add_argument("path", nargs="?", default=None,
                         help="file to analyse, '-' for standard input (default: the sample)")
    analyze.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    analyze.add_argument("--lines", action="store_true",
                         help="treat every line as its own document (prints one JSON object "
                              "per line with --format json/jsonl)")
    analyze.add_argument("--language", choices=LANGUAGES, default="de")
    analyze.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                         help="also use the rule files in DIR (may be given more than once)")
    analyze.add_argument("--fail-on", choices=[s.value for s in Severity], default=None,
                         help="exit 1 when a finding of this severity or higher is found")
    analyze.add_argument("--explain-in", choices=LANGUAGES, default=_ui_language(),
                         help="language of the explanations (default: from LANG)")
    analyze.set_defaults(run=_run_analyze)

    rewrite_cmd = commands.add_parser(
        "rewrite", help="neutral draft of a text",
        description="Apply the best suggestion of every finding in the author's voice and print "
                    "the neutral draft, its word diff against the original, or both as JSON.")
    rewrite_cmd.add_argument("path", nargs="?", default=None,
                             help="file to rewrite, '-' for standard input (default: the sample)")
    rewrite_cmd.add_argument("--format", choices=("text", "diff", "json", "jsonl"), default="text")
    rewrite_cmd.add_argument("--lines", action="store_true",
                             help="rewrite every line as its own document (text: one line out per "
                                  "line in; json/jsonl: one object per line)")
    rewrite_cmd.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                             help="also use the rule files in DIR")
    rewrite_cmd.add_argument("--color", action="store_true", help="colour the diff (terminal)")
    rewrite_cmd.add_argument("--explain-in", choices=LANGUAGES, default=_ui_language(),
                             help="language of the explanations in JSON (default: from LANG)")
    rewrite_cmd.set_defaults(run=_run_rewrite)

    diff_cmd = commands.add_parser("diff", help="word-level diff of two texts",
                                   description="Word-level diff of two texts (original and "
                                               "rewrite, or two translations) with the "
                                               "post-editing distance.")
    diff_cmd.add_argument("a", help="first file ('-' for standard input)")
    diff_cmd.add_argument("b", help="second file")
    diff_cmd.add_argument("--format", choices=("text", "html", "json"), default="text")
    diff_cmd.add_argument("--color", action="store_true", help="colour the text diff (terminal)")
    diff_cmd.set_defaults(run=_run_diff)

    translate_cmd = commands.add_parser(
        "translate", help="translate a German text sentence by sentence with a chosen provider",
        description=textwrap.fill(
            "Translate a text sentence by sentence (aligned with the analysis) with the provider "
            "you name; nothing is sent anywhere unless you name one. Naming an online provider "
            "counts as consent for this run only (nothing is saved), but offline mode in the "
            "translation settings is honoured. Sentences already in the translation memory are "
            "not sent again."),
        epilog=_translate_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    translate_cmd.add_argument("path", nargs="?", default=None,
                               help="file to translate, '-' for standard input")
    translate_cmd.add_argument("--provider", choices=[info.name for info in providers()],
                               help="translation provider (default offline with --model)")
    translate_cmd.add_argument("--url", default=None,
                               help="LibreTranslate server address (default: the one in the "
                                    f"settings, else {LIBRETRANSLATE_URL})")
    translate_cmd.add_argument("--region", default=None,
                               help="Azure region of the Microsoft Translator resource "
                                    "(default: the one in the settings)")
    translate_cmd.add_argument("--model", default=None, metavar="DIR_OR_ARGOSMODEL",
                               help="offline: use this model folder or .argosmodel file for this "
                                    "run instead of the installed models")
    translate_cmd.add_argument("--install-model", type=Path, default=None, metavar="FILE",
                               help="install an offline model (.argosmodel file or CTranslate2 "
                                    "model folder) and exit")
    translate_cmd.add_argument("--source", default=None, help="source language (default de)")
    translate_cmd.add_argument("--target", default=None, help="target language (default en)")
    translate_cmd.add_argument("--timeout", type=float, default=60.0,
                               help="seconds for the whole translation (default %(default)s)")
    memory_choice = translate_cmd.add_mutually_exclusive_group()
    memory_choice.add_argument("--memory", type=Path, default=None, metavar="FILE",
                               help="translation memory file (default: in the user data folder)")
    memory_choice.add_argument("--no-memory", action="store_true",
                               help="neither read nor write the translation memory")
    translate_cmd.add_argument("--format", choices=("text", "json"), default="text")
    translate_cmd.set_defaults(run=_run_translate)

    compare_cmd = commands.add_parser(
        "compare", help="compare translations of a German text: tone and engine differences",
        description="Align one or more translations (plain text line by line, XLIFF or TMX) with "
                    "the German source line by line, say per line whether each keeps, softens, "
                    "amplifies or shifts the framing, and diff the translations word by word.")
    compare_cmd.add_argument("source", help="the German source text")
    compare_cmd.add_argument("translations", nargs="+", help="translation files")
    compare_cmd.add_argument("--format", choices=("text", "json", "html"), default="text")
    compare_cmd.add_argument("--all", action="store_true",
                             help="show every line, not only lines with framing or differences")
    compare_cmd.set_defaults(run=_run_compare)

    rules = commands.add_parser("rules", help="work with rule files")
    rule_commands = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    check = rule_commands.add_parser("check", help="validate rule files and test their examples")
    check.add_argument("path", type=Path, help="a folder of rule files (e.g. resources/rules/de)")
    check.add_argument("--language", choices=LANGUAGES, default=None,
                       help="language of the rules (default: the folder's name)")
    check.set_defaults(run=_run_rules_check)
    return parser


def _ui_language() -> str:
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG", "")
    return "de" if lang.lower().startswith("de") else "en"


@contextmanager
def _open_input(path: str | None) -> Iterator[tuple[BinaryIO, str]]:
    if path == "-":
        yield sys.stdin.buffer, "standard input"
        return
    source = Path(path) if path else sample_article()
    if source.is_dir():
        raise UndecodableInputError(f"{source}: is a folder, not a file")
    with source.open("rb") as stream:
        yield stream, str(source)


def _run_analyze(args: argparse.Namespace) -> int:
    engine = Engine(args.language, extra_rule_dirs=args.rules)
    threshold = Severity(args.fail_on).rank if args.fail_on else None
    worst = -1
    out = sys.stdout
    with _open_input(args.path) as (stream, name):
        if args.lines:
            lines = read_lines(stream, name=name)
            for number, analysis in enumerate(engine.analyze_many(lines), start=1):
                worst = max(worst, _worst(analysis))
                if args.format == "text":
                    _print_text(analysis, out, args.explain_in, prefix=f"{number}:")
                else:
                    record = {"line": number,
                              "findings": [f.to_dict(args.explain_in) for f in analysis.findings]}
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
        else:
            analysis = engine.analyze(decode(stream.read(), name=name))
            worst = _worst(analysis)
            if args.format == "text":
                _print_text(analysis, out, args.explain_in, prefix="", name=name)
            else:
                indent = 2 if args.format == "json" else None
                out.write(json.dumps(analysis.to_dict(args.explain_in), ensure_ascii=False,
                                     indent=indent) + "\n")
    return EXIT_FINDINGS if threshold is not None and worst >= threshold else EXIT_OK


def _worst(analysis: Analysis) -> int:
    return max((f.severity.rank for f in analysis.findings), default=-1)


def _print_text(analysis: Analysis, out: TextIO, language: str, *, prefix: str,
                name: str | None = None) -> None:
    if name is not None:
        quoted = sum(1 for f in analysis.findings if f.voice is Voice.QUOTE)
        out.write(f"{name}: {len(analysis.findings)} findings "
                  f"({len(analysis.findings) - quoted} in the author's voice, {quoted} quoted)\n")
    for finding in analysis.findings:
        out.write(_format_finding(analysis.text, finding, language, prefix) + "\n")


def _format_finding(text: str, finding: Finding, language: str, prefix: str) -> str:
    line = text.count("\n", 0, finding.start) + 1
    column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
    where = f"{prefix}{column}" if prefix else f"{line}:{column}"
    voice = "  (quoted)" if finding.voice is Voice.QUOTE else ""
    advice = "; ".join(finding.suggestions)
    if finding.action is not None:
        advice = f"[{finding.action.value}] {advice}".rstrip()
    return (f"{where:>8}  {finding.category.value:<17} {finding.severity.value:<7} "
            f"«{finding.text}»{voice}\n{'':>10}{finding.explanation.in_language(language)}"
            + (f"\n{'':>10}→ {advice}" if advice else ""))


def _read_text(path: str | None) -> str:
    with _open_input(path) as (stream, name):
        return decode(stream.read(), name=name)


def _run_rewrite(args: argparse.Namespace) -> int:
    engine = Engine("de", extra_rule_dirs=args.rules)
    if args.lines:
        return _rewrite_lines(engine, args)
    analysis = engine.analyze(_read_text(args.path))
    result = rewrite(Review(analysis), shared_lemmatizer("de"))
    ops = word_diff(result.original, result.text)
    if args.format == "text":
        sys.stdout.write(result.text)
    elif args.format == "diff":
        sys.stdout.write(to_unified(result.original, result.text, ops, color=args.color))
    else:
        distance = edit_distance(result.original, result.text, ops)
        data = {
            "language": analysis.language,
            "original": result.original,
            "rewrite": result.text,
            "applied": [f.to_dict(args.explain_in) for f in result.applied],
            "kept": [f.to_dict(args.explain_in) for f in result.kept],
            "edits": [{"start": e.start, "end": e.end, "text": e.text} for e in result.edits],
            "diff": to_json_ops(ops),
            "edit_distance": {"changed_words": distance.changed_words, "words": distance.words,
                              "ratio": distance.ratio},
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _rewrite_lines(engine: Engine, args: argparse.Namespace) -> int:
    lemmas = shared_lemmatizer("de")
    with _open_input(args.path) as (stream, name):
        lines = read_lines(stream, name=name)
        for number, analysis in enumerate(engine.analyze_many(lines), start=1):
            result = rewrite(Review(analysis), lemmas)
            if args.format in ("json", "jsonl"):
                record = {"line": number, "rewrite": result.text,
                          "applied": [f.to_dict(args.explain_in) for f in result.applied],
                          "kept": [f.to_dict(args.explain_in) for f in result.kept]}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "diff":
                sys.stdout.write(to_unified(result.original, result.text, color=args.color)
                                 or f"{result.text}\n")
            else:
                sys.stdout.write(result.text + "\n")
            sys.stdout.flush()
    return EXIT_OK


def _run_diff(args: argparse.Namespace) -> int:
    a, b = _read_text(args.a), _read_text(args.b)
    ops = word_diff(a, b)
    distance = edit_distance(a, b, ops)
    if args.format == "text":
        sys.stdout.write(to_unified(a, b, ops, color=args.color))
        sys.stdout.write(f"post-editing distance: {distance.changed_words} of {distance.words} "
                         f"words changed ({distance.ratio:.1%})\n")
    elif args.format == "html":
        sys.stdout.write(to_html(ops) + "\n")
    else:
        data = {"ops": to_json_ops(ops),
                "edit_distance": {"changed_words": distance.changed_words,
                                  "words": distance.words, "ratio": distance.ratio}}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _variable(provider: str, what: str) -> str:
    """The environment variable holding `what` ("KEY" or "URL") for `provider`."""
    return f"FRAMING_DESK_{provider.upper()}_{what}"


def _url_overridable() -> list[str]:
    """The online providers whose fixed service address FRAMING_DESK_<PROVIDER>_URL may replace."""
    return [info.name for info in providers() if info.network and not info.needs_url]


def _translate_epilog() -> str:
    keys = ", ".join(_variable(info.name, "KEY") for info in providers() if info.needs_key)
    urls = ", ".join(_variable(name, "URL") for name in _url_overridable())
    return "\n\n".join(textwrap.fill(paragraph) for paragraph in (
        f"API keys are read from {keys}, or else from the key saved in Settings → Translation "
        "(the OS key store). A key is never accepted as a command-line argument: it would end up "
        "in the shell history and the process list.",
        f"{urls} replace the service's address, for a proxy or for testing against a local server."))


def _run_translate(args: argparse.Namespace) -> int:
    if args.install_model is not None:
        return _install_model(args)
    name: str | None = args.provider or ("offline" if args.model else None)
    if args.path is None or name is None:
        return _usage_error("name a file and a provider (--provider), or a model with --install-model")
    misplaced = [option for option, value, owner in (("--url", args.url, "libretranslate"),
                                                     ("--region", args.region, "microsoft"),
                                                     ("--model", args.model, "offline"))
                 if value is not None and name != owner]
    if misplaced:
        return _usage_error(f"{', '.join(misplaced)} cannot be used with --provider {name}")
    source, target = args.source or "de", args.target or "en"
    text = _read_text(args.path)
    with ExitStack() as stack:
        try:
            settings = _run_settings(args, name, stack)
            keys = _run_keys(name)
        except (TranslationError, ValueError) as error:  # also a damaged settings file
            print(f"framing-desk: {error}", file=sys.stderr)
            return EXIT_ERROR
        analysis = Engine(source if source in LANGUAGES else "de").analyze(text)
        spans = [(s.start, s.end) for s in analysis.sentences]
        sentences = [text[start:end] for start, end in spans]
        memory = None if args.no_memory else stack.enter_context(open_memory(args.memory, recover=True))
        service = TranslationService(settings, keys, memory, timeout=args.timeout,
                                     request_timeout=min(args.timeout, 30.0))
        base_url = os.environ.get(_variable(name, "URL")) if name in _url_overridable() else None
        try:
            result = service.translate(name, sentences, source=source, target=target,
                                       base_url=base_url or None)
        except (TranslationError, ValueError) as error:
            info = provider_info(name)
            keyless = isinstance(error, ValueError) and info.needs_key and not info.key_optional
            hint = f" (or set {_variable(name, 'KEY')})" if keyless and keys.get(name) is None else ""
            print(f"framing-desk: {error}{hint}", file=sys.stderr)
            return EXIT_ERROR
    if args.format == "json":
        data = {"provider": name, "source_language": source, "target_language": target,
                "sentences": [{"start": start, "end": end, "source": sentence,
                               "translation": translation, "from_memory": i in result.from_memory}
                              for i, ((start, end), sentence, translation)
                              in enumerate(zip(spans, sentences, result.translations, strict=True))],
                "error": result.error.message if result.error else None}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_rebuild(text, spans, result.translations))
    if result.error is not None:
        print(f"framing-desk: {result.error.message}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _usage_error(problem: str) -> int:
    print(f"framing-desk translate: {problem}", file=sys.stderr)
    return EXIT_ERROR


def _run_settings(args: argparse.Namespace, name: str, stack: ExitStack) -> TranslationSettings:
    """The saved translation settings with `name` enabled for this run only (never saved).

    Raises OfflineModeError when offline mode is on and `name` is an online provider.
    """
    saved = load_translation_settings()
    settings = saved.with_consent(name, network=provider_info(name).network)
    if name == "libretranslate":
        url = args.url or saved.options.get(name, {}).get("url") or LIBRETRANSLATE_URL
        settings = settings.with_options(name, url=url)
    elif name == "microsoft" and args.region:
        settings = settings.with_options(name, region=args.region)
    elif name == "offline" and args.model:
        settings = settings.with_options(name, url=str(_model_folder(args, stack)))
    return settings


def _model_folder(args: argparse.Namespace, stack: ExitStack) -> Path:
    """The model folder named by --model; a package file is unpacked into a folder kept for this run."""
    path = Path(args.model).expanduser()
    if not path.is_file() or path.name == MODEL_BIN:
        return path
    scratch = Path(stack.enter_context(TemporaryDirectory(prefix="framing-desk-model-")))
    return install_model(path, scratch, source=args.source, target=args.target).path


def _run_keys(name: str) -> SessionKeyStore:
    """This run's API key for `name`: from FRAMING_DESK_<PROVIDER>_KEY, else from the OS key store."""
    keys = SessionKeyStore()
    if provider_info(name).needs_key:
        key = os.environ.get(_variable(name, "KEY"), "").strip()
        if not key:
            try:
                key = KeyStore().get(name) or ""
            except KeyStoreUnavailableError:
                key = ""
        if key:
            keys.set(name, key)
    return keys


def _install_model(args: argparse.Namespace) -> int:
    try:
        model = install_model(args.install_model, source=args.source, target=args.target)
    except OfflineModelError as error:
        print(f"framing-desk: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Installed the offline model for {model.source} → {model.target} in {model.path}")
    return EXIT_OK


def _rebuild(text: str, spans: list[tuple[int, int]], translations: list[str | None]) -> str:
    """The text with each sentence replaced by its translation (layout kept; untranslated
    sentences stay as they were)."""
    parts = []
    position = 0
    for (start, end), translation in zip(spans, translations, strict=True):
        parts.append(text[position:start])
        parts.append(translation if translation is not None else text[start:end])
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _run_compare(args: argparse.Namespace) -> int:
    source_text = _read_text(args.source)
    units = source_text.split("\n")
    units = [u.removesuffix("\r") for u in units]
    if units and not units[-1]:
        units.pop()
    aligned: dict[str, list[str | None]] = {}
    for path in args.translations:
        try:
            reference = read_reference(Path(path))
        except ReferenceFormatError as error:
            raise UndecodableInputError(str(error)) from None
        name = _unique_name(reference.name, aligned)
        aligned[name] = align_to_sentences(reference, units)
    de, en = Engine("de"), Engine("en")
    checks = {name: check_translation("\n".join(units), units, targets, de=de, en=en)
              for name, targets in aligned.items()}
    distances = compare_translations({name: [t or "" for t in targets]
                                      for name, targets in aligned.items()}) \
        if len(aligned) > 1 else [{} for _ in units]
    rows: list[dict[str, Any]] = []
    for index, unit in enumerate(units):
        if not unit.strip():
            continue
        row: dict[str, Any] = {"line": index + 1, "source": unit, "translations": {},
                               "distances": {}}
        interesting = False
        for name, targets in aligned.items():
            check = checks[name][index]
            row["translations"][name] = {
                "text": targets[index],
                "verdict": check.verdict.value if check else None,
                "explanation": check.explanation if check else "no translation for this line",
            }
            interesting |= check is None or check.verdict.value != "neutral"
        for (a, b), distance in distances[index].items():
            row["distances"][f"{a} ↔ {b}"] = round(distance.ratio, 3)
            interesting |= distance.changed_words > 0
        if interesting or args.all:
            rows.append(row)
    summary = {name: dict(Counter(c.verdict.value for c in found if c))
               for name, found in checks.items()}
    if args.format == "json":
        sys.stdout.write(json.dumps({"lines": rows, "summary": summary}, ensure_ascii=False,
                                    indent=2) + "\n")
    elif args.format == "html":
        sys.stdout.write(_compare_html(rows, list(aligned)))
    else:
        for row in rows:
            sys.stdout.write(f"{row['line']:>4}  {row['source']}\n")
            for name, item in row["translations"].items():
                verdict = item["verdict"] or "missing"
                sys.stdout.write(f"      [{name}] {verdict}: {item['text'] or ''}\n")
                if item["verdict"] not in (None, "neutral"):
                    sys.stdout.write(f"        {item['explanation']}\n")
            for pair, ratio in row["distances"].items():
                sys.stdout.write(f"      {pair}: {ratio:.0%} of the words differ\n")
        for name, counts in summary.items():
            listed = ", ".join(f"{count} {verdict}" for verdict, count in sorted(counts.items()))
            sys.stdout.write(f"{name}: {listed}\n")
    return EXIT_OK


def _unique_name(name: str, taken: Mapping[str, object]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name} ({number})"
        number += 1
    return candidate


def _compare_html(rows: list[dict[str, Any]], names: list[str]) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name in names)
    body = []
    for row in rows:
        cells = []
        texts = [row["translations"][name]["text"] or "" for name in names]
        for position, name in enumerate(names):
            item = row["translations"][name]
            text = escape(texts[position]) if position == 0 or not texts[0] else to_html(
                word_diff(texts[0], texts[position]))
            cells.append(f'<td class="{escape(item["verdict"] or "missing")}">{text}'
                         f'<div class="note">{escape(item["verdict"] or "missing")}: '
                         f'{escape(item["explanation"])}</div></td>')
        body.append(f"<tr><td>{row['line']}</td><td>{escape(row['source'])}</td>{''.join(cells)}</tr>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Translation "
            "comparison</title><style>body{font-family:sans-serif}td{vertical-align:top;padding:4px;"
            "border-bottom:1px solid #ccc}.note{color:#555;font-size:smaller}del{background:#fdd}"
            "ins{background:#dfd}.softened{background:#fff4e0}.amplified{background:#ffe6e6}"
            "</style></head><body><table><tr><th>#</th><th>Source</th>" + head + "</tr>"
            + "".join(body) + "</table></body></html>\n")


def _run_rules_check(args: argparse.Namespace) -> int:
    language = args.language or args.path.resolve().name
    if language not in LANGUAGES:
        print(f"framing-desk: say which language the rules are in (--language {'|'.join(LANGUAGES)})",
              file=sys.stderr)
        return EXIT_ERROR
    report = check_rules(args.path, language)
    for problem in report.problems:
        print(problem)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_FINDINGS
