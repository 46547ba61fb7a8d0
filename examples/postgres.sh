#!/bin/sh
# examples/postgres.sh: the pipeline into PostgreSQL, then a question.
#   sh examples/postgres.sh [ARCHIVE]   (psql connects as PGHOST, PGUSER,
#   PGDATABASE ... say; the table is "items", dropped first if there)
# imr-normalize --schema postgres writes the table with dates, integers
# and numerics; \copy in CSV format reads an empty cell as NULL.
set -eu
A=${1:-examples/letters.tar.gz}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
imr-split "$A" | imr-extract >"$T/items.tsv"
imr-normalize --format csv "$T/items.tsv" >"$T/items.csv"
{
	echo 'SET client_min_messages TO warning;'
	echo 'DROP TABLE IF EXISTS items;'
	imr-normalize --schema postgres "$T/items.tsv"
	printf '%s\n' "\\copy items FROM '$T/items.csv' WITH (FORMAT csv, HEADER true)"
} | psql -q -v ON_ERROR_STOP=1
psql -v ON_ERROR_STOP=1 -A -F '	' -c "
SELECT category, count(*) AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY days_ur_to_decision) AS median_days,
       round(avg((decision = 'upheld')::int), 3) AS rate
  FROM items GROUP BY category ORDER BY n DESC, category"
