/* normalize-units: unit tests of imr-normalize's value parsers, as TAP.
 * Built by `make t/normalize-units`, run by t/normalize-units.t. */
#include <stdio.h>
#include <string.h>

#include "normalize/canon.h"
#include "normalize/dates.h"
#include "normalize/dose.h"
#include "normalize/guideline.h"
#include "normalize/item.h"
#include "normalize/words.h"

static int n, failed;

static void is(const char *got, const char *want, const char *what, const char *input)
{
	n++;
	if (strcmp(got ? got : "(null)", want ? want : "(null)") == 0) {
		printf("ok %d - %s: %s\n", n, what, input);
		return;
	}
	failed++;
	printf("not ok %d - %s: %s\n#   got:  '%s'\n#   want: '%s'\n", n, what, input,
	       got ? got : "(null)", want ? want : "(null)");
}

static void test_dates(void)
{
	static const char *const t[][2] = {
		{ "10/08/1998", "1998-10-08" }, { "1/27/2005", "2005-01-27" },
		{ "07/31/14", "2014-07-31" }, { "10-23-2016", "2016-10-23" },
		{ "October 20, 2016", "2016-10-20" }, { "Dec. 9, 2016", "2016-12-09" },
		{ "Dec 9 2016", "2016-12-09" }, { "Sept. 3, 2015", "2015-09-03" },
		{ "9 December 2016", "2016-12-09" }, { " 2016-12-09 ", "2016-12-09" },
		{ "02/29/2016", "2016-02-29" }, { "12/1/75", "1975-12-01" },
		{ "JANUARY 5, 2017", "2017-01-05" }, { "October 20th, 2016", "2016-10-20" },
		{ "02/29/2015", NULL }, { "13/01/2016", NULL }, { "10/08/1998 and", NULL },
		{ "", NULL }, { "unknown", NULL }, { "10/2016", NULL }, { "Octo 20, 2016", NULL },
		{ "1/27/205", NULL }, { "Mayday 1, 2016", NULL },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		char out[11];
		is(date_iso(t[i][0], strlen(t[i][0]), out) ? out : NULL, t[i][1], "date", t[i][0]);
	}
}

static void test_strength(void)
{
	static const char *const t[][3] = {   /* text after the name, strength, unit */
		{ " 10/325mg #90", "10/325", "mg" }, { " 0.5mg qty: 10.00", "0.5", "mg" },
		{ " .5 #30", "0.5", "" }, { " 10/325 mg 30", "10/325", "mg" },
		{ " 4%-27.5%-0.0325% 121gm #1", "4/27.5/0.0325", "%" },
		{ " 75-0.2mg #60", "75/0.2", "mg" }, { " 800 MG #90", "800", "mg" },
		{ " Patch 5 MCG #4", "5", "mcg" }, { " (10mg/1ml oral suspension) 500ml", "10", "mg/ml" },
		{ " 5mg/5ml", "1", "mg/ml" }, { " 250mg/5ml", "50", "mg/ml" },
		{ " 5mg/ml suspension 420 ml", "5", "mg/ml" }, { " 25mcg/hr", "25", "mcg/h" },
		{ " HCL ER 20mg #60", "20", "mg" }, { " (Mobic) 7.5mg #30", "7.5", "mg" },
		{ " 20% cream, 167 grams", "20", "%" }, { " 10.00mg", "10", "mg" },
		{ " #120", NULL, NULL }, { " pad #60", NULL, NULL }, { " (unknown quantity)", NULL, NULL },
		{ " patches 30", NULL, NULL }, { " qty: 90.00", NULL, NULL }, { "", NULL, NULL },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		char s[48], u[16];
		int ok = dose_strength(t[i][0], strlen(t[i][0]), s, sizeof s, u);
		is(ok ? s : NULL, t[i][1], "strength", t[i][0]);
		is(ok ? u : NULL, t[i][2], "unit", t[i][0]);
	}
}

static void test_qty(void)
{
	static const char *const t[][2] = {
		{ "Norco 10/325mg #90", "90" }, { "Klonopin 0.5mg qty: 10.00", "10" },
		{ "COUNT #90", "90" }, { "# 60", "60" }, { "NCV QTY: 2", "2" },
		{ "quantity of 30", "30" }, { "90 tablets", "90" }, { "#1, per 12/07/2016 order", "1" },
		{ "2 tablets twice a day", NULL }, { "1 tablet", NULL }, { "10/325 mg 30", NULL },
		{ "(unknown quantity)", NULL }, { "qty", NULL },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		char q[16];
		is(dose_qty(t[i][0], strlen(t[i][0]), q) ? q : NULL, t[i][1], "qty", t[i][0]);
	}
}

static void test_words(void)
{
	static const char *const t[][4] = {   /* text, refills, per_day, days supply */
		{ "with 3 refills", "3", "", "" }, { "#60 with one refill", "1", "", "" },
		{ "Three refills of Voltaren", "3", "", "" }, { "refills: 2", "2", "", "" },
		{ "no refills", "0", "", "" }, { "refills x 2", "2", "", "" },
		{ "1 tab TID", "", "3", "" }, { "BID", "", "2", "" }, { "QD", "", "1", "" },
		{ "q8h", "", "3", "" }, { "q 12 hours", "", "2", "" }, { "every 12 hours", "", "2", "" },
		{ "1 tablet twice daily", "", "2", "" }, { "three times a day", "", "3", "" },
		{ "one by mouth three times a day #45", "", "3", "" },
		{ "one by mouth, twice a day #60", "", "2", "" },
		{ "2 tabs twice a day", "", "4", "" }, { "10/325 1 tablet every 6 hours", "", "4", "" },
		{ "10/325 twice daily", "", "2", "" }, { "2x a day", "", "2", "" },
		{ "at bedtime", "", "1", "" }, { "every other day", "", "0.5", "" },
		{ "1-2 tablets every 6 hours", "", "", "" }, { "every 4 to 6 hours", "", "", "" },
		{ "2-3 times a day", "", "", "" }, { "2 times a week for 6 weeks", "", "", "" },
		{ "twice a week", "", "", "" }, { "as needed", "", "", "" },
		{ "#60 day supply: 30", "", "", "30" }, { "30 day supply", "", "", "30" },
		{ "for 30 days", "", "", "30" }, { "#60 day supply", "", "", "" },
	};
	static Words w;
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		char r[16] = "", p[16] = "", d[16] = "";
		int v;
		double f;
		words_split(&w, t[i][0], strlen(t[i][0]));
		if ((v = dose_refills(&w, 0)) >= 0)
			snprintf(r, sizeof r, "%d", v);
		if ((f = dose_per_day(&w, 0)) > 0)
			dose_format(f, p, sizeof p);
		if ((v = dose_days_supply(&w, 0)) > 0)
			snprintf(d, sizeof d, "%d", v);
		is(r, t[i][1], "refills", t[i][0]);
		is(p, t[i][2], "per_day", t[i][0]);
		is(d, t[i][3], "days supply", t[i][0]);
	}
}

static void test_pages(void)
{
	static const char *const t[][2] = {
		{ "24, 23, 66, 124", "23,24,66,124" }, { "78-80", "78-80" },
		{ "78, 86, and 87.", "78,86,87" }, { "92, 78-80, 124.", "78-80,92,124" },
		{ "24. Decision", "24" }, { "63-66", "63-66" }, { "24, 24", "24" }, { "none", "" },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		char out[128];
		guideline_pages(t[i][0], strlen(t[i][0]), out, sizeof out);
		is(out, t[i][1], "pages", t[i][0]);
	}
}

static void test_guidelines(void)
{
	static const char *const t[][5] = {   /* text, source, topic, pages, edition */
		{ "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.",
		  "MTUS", "Topical analgesics", "", "2016" },
		{ "Decision based on MTUS Chronic Pain Treatment Guidelines  Benzodiazepines Page(s): 24.",
		  "MTUS", "Benzodiazepines", "24", "" },
		{ "Decision based on MTUS Chronic Pain Treatment Guidelines BENZODIAZEPINES Page(s): 24.",
		  "MTUS", "Benzodiazepines", "24", "" },
		{ "Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, On-Going Management, 78 Page(s): 78.",
		  "MTUS", "Opioids, On-Going Management", "78", "" },
		{ "Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines, page 24 Page(s): 24.",
		  "MTUS", "Benzodiazepines", "24", "" },
		{ "Decision based on MTUS Chronic Pain Treatment Guidelines Opiods Page(s): 92, 78-80, 124.  "
		  "Decision based on Non-MTUS Citation ODG, Pain, Anxiety medications in chronic pain.",
		  "MTUS;ODG", "Opiods", "78-80,92,124", "" },
		{ "Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, Physical Methods, "
		  "and Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.",
		  "MTUS", "Initial Care, Physical Methods", "", "2004" },
		{ "Decision based on MTUS Opioid Treatment 2016, Section(s): 2. Opioids for Subacute Pain.",
		  "MTUS", "2. Opioids for Subacute Pain", "", "2016" },
		{ "Decision based on MTUS Acupuncture Treatment 2007.", "MTUS", "Acupuncture Treatment", "", "2007" },
		{ "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. "
		  "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain Chapter, Topical Analgesics.",
		  "ODG", "Pain Chapter, Topical Analgesics", "", "" },
		{ "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee - Platelet-rich plasma (PRP).",
		  "ODG", "Knee - Platelet-rich plasma (PRP)", "", "" },
		{ "Decision based on Non-MTUS Citation Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016.",
		  "other", "Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016", "", "" },
		{ "Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies. Decision based on "
		  "Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg (Acute & Chronic), MRI's.",
		  "MTUS;ODG", "Special Studies", "", "2004" },
		{ "The Claims Administrator did not cite any medical evidence for its decision.", "none", "", "", "" },
		{ "The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. "
		  "Decision based on Non-MTUS Citation ", "other", "", "", "" },
		{ "Decision based on Acupuncture Medical Treatment Guidelines.", "MTUS",
		  "Acupuncture Medical Treatment Guidelines", "", "" },
		{ "Decision based on ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Low Back Complaints.",
		  "ACOEM", "Chapter 12, Low Back Complaints", "", "2004" },
		{ "", "", "", "", "" },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		Guideline g;
		guideline_parse(t[i][0], strlen(t[i][0]), &g);
		is(g.source, t[i][1], "source", t[i][0]);
		is(g.topic, t[i][2], "topic", t[i][0]);
		is(g.pages, t[i][3], "pages", t[i][0]);
		is(g.edition, t[i][4], "edition", t[i][0]);
	}
}

static void test_canon(void)
{
	static const char *const states[][2] = {
		{ "California", "CA" }, { "California; Texas", "CA;TX" }, { "ca, ny", "CA;NY" },
		{ "New York and New Jersey", "NY;NJ" }, { "Florida;Florida", "FL" },
		{ "Atlantis", "Atlantis" }, { "District of Columbia", "DC" },
	};
	static const char *const specs[][2] = {
		{ "Pain Medicine", "Pain Management" }, { "Anesthesiology;Pain Medicine", "Anesthesiology;Pain Management" },
		{ "Physical Medicine and Rehabilitation", "Physical Medicine & Rehabilitation" },
		{ "Physical Medicine & Rehabilitation; Pain Medicine", "Physical Medicine & Rehabilitation;Pain Management" },
		{ "orthopaedic surgery", "Orthopedic Surgery" }, { "Chiropractor", "Chiropractic" },
		{ "Interventional Spine", "Interventional Spine" }, { "Pain Medicine;Pain Management", "Pain Management" },
	};
	static const char *const misc[][3] = {   /* kind, text, canonical */
		{ "decision", "Upheld", "upheld" }, { "decision", " OVERTURNED ", "overturned" },
		{ "decision", "Partially upheld", NULL }, { "sex", "female", "F" }, { "sex", "Male", "M" },
		{ "sex", "M", "M" }, { "sex", "unknown", NULL }, { "age", "47", "41 to 50" },
		{ "age", "64", "51 to 64" }, { "age", "65", "65+" }, { "age", "10", "0 to 10" },
		{ "age", "forty", NULL }, { "age", "", NULL }, { "age", "21", "21 to 30" },
	};
	size_t i;
	char out[256];
	for (i = 0; i < sizeof states / sizeof states[0]; i++) {
		canon_states(states[i][0], strlen(states[i][0]), out, sizeof out);
		is(out, states[i][1], "states", states[i][0]);
	}
	for (i = 0; i < sizeof specs / sizeof specs[0]; i++) {
		canon_specialty(specs[i][0], strlen(specs[i][0]), out, sizeof out);
		is(out, specs[i][1], "specialty", specs[i][0]);
	}
	for (i = 0; i < sizeof misc / sizeof misc[0]; i++) {
		const char *s = misc[i][1], *got;
		size_t len = strlen(s);
		got = misc[i][0][0] == 'd' ? canon_decision(s, len) :
		      misc[i][0][0] == 's' ? canon_sex(s, len) : age_range(s, len);
		is(got, misc[i][2], misc[i][0], s);
	}
}

static void test_items(void)
{
	/* item, category/subcategory, drug, class, strength unit form qty refills per_day mme hcpcs */
	static const char *const t[][6] = {
		{ "S5000, Klonopin 0.5mg qty: 10.00", "Pharmaceuticals/Benzodiazepines", "clonazepam",
		  "Benzodiazepines", "0.5 mg tablet 10 - - -", "S5000" },
		{ "Norco 10/325mg #90", "Pharmaceuticals/Opioids", "hydrocodone+acetaminophen", "Opioids",
		  "10/325 mg tablet 90 - - -", "" },
		{ "Oxycodone HCL ER 20mg #60 day supply: 30", "Pharmaceuticals/Opioids", "oxycodone", "Opioids",
		  "20 mg - 60 - 2 60", "" },
		{ "Hydrocodone/APAP 10/325 1 tablet every 6 hours #120", "Pharmaceuticals/Opioids",
		  "hydrocodone+acetaminophen", "Opioids", "10/325 - tablet 120 - 4 40", "" },
		{ "Tylenol #3 1 tab TID", "Pharmaceuticals/Opioids", "acetaminophen+codeine", "Opioids",
		  "- - tablet - - 3 -", "" },
		{ "Tylenol with Codeine 300/30mg 1 tab TID", "Pharmaceuticals/Opioids", "acetaminophen+codeine",
		  "Opioids", "300/30 mg tablet - - 3 13.5", "" },
		{ "Duragesic 25mcg/hr #15", "Pharmaceuticals/Opioids", "fentanyl", "Opioids",
		  "25 mcg/h - 15 - - 60", "" },
		{ "Butrans Patch 5 MCG #4", "Pharmaceuticals/Opioids", "buprenorphine", "Opioids",
		  "5 mcg/h patch 4 - - -", "" },
		{ "Retrospective Lidopro 4%-27.5%-0.0325% 121gm #1, per 12/07/2016 order",
		  "Pharmaceuticals/Topical Analgesics", "lidocaine+methyl salicylate+capsaicin+menthol",
		  "Topical Analgesics", "4/27.5/0.0325 % - 121 - - -", "" },
		{ "Pantoprazole 40mg, one by mouth, twice a day #60 with one refill",
		  "Pharmaceuticals/Proton Pump Inhibitors", "pantoprazole", "Proton Pump Inhibitors",
		  "40 mg - 60 1 2 -", "" },
		{ "Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base",
		  "Pharmaceuticals/Topical Compounds", "gabapentin;cyclobenzaprine;bupivacaine",
		  "Topical Compounds", "10;6;5 % cream - - - -", "" },
		{ "Cyclobenzaprine 5% in cream base 240g", "Pharmaceuticals/Topical Analgesics",
		  "cyclobenzaprine", "Topical Analgesics", "5 % cream 240 - - -", "" },
		{ "Opiods", "Pharmaceuticals/Opioids", "", "Opioids", "- - - - - - -", "" },
		{ "Oxycontin 20mg #60", "Pharmaceuticals/Opioids", "oxycodone", "Opioids",
		  "20 mg - 60 - - -", "" },
		{ "Zanaflex 4 MG #90", "Pharmaceuticals/Muscle Relaxant", "tizanidine", "Muscle Relaxant",
		  "4 mg - 90 - - -", "" },
		{ "Physical therapy 2 times a week for 6 weeks", "Rehabilitation/Physical Therapy/Occupational Therapy (PT/OT)",
		  "", "", "- - - - - - -", "" },
		{ "MRI of the lumbar spine", "Diagnostic Testing/Imaging & Radiology", "", "",
		  "- - - - - - -", "" },
		{ "EMG/NCV bilateral upper extremity", "Diagnostic Testing/EMG/NCV/NCS", "", "",
		  "- - - - - - -", "" },
		{ "Twelve acupuncture visits with Capsaicin patch, 2 times weekly for 6 weeks",
		  "Rehabilitation/Acupuncture", "capsaicin", "Topical Analgesics", "- - patch - - - -", "" },
		{ "TENS unit, daily trial, cervical and thoracic spine, #30",
		  "DMEPOS/Electrical Stimulation", "", "", "- - - 30 - - -", "" },
		{ "Left L5-S1 epidural steroid injection", "Injection/Injection", "", "", "- - - - - - -", "" },
		{ "Lumbar facet injection at L4-5", "Injection/Facet Injection", "", "", "- - - - - - -", "" },
		{ "Functional restoration program x 10 days", "Programs/Programs", "", "", "- - - - - - -", "" },
		{ "L4-5 laminectomy and fusion", "Surgery/Spine", "", "", "- - - - - - -", "" },
		{ "Stellate ganglion block", "Injection/Injection", "", "", "- - - - - - -", "" },
		{ "Extended release tramadol 100mg #30", "Pharmaceuticals/Opioids", "tramadol", "Opioids",
		  "100 mg - 30 - - -", "" },
		{ "Right carpal tunnel release", "Surgery/Non-arthroscopic Surgery", "", "", "- - - - - - -", "" },
		{ "Ultrasound guided injection to the left knee", "Injection/Injection", "", "", "- - - - - - -", "" },
		{ "Psychological treatment, 6 sessions", "Psych Services/Therapies", "", "", "- - - - - - -", "" },
		{ "Comprehensive psychological testing", "Psych Services/Evaluation & Management", "", "",
		  "- - - - - - -", "" },
		{ "Twelve infrared acupuncture visits", "Rehabilitation/Acupuncture", "", "", "- - - - - - -", "" },
		{ "Pre-operative CBC", "Diagnostic Testing/Lab & Pathology", "", "", "- - - - - - -", "" },
		{ "Home health aide 4 hours a day", "Home Health/Home Health", "", "", "- - - - - - -", "" },
		{ "Urine toxicology screen", "Diagnostic Testing/Lab & Pathology", "", "", "- - - - - - -", "" },
		{ "Toxicology screen", "Diagnostic Testing/Lab & Pathology", "", "", "- - - - - - -", "" },
		{ "MRA of the brain", "Diagnostic Testing/Imaging & Radiology", "", "", "- - - - - - -", "" },
		{ "Echocardiogram", "Diagnostic Testing/Other Diagnostic Tests", "", "", "- - - - - - -", "" },
		{ "PT 2x4 lumbar spine", "Rehabilitation/Physical Therapy/Occupational Therapy (PT/OT)", "", "",
		  "- - - - - - -", "" },
		{ "Yoga classes, 10 sessions", "Rehabilitation/Other Therapies", "", "", "- - - - - - -", "" },
		{ "IF unit rental", "DMEPOS/Electrical Stimulation", "", "", "- - - - - - -", "" },
		{ "Lymphedema pump", "DMEPOS/DME", "", "", "- - - - - - -", "" },
		{ "Group therapy, 6 sessions", "Psych Services/Therapies", "", "", "- - - - - - -", "" },
		{ "Medication management visits x 4", "Evaluation & Management/Medical Specialties", "", "",
		  "- - - - - - -", "" },
		{ "Frobnicate 10mg #30", "/", "", "", "- - - 30 - - -", "" },
		{ "97110, Physical therapy 2 times a week for 6 weeks",
		  "Rehabilitation/Physical Therapy/Occupational Therapy (PT/OT)", "", "", "- - - - - - -", "97110" },
		{ "Physical therapy 12345 sessions", "Rehabilitation/Physical Therapy/Occupational Therapy (PT/OT)",
		  "", "", "- - - - - - -", "" },
		{ "MS Contin 30mg q12h #60", "Pharmaceuticals/Opioids", "morphine", "Opioids",
		  "30 mg - 60 - 2 60", "" },
		{ "Nucynta ER 100mg 1 tab BID #60", "Pharmaceuticals/Opioids", "tapentadol", "Opioids",
		  "100 mg tablet 60 - 2 80", "" },
		{ "Methadone 10mg TID", "Pharmaceuticals/Opioids", "methadone", "Opioids",
		  "10 mg - - - 3 141", "" },
		{ "Tramadol ER 150mg #30 1 po qd", "Pharmaceuticals/Opioids", "tramadol", "Opioids",
		  "150 mg - 30 - 1 30", "" },
		{ "Oxycodone 15mg 1 tab PO q4-6h prn #120", "Pharmaceuticals/Opioids", "oxycodone", "Opioids",
		  "15 mg tablet 120 - - -", "" },
		{ "Fentanyl 50mcg/hr patch #10, change every 72 hours", "Pharmaceuticals/Opioids", "fentanyl",
		  "Opioids", "50 mcg/h patch 10 - - 120", "" },
		{ "Butrans 10mcg/hr #4", "Pharmaceuticals/Opioids", "buprenorphine", "Opioids",
		  "10 mcg/h - 4 - - -", "" },
		{ "Norco 10/325mg #120 x 2 refills", "Pharmaceuticals/Opioids", "hydrocodone+acetaminophen",
		  "Opioids", "10/325 mg tablet 120 2 - -", "" },
		{ "Gabapentin 600mg TID #90", "Pharmaceuticals/Anti-epilepsy drugs", "gabapentin",
		  "Anti-epilepsy drugs", "600 mg - 90 - 3 -", "" },
		{ "Oxycodone 10/325 q12h", "Pharmaceuticals/Opioids", "oxycodone", "Opioids",
		  "10/325 - - - - 2 -", "" },
		{ "Norco 10/325 mg #180 1 tab every 4 to 6 hours as needed", "Pharmaceuticals/Opioids",
		  "hydrocodone+acetaminophen", "Opioids", "10/325 mg tablet 180 - - -", "" },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		ItemFacts it;
		char got[512];
		const char *f[7];
		size_t k;
		item_analyse(t[i][0], strlen(t[i][0]), &it);
		snprintf(got, sizeof got, "%s/%s", it.category, it.subcategory);
		is(got, t[i][1], "category", t[i][0]);
		is(it.drug, t[i][2], "drug", t[i][0]);
		is(it.drug_class, t[i][3], "drug_class", t[i][0]);
		f[0] = it.strength; f[1] = it.unit; f[2] = it.form; f[3] = it.qty;
		f[4] = it.refills; f[5] = it.per_day; f[6] = it.mme_day;
		got[0] = '\0';
		for (k = 0; k < 7; k++) {
			size_t len = strlen(got);
			snprintf(got + len, sizeof got - len, "%s%s", k ? " " : "", *f[k] ? f[k] : "-");
		}
		is(got, t[i][4], "strength unit form qty refills per_day mme_day", t[i][0]);
		is(it.hcpcs, t[i][5], "hcpcs", t[i][0]);
	}
}

int main(void)
{
	test_dates();
	test_strength();
	test_qty();
	test_words();
	test_pages();
	test_guidelines();
	test_canon();
	test_items();
	printf("1..%d\n", n);
	return failed != 0;
}
