"""The counter rows' SQL: +1 on one row, or + n on many, exact with many workers at once.

Used by download counts and A/B counts. One statement does it:
INSERT … ON CONFLICT (the row's unique cell) DO UPDATE SET count = count + 1,
atomic in the database on PostgreSQL and SQLite alike: no lost updates, no
locks held, no read first. (Django's ORM cannot say "count + 1" on conflict,
hence the SQL; columns and values still come from the model's fields.)

A count is not worth a disk flush of its own: on PostgreSQL, outside a
transaction, the statement goes in one round trip together with
`SET LOCAL synchronous_commit TO OFF`, so a visitor's beacon does not wait for
the write-ahead log to reach the disk (after a database crash the last fraction
of a second of counts could be missing; nothing is corrupted or counted twice).
Content edits keep the default, durable commit. On SQLite the same trade-off is
WAL with synchronous=NORMAL (settings/base.py).
"""

from django.db import connection


def _column_and_value(model, name, value):
    field = model._meta.get_field(name)
    if field.is_relation:
        value = getattr(value, "pk", value)
        field = field.target_field
        column = model._meta.get_field(name).column
    else:
        column = field.column
    return column, field.get_db_prep_save(value, connection)


def add_one_in_database(model, **cell):
    """+1 on the row of ``cell``, in the database at once: what every beacon did before counts were
    buffered, and still does when Redis is not configured or does not answer."""
    quote = connection.ops.quote_name
    columns, values = zip(*(_column_and_value(model, name, value) for name, value in cell.items()), strict=True)
    table = quote(model._meta.db_table)
    names = ", ".join(quote(column) for column in columns)
    count = quote(model._meta.get_field("count").column)
    upsert = (
        f"INSERT INTO {table} ({names}, {count}) VALUES ({', '.join(['%s'] * len(values))}, 1) "
        f"ON CONFLICT ({names}) DO UPDATE SET {count} = {table}.{count} + 1"
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute(f"BEGIN; SET LOCAL synchronous_commit TO OFF; {upsert}; COMMIT;", values)
        else:
            cursor.execute(upsert, values)


def add_many(model, names, rows):
    """count + n on many rows of one table in one executemany: ``rows`` are (values of ``names``, n).
    The flusher's batch write (core/buffered_counting.py), inside its transaction, durable commit."""
    if not rows:
        return
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    count = quote(model._meta.get_field("count").column)
    columns = [_column_and_value(model, name, None)[0] for name in names]
    listed = ", ".join(quote(column) for column in columns)
    upsert = (
        f"INSERT INTO {table} ({listed}, {count}) VALUES ({', '.join(['%s'] * (len(names) + 1))}) "
        f"ON CONFLICT ({listed}) DO UPDATE SET {count} = {table}.{count} + EXCLUDED.{count}"
    )
    params = [
        [*(_column_and_value(model, name, value)[1] for name, value in zip(names, values, strict=True)), n]
        for values, n in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(upsert, params)
