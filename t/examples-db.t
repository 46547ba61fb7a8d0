#!/bin/sh
# examples/sqlite.sh and examples/postgres.sh, the recipes that load the
# pipeline into a database, run as written; their answers checked against
# imr-tabulate's.  PostgreSQL: a throwaway server (initdb, pg_ctl) in this
# test's temporary directory, as a user other than root.  pandas: the read
# line of examples/README.  Each is skipped where its programs are absent.
. "$(dirname "$0")/lib.sh"
T=$(printf '\t')
cd "$TOP" || exit 1
A=examples/letters.tar.gz
imr-split "$A" | imr-extract | imr-normalize >"$TMP/items.tsv"

# --- sqlite3
if command -v sqlite3 >/dev/null 2>&1; then
	run sh examples/sqlite.sh "$A" "$TMP/imr.db"
	is "$rc:$err" "0:" "examples/sqlite.sh runs"
	printf '%s\n' "$out" >"$TMP/sqlite.out"
	got=$(sed -n '/^letters/,$p' "$TMP/sqlite.out" | tail -n +2 | tr '\n' ' ')
	want=$(imr-tabulate --per-letter decision=upheld -g letter_outcome --sort letter_outcome "$TMP/items.tsv" |
		awk -F'\t' 'NR > 1 { l = $1 == "all" ? "all upheld" : $1 == "none" ? "all overturned" : "some overturned"
		print l "\t" $2 }' | sort | tr '\n' ' ')
	is "$got" "$want" "sqlite3: letters by outcome as imr-tabulate --per-letter counts them"
	is "$(sqlite3 "$TMP/imr.db" 'SELECT count(*), count(days_ur_to_decision), typeof(max(days_ur_to_decision)), typeof(max(decision_date)) FROM items')" \
		"$(imr-tabulate -s days_ur_to_decision:max "$TMP/items.tsv" | tail -1 | cut -f1-2 | tr '\t' '|')|integer|text" \
		"sqlite3: every item loaded, empty cells NULL, day counts integers"
	is "$(sqlite3 "$TMP/imr.db" "SELECT count(*) FROM items WHERE rationale LIKE '%\"%' OR item LIKE '%,%'")" \
		"$(awk -F'\t' 'NR > 1 && ($16 ~ /,/ || $21 ~ /"/)' "$TMP/items.tsv" | wc -l | tr -d ' ')" \
		"sqlite3: fields with quotes and commas load whole"
else
	skip "sqlite3 recipe" "sqlite3 not installed"
	skip "sqlite3 letters" "sqlite3 not installed"
	skip "sqlite3 NULL" "sqlite3 not installed"
	skip "sqlite3 quotes" "sqlite3 not installed"
fi

# --- PostgreSQL: a server of our own, on a socket in a directory of ours
pgbin=
for d in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
	[ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && pgbin=$d
done
[ -z "$pgbin" ] && command -v initdb >/dev/null 2>&1 && pgbin=$(dirname "$(command -v initdb)")
if [ -n "$pgbin" ] && command -v psql >/dev/null 2>&1 || [ -n "$pgbin" ] && [ -x "$pgbin/psql" ]; then
	PG=$(mktemp -d /tmp/imrkit-pg.XXXXXX)
	as=
	if [ "$(id -u)" = 0 ]; then   # initdb refuses root: the server runs as nobody
		chown nobody "$PG"
		if command -v runuser >/dev/null 2>&1; then as="runuser -u nobody --"; else as="su nobody -s /bin/sh -c"; fi
	fi
	pg() { if [ "$as" = "su nobody -s /bin/sh -c" ]; then su nobody -s /bin/sh -c "$*"; else $as "$@"; fi; }
	pg "$pgbin/initdb" -D "$PG/data" -A trust -U imr --no-sync >"$TMP/initdb.log" 2>&1
	pg "$pgbin/pg_ctl" -D "$PG/data" -l "$PG/log" -w -o "-k $PG -c listen_addresses= -F" start >"$TMP/pgctl.log" 2>&1
	rc=$?
	is "$rc" 0 "a throwaway PostgreSQL server starts"
	export PGHOST="$PG" PGUSER=imr PGDATABASE=postgres
	PATH=$PATH:$pgbin
	run sh examples/postgres.sh "$A"
	is "$rc:$err" "0:" "examples/postgres.sh runs"
	got=$(printf '%s\n' "$out" | sed -n 2,100p | grep -v '^(' | cut -f1,2,4 | sort)
	want=$(imr-tabulate -g category -r decision=upheld "$TMP/items.tsv" | tail -n +2 |
		awk -F'\t' '{ printf "%s\t%s\t%.3f\n", $1, $2, $4 }' | sort)
	is "$got" "$want" "PostgreSQL: items and uphold rate by category as imr-tabulate counts them"
	got=$(printf '%s\n' "$out" | awk -F'\t' 'NR > 1 && $1 == "Pharmaceuticals" { print $3 }')
	want=$(imr-tabulate --where category=Pharmaceuticals -s days_ur_to_decision:median "$TMP/items.tsv" | tail -1 | cut -f3)
	is "$got" "$want" "PostgreSQL: median days from UR denial to decision as imr-tabulate's"
	is "$(psql -A -t -c "SELECT count(*), count(days_ur_to_decision), pg_typeof(max(decision_date)) FROM items")" \
		"$(imr-tabulate -s days_ur_to_decision:max "$TMP/items.tsv" | tail -1 | cut -f1-2 | tr '\t' '|')|date" \
		"PostgreSQL: every item loaded, empty cells NULL, dates typed"
	pg "$pgbin/pg_ctl" -D "$PG/data" -m immediate stop >/dev/null 2>&1
	rm -rf "$PG"
else
	for t in start recipe rate median types; do skip "PostgreSQL $t" "initdb, pg_ctl or psql not installed"; done
fi

# --- pandas (examples/README's line), with no options
if command -v python3 >/dev/null 2>&1 && python3 -c 'import pandas' 2>/dev/null; then
	imr-normalize --format csv "$TMP/items.tsv" >"$TMP/items.csv"
	got=$(python3 -c 'import pandas as pd, sys
df = pd.read_csv(sys.argv[1])
print(len(df), int(df["days_ur_to_decision"].count()), df["days_ur_to_decision"].median())' "$TMP/items.csv")
	want=$(imr-tabulate -s days_ur_to_decision:median "$TMP/items.tsv" | tail -1 | tr '\t' ' ')
	is "$(echo "$got" | awk '{ print $1, $2, $3 + 0 }')" "$want" "pandas.read_csv: the rows, and the median as imr-tabulate's"
else
	skip "pandas" "python3-pandas not installed"
fi
done_testing
