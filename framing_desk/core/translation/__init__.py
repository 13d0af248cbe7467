"""Translation: providers, translation memory, imported reference translations (no Qt)."""
