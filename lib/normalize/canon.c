#include "canon.h"

#include <string.h>

typedef struct {
	const char *s;
	size_t n;
} Span;

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static Span trim(const char *s, size_t n)
{
	Span t = { s, n };
	while (t.n > 0 && (t.s[0] == ' ' || t.s[0] == '\t'))
		t.s++, t.n--;
	while (t.n > 0 && (t.s[t.n - 1] == ' ' || t.s[t.n - 1] == '\t' || t.s[t.n - 1] == '.' ||
	                   t.s[t.n - 1] == ':'))
		t.n--;
	return t;
}

/* T equals WORD, case and runs of blanks aside ("Pain  medicine"). */
static int same(Span t, const char *word)
{
	size_t i = 0;
	if (t.n == 0 || lower(t.s[0]) != lower(*word))
		return 0;
	while (i < t.n && *word) {
		if (t.s[i] == ' ' && *word == ' ') {
			while (i < t.n && t.s[i] == ' ')
				i++;
			word++;
			continue;
		}
		if (lower(t.s[i]) != lower(*word))
			return 0;
		i++, word++;
	}
	return i == t.n && *word == '\0';
}

static const char *lookup(Span t, const char *const (*table)[2], size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (same(t, table[i][0]))
			return table[i][1];
	return NULL;
}

const char *canon_decision(const char *s, size_t n)
{
	static const char *const t[][2] = {
		{ "upheld", "upheld" }, { "uphold", "upheld" },
		{ "overturned", "overturned" }, { "overturn", "overturned" },
	};
	return lookup(trim(s, n), t, sizeof t / sizeof t[0]);
}

const char *canon_sex(const char *s, size_t n)
{
	static const char *const t[][2] = {
		{ "f", "F" }, { "female", "F" }, { "woman", "F" }, { "lady", "F" },
		{ "m", "M" }, { "male", "M" }, { "man", "M" }, { "gentleman", "M" },
	};
	return lookup(trim(s, n), t, sizeof t / sizeof t[0]);
}

static const char *const states[][2] = {
	{ "Alabama", "AL" }, { "Alaska", "AK" }, { "Arizona", "AZ" }, { "Arkansas", "AR" },
	{ "California", "CA" }, { "Colorado", "CO" }, { "Connecticut", "CT" },
	{ "Delaware", "DE" }, { "District of Columbia", "DC" }, { "Florida", "FL" },
	{ "Georgia", "GA" }, { "Hawaii", "HI" }, { "Idaho", "ID" }, { "Illinois", "IL" },
	{ "Indiana", "IN" }, { "Iowa", "IA" }, { "Kansas", "KS" }, { "Kentucky", "KY" },
	{ "Louisiana", "LA" }, { "Maine", "ME" }, { "Maryland", "MD" },
	{ "Massachusetts", "MA" }, { "Michigan", "MI" }, { "Minnesota", "MN" },
	{ "Mississippi", "MS" }, { "Missouri", "MO" }, { "Montana", "MT" },
	{ "Nebraska", "NE" }, { "Nevada", "NV" }, { "New Hampshire", "NH" },
	{ "New Jersey", "NJ" }, { "New Mexico", "NM" }, { "New York", "NY" },
	{ "North Carolina", "NC" }, { "North Dakota", "ND" }, { "Ohio", "OH" },
	{ "Oklahoma", "OK" }, { "Oregon", "OR" }, { "Pennsylvania", "PA" },
	{ "Rhode Island", "RI" }, { "South Carolina", "SC" }, { "South Dakota", "SD" },
	{ "Tennessee", "TN" }, { "Texas", "TX" }, { "Utah", "UT" }, { "Vermont", "VT" },
	{ "Virginia", "VA" }, { "Washington", "WA" }, { "West Virginia", "WV" },
	{ "Wisconsin", "WI" }, { "Wyoming", "WY" }, { "Puerto Rico", "PR" },
	{ "Guam", "GU" }, { "Virgin Islands", "VI" }, { "Washington DC", "DC" },
	{ "Washington D.C", "DC" },
};

static const char *state_code(Span t)
{
	size_t i, nstates = sizeof states / sizeof states[0];
	const char *code = lookup(t, states, nstates);
	if (code || t.n != 2)
		return code;
	for (i = 0; i < nstates; i++)
		if (lower(t.s[0]) == lower(states[i][1][0]) && lower(t.s[1]) == lower(states[i][1][1]))
			return states[i][1];
	return NULL;
}

static const char *const specialties[][2] = {
	{ "Pain Medicine", "Pain Management" },
	{ "Physical Medicine and Rehabilitation", "Physical Medicine & Rehabilitation" },
	{ "Physical Medicine & Rehabilitation", "Physical Medicine & Rehabilitation" },
	{ "Physical Medicine", "Physical Medicine & Rehabilitation" },
	{ "Physical Medicine and Rehab", "Physical Medicine & Rehabilitation" },
	{ "PM&R", "Physical Medicine & Rehabilitation" },
	{ "Chiropractor", "Chiropractic" }, { "Chiropractic Medicine", "Chiropractic" },
	{ "Orthopaedic Surgery", "Orthopedic Surgery" }, { "Orthopedics", "Orthopedic Surgery" },
	{ "Orthopaedics", "Orthopedic Surgery" },
	{ "Family Medicine", "Family Practice" }, { "Neurosurgery", "Neurological Surgery" },
	{ "Psychiatry and Neurology", "Psychiatry" },
	{ "Occupational and Environmental Medicine", "Occupational Medicine" },
	{ "Preventive Medicine - Occupational Medicine", "Occupational Medicine" },
	{ "Hospice and Palliative Medicine", "Hospice & Palliative Medicine" },
	{ "Acupuncture", "Oriental Medicine" },
	{ "Addiction Psychiatry", NULL }, { "Allergy and Immunology", NULL },
	{ "Anesthesiology", NULL }, { "Cardiovascular Disease", NULL },
	{ "Child and Adolescent Psychiatry", NULL }, { "Chiropractic", NULL },
	{ "Colon and Rectal Surgery", NULL }, { "Critical Care Medicine", NULL },
	{ "Dentist", NULL }, { "Dermatology", NULL }, { "Diagnostic Radiology", NULL },
	{ "Emergency Medicine", NULL }, { "Family Practice", NULL },
	{ "Gastroenterology", NULL }, { "General Vascular Surgery", NULL },
	{ "Geriatric Medicine", NULL }, { "Hand Surgery", NULL },
	{ "Hospice & Palliative Medicine", NULL }, { "Infectious Disease", NULL },
	{ "Internal Medicine", NULL }, { "Interventional Cardiology", NULL },
	{ "Medical Oncology", NULL }, { "Medical Toxicology", NULL }, { "Nephrology", NULL },
	{ "Neurological Surgery", NULL }, { "Neurology", NULL },
	{ "Neuromuscular Medicine", NULL }, { "Neuroradiology", NULL },
	{ "Occupational Medicine", NULL }, { "Oncology", NULL }, { "Ophthalmology", NULL },
	{ "Optometry", NULL }, { "Oriental Medicine", NULL }, { "Orthopedic Surgery", NULL },
	{ "Otolaryngology", NULL }, { "Pain Management", NULL }, { "Pediatrics", NULL },
	{ "Plastic Surgery", NULL }, { "Podiatric Surgery", NULL }, { "Podiatrist", NULL },
	{ "Preventive Medicine", NULL }, { "Psychiatry", NULL }, { "Psychologist", NULL },
	{ "Psychology", NULL }, { "Public Health & General Preventive Medicine", NULL },
	{ "Pulmonary Disease", NULL }, { "Radiology", NULL }, { "Registered Nurse", NULL },
	{ "Rheumatology", NULL }, { "Sleep Medicine", NULL }, { "Sports Medicine", NULL },
	{ "Surgery", NULL }, { "Surgical Critical Care", NULL }, { "Thoracic Surgery", NULL },
	{ "Urology", NULL },
};

/* The edit distance of T and WORD, case aside; more than MAX is MAX + 1. */
static size_t distance(Span t, const char *word, size_t max)
{
	size_t wl = strlen(word), i, j, row[80], diag, best;
	if (t.n >= 80 || wl >= 80 || (t.n > wl ? t.n - wl : wl - t.n) > max)
		return max + 1;
	for (j = 0; j <= wl; j++)
		row[j] = j;
	for (i = 1; i <= t.n; i++) {
		diag = row[0];
		row[0] = i;
		best = row[0];
		for (j = 1; j <= wl; j++) {
			size_t up = row[j], v = diag + (lower(t.s[i - 1]) != lower(word[j - 1]));
			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			diag = up;
			row[j] = v;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
	}
	return row[wl];
}

static const char *specialty_name(Span t)
{
	size_t i, best = (size_t)-1, nbest = 0, max;
	const char *name = NULL;
	for (i = 0; i < sizeof specialties / sizeof specialties[0]; i++)
		if (same(t, specialties[i][0]))
			return specialties[i][1] ? specialties[i][1] : specialties[i][0];
	/* a typo ("Sports Medicinea"): the closest name, when it is the only
	 * one that close and close enough (1 edit in 8 letters, 2 at most) */
	max = t.n / 8 < 2 ? t.n / 8 : 2;
	for (i = 0; i < sizeof specialties / sizeof specialties[0] && max > 0; i++) {
		const char *canon = specialties[i][1] ? specialties[i][1] : specialties[i][0];
		size_t d = distance(t, specialties[i][0], max);
		if (d > max || d > best)
			continue;
		if (d < best) {
			best = d;
			nbest = 0;
			name = NULL;
		}
		if (!name || strcmp(name, canon) != 0)
			nbest++;
		name = canon;
	}
	return nbest == 1 ? name : NULL;
}

/* Append ';' and NAME (N bytes) to OUT unless it is there already. */
static size_t append_item(char *out, size_t len, size_t cap, const char *name, size_t n)
{
	const char *p = out;
	while (p < out + len) {
		const char *e = memchr(p, ';', (size_t)(out + len - p));
		size_t l = (size_t)((e ? e : out + len) - p);
		if (l == n && memcmp(p, name, n) == 0)
			return len;
		p += l + 1;
	}
	if (len + n + 2 > cap)
		return len;
	if (len)
		out[len++] = ';';
	memcpy(out + len, name, n);
	len += n;
	out[len] = '\0';
	return len;
}

/* Split S at SEPS (and at " and " when AND_TOO) and map each part. */
static size_t map_list(const char *s, size_t n, const char *seps, int and_too,
                       const char *(*map)(Span), char *out, size_t cap)
{
	size_t i = 0, len = 0;
	out[0] = '\0';
	while (i <= n) {
		size_t j = i, skip = 1;
		Span t;
		const char *name;
		while (j < n && !strchr(seps, s[j])) {
			if (and_too && j + 5 <= n && memcmp(s + j, " and ", 5) == 0) {
				skip = 5;
				break;
			}
			j++;
		}
		t = trim(s + i, j - i);
		if (t.n > 0) {
			name = map(t);
			len = name ? append_item(out, len, cap, name, strlen(name))
			           : append_item(out, len, cap, t.s, t.n);
		}
		i = j + skip;
	}
	return len;
}

size_t canon_states(const char *s, size_t n, char *out, size_t cap)
{
	return map_list(s, n, ";,", 1, state_code, out, cap);
}

size_t canon_specialty(const char *s, size_t n, char *out, size_t cap)
{
	return map_list(s, n, ";", 0, specialty_name, out, cap);
}

const char *age_range(const char *s, size_t n)
{
	static const struct { int max; const char *range; } buckets[] = {
		{ 10, "0 to 10" }, { 20, "11 to 20" }, { 30, "21 to 30" }, { 40, "31 to 40" },
		{ 50, "41 to 50" }, { 64, "51 to 64" }, { 130, "65+" },
	};
	Span t = trim(s, n);
	size_t i;
	int age = 0;
	if (t.n == 0 || t.n > 3)
		return NULL;
	for (i = 0; i < t.n; i++) {
		if (t.s[i] < '0' || t.s[i] > '9')
			return NULL;
		age = age * 10 + (t.s[i] - '0');
	}
	for (i = 0; i < sizeof buckets / sizeof buckets[0]; i++)
		if (age <= buckets[i].max)
			return buckets[i].range;
	return NULL;
}
