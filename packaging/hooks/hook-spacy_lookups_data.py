"""spacy-lookups-data: only the two lemma tables Framing Desk reads (100 MB → 1.4 MB).

framing_desk.core.nlp.lemmas reads ``<lang>_lemma_lookup.json.gz`` straight from
the package's data folder; no other table is used (spaCy loads lookups only
when a trained pipeline is initialised, which never happens here).
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("spacy_lookups_data",
                           includes=["data/de_lemma_lookup.json.gz", "data/en_lemma_lookup.json.gz",
                                     "data/en_license.txt"])
