"""The directory domain, Qt-free: the people and organisations she can turn to.

Where each part lives:

- storage: ``vault/directory.py`` (the repository), ``vault/directory_types.py``
  (the record and its checks), ``vault/directory_search.py`` (search in SQL)
  and ``vault/directory_merge.py`` (merging duplicates);
- the shipped starter entries: ``directory/starter.py``;
- "open now": ``directory/opening_hours.py`` (a subset of OSM ``opening_hours``);
- likely duplicates on import: ``directory/duplicates.py``;
- what a contact opens, the form's lists: ``directory/contacts.py``;
- import formats: ``imports/`` (vCard and CSV);
- export formats: ``exports/directory_formats.py``;
- the named operations the Directory page asks of the vault, and the
  decisions behind them: ``ops/directory.py``.
"""
