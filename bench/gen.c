/* bench/gen: a deterministic corpus of made-up IMR letters for the benchmark.
 *
 *   gen [-s SEED] [-m MB | -b BYTES | -n LETTERS] [-d DIR [-k PER_FILE]] [-t TRUTH.tsv]
 *
 * Writes letters in the four layouts the tools read (2014-15 seed style,
 * 2016-17 pdftotext -layout and plain, 2013 notices) as one concatenated text
 * stream on stdout, or with -d as files DIR/NNNNNN.txt holding -k letters each.
 * The same seed and size give the same bytes on every machine: letter i is
 * drawn from its own PRNG state derived from (seed, i), so the stream and the
 * files hold the same letters.  All wording is made up for this project.
 * -t writes the answer key: one TSV row per item (letter number, layout,
 * case number, item number, item, decision) to check extraction against.
 *
 * Variety: items per letter 1-6 (drugs with strength, quantity and frequency,
 * compounds, services with body parts), Upheld/Overturned (about 7 in 8
 * upheld), partial authorisations, items over two lines, a decision alone on
 * the next line, reflowed paragraphs at varying widths, form feeds between
 * pages, "Page 2 of 4" footers, CRLF, no blank lines, NBSP, lowercase
 * headings. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- PRNG: splitmix64 seeding, xorshift64* stream ------------------------ */
static uint64_t rs;
static uint64_t splitmix(uint64_t x)
{
	x += 0x9E3779B97F4A7C15ull;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
	return x ^ (x >> 31);
}
static uint64_t rnd(void)
{
	rs ^= rs >> 12; rs ^= rs << 25; rs ^= rs >> 27;
	return rs * 0x2545F4914F6CDD1Dull;
}
static int R(int n) { return (int)((rnd() >> 33) % (uint64_t)n); }   /* 0..n-1 */
static int pct(int p) { return R(100) < p; }
#define PICK(a) (a[R((int)(sizeof(a) / sizeof(a[0])))])

/* ---- growing buffers ------------------------------------------------------ */
typedef struct { char *p; size_t n, cap; } Buf;
static void bput(Buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2 + 4096;
		b->p = realloc(b->p, b->cap);
		if (!b->p) { perror("gen"); exit(1); }
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = 0;
}
static void bputs(Buf *b, const char *s) { bput(b, s, strlen(s)); }
static void bprintf(Buf *b, const char *fmt, ...)
{
	char tmp[2048];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof tmp - 1) n = (int)sizeof tmp - 1;
	bput(b, tmp, (size_t)n);
}

/* ---- vocabulary (made up for this project) -------------------------------- */
typedef struct { const char *name, *strength[3], *form; int opioid; } Drug;
static const Drug drugs[] = {
	{ "Norco", { "10/325mg", "7.5/325mg", "5/325mg" }, "tablet", 1 },
	{ "Hydrocodone/APAP", { "10/325mg", "5/325mg", "7.5/325mg" }, "tablet", 1 },
	{ "Percocet", { "10/325mg", "5/325mg", "7.5/325mg" }, "tablet", 1 },
	{ "Oxycodone", { "15mg", "10mg", "30mg" }, "tablet", 1 },
	{ "OxyContin", { "20mg", "10mg", "40mg" }, "tablet", 1 },
	{ "Tramadol ER", { "150mg", "100mg", "200mg" }, "tablet", 1 },
	{ "Ultram", { "50mg", "50mg", "50mg" }, "tablet", 1 },
	{ "Morphine sulfate ER", { "15mg", "30mg", "60mg" }, "tablet", 1 },
	{ "Butrans patch", { "10mcg/hr", "5mcg/hr", "20mcg/hr" }, "patch", 1 },
	{ "Fentanyl patch", { "25mcg/hr", "50mcg/hr", "12mcg/hr" }, "patch", 1 },
	{ "Methadone", { "10mg", "5mg", "10mg" }, "tablet", 1 },
	{ "Soma", { "350mg", "250mg", "350mg" }, "tablet", 0 },
	{ "Cyclobenzaprine", { "7.5mg", "10mg", "5mg" }, "tablet", 0 },
	{ "Flexeril", { "10mg", "7.5mg", "5mg" }, "tablet", 0 },
	{ "Tizanidine", { "4mg", "2mg", "4mg" }, "tablet", 0 },
	{ "Baclofen", { "10mg", "20mg", "10mg" }, "tablet", 0 },
	{ "Omeprazole", { "20mg", "40mg", "20mg" }, "capsule", 0 },
	{ "Prilosec", { "20mg", "20mg", "40mg" }, "capsule", 0 },
	{ "Pantoprazole", { "20mg", "40mg", "40mg" }, "tablet", 0 },
	{ "Ranitidine", { "150mg", "150mg", "300mg" }, "tablet", 0 },
	{ "Naproxen sodium", { "550mg", "500mg", "375mg" }, "tablet", 0 },
	{ "Ibuprofen", { "800mg", "600mg", "400mg" }, "tablet", 0 },
	{ "Celebrex", { "200mg", "100mg", "200mg" }, "capsule", 0 },
	{ "Gabapentin", { "600mg", "300mg", "800mg" }, "capsule", 0 },
	{ "Lyrica", { "75mg", "50mg", "150mg" }, "capsule", 0 },
	{ "Duloxetine", { "60mg", "30mg", "60mg" }, "capsule", 0 },
	{ "Amitriptyline", { "25mg", "10mg", "50mg" }, "tablet", 0 },
	{ "Zolpidem", { "10mg", "5mg", "10mg" }, "tablet", 0 },
	{ "Klonopin", { "1mg", "0.5mg", "2mg" }, "tablet", 0 },
	{ "Xanax", { "0.5mg", "1mg", "0.25mg" }, "tablet", 0 },
	{ "Lidoderm patch", { "5%", "5%", "5%" }, "patch", 0 },
	{ "Terocin lotion", { "120ml", "240ml", "120ml" }, "bottle", 0 },
	{ "Voltaren gel", { "1%", "1%", "1%" }, "tube", 0 },
	{ "Ondansetron", { "8mg", "4mg", "8mg" }, "tablet", 0 },
	{ "Docusate sodium", { "100mg", "250mg", "100mg" }, "capsule", 0 },
};
static const char *compound_parts[] = {
	"Flurbiprofen 20%", "Ketoprofen 10%", "Gabapentin 10%", "Cyclobenzaprine 2%", "Baclofen 2%",
	"Lidocaine 5%", "Capsaicin 0.025%", "Menthol 2%", "Camphor 2%", "Amitriptyline 4%", "Tramadol 8%",
};
static const char *freqs[] = {
	"one tablet every 4-6 hours as needed", "1 tab by mouth three times a day", "twice daily",
	"one by mouth at bedtime", "every 12 hours", "BID", "TID", "q8h prn pain", "daily", "QID as needed",
};
static const char *bodyparts[] = {
	"lumbar spine", "cervical spine", "thoracic spine", "right shoulder", "left shoulder", "right knee",
	"left knee", "bilateral wrists", "right wrist", "left hand", "right ankle", "left hip", "low back",
	"bilateral upper extremities", "bilateral lower extremities", "neck",
};
static const char *services[] = {
	"MRI of the %s without contrast", "MRI of the %s", "X-rays of the %s", "CT scan of the %s",
	"Physical therapy 2 times a week for 6 weeks for the %s", "Physical therapy, 8 sessions, %s",
	"Additional physical therapy 3 times a week for 4 weeks, %s", "Acupuncture 6 sessions for the %s",
	"Chiropractic manipulation 2x4 for the %s", "EMG/NCV of the %s", "TENS unit for the %s",
	"TENS unit, 30 day rental", "Home exercise kit for the %s", "Aquatic therapy 12 sessions, %s",
	"Functional capacity evaluation", "Functional restoration program, 80 hours", "Urine drug screen",
	"Cognitive behavioral therapy, 6 sessions", "Psychological evaluation",
	"Epidural steroid injection at L4-5 and L5-S1 under fluoroscopy", "Right L5-S1 transforaminal epidural steroid injection",
	"Medial branch blocks at L3, L4 and L5, bilateral", "Radiofrequency ablation, cervical facets C5-C7",
	"Arthroscopic surgery of the %s", "Total knee replacement, right", "Carpal tunnel release, right",
	"Lumbar fusion at L4-S1 with instrumentation", "Cold therapy unit, 14 day rental",
	"Post-operative physical therapy, 12 sessions for the %s", "Interferential stimulator unit",
	"Ortho consultation for the %s", "Pain management consultation", "Lumbar support brace",
	"Gym membership for 6 months", "Home health aide 4 hours a day for 2 weeks",
	"Shockwave therapy for the %s, 3 sessions", "Platelet rich plasma injection, %s",
	"Hyaluronic acid injection series, %s", "Trigger point injections x 4",
};
static const char *specialties[] = {
	"Orthopedic Surgery", "Physical Medicine & Rehabilitation", "Anesthesiology", "Internal Medicine",
	"Family Practice", "Neurology", "Psychiatry", "Occupational Medicine", "Chiropractic",
	"Preventive Medicine", "Neurological Surgery", "Plastic Surgery", "Emergency Medicine",
	"Acupuncture", "Psychology, Clinical",
};
static const char *subspecialties[] = {
	"Pain Medicine", "Sports Medicine", "Spine Surgery", "Surgery of the Hand", "Addiction Medicine",
	"Neuromuscular Medicine", "Clinical Neurophysiology",
};
static const char *jobs[] = {
	"warehouse worker", "bus driver", "registered nurse", "carpenter", "cashier", "farm laborer",
	"correctional officer", "electrician", "office clerk", "truck driver", "machine operator",
	"school teacher", "housekeeper", "firefighter", "cook", "sales associate", "mechanic", "painter",
};
static const char *mechanisms[] = {
	"lifting a heavy box from the floor", "slipping on a wet floor", "falling from a ladder",
	"a rear-end collision in a company vehicle", "repetitive keyboard work", "pushing a loaded cart",
	"twisting while carrying a patient", "being struck by a falling shelf", "stepping off a loading dock",
	"pulling a stuck lever", "years of overhead work",
};
static const char *diagnoses[] = {
	"lumbar disc displacement", "cervical radiculopathy", "lumbar radiculopathy", "rotator cuff tear",
	"shoulder impingement", "carpal tunnel syndrome", "knee meniscal tear", "chronic pain syndrome",
	"myofascial pain", "post-laminectomy syndrome", "sacroiliac joint dysfunction", "depression",
	"insomnia", "lateral epicondylitis", "degenerative joint disease of the knee", "thoracic strain",
};
static const char *guides[] = {
	"MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use",
	"MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain)",
	"MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical Analgesics",
	"MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical Medicine",
	"MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms & cardiovascular risk",
	"ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Low Back Complaints",
	"ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 9, Shoulder Complaints",
	"Official Disability Guidelines (ODG), Pain (Chronic)",
	"Official Disability Guidelines (ODG), Knee & Leg (Acute & Chronic)",
	"Acupuncture Medical Treatment Guidelines",
	"MTUS Postsurgical Treatment Guidelines",
};
static const char *why_up[] = {
	"The notes give no measured gain in pain or in daily function from this treatment.",
	"The requested amount goes past what the guideline allows for this condition.",
	"No trial of first-line care is recorded before this request.",
	"The file does not show the examination findings that would justify it.",
	"There is no monitoring for misuse, such as a recent drug screen or a signed agreement.",
	"The treatment has been used for many months, while the guideline supports only short courses.",
	"Earlier rounds of the same treatment produced no lasting benefit.",
	"The request does not state a dose, a frequency or a duration.",
	"Imaging done last year already explains the symptoms and nothing has changed since.",
	"The worker is not a candidate for surgery, so the study would not alter care.",
};
static const char *why_over[] = {
	"The record shows a clear fall in pain scores and a return to specific activities.",
	"Conservative care of more than three months has failed, as the guideline requires.",
	"Examination and imaging agree with each other and point to this treatment.",
	"The amount requested stays inside the number of visits the guideline allows.",
	"A consistent drug screen and a signed agreement are on file, with no sign of misuse.",
	"The worker has risk factors that make this protective treatment reasonable.",
	"This is a first trial, and the plan says how benefit will be measured.",
	"The surgery has been supported, so the care that follows it is supported too.",
};
static const char *general[] = {
	"The guideline weighs benefit against the risks of continued treatment.",
	"Progress notes over the last several months were reviewed for this item.",
	"Treatment of this kind is expected to come with an active exercise program.",
	"The reviewer looked for objective signs of improvement in function.",
	"Documentation should show what was tried before and how the worker responded.",
};

/* ---- a letter ------------------------------------------------------------- */
enum { SEED, LAYOUT, PLAIN, NOTICE };
typedef struct { char text[400]; char orig[400], auth[400], shown[420]; int upheld, partial, drug; } Item;

static struct {
	int layout, crlf, noblank, footer, nbsp, lower, width, pagelen;
	int year;
} L;

static Buf truth;   /* -t: the answer key rows of the current letter */
static Buf lines;   /* logical lines separated by '\n'; a line "\f" forces a page break */

static void line(const char *s) { bputs(&lines, s); bput(&lines, "\n", 1); }
static void blank(void) { bput(&lines, "\n", 1); }
static void pagebreak(void) { bput(&lines, "\f\n", 2); }

static void heading(const char *s, int indent)
{
	char tmp[256];
	size_t n = strlen(s), i;
	if (n > 200) n = 200;
	for (i = 0; i < n; i++) {
		char c = s[i];
		/* lower 1: Title Case, 2: all lowercase */
		if (L.lower && c >= 'A' && c <= 'Z' && (L.lower == 2 || (i > 0 && s[i - 1] != ' '))) c = (char)(c + 32);
		tmp[i] = c;
	}
	tmp[n] = 0;
	if (L.layout == LAYOUT && indent > 0) {
		char pad[300];
		snprintf(pad, sizeof pad, "%*s%s", indent, "", tmp);
		line(pad);
	} else if (L.layout == SEED) {
		char pad[300];
		snprintf(pad, sizeof pad, "%s%s", indent > 0 && !strncmp(s, "HOW", 3) ? " " : "", tmp);
		line(pad);
	} else
		line(tmp);
}

/* reflow text into lines of at most L.width columns */
static void para(const char *s)
{
	const char *p = s;
	while (*p) {
		size_t n = strlen(p);
		if (n <= (size_t)L.width) { line(p); return; }
		size_t cut = (size_t)L.width;
		while (cut > 0 && p[cut] != ' ') cut--;
		if (cut == 0) cut = (size_t)L.width;
		char tmp[512];
		memcpy(tmp, p, cut);
		tmp[cut] = 0;
		line(tmp);
		p += cut;
		while (*p == ' ') p++;
	}
}

/* days since 1970-01-01 <-> m/d/y (Howard Hinnant's civil calendar algorithms) */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}
static void date(char *out, long z, char sep)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1, m = mp + (mp < 10 ? 3 : -9);
	sprintf(out, "%02ld%c%02ld%c%04ld", m, sep, d, sep, y + (m <= 2));
}

static void make_item(Item *it)
{
	memset(it, 0, sizeof *it);
	it->upheld = R(8) != 0;
	int k = R(10);
	if (k < 5) {   /* a drug */
		const Drug *d = &PICK(drugs);
		const char *st = d->strength[R(3)];
		int qty = (1 + R(6)) * 30;
		it->drug = 1;
		switch (R(4)) {
		case 0: snprintf(it->text, sizeof it->text, "%s %s #%d", d->name, st, qty); break;
		case 1: snprintf(it->text, sizeof it->text, "%s %s, %s, #%d", d->name, st, PICK(freqs), qty); break;
		case 2: snprintf(it->text, sizeof it->text, "%s %s %s", d->name, st, PICK(freqs)); break;
		default: snprintf(it->text, sizeof it->text, "%s %s quantity %d with %d refills", d->name, st, qty, R(3)); break;
		}
	} else if (k < 6) {   /* a compound */
		int a = R(11), b = (a + 1 + R(10)) % 11, c = (b + 1 + R(9)) % 11;
		it->drug = 1;
		snprintf(it->text, sizeof it->text, "Compound cream: %s, %s, %s %dgm", compound_parts[a],
		         compound_parts[b], compound_parts[c], 30 * (1 + R(8)));
	} else {
		char tmp[300];
		snprintf(tmp, sizeof tmp, PICK(services), PICK(bodyparts));
		snprintf(it->text, sizeof it->text, "%s", tmp);
		if (pct(12) && strstr(tmp, "sessions") == NULL && strstr(tmp, "times") == NULL) {
			/* partial authorisation of a course of visits */
			int want = 6 + 2 * R(7), got = 2 + R(want / 2);
			const char *what = PICK(((const char *[]){ "Physical therapy", "Acupuncture", "Chiropractic care", "Aquatic therapy" }));
			const char *bp = PICK(bodyparts);
			it->partial = 1;
			snprintf(it->orig, sizeof it->orig, "%s %d sessions for the %s", what, want, bp);
			snprintf(it->auth, sizeof it->auth, "%s %d sessions", what, got);
			snprintf(it->text, sizeof it->text, "%s %d sessions for the %s", what, want - got, bp);
		}
	}
}

static void rationale(Buf *b, const Item *it)
{
	bprintf(b, "%s ", PICK(general));
	if (it->upheld) {
		bprintf(b, "%s %s ", PICK(why_up), PICK(why_up));
		bprintf(b, "Therefore the request for %s is not medically necessary.", it->text);
	} else {
		bprintf(b, "%s %s ", PICK(why_over), PICK(general));
		bprintf(b, "The request for %s is medically necessary.", it->text);
	}
}

static void summary(Buf *b, int y_inj, int year, const char *doi, int nitems, const Item *items)
{
	int age = 22 + R(45);
	const char *sex = pct(50) ? "male" : "female";
	bprintf(b, "The injured worker is a %d year old %s %s who was hurt on %s after %s. ", age, sex,
	        PICK(jobs), doi, PICK(mechanisms));
	bprintf(b, "Diagnoses include %s, %s and %s. ", PICK(diagnoses), PICK(diagnoses), PICK(diagnoses));
	int n = 2 + R(5);
	for (int i = 0; i < n; i++) {
		switch (R(6)) {
		case 0: bprintf(b, "A visit note of %02d-%02d-%d records pain of %d out of 10 with medication and %d without. ",
		                1 + R(12), 1 + R(28), y_inj + R(year - y_inj + 1), 3 + R(4), 6 + R(4)); break;
		case 1: bprintf(b, "Prior care has included %s, %s and a home exercise program. ",
		                PICK(((const char *[]){ "therapy", "injections", "chiropractic visits", "bracing", "acupuncture" })),
		                PICK(((const char *[]){ "oral medication", "topical creams", "activity changes", "a TENS trial" }))); break;
		case 2: bprintf(b, "On examination there was tenderness of the %s with reduced range of motion. ", PICK(bodyparts)); break;
		case 3: bprintf(b, "Work status is %s. ", PICK(((const char *[]){ "modified duty", "temporarily totally disabled", "full duty", "not documented" }))); break;
		case 4: bprintf(b, "The worker reports %s. ", PICK(((const char *[]){ "poor sleep because of pain", "numbness in the fingers at night",
		                "stiffness every morning", "that walking is limited to one block", "no side effects from current medication" }))); break;
		default: bprintf(b, "Imaging of the %s showed %s. ", PICK(bodyparts),
		                 PICK(((const char *[]){ "mild degenerative change", "a small disc protrusion", "no acute finding", "a partial tear" }))); break;
		}
	}
	bputs(b, "The treating physician requested ");
	for (int i = 0; i < nitems; i++)
		bprintf(b, "%s%s", i ? (i == nitems - 1 ? " and " : ", ") : "", items[i].partial ? items[i].orig : items[i].text);
	bputs(b, ". Utilization review non-certified the requests");
	for (int i = 0; i < nitems; i++)
		if (items[i].partial)
			bprintf(b, "; %s was the original request and %s was authorized by the Claims Administrator", items[i].orig, items[i].auth);
	bputs(b, ".");
}

static void expert_seed(Buf *b)
{
	bputs(b, "MAXIMUS Federal Services forwarded the full case file to an independent expert reviewer with no "
	         "ties to the employer, the employee, the providers or the claims administrator. ");
	if (pct(70))
		bprintf(b, "The expert reviewer is Board Certified in %s, has a subspecialty in %s and is licensed to "
		        "practice in California. ", PICK(specialties), PICK(subspecialties));
	else
		bprintf(b, "The expert reviewer is Board Certified in %s and is licensed to practice in California. ", PICK(specialties));
	bputs(b, "The reviewer has been in clinical practice for more than five years and still sees patients at "
	         "least 24 hours each week, and knows the rules that govern Independent Medical Review.");
}

static void write_items_2016(const Item *items, int n)
{
	Buf b = { 0 };
	for (int i = 0; i < n; i++) {
		const Item *it = &items[i];
		const char *dec = it->upheld ? "Upheld" : "Overturned";
		if (i > 0 && pct(30)) pagebreak();
		b.n = 0;
		if (it->partial)
			bprintf(&b, "%s was the original request. %s was authorized by the Claims Administrator. The remaining "
			        "IMR eligible portion of the original request, %s is:", it->orig, it->auth, it->text);
		else
			bprintf(&b, "%s:", it->text);
		if (pct(6)) { para(b.p); line(dec); }
		else { bprintf(&b, " %s", dec); para(b.p); }
		blank();
		b.n = 0; bprintf(&b, "Claims Administrator guideline: Decision based on %s.", PICK(guides)); para(b.p);
		blank();
		b.n = 0; bprintf(&b, "MAXIMUS guideline: Decision based on %s.", PICK(guides)); para(b.p);
		blank();
		b.n = 0; bputs(&b, "Decision rationale: "); rationale(&b, it); para(b.p);
		blank();
	}
	free(b.p);
}

static void letter(Buf *out, uint64_t seed, uint64_t idx)
{
	rs = splitmix(seed * 0x100000001B3ull ^ splitmix(idx)) | 1;
	lines.n = 0;
	int k = R(100);
	L.layout = k < 20 ? SEED : k < 55 ? LAYOUT : k < 85 ? PLAIN : NOTICE;
	L.crlf = pct(3);
	L.noblank = L.layout != SEED && pct(5);
	L.footer = L.layout != SEED && pct(20);
	L.nbsp = pct(4);
	L.lower = pct(3) ? 1 + R(2) : 0;
	L.width = 76 + R(24);
	L.pagelen = 46 + R(14);

	int nitems = 1 + (pct(60) ? 0 : R(6));
	Item items[6];
	for (int i = 0; i < nitems; i++) {
		int dup, tries = 0;
		do {   /* no item twice in one letter */
			make_item(&items[i]);
			dup = 0;
			for (int j = 0; j < i; j++)
				dup |= !strcmp(items[j].text, items[i].text);
		} while (dup && ++tries < 20);
	}

	int year = L.layout == NOTICE ? 2013 : L.layout == SEED ? 2014 + R(2) : 2016 + R(2);
	long dec = days_from_civil(year, 1, 1) + R(365);
	long dass = dec - 20 - R(25), dapl = dass - 3 - R(12), dure = dapl - 5 - R(20);
	long dinj = dure - 60 - R(365 * 8);
	char doi[16], dassign[16], ddec[16], dur[16], dapp[16], doi_text[16];
	date(doi, dinj, '/');
	date(doi_text, dinj, L.layout == NOTICE || L.layout == SEED ? '/' : '-');
	date(dur, dure, '/');
	date(dapp, dapl, '/');
	date(dassign, dass, '/');
	date(ddec, dec, '/');
	int y_inj = atoi(doi + 6);
	char caseno[32];
	snprintf(caseno, sizeof caseno, "CM%02d-%07d", year % 100, 1 + R(260000));

	Buf b = { 0 };
	if (L.layout == LAYOUT) {
		char t[256];
		snprintf(t, sizeof t, "Case Number:          %s", caseno); line(t);
		snprintf(t, sizeof t, "Date Assigned:        %s                      Date of Injury:      %s", dassign, doi); line(t);
		snprintf(t, sizeof t, "Decision Date:        %s                      UR Denial Date:      %s", ddec, dur); line(t);
		snprintf(t, sizeof t, "Priority:             %-10s                      Application          %s",
		         pct(90) ? "Standard" : "Expedited", dapp); line(t);
		line("                                                      Received:");
		blank();
	} else if (L.layout == PLAIN) {
		line("Case Number:"); line("Date Assigned:"); line("Decision Date:"); line("Priority:"); blank();
		line(caseno); line(dassign); line(ddec); line(pct(90) ? "Standard" : "Expedited"); blank();
		line("Date of Injury:"); line("UR Denial Date:"); line("Application"); line("Received:"); blank();
		line(doi); line(dur); line(dapp); blank();
	}

	if (L.layout == NOTICE) {
		line("MAXIMUS FEDERAL SERVICES, INC.");   /* the splitter wants it in capitals */
		line("Independent Medical Review");
		blank();
		heading("Notice of Independent Medical Review Determination", 0);
		blank();
		b.n = 0; bprintf(&b, "Dated: %s", ddec); line(b.p);
		blank();
		b.n = 0; bprintf(&b, "IMR Case Number:     %s     Date of Injury:          %s", caseno, doi); line(b.p);
		b.n = 0; bprintf(&b, "UR Denial Date:      %s       Application Received:    %s", dur, dapp); line(b.p);
		blank();
		for (int pass = 0; pass < 2; pass++) {
			if (pass == 1) {
				pagebreak();
				heading("INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE", 0);
				blank();
				b.n = 0;
				bprintf(&b, "An application for Independent Medical Review arrived on %s about the Utilization "
				        "Review Denial of %s. The disputed items were decided as follows:", dapp, dur);
				para(b.p);
			} else
				para("This notice gives the result of the Independent Medical Review of the treatment in dispute:");
			blank();
			for (int i = 0; i < nitems; i++) {
				b.n = 0;
				bprintf(&b, "%d) MAXIMUS Federal Services, Inc. has determined the request for %s is %smedically "
				        "necessary and appropriate.", i + 1, items[i].text, items[i].upheld ? "not " : "");
				para(b.p);
				blank();
			}
		}
		line("Medical Qualifications of the Expert Reviewer:");
		b.n = 0; expert_seed(&b); para(b.p);
		blank();
		line("Expert Reviewer Case Summary:");
		b.n = 0; summary(&b, y_inj, year, doi_text, nitems, items); para(b.p);
		blank();
		for (int i = 0; i < nitems; i++) {
			if (pct(40)) pagebreak();
			b.n = 0; bprintf(&b, "%d) Regarding the request for %s:", i + 1, items[i].text); para(b.p);
			line("Section of the Medical Treatment Utilization Schedule (MTUS) used by the Claims Administrator:");
			b.n = 0; bprintf(&b, "%s.", PICK(guides)); para(b.p);
			line("Section of the MTUS used by the Expert Reviewer for his/her decision:");
			b.n = 0; bprintf(&b, "%s.", PICK(guides)); para(b.p);
			line("Rationale for the Decision:");
			b.n = 0; rationale(&b, &items[i]); para(b.p);
			blank();
		}
	} else {
		heading("HOW THE IMR FINAL DETERMINATION WAS MADE", 17);
		if (L.layout == SEED) {
			b.n = 0; expert_seed(&b); para(b.p);
		} else {
			para("MAXIMUS Federal Services forwarded the full case file to an independent expert reviewer with no "
			     "ties to the employer, the employee, the providers or the claims administrator. The reviewer has "
			     "been in clinical practice for more than five years and knows the rules that govern Independent "
			     "Medical Review.");
			blank();
			line("The Expert Reviewer has the following credentials:");
			line("State(s) of Licensure: California");
			b.n = 0; bprintf(&b, "Certification(s)/Specialty: %s", PICK(specialties)); line(b.p);
		}
		blank();
		heading("CLINICAL CASE SUMMARY", 32);
		para("The expert reviewer prepared this summary after reading the case file and the medical records provided:");
		blank();
		b.n = 0; summary(&b, y_inj, year, doi_text, nitems, items); para(b.p);
		blank();
		heading("IMR ISSUES, DECISIONS AND RATIONALES", 23);
		para("The Final Determination was based on decisions for the disputed items/services set forth below:");
		if (L.layout == PLAIN) blank();
		if (L.layout == SEED) {
			blank();
			for (int i = 0; i < nitems; i++) {
				const Item *it = &items[i];
				const char *dec = it->upheld ? "Upheld" : "Overturned";
				b.n = 0;
				if (it->drug && pct(70)) {
					char name[400];
					snprintf(name, sizeof name, "%.390s", it->text);
					char *hash = strchr(name, '#');
					if (hash && hash > name) { hash[-1] = 0; bprintf(&b, "S5000, %s qty: %s.00:", name, hash + 1); }
					else bprintf(&b, "S5000, %s:", name);
				} else
					bprintf(&b, "%s:", it->text);
				snprintf(items[i].shown, sizeof items[i].shown, "%.*s", (int)(b.n - 1), b.p);
				if (pct(8)) { para(b.p); line(dec); }
				else { bprintf(&b, "  %s", dec); para(b.p); }
				if (pct(30)) pagebreak(); else blank();
				b.n = 0; bprintf(&b, "Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment "
				                 "Guidelines Page(s): %d-%d.", 20 + R(90), 110 + R(20)); para(b.p);
				blank();
				b.n = 0; bprintf(&b, "MAXIMUS guideline: Decision based on %s Page(s): %d.", PICK(guides), 10 + R(120)); para(b.p);
				blank();
				b.n = 0; bputs(&b, "Decision rationale: "); rationale(&b, it); para(b.p);
				blank();
			}
		} else {
			pagebreak();
			write_items_2016(items, nitems);
		}
	}
	free(b.p);

	static const char *lname[] = { "seed", "layout", "plain", "notice" };
	truth.n = 0;
	for (int i = 0; i < nitems; i++)
		bprintf(&truth, "%llu\t%s\t%s\t%d\t%s\t%s\n", (unsigned long long)idx, lname[L.layout],
		        L.layout == SEED ? "" : caseno, i + 1, items[i].shown[0] ? items[i].shown : items[i].text,
		        items[i].upheld ? "Upheld" : "Overturned");

	/* emit: pagination, footers, blank-line style, EOL, NBSP */
	const char *eol = L.crlf ? "\r\n" : "\n";
	size_t eoln = strlen(eol);
	int pages = 1, n = 0;
	for (char *p = lines.p, *e; p && p < lines.p + lines.n; p = e + 1) {
		e = memchr(p, '\n', (size_t)(lines.p + lines.n - p));
		if (*p == '\f' || ++n >= L.pagelen) { pages++; n = 0; }
	}
	int page = 1;
	n = 0;
	int at_page_start = 0;
	for (char *p = lines.p, *e; p < lines.p + lines.n; p = e + 1) {
		e = memchr(p, '\n', (size_t)(lines.p + lines.n - p));
		size_t len = (size_t)(e - p);
		int brk = (len == 1 && *p == '\f');
		if (!brk && ++n >= L.pagelen) brk = 2;
		if (brk) {
			if (L.layout == SEED) { bputs(out, "\n\n\n\n \n\n"); n = 0; if (brk == 1) continue; }
			else {
				if (L.footer) {
					bput(out, eol, eoln);
					bprintf(out, "Page %d of %d", page, pages);
					bput(out, eol, eoln);
				}
				bput(out, "\f", 1);
				page++;
				n = 0;
				at_page_start = 1;
				if (brk == 1) continue;
			}
		}
		if (len == 0 && (L.noblank || at_page_start)) { if (L.layout == SEED) bputs(out, " \n\n"); continue; }
		at_page_start = 0;
		if (L.nbsp) {
			for (size_t i = 0; i < len; i++) {
				if (p[i] == ' ' && i > 0 && i + 1 < len && p[i + 1] >= '0' && p[i + 1] <= '9' && pct(50))
					bputs(out, "\xc2\xa0");
				else
					bput(out, p + i, 1);
			}
		} else
			bput(out, p, len);
		if (L.layout == SEED) bputs(out, " \n\n");
		else bput(out, eol, eoln);
	}
	if (L.layout != SEED) {
		if (L.footer) { bput(out, eol, eoln); bprintf(out, "Page %d of %d", page, pages); bput(out, eol, eoln); }
		bput(out, "\f", 1);
	}
}

static void usage(void)
{
	fprintf(stderr, "usage: gen [-s SEED] [-m MB | -b BYTES | -n LETTERS] [-d DIR [-k PER_FILE]] [-t TRUTH.tsv]\n"
	                "  writes made-up IMR letters (all four layouts) to stdout, or to DIR/NNNNNN.txt;\n"
	                "  -t writes the items and decisions each letter holds\n");
	exit(2);
}

int main(int argc, char **argv)
{
	uint64_t seed = 1, bytes = 0, nletters = 0, per = 1;
	const char *dir = NULL, *tpath = NULL;
	FILE *tf = NULL;
	int c;
	while ((c = getopt(argc, argv, "s:m:b:n:d:k:t:h")) != -1) {
		switch (c) {
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 'm': bytes = (uint64_t)(strtod(optarg, NULL) * 1e6); break;
		case 'b': bytes = strtoull(optarg, NULL, 10); break;
		case 'n': nletters = strtoull(optarg, NULL, 10); break;
		case 'd': dir = optarg; break;
		case 't': tpath = optarg; break;
		case 'k': per = strtoull(optarg, NULL, 10); if (!per) per = 1; break;
		default: usage();
		}
	}
	if (optind != argc || (!bytes && !nletters)) usage();
	if (dir) mkdir(dir, 0777);
	if (tpath) {
		if (!(tf = fopen(tpath, "w"))) { perror(tpath); return 1; }
		fputs("letter\tlayout\tcase_number\titem_no\titem\tdecision\n", tf);
	}

	Buf out = { 0 };
	FILE *f = dir ? NULL : stdout;
	static char iobuf[1 << 20];
	if (f) setvbuf(f, iobuf, _IOFBF, sizeof iobuf);
	uint64_t total = 0;
	for (uint64_t i = 0; nletters ? i < nletters : total < bytes; i++) {
		if (dir && i % per == 0) {
			char path[4096];
			if (f && fclose(f)) { perror("gen"); return 1; }
			snprintf(path, sizeof path, "%s/%06llu.txt", dir, (unsigned long long)(i / per));
			if (!(f = fopen(path, "wb"))) { perror(path); return 1; }
		}
		out.n = 0;
		letter(&out, seed, i);
		if (fwrite(out.p, 1, out.n, f) != out.n) { perror("gen: write"); return 1; }
		total += out.n;
		if (tf && fwrite(truth.p, 1, truth.n, tf) != truth.n) { perror(tpath); return 1; }
	}
	if (tf && fclose(tf)) { perror(tpath); return 1; }
	if (f && fclose(f)) { perror("gen: write"); return 1; }
	return 0;
}
