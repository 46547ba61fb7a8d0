/* normalize-units: unit tests of imr-normalize's value parsers, as TAP.
 * Built by `make t/normalize-units`, run by t/normalize-units.t. */
#include <stdio.h>
#include <string.h>

#include "normalize/canon.h"
#include "normalize/category.h"
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
		/* several guidelines in one clause: every source kept */
		{ "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Traction and "
		  "Other Medical Treatment Guidelines www.mdguidelines.com.", "ODG;other", "Low Back, Traction and "
		  "Other Medical Treatment Guidelines www.mdguidelines.com", "", "" },
		{ "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS. Decision based on "
		  "Non-MTUS Citation Official Disability Guidelines (ODG) Pain, TENS and Other Medical Treatment "
		  "Guidelines https://example.org/tens.", "MTUS;ODG;other", "TENS", "", "2016" },
		{ "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee, MRI and Other "
		  "Medical Treatment Guidelines ACOEM Knee Disorders, MRI.", "ODG;ACOEM", "Knee, MRI and Other "
		  "Medical Treatment Guidelines ACOEM Knee Disorders, MRI", "", "" },
		{ "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, and the "
		  "Official Disability Guidelines (ODG) Pain, Opioids.", "MTUS;ODG", "Opioids", "", "2016" },
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

/* A topic is as long as the citation says: never cut at a buffer's end. */
static void test_long_topic(void)
{
	static char cite[8192], want[4096];
	const char *head = "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ";
	Guideline g;
	size_t k, len = 0;
	for (k = 0; k < 120; k++)
		len += (size_t)snprintf(want + len, sizeof want - len, "%sTopic number %zu", k ? ", " : "", k);
	snprintf(cite, sizeof cite, "%s%s.", head, want);
	guideline_parse(cite, strlen(cite), &g);
	is(g.topic, want, "topic of 2 KB", "120 sections");
	is(g.source, "MTUS", "source", "120 sections");
}

/* Compounds, liquids and amounts: item, category/sub, drug, class, strength unit form qty qty_unit. */
static void test_compounds(void)
{
	static const char *const t[][5] = {
		{ "Flurbiprofen 10%/Cyclobenzaprine 2%/Lidocaine 5% cream 180g", "Pharmaceuticals/Topical Compounds",
		  "flurbiprofen;cyclobenzaprine;lidocaine", "Topical Compounds", "10;2;5 % cream 180 g" },
		{ "Ketoprofen 10% + Gabapentin 6% + Lidocaine 5% topical gel, 120 grams",
		  "Pharmaceuticals/Topical Compounds", "ketoprofen;gabapentin;lidocaine", "Topical Compounds",
		  "10;6;5 % gel 120 g" },
		{ "Compound: tramadol 8%, dextromethorphan 10%, amitriptyline 4% 106.32gm",
		  "Pharmaceuticals/Topical Compounds", "tramadol;dextromethorphan;amitriptyline", "Topical Compounds",
		  "8;10;4 % - 106.32 g" },
		{ "Baclofen/Cyclobenzaprine/Lidocaine cream 240 gm", "Pharmaceuticals/Topical Compounds",
		  "baclofen;cyclobenzaprine;lidocaine", "Topical Compounds", "- - cream 240 g" },
		{ "Gabapentin 10%, Ketoprofen 10% in Lipoderm base", "Pharmaceuticals/Topical Compounds",
		  "gabapentin;ketoprofen", "Topical Compounds", "10;10 % - - -" },
		{ "Capsaicin 0.025%, menthol 2%, camphor 2% ointment", "Pharmaceuticals/Topical Compounds",
		  "capsaicin;menthol;camphor", "Topical Compounds", "0.025;2;2 % ointment - -" },
		/* a fixed product is one drug, '+'-joined */
		{ "Terocin lotion 120ml", "Pharmaceuticals/Topical Analgesics",
		  "methyl salicylate+capsaicin+menthol+lidocaine", "Topical Analgesics", "- - lotion 120 ml" },
		{ "Ketoprofen 20% cream 60 grams", "Pharmaceuticals/Topical Analgesics", "ketoprofen",
		  "Topical Analgesics", "20 % cream 60 g" },
		/* liquids: per 1 ml, the amount apart */
		{ "Gabapentin 250mg/5ml oral solution 470ml", "Pharmaceuticals/Anti-epilepsy drugs", "gabapentin",
		  "Anti-epilepsy drugs", "50 mg/ml solution 470 ml" },
		{ "Fanatrex (gabapentin 25mg/ml) oral suspension 420ml", "Pharmaceuticals/Anti-epilepsy drugs",
		  "gabapentin", "Anti-epilepsy drugs", "25 mg/ml suspension 420 ml" },
		{ "Tramadol 5 mg/ml suspension, 500 milliliters", "Pharmaceuticals/Opioids", "tramadol", "Opioids",
		  "5 mg/ml suspension 500 ml" },
		{ "Deprizine 15mg/ml 250ml", "Pharmaceuticals/H2 Blocker", "ranitidine", "H2 Blocker",
		  "15 mg/ml - 250 ml" },
		{ "Oxycodone 5mg/5ml solution 100 cc", "Pharmaceuticals/Opioids", "oxycodone", "Opioids",
		  "1 mg/ml solution 100 ml" },
		{ "Voltaren gel 1% 100g #2", "Pharmaceuticals/Topical Analgesics", "diclofenac", "Topical Analgesics",
		  "1 % gel 100 g" },
		{ "Keflex 1g #20", "Pharmaceuticals/Anti-infectives", "cephalexin", "Anti-infectives", "1 g capsule 20 -" },   /* one form only */
		/* no form from an ingredient or a generic's default */
		{ "Omeprazole 20mg #60", "Pharmaceuticals/Proton Pump Inhibitors", "omeprazole",
		  "Proton Pump Inhibitors", "20 mg - 60 -" },
		{ "Omeprazole 20mg capsules #60", "Pharmaceuticals/Proton Pump Inhibitors", "omeprazole",
		  "Proton Pump Inhibitors", "20 mg capsule 60 -" },
		{ "Trezix #30", "Pharmaceuticals/Opioids", "acetaminophen+caffeine+dihydrocodeine", "Opioids",
		  "- - - 30 -" },
		/* a word misspelt by one letter, read as the known one */
		{ "Trazadone 50 mg #30", "Pharmaceuticals/Antidepressant", "trazodone", "Antidepressant", "50 mg - 30 -" },
		{ "Cyclobenzaprin 10mg #60", "Pharmaceuticals/Muscle Relaxant", "cyclobenzaprine", "Muscle Relaxant",
		  "10 mg - 60 -" },
		{ "Chiropratic manipulation of the spine", "Rehabilitation/Chiropractic", "", "", "- - - - -" },
		/* a home health aide's QTY is no course of visits */
		{ "Home health aide 4 hours per day QTY: 30", "Home Health/Home Health", "", "", "- - - 30 -" },
		/* English words a slip from a drug's name stay as they are */
		{ "EMG of both legs with H-reflex", "Diagnostic Testing/EMG/NCV/NCS", "", "", "- - - - -" },
		{ "Functional capacity evaluation of work ability", "Diagnostic Testing/Other Diagnostic Tests", "", "",
		  "- - - - -" },
		/* a medical food: its product name */
		{ "Theramine #90", "Pharmaceuticals/Nutritional Products", "theramine", "Nutritional Products",
		  "- - capsule 90 -" },
		{ "Flurbiprofen/Menthol/Camphor 10%/2%/1% cream 120 gm", "Pharmaceuticals/Topical Compounds",
		  "flurbiprofen;menthol;camphor", "Topical Compounds", "10;2;1 % cream 120 g" },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		ItemFacts it;
		char got[512];
		item_analyse(t[i][0], strlen(t[i][0]), &it);
		snprintf(got, sizeof got, "%s/%s", it.category, it.subcategory);
		is(got, t[i][1], "category", t[i][0]);
		is(it.drug, t[i][2], "drug", t[i][0]);
		is(it.drug_class, t[i][3], "drug_class", t[i][0]);
		snprintf(got, sizeof got, "%s %s %s %s %s", *it.strength ? it.strength : "-",
		         *it.unit ? it.unit : "-", *it.form ? it.form : "-", *it.qty ? it.qty : "-",
		         *it.qty_unit ? it.qty_unit : "-");
		is(got, t[i][4], "strength unit form qty qty_unit", t[i][0]);
	}
}

/* Courses of visits: text, therapy?, "visits per_week weeks". */
static void test_visits(void)
{
	static const char *const t[][3] = {
		{ "Physical therapy 2 times a week for 6 weeks", "t", "12 2 6" },
		{ "PT 3x a week x 4 weeks", "t", "12 3 4" },
		{ "Chiropractic twice weekly for 3 weeks", "t", "6 2 3" },
		{ "Aquatic therapy 2x/week x 6", "t", "12 2 6" },
		{ "Acupuncture once a week for eight weeks", "t", "8 1 8" },
		{ "PT 2x4", "t", "8 - -" }, { "Massage 1 times 8", "t", "8 - -" }, { "OT 3 x 4", "t", "12 - -" },
		{ "six sessions of physical therapy", "t", "6 - -" },
		{ "Physical therapy, 6 sessions", "t", "6 - -" },
		{ "Twelve (12) chiropractic visits", "t", "12 - -" },
		{ "Physical therapy sessions, 12", "t", "12 - -" },
		{ "Chiropractic manipulation x6", "t", "6 - -" }, { "Iontophoresis x 8", "t", "8 - -" },
		{ "Chiropractic treatment #4", "t", "4 - -" },
		{ "PT 2 times a week for 6 weeks (10 sessions)", "t", "10 2 6" },
		{ "Eighteen sessions of PT, three times weekly", "t", "18 3 -" },
		{ "Physical therapy 2-3 times a week for 6 weeks", "t", "- - 6" },
		{ "Acupuncture 1 to 2 times per week for 4 weeks", "t", "- - 4" },
		{ "Electrical stimulation 1 times 8", "", "8 - -" },
		{ "Follow up office visit times 2", "", "- - -" },
		{ "TENS unit #30", "", "- - -" },
		{ "Physical therapy for the knee", "t", "- - -" },
		{ "Psychotherapy 10 visits over 5 weeks", "t", "10 - -" },
	};
	static Words w;
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		Course c;
		char got[64];
		words_split(&w, t[i][0], strlen(t[i][0]));
		dose_course(&w, t[i][1][0] == 't', &c);
		snprintf(got, sizeof got, "%s%.0d %s%.0d %s%.0d", c.visits ? "" : "-", c.visits,
		         c.per_week ? "" : "-", c.per_week, c.weeks ? "" : "-", c.weeks);
		is(got, t[i][2], "visits per_week weeks", t[i][0]);
	}
}

/* Categories of wordings written for the tests: inflections, synonyms,
 * whole-phrase votes; item, "category/subcategory basis". */
static void test_categories(void)
{
	static const char *const t[][2] = {
		{ "Pulsed ultrasound 2 times a week for 4 weeks", "Rehabilitation/Other Therapies item" },
		{ "Labs to include: chest x-ray", "Diagnostic Testing/Imaging & Radiology item" },
		{ "Daily RN visits for wound care", "Home Health/Home Health item" },
		{ "Spine surgery evaluation", "Surgery/Surgical Consult item" },
		{ "Consultation with an orthopedic surgeon", "Surgery/Surgical Consult item" },
		{ "Right knee arthroscopy with evaluation of the meniscus", "Surgery/Arthroscopic Surgery item" },
		{ "Home health aides 4 hours a day", "Home Health/Home Health item" },
		{ "LVN visits twice weekly", "Home Health/Home Health item" },
		{ "Back supports", "DMEPOS/Prosthetics/Orthotics item" },
		{ "Lumbosacral orthosis", "DMEPOS/Prosthetics/Orthotics item" },
		{ "Cervical pillows", "DMEPOS/DME item" }, { "Hot/cold wraps", "DMEPOS/DME item" },
		{ "Functional capacity testing", "Diagnostic Testing/Other Diagnostic Tests item" },
		{ "Multidisciplinary day program, 10 days", "Programs/Programs item" },
		{ "Pre-op labs", "Diagnostic Testing/Lab & Pathology item" },
		{ "Preop EKG", "Diagnostic Testing/Other Diagnostic Tests item" },
		{ "Post-op physical therapy x12", "Rehabilitation/Physical Therapy/Occupational Therapy (PT/OT) item" },
		{ "Kinesio taping", "Rehabilitation/Other Therapies item" },
		{ "Therapeutic exercises 3x4", "Rehabilitation/Physical Therapy/Occupational Therapy (PT/OT) item" },
		{ "MRIs of both knees", "Diagnostic Testing/Imaging & Radiology item" },
		{ "X-rays, lumbar spine, 3 views", "Diagnostic Testing/Imaging & Radiology item" },
		{ "Trigger point injections x4", "Injection/Injection item" },
		{ "Medial branch blocks L3-L5", "Injection/Facet Injection item" },
		{ "Cognitive behavioural therapy, 6 sessions", "Psych Services/Therapies item" },
		{ "Gym membership, 3 months", "Programs/Programs item" },
		{ "Extended release tramadol 100mg #30", "Pharmaceuticals/Opioids item" },
		{ "Trigger point injection with lidocaine", "Injection/Injection item" },
		{ "Round trip transportation to appointments", "Transportation/Transportation item" },
		/* weak words: the guideline may decide */
		{ "Ultrasound 1 times 8", "Diagnostic Testing/Imaging & Radiology weak" },
		{ "Evaluation", "Evaluation & Management/Medical Specialties weak" },
		{ "Frobnication", "/ " },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		ItemFacts it;
		char got[256];
		item_analyse(t[i][0], strlen(t[i][0]), &it);
		snprintf(got, sizeof got, "%s/%s %s", it.category, it.subcategory, it.basis);
		is(got, t[i][1], "category basis", t[i][0]);
	}
}

/* The category of a cited guideline topic (the fallback). */
static void test_topics(void)
{
	static const char *const t[][2] = {
		{ "Manual therapy & manipulation", "Rehabilitation/Chiropractic" },
		{ "Home health services", "Home Health/Home Health" },
		{ "Physical Methods", "/" }, { "Special Studies", "/" },
		{ "TENS, chronic pain (transcutaneous electrical nerve stimulation)", "DMEPOS/Electrical Stimulation" },
		{ "Office visits", "Evaluation & Management/Medical Specialties" },
		{ "3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment", "Pharmaceuticals/Opioids" },
		{ "Ultrasound, therapeutic", "Rehabilitation/Other Therapies" },
		{ "Knee & Leg, Durable medical equipment (DME)", "DMEPOS/DME" },
		{ "Compound drugs", "Pharmaceuticals/Topical Compounds" },
		{ "Low Back Chapter, Preoperative lab testing", "Diagnostic Testing/Lab & Pathology" },
		{ "Functional restoration programs (FRPs)", "Programs/Programs" },
		{ "Psychological treatment", "Psych Services/Therapies" },
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		const char *cat = "", *sub = "";
		char got[256];
		if (category_of_topic(t[i][0], strlen(t[i][0]), &cat, &sub) < CATEGORY_FIRM)
			cat = sub = "";
		snprintf(got, sizeof got, "%s/%s", cat, sub);
		is(got, t[i][1], "topic category", t[i][0]);
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
		/* typos: the closest name when only it is that close */
		{ "Sports Medicinea", "Sports Medicine" }, { "Orthopedic Surgry", "Orthopedic Surgery" },
		{ "Physical Medicine and Rehabilitaton", "Physical Medicine & Rehabilitation" },
		{ "Pain Medicin", "Pain Management" }, { "Psychologyst", "Psychologist" },
		{ "Neurolgy", "Neurology" }, { "Urolgy", "Urolgy" },   /* under 8 letters: too short to tell */
		{ "Podiatrsurgery", "Podiatrsurgery" }, { "Space Medicine", "Space Medicine" },
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
		  "hydrocodone+acetaminophen", "Opioids", "10/325 mg tablet 120 - 4 40", "" },
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
		/* one drug named, with a tablet's acetaminophen: the combination,
		 * and both parts in mg */
		{ "Oxycodone 10/325 q12h", "Pharmaceuticals/Opioids", "oxycodone+acetaminophen", "Opioids",
		  "10/325 mg - - - 2 30", "" },
		{ "HYDROCODONE 5/325 #60", "Pharmaceuticals/Opioids", "hydrocodone+acetaminophen", "Opioids",
		  "5/325 mg - 60 - - -", "" },
		{ "Tramadol 37.5/325mg #60", "Pharmaceuticals/Opioids", "tramadol+acetaminophen", "Opioids",
		  "37.5/325 mg - 60 - - -", "" },
		{ "Oxycodone 5mg/5ml solution", "Pharmaceuticals/Opioids", "oxycodone", "Opioids",
		  "1 mg/ml solution - - - -", "" },
		{ "Tylenol with codeine #3, #60", "Pharmaceuticals/Opioids", "acetaminophen+codeine", "Opioids",
		  "- - tablet 60 - - -", "" },
		{ "Prilosec 20 mg capsules x 30", "Pharmaceuticals/Proton Pump Inhibitors", "omeprazole",
		  "Proton Pump Inhibitors", "20 mg capsule 30 - - -", "" },
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
	test_long_topic();
	test_compounds();
	test_visits();
	test_categories();
	test_topics();
	printf("1..%d\n", n);
	return failed != 0;
}
