"""English for a pack: suggestions from the termbase (model/glossary.yaml), a translation memory over the
Library's packs and composition of formulaic labels; listing what is untranslated and writing accepted
English back. Qt-free: the `translate` command, `draft` and the app's Translate view call it."""
