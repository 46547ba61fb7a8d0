#include "schema.h"

#include <stdio.h>
#include <string.h>

#include "common/out.h"

int schema_dialect(const char *s)
{
	if (strcmp(s, "sqlite") == 0)
		return SCHEMA_SQLITE;
	if (strcmp(s, "postgres") == 0 || strcmp(s, "postgresql") == 0)
		return SCHEMA_POSTGRES;
	return -1;
}

/* The columns with a type other than text: whole numbers, decimals, dates
 * (imr-normalize writes them YYYY-MM-DD, or as written when it cannot read
 * them: see the man page). */
enum { T_TEXT, T_INT, T_NUM, T_DATE };
static const struct {
	const char *name;
	int type;
} typed[] = {
	{ "offset", T_INT }, { "length", T_INT }, { "item_no", T_INT }, { "n_items", T_INT },
	{ "patient_age", T_INT }, { "year", T_INT }, { "refills", T_INT },
	{ "days_ur_to_decision", T_INT }, { "days_received_to_decision", T_INT },
	{ "days_assigned_to_decision", T_INT }, { "claim_age_days", T_INT },
	{ "visits", T_INT }, { "weeks", T_INT },
	{ "qty", T_NUM }, { "per_day", T_NUM }, { "mme_day", T_NUM }, { "per_week", T_NUM },
	{ "date_assigned", T_DATE }, { "decision_date", T_DATE }, { "injury_date", T_DATE },
	{ "ur_date", T_DATE }, { "received_date", T_DATE },
};

static int type_of(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof typed / sizeof *typed; i++)
		if (strcmp(typed[i].name, name) == 0)
			return typed[i].type;
	return T_TEXT;
}

const char *schema_type(int dialect, const char *name)
{
	/* sqlite has no date type: ISO text sorts and compares as dates, and
	 * julianday() reads it */
	static const char *const sqlite[] = { "TEXT", "INTEGER", "REAL", "TEXT" };
	static const char *const postgres[] = { "text", "integer", "numeric", "date" };
	int t = type_of(name);
	return dialect == SCHEMA_SQLITE ? sqlite[t] : postgres[t];
}

/* NAME as an SQL identifier: in double quotes, any inside doubled. */
static void out_ident(const char *name)
{
	out_char('"');
	for (; *name; name++) {
		if (*name == '"')
			out_char('"');
		out_char(*name);
	}
	out_char('"');
}

void schema_write(int dialect, const char *table, char *const *names, size_t n)
{
	size_t i;
	if (dialect == SCHEMA_SQLITE) {
		out_str("-- sqlite3: load imr-normalize --format csv output with\n"
		        "--   .import --csv --skip 1 FILE.csv ");
		out_str(table);
		out_str("\n-- the trigger turns empty cells (unknown) into NULL as rows come in.\n");
	} else {
		out_str("-- psql: load imr-normalize --format csv output with\n"
		        "--   \\copy ");
		out_str(table);
		out_str(" FROM 'FILE.csv' WITH (FORMAT csv, HEADER true)\n"
		        "-- (an empty cell is NULL), or the TSV itself with\n"
		        "--   \\copy ");
		out_str(table);
		out_str(" FROM 'FILE.tsv' WITH (FORMAT text, HEADER true, NULL '')\n"
		        "-- (HEADER with text: PostgreSQL 15 or later).\n");
	}
	out_str("CREATE TABLE ");
	out_ident(table);
	out_str(" (\n");
	for (i = 0; i < n; i++) {
		out_str("  ");
		out_ident(names[i]);
		out_char(' ');
		out_str(schema_type(dialect, names[i]));
		out_str(i + 1 < n ? ",\n" : "\n");
	}
	out_str(");\n");
	if (dialect != SCHEMA_SQLITE)
		return;
	out_str("CREATE TRIGGER ");
	{
		char trigger[128];
		snprintf(trigger, sizeof trigger, "%.100s_nulls", table);
		out_ident(trigger);
	}
	out_str(" AFTER INSERT ON ");
	out_ident(table);
	out_str(" BEGIN UPDATE ");
	out_ident(table);
	out_str(" SET\n");
	for (i = 0; i < n; i++) {
		out_str("  ");
		out_ident(names[i]);
		out_str(" = NULLIF(");
		out_ident(names[i]);
		out_str(i + 1 < n ? ", ''),\n" : ", '')\n");
	}
	out_str("  WHERE rowid = NEW.rowid; END;\n");
}
