#!/bin/sh
# examples/sqlite.sh: the pipeline into SQLite, then the three questions.
#   sh examples/sqlite.sh [ARCHIVE [DATABASE]]   (sqlite3 3.32 or later)
# imr-normalize --schema sqlite writes the table with its types and a
# trigger that turns empty cells (unknown) into NULL; --format csv writes
# rows .import --csv reads as they are.
set -eu
A=${1:-examples/letters.tar.gz}
DB=${2:-imr.db}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
imr-split "$A" | imr-extract >"$T/items.tsv"
imr-normalize --schema sqlite "$T/items.tsv" | sqlite3 "$DB"
imr-normalize --format csv "$T/items.tsv" >"$T/items.csv"
sqlite3 "$DB" ".import --csv --skip 1 $T/items.csv items"
sqlite3 -header -separator '	' "$DB" <<'SQL'
-- uphold rate of drugs by class
SELECT drug_class, count(*) AS n, round(avg(decision = 'upheld'), 3) AS rate
  FROM items WHERE category = 'Pharmaceuticals' GROUP BY drug_class ORDER BY n DESC, drug_class;
-- days from the UR denial to the decision, by quarter
SELECT quarter, count(days_ur_to_decision) AS n, avg(days_ur_to_decision) AS mean_days
  FROM items GROUP BY quarter ORDER BY quarter;
-- letters with every item upheld, some overturned, all overturned
SELECT CASE WHEN up = n THEN 'all upheld' WHEN up = 0 THEN 'all overturned' ELSE 'some overturned' END AS letters,
       count(*) AS n
  FROM (SELECT doc_id, count(*) AS n, sum(decision = 'upheld') AS up FROM items GROUP BY doc_id)
 GROUP BY 1 ORDER BY 1;
SQL
