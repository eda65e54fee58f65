"""The record: the signed entry log is the congress's data; the tables are its projection.

- `events`: one frozen class per thing a committee can do, with a stable name and version;
- `codec`: the one canonical document (and table text) of each domain value inside events;
- `log`: the one append path (lock, head, time, chain) and the one record-building function;
- `projector`: event → rows, used live and by `verify`;
- `verify`: replays the log into an empty database and compares every table, row and column.

The record format is documented in docs/record-format.md.
"""
