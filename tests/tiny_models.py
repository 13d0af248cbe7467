"""Build tiny translation models for tests: a SentencePiece model and a random-weight CTranslate2 Transformer.

Nothing is downloaded and torch is not needed: the SentencePiece model is trained in memory on a few
sentences, and every weight of a `ctranslate2.specs.TransformerSpec` is filled with small random numpy
arrays before the spec is saved. The translations are gibberish; the files are real.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import ctranslate2.specs as specs
import numpy as np
import sentencepiece as spm

D_MODEL = 16
FFN = 32
HEADS = 2
LAYERS = 1

CORPUS = [
    "Die Regierung hat am Montag ein neues Gesetz beschlossen.",
    "The government passed a new law on Monday.",
    "Die Opposition kritisiert die Pläne als überstürzt und unsozial.",
    "The opposition criticises the plans as rushed and unfair.",
    "Über die Höhe der Förderung wird im Ausschuss gestritten.",
    "The committee is arguing about the size of the subsidy.",
    "Der Minister äußerte sich nicht zu den Vorwürfen.",
    "The minister did not comment on the allegations.",
    "Grüße aus München, schöne Straße, süße Brötchen.",
    "Greetings from Munich, a nice street, sweet rolls.",
]


def train_sentencepiece(vocab_size: int = 64) -> bytes:
    """Train a tiny unigram SentencePiece model on CORPUS and return its serialised bytes."""
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(CORPUS * 4),
        model_writer=model,
        vocab_size=vocab_size,
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    return model.getvalue()


def _linear(rng: np.random.Generator, spec: specs.common_spec.LinearSpec, rows: int, cols: int) -> None:
    spec.weight = rng.normal(0, 0.1, (rows, cols)).astype(np.float32)
    spec.bias = np.zeros(rows, dtype=np.float32)


def _norm(spec: specs.common_spec.LayerNormSpec) -> None:
    spec.gamma = np.ones(D_MODEL, dtype=np.float32)
    spec.beta = np.zeros(D_MODEL, dtype=np.float32)


def _attention(
    rng: np.random.Generator, spec: specs.attention_spec.MultiHeadAttentionSpec, fused: int
) -> None:
    """Fill an attention block; `fused` is 3 for self-attention (q, k, v fused) and 2 for cross-attention."""
    _norm(spec.layer_norm)
    if fused == 3:
        _linear(rng, spec.linear[0], 3 * D_MODEL, D_MODEL)
    else:
        _linear(rng, spec.linear[0], D_MODEL, D_MODEL)
        _linear(rng, spec.linear[1], 2 * D_MODEL, D_MODEL)
    _linear(rng, spec.linear[-1], D_MODEL, D_MODEL)


def _ffn(rng: np.random.Generator, spec: specs.transformer_spec.FeedForwardSpec) -> None:
    _norm(spec.layer_norm)
    _linear(rng, spec.linear_0, FFN, D_MODEL)
    _linear(rng, spec.linear_1, D_MODEL, FFN)


def build_ctranslate2_model(output_dir: Path, vocabulary: list[str], seed: int = 1) -> Path:
    """Save a random-weight Transformer with a shared `vocabulary` to `output_dir` and return it."""
    rng = np.random.default_rng(seed)
    size = len(vocabulary)
    spec = specs.TransformerSpec.from_config(num_layers=LAYERS, num_heads=HEADS)
    for embeddings in spec.encoder.embeddings:
        embeddings.weight = rng.normal(0, 0.1, (size, D_MODEL)).astype(np.float32)
    spec.decoder.embeddings.weight = rng.normal(0, 0.1, (size, D_MODEL)).astype(np.float32)
    _norm(spec.encoder.layer_norm)
    _norm(spec.decoder.layer_norm)
    for layer in spec.encoder.layer:
        _attention(rng, layer.self_attention, 3)
        _ffn(rng, layer.ffn)
    for layer in spec.decoder.layer:
        _attention(rng, layer.self_attention, 3)
        _attention(rng, layer.attention, 2)
        _ffn(rng, layer.ffn)
    _linear(rng, spec.decoder.projection, size, D_MODEL)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    output_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(output_dir))
    return output_dir


def vocabulary_of(sentencepiece_model: bytes) -> list[str]:
    """Every piece of a SentencePiece model, in id order (so <unk>, <s>, </s> come first)."""
    processor = spm.SentencePieceProcessor(model_proto=sentencepiece_model)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def build_argos_folder(
    output_dir: Path, sentencepiece_model: bytes, source: str = "de", target: str = "en"
) -> Path:
    """Lay out an unpacked Argos package: metadata.json, model/ and sentencepiece.model."""
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / "sentencepiece.model").write_bytes(sentencepiece_model)
    build_ctranslate2_model(output_dir / "model", vocabulary_of(sentencepiece_model))
    metadata = {
        "package_version": "1.0",
        "argos_version": "1.0",
        "from_code": source,
        "from_name": "German",
        "to_code": target,
        "to_name": "English",
    }
    (output_dir / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    (output_dir / "README.md").write_text("Tiny random test model.\n", encoding="utf-8")
    return output_dir


def zip_folder(folder: Path, archive: Path, top: str | None = None) -> Path:
    """Zip `folder` into `archive` under one top folder named `top` (default: the folder's name)."""
    top = top or folder.name
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                package.write(path, f"{top}/{path.relative_to(folder).as_posix()}")
    return archive


def build_plain_folder(output_dir: Path, argos_folder: Path) -> Path:
    """A bare CTranslate2 model folder with the SentencePiece model beside model.bin and no metadata."""
    shutil.copytree(argos_folder / "model", output_dir)
    shutil.copy(argos_folder / "sentencepiece.model", output_dir / "sentencepiece.model")
    return output_dir
