/* dx-words.c: the words a diagnosis list is read by (diagnoses.c): each
 * word's kinds (dx_vocab: begins a clause, names a place, qualifies ...),
 * looked up once in one open-addressing table, and the small matchers of
 * words and phrases at a place in the summary's lowercase text.  Part of
 * the parser (parser.c), before diagnoses.c. */
#include "parser.h"

/* A word or phrase of a list, its length known when compiling: the lists
 * are read at every space of the list, so no strlen(). */
typedef struct {
	const char *w;
	size_t len;
} DxWord;
#define W(s) { s, sizeof s - 1 }

#define DX_MAX_ENTRY 200   /* bytes: a longer entry is a sentence, not a diagnosis */

/* Are the K bytes at A those at B?  (Short words: no call to memcmp.) */
static inline int dx_same(const char *a, const char *b, size_t k)
{
	size_t j;
	for (j = 0; j < k; j++)
		if (a[j] != b[j])
			return 0;
	return 1;
}

/* The first entry of LIST that starts LOW[i] (as a whole word when WHOLE),
 * or NULL. */
static const DxWord *dx_at(const Text *t, size_t i, const DxWord *list, int whole)
{
	char c0, c1;
	if (i >= t->n)
		return NULL;
	c0 = t->low[i];
	c1 = i + 1 < t->n ? t->low[i + 1] : '\0';
	for (; list->w; list++)
		if (list->w[0] == c0 && (list->len < 2 || list->w[1] == c1) && i + list->len <= t->n &&
		    dx_same(t->low + i, list->w, list->len) &&
		    (!whole || i + list->len == t->n || !text_is_alpha(t->low[i + list->len])))
			return list;
	return NULL;
}

/* Is the lowercase word W (K bytes) at LOW[i], and a word there (not the
 * start of a longer one; what follows is not a letter)? */
static int dx_word(const Text *t, size_t i, const char *w, size_t k)
{
	return i + k <= t->n && t->low[i] == w[0] && dx_same(t->low + i, w, k) &&
	       (i + k == t->n || !text_is_alpha(t->low[i + k]));
}

/* What a word is to the reader of the list: the lists are asked about
 * every word of it, so each word is looked up once, in one table, and
 * gives all its kinds at once (dx_flags) instead of walking a list per
 * question. */
enum {
	DX_CLAUSE = 1 << 0,         /* begins a clause: the list ends before it */
	DX_CLAUSE_PHRASE = 1 << 1,  /* may begin one ("associated with an industrial") */
	DX_DATED = 1 << 2,          /* only ends the entry ("dated ...") */
	DX_BINDING = 1 << 3,        /* an "and" after it joins (dx_binding) */
	DX_PLACE = 1 << 4,          /* only names a place or a side */
	DX_SIDE = 1 << 5,           /* "left", "right", "bilateral" */
	DX_QUAL_FIRST = 1 << 6,     /* a qualifier starts with it ("subsequent") */
	DX_QUAL_LAST = 1 << 7,      /* a qualifier ends with it ("encounter") */
	DX_GENERIC = 1 << 8,        /* names no diagnosis alone ("injury") */
	DX_ABBREV = 1 << 9,         /* its '.' ends no sentence ("dr.") */
	DX_NO_LIST = 1 << 10,       /* after the verb: no list ("not", "pending") */
	DX_BEFORE_TREATED = 1 << 11,    /* "being treated for" */
	DX_BEFORE_TREATMENT = 1 << 12,  /* "undergoing treatment for" */
	DX_LEAD = 1 << 13,          /* the first word of a dx_skip_lead phrase */
	DX_TRIGGER_SEEN = 1 << 14,  /* "is being seen for": a list, after "being" or "been" only */
	DX_ADD_LEAD = 1 << 15,      /* trimmed from an entry's start (dx_add) */
	DX_NEGATION = 1 << 16,      /* "not a diagnosis of": no list */
	DX_BEFORE_DATE = 1 << 17,   /* "in 2014", "on 03/16/2011": ends the entry */
	DX_MONTH = 1 << 18,
	DX_TREATMENT = 1 << 19,     /* "with medications": the list ends */
	DX_COUNT = 1 << 20,         /* "treated for two weeks": no list */
	DX_TIME = 1 << 21,
	DX_TRIGGER_TREATED = 1 << 22,    /* "is being treated for", "followed for" */
	DX_TRIGGER_TREATMENT = 1 << 23,  /* "undergoing treatment for", "under care for" */
	DX_QUAL_ALONE = 1 << 24,    /* a qualifier when the piece is all such words (", chronic") */
	DX_BE = 1 << 25,            /* "was", "is": a negation after it drops the list */
	DX_PAIR = 1 << 26,          /* "both": the "and" after it joins */
	DX_TRIGGER_PREP = 1 << 27,  /* "assessed with", "suffers from" (dx_after_prep) */
	DX_BY = 1 << 28,            /* "by": the list ends, but for "caused by" (DX_CAUSE) */
	DX_CAUSE = 1 << 29,         /* "caused", "aggravated": a "by" after it is the diagnosis' */
	DX_SETTING = 1 << 30,       /* "in the emergency department": the entry ends */
};
#define DX_LINK (1u << 31)          /* an article or a preposition: no entry ends with it (an
                                     * enum constant is an int: not this bit) */

typedef struct {
	const char *w;
	size_t len;
	unsigned flags;
} DxVocab;
#define V(s, f) { s, sizeof s - 1, f }

/* The words; one may have several entries (their kinds are joined). */
static const DxVocab dx_vocab[] = {
	/* clauses (dx_clause_at) */
	V("who", DX_CLAUSE), V("which", DX_CLAUSE), V("was", DX_CLAUSE), V("were", DX_CLAUSE), V("are", DX_CLAUSE),
	V("according", DX_CLAUSE), V("has", DX_CLAUSE), V("have", DX_CLAUSE), V("had", DX_CLAUSE), V("he", DX_CLAUSE),
	V("she", DX_CLAUSE), V("since", DX_CLAUSE), V("sustained", DX_CLAUSE), V("is", DX_CLAUSE), V("they", DX_CLAUSE),
	V("reportedly", DX_CLAUSE), V("per", DX_CLAUSE), V("associated", DX_CLAUSE_PHRASE),
	V("without", DX_CLAUSE_PHRASE),
	V("did", DX_CLAUSE), V("does", DX_CLAUSE), V("diagnoses", DX_CLAUSE), V("diagnosis", DX_CLAUSE),
	V("other", DX_CLAUSE_PHRASE), V("additional", DX_CLAUSE_PHRASE), V("primary", DX_CLAUSE_PHRASE),
	V("by", DX_BY), V("caused", DX_CAUSE), V("aggravated", DX_CAUSE), V("exacerbated", DX_CAUSE),
	V("complicated", DX_CAUSE), V("induced", DX_CAUSE), V("worsened", DX_CAUSE), V("accompanied", DX_CAUSE),
	V("secondary", DX_CLAUSE_PHRASE), V("status", DX_CLAUSE_PHRASE), V("dated", DX_DATED),
	V("from", DX_CLAUSE_PHRASE), V("related", DX_CLAUSE_PHRASE),
	/* dx_binding */
	V("with", DX_BINDING), V("affecting", DX_BINDING), V("involving", DX_BINDING), V("including", DX_BINDING),
	V("between", DX_BINDING),
	/* places (dx_words) */
	V("and", DX_PLACE), V("ankle", DX_PLACE), V("ankles", DX_PLACE), V("arm", DX_PLACE), V("arms", DX_PLACE),
	V("abdominal", DX_PLACE), V("abdomen", DX_PLACE), V("back", DX_PLACE), V("bilateral", DX_PLACE | DX_SIDE),
	V("both", DX_PLACE), V("buttock", DX_PLACE), V("buttocks", DX_PLACE), V("cervical", DX_PLACE),
	V("chest", DX_PLACE), V("calf", DX_PLACE), V("calves", DX_PLACE), V("elbow", DX_PLACE), V("elbows", DX_PLACE),
	V("extremity", DX_PLACE), V("extremities", DX_PLACE), V("foot", DX_PLACE), V("feet", DX_PLACE),
	V("face", DX_PLACE), V("fascia", DX_PLACE), V("finger", DX_PLACE), V("fingers", DX_PLACE),
	V("forearm", DX_PLACE), V("forearms", DX_PLACE), V("groin", DX_PLACE), V("hip", DX_PLACE), V("hips", DX_PLACE),
	V("hand", DX_PLACE), V("hands", DX_PLACE), V("head", DX_PLACE), V("heel", DX_PLACE), V("heels", DX_PLACE),
	V("joint", DX_PLACE), V("joints", DX_PLACE), V("jaw", DX_PLACE), V("knee", DX_PLACE), V("knees", DX_PLACE),
	V("left", DX_PLACE | DX_SIDE), V("lumbar", DX_PLACE), V("lumbosacral", DX_PLACE), V("low", DX_PLACE),
	V("lower", DX_PLACE), V("leg", DX_PLACE), V("legs", DX_PLACE), V("ligament", DX_PLACE),
	V("ligaments", DX_PLACE), V("limb", DX_PLACE), V("limbs", DX_PLACE), V("mid", DX_PLACE), V("muscle", DX_PLACE), V("muscles", DX_PLACE),
	V("neck", DX_PLACE), V("of", DX_PLACE), V("pelvis", DX_PLACE), V("right", DX_PLACE | DX_SIDE),
	V("rib", DX_PLACE), V("ribs", DX_PLACE), V("sacral", DX_PLACE), V("shoulder", DX_PLACE),
	V("shoulders", DX_PLACE), V("sided", DX_PLACE), V("side", DX_PLACE), V("spine", DX_PLACE),
	V("scalp", DX_PLACE), V("thoracic", DX_PLACE), V("the", DX_PLACE), V("thigh", DX_PLACE),
	V("thighs", DX_PLACE), V("thumb", DX_PLACE), V("thumbs", DX_PLACE), V("toe", DX_PLACE), V("toes", DX_PLACE),
	V("tendon", DX_PLACE), V("tendons", DX_PLACE), V("upper", DX_PLACE), V("wrist", DX_PLACE),
	V("wrists", DX_PLACE), V("palm", DX_PLACE), V("palms", DX_PLACE), V("eye", DX_PLACE), V("eyes", DX_PLACE),
	/* the fingers by name ("trigger finger, right middle finger") */
	V("index", DX_PLACE), V("middle", DX_PLACE), V("ring", DX_PLACE), V("little", DX_PLACE),
	V("carpal", DX_PLACE), V("cubital", DX_PLACE), V("tarsal", DX_PLACE),   /* (nerve tunnels) */
	V("digit", DX_PLACE), V("digits", DX_PLACE), V("long", DX_PLACE),
	V("first", DX_PLACE), V("second", DX_PLACE), V("third", DX_PLACE), V("fourth", DX_PLACE), V("fifth", DX_PLACE),
	V("metatarsal", DX_PLACE), V("metatarsals", DX_PLACE), V("metacarpal", DX_PLACE), V("metacarpals", DX_PLACE),
	V("rotator", DX_PLACE), V("cuff", DX_PLACE),
	/* qualifiers (dx_qualifier) */
	V("subsequent", DX_QUAL_FIRST), V("initial", DX_QUAL_FIRST), V("sequela", DX_QUAL_FIRST | DX_QUAL_LAST),
	V("unspecified", DX_QUAL_FIRST | DX_QUAL_LAST), V("mid", DX_QUAL_FIRST), V("site", DX_QUAL_FIRST | DX_QUAL_LAST),
	V("not", DX_QUAL_FIRST), V("nos", DX_QUAL_FIRST | DX_QUAL_LAST), V("without", DX_QUAL_FIRST),
	V("with", DX_QUAL_FIRST), V("due", DX_QUAL_FIRST), V("secondary", DX_QUAL_FIRST),
	V("sequelae", DX_QUAL_FIRST | DX_QUAL_LAST), V("region", DX_QUAL_FIRST | DX_QUAL_LAST),
	V("level", DX_QUAL_FIRST | DX_QUAL_LAST), V("levels", DX_QUAL_FIRST | DX_QUAL_LAST), V("episode", DX_QUAL_FIRST),
	V("grade", DX_QUAL_FIRST), V("stage", DX_QUAL_FIRST), V("aggravated", DX_QUAL_FIRST),
	V("industrially", DX_QUAL_FIRST), V("exacerbated", DX_QUAL_FIRST), V("worsened", DX_QUAL_FIRST),
	/* qualifiers when all the piece's words are (dx_qualifier): ", chronic",
	 * ", single episode, moderate", ", right greater than left" */
	V("single", DX_QUAL_ALONE), V("mild", DX_QUAL_ALONE), V("moderate", DX_QUAL_ALONE), V("severe", DX_QUAL_ALONE),
	V("recurrent", DX_QUAL_ALONE), V("in", DX_QUAL_ALONE), V("remission", DX_QUAL_ALONE),
	V("partial", DX_QUAL_ALONE), V("intractable", DX_QUAL_ALONE), V("chronic", DX_QUAL_ALONE),
	V("acute", DX_QUAL_ALONE), V("subacute", DX_QUAL_ALONE), V("controlled", DX_QUAL_ALONE),
	V("uncontrolled", DX_QUAL_ALONE), V("resolved", DX_QUAL_ALONE), V("resolving", DX_QUAL_ALONE),
	V("current", DX_QUAL_ALONE), V("injury", DX_QUAL_ALONE),   /* (", current injury, left knee") */
	V("healed", DX_QUAL_ALONE), V("improved", DX_QUAL_ALONE), V("improving", DX_QUAL_ALONE), V("stable", DX_QUAL_ALONE),
	V("worsening", DX_QUAL_ALONE), V("persistent", DX_QUAL_ALONE), V("greater", DX_QUAL_ALONE),
	V("worse", DX_QUAL_ALONE), V("than", DX_QUAL_ALONE), V("predominant", DX_QUAL_ALONE),
	V("more", DX_QUAL_ALONE), V("less", DX_QUAL_ALONE),   /* (", right more than left") */
	V("predominantly", DX_QUAL_ALONE), V("active", DX_QUAL_ALONE), V("complete", DX_QUAL_ALONE),
	V("encounter", DX_QUAL_LAST), V("side", DX_QUAL_LAST), V("healing", DX_QUAL_LAST),
	V("classified", DX_QUAL_LAST), V("sites", DX_QUAL_LAST), V("type", DX_QUAL_LAST | DX_QUAL_ALONE),
	V("attributed", DX_QUAL_FIRST), V("attributable", DX_QUAL_FIRST),   /* ", attributed to NSAID use" */
	V("degree", DX_QUAL_LAST), V("thickness", DX_QUAL_LAST),   /* ", second degree", ", partial thickness" */
	V("shaft", DX_QUAL_LAST), V("midshaft", DX_QUAL_LAST), V("end", DX_QUAL_LAST),   /* ", shaft", ", lower end" */
	V("proximal", DX_QUAL_ALONE), V("distal", DX_QUAL_ALONE), V("uncomplicated", DX_QUAL_ALONE),
	V("complicated", DX_QUAL_ALONE), V("anterior", DX_QUAL_ALONE), V("posterior", DX_QUAL_ALONE),
	V("dorsal", DX_QUAL_ALONE), V("volar", DX_QUAL_ALONE), V("palmar", DX_QUAL_ALONE), V("medial", DX_QUAL_ALONE),
	V("lateral", DX_QUAL_ALONE), V("prepatellar", DX_QUAL_ALONE), V("infrapatellar", DX_QUAL_ALONE),   /* (", dorsal") */
	V("closed", DX_QUAL_ALONE), V("open", DX_QUAL_ALONE), V("displaced", DX_QUAL_ALONE),
	V("nondisplaced", DX_QUAL_ALONE),   /* ", anterior, initial encounter", ", closed" */
	/* dx_generic */
	V("injury", DX_GENERIC), V("injuries", DX_GENERIC), V("pain", DX_GENERIC), V("strain", DX_GENERIC),
	V("strains", DX_GENERIC), V("sprain", DX_GENERIC), V("sprains", DX_GENERIC), V("contusion", DX_GENERIC),
	V("contusions", DX_GENERIC), V("abrasion", DX_GENERIC), V("abrasions", DX_GENERIC),
	V("laceration", DX_GENERIC), V("lacerations", DX_GENERIC),
	V("swelling", DX_GENERIC), V("stiffness", DX_GENERIC), V("numbness", DX_GENERIC), V("tingling", DX_GENERIC),
	V("weakness", DX_GENERIC),   /* ("foot pain and swelling") */
	/* dx_sentence_end */
	V("dr", DX_ABBREV), V("mr", DX_ABBREV), V("mrs", DX_ABBREV), V("ms", DX_ABBREV), V("st", DX_ABBREV),
	V("vs", DX_ABBREV), V("no", DX_ABBREV), V("approx", DX_ABBREV), V("jr", DX_ABBREV), V("sr", DX_ABBREV),
	/* dx_after_diagnos */
	V("not", DX_NO_LIST), V("unknown", DX_NO_LIST), V("none", DX_NO_LIST), V("pending", DX_NO_LIST),
	V("deferred", DX_NO_LIST), V("unremarkable", DX_NO_LIST), V("noncontributory", DX_NO_LIST),
	V("confirmed", DX_NO_LIST), V("made", DX_NO_LIST), V("established", DX_NO_LIST), V("changed", DX_NO_LIST),
	V("unclear", DX_NO_LIST), V("uncertain", DX_NO_LIST), V("unchanged", DX_NO_LIST), V("same", DX_NO_LIST),
	V("requested", DX_NO_LIST), V("reviewed", DX_NO_LIST), V("discussed", DX_NO_LIST), V("undetermined", DX_NO_LIST),
	V("questioned", DX_NO_LIST), V("considered", DX_NO_LIST),
	V("negative", DX_NO_LIST),
	/* dx_after_treat */
	V("being", DX_BEFORE_TREATED), V("been", DX_BEFORE_TREATED), V("be", DX_BEFORE_TREATED), V("is", DX_BEFORE_TREATED),
	V("was", DX_BEFORE_TREATED), V("were", DX_BEFORE_TREATED), V("are", DX_BEFORE_TREATED),
	V("currently", DX_BEFORE_TREATED), V("presently", DX_BEFORE_TREATED), V("now", DX_BEFORE_TREATED),
	V("actively", DX_BEFORE_TREATED), V("still", DX_BEFORE_TREATED), V("initially", DX_BEFORE_TREATED),
	V("originally", DX_BEFORE_TREATED), V("undergoing", DX_BEFORE_TREATMENT), V("under", DX_BEFORE_TREATMENT),
	V("ongoing", DX_BEFORE_TREATMENT), V("continuing", DX_BEFORE_TREATMENT), V("current", DX_BEFORE_TREATMENT),
	V("active", DX_BEFORE_TREATMENT),
	/* the first words of the phrases of dx_skip_lead, dx_after_diagnos and
	 * dx_add (a filter only: the phrase itself is matched there) */
	V("documented", DX_LEAD), V("listed", DX_LEAD), V("noted", DX_LEAD), V("found", DX_LEAD),
	V("felt", DX_LEAD), V("thought", DX_LEAD), V("considered", DX_LEAD), V("determined", DX_LEAD),
	V("believed", DX_LEAD), V("to", DX_LEAD), V("been", DX_LEAD),
	V("reported", DX_LEAD), V("recorded", DX_LEAD), V("given", DX_LEAD), V("as", DX_LEAD),
	V("having", DX_LEAD), V("that", DX_LEAD), V("which", DX_LEAD), V("including", DX_LEAD),
	V("included", DX_LEAD), V("includes", DX_LEAD), V("include", DX_LEAD),
	V("the", DX_LEAD), V("diagnoses", DX_LEAD), V("diagnosis", DX_LEAD), V("a", DX_LEAD | DX_ADD_LEAD),
	V("of", DX_LEAD), V("with", DX_LEAD), V("were", DX_LEAD),
	V("are", DX_LEAD), V("was", DX_LEAD), V("is", DX_LEAD),
	V("and", DX_ADD_LEAD), V("or", DX_ADD_LEAD), V("an", DX_ADD_LEAD), V("also", DX_ADD_LEAD),
	V("then", DX_ADD_LEAD), V("later", DX_ADD_LEAD), V("now", DX_ADD_LEAD), V("currently", DX_ADD_LEAD),
	V("still", DX_ADD_LEAD), V("subsequently", DX_ADD_LEAD), V("with", DX_ADD_LEAD),
	V("for", DX_ADD_LEAD), V("secondarily", DX_ADD_LEAD), V("additionally", DX_ADD_LEAD),
	V("primarily", DX_ADD_LEAD), V("principally", DX_ADD_LEAD), V("separately", DX_ADD_LEAD),   /* ("and, secondarily, for") */
	V("namely", DX_ADD_LEAD),   /* (", namely X") */
	V("years", DX_CLAUSE_PHRASE), V("months", DX_CLAUSE_PHRASE),   /* ("years before the injury") */
	V("updated", DX_LEAD), V("revised", DX_LEAD), V("amended", DX_LEAD), V("expanded", DX_LEAD),
	V("changed", DX_LEAD), V("modified", DX_LEAD), V("subsequently", DX_LEAD), V("later", DX_LEAD),
	V("rendered", DX_LEAD), V("made", DX_LEAD), V("established", DX_LEAD), V("coded", DX_LEAD),
	V("then", DX_LEAD),
	V("him", DX_LEAD), V("her", DX_LEAD), V("them", DX_LEAD),
	/* a clause of cause, or a verb of the narrative: the list ends ("hernia
	 * after lifting a box", "fracture and underwent surgery") */
	V("after", DX_CLAUSE), V("following", DX_CLAUSE | DX_LEAD), V("while", DX_CLAUSE), V("when", DX_CLAUSE),
	V("before", DX_CLAUSE),
	V("underwent", DX_CLAUSE), V("reports", DX_CLAUSE), V("complains", DX_CLAUSE), V("complained", DX_CLAUSE),
	V("presented", DX_CLAUSE), V("presents", DX_CLAUSE), V("denies", DX_CLAUSE), V("states", DX_CLAUSE),
	V("stated", DX_CLAUSE), V("received", DX_CLAUSE), V("continues", DX_CLAUSE), V("continued", DX_CLAUSE),
	V("despite", DX_CLAUSE), V("uses", DX_CLAUSE), V("used", DX_CLAUSE), V("takes", DX_CLAUSE),
	V("took", DX_CLAUSE), V("wears", DX_CLAUSE), V("works", DX_CLAUSE), V("worked", DX_CLAUSE),
	V("lives", DX_CLAUSE), V("requires", DX_CLAUSE), V("required", DX_CLAUSE), V("returned", DX_CLAUSE),
	V("needs", DX_CLAUSE), V("remains", DX_CLAUSE),
	/* what the physician did next ("diagnosed X and requested an MRI") */
	V("requested", DX_CLAUSE), V("requests", DX_CLAUSE), V("recommended", DX_CLAUSE), V("recommends", DX_CLAUSE),
	V("prescribed", DX_CLAUSE), V("prescribes", DX_CLAUSE), V("ordered", DX_CLAUSE), V("orders", DX_CLAUSE),
	V("dispensed", DX_CLAUSE), V("administered", DX_CLAUSE),
	V("performed", DX_DATED),   /* (the entry only: "arthroscopy performed on 01/01/2015, ...") */
	V("authorized", DX_CLAUSE),
	V("released", DX_CLAUSE), V("discharged", DX_CLAUSE), V("admitted", DX_CLAUSE),
	V("for", DX_CLAUSE_PHRASE), V("in", DX_CLAUSE_PHRASE), V("of", DX_CLAUSE_PHRASE),
	V("superimposed", DX_CLAUSE_PHRASE),   /* ("superimposed on": dx_after_space parts the entries) */
	V("as", DX_CLAUSE_PHRASE), V("to", DX_CLAUSE_PHRASE),   /* ("X as the working diagnosis", "X to be") */
	/* findings: the entry ends ("stenosis noted on MRI") */
	V("noted", DX_DATED), V("documented", DX_DATED), V("confirmed", DX_DATED), V("seen", DX_DATED),
	V("demonstrated", DX_DATED), V("shown", DX_DATED),
	V("found", DX_DATED), V("identified", DX_DATED), V("identifies", DX_DATED), V("recorded", DX_DATED),
	/* a reporter's verb (dx_after_reported) ends the entry ("X found on
	 * MRI"); after its subject, its object is the next entry ("...; the
	 * physician also found Y": dx_reporter_cut) */
	V("documents", DX_DATED), V("concluded", DX_DATED), V("established", DX_DATED), V("assessed", DX_DATED),
	V("treated", DX_DATED), V("managed", DX_DATED), V("repaired", DX_DATED),   /* (", treated with lisinopril, and") */
	V("determined", DX_DATED), V("lists", DX_DATED), V("listed", DX_DATED), V("enumerates", DX_DATED),
	V("enumerated", DX_DATED), V("finds", DX_DATED), V("confirms", DX_DATED), V("establishes", DX_DATED),
	V("assesses", DX_DATED), V("demonstrates", DX_DATED), V("concludes", DX_DATED), V("determines", DX_DATED),
	V("reflect", DX_DATED), V("reflects", DX_DATED), V("reflected", DX_DATED), V("addresses", DX_DATED),
	V("addressed", DX_DATED), V("identify", DX_DATED), V("document", DX_DATED), V("confirm", DX_DATED),
	V("establish", DX_DATED), V("demonstrate", DX_DATED),   /* (the present plural: "the notes identify") */
	V("that", DX_DATED),   /* ("cervical strain that resolved, ...") */
	V("was", DX_BE), V("were", DX_BE), V("is", DX_BE), V("are", DX_BE), V("both", DX_PAIR),
	V("a", DX_LINK), V("an", DX_LINK), V("the", DX_LINK), V("of", DX_LINK), V("to", DX_LINK), V("with", DX_LINK),
	V("for", DX_LINK),
	V("assessed", DX_TRIGGER_PREP), V("suffers", DX_TRIGGER_PREP), V("suffering", DX_TRIGGER_PREP),
	V("suffered", DX_TRIGGER_PREP), V("suffer", DX_TRIGGER_PREP),   /* ("continues to suffer from") */
	V("suffering", DX_LEAD),   /* ("diagnosed as suffering from") */
	V("hospitalized", DX_TRIGGER_PREP),   /* ("was hospitalized with") */
	/* negations before "diagnosis" (dx_negated) */
	V("not", DX_NEGATION), V("no", DX_NEGATION), V("without", DX_NEGATION), V("nor", DX_NEGATION),
	V("never", DX_NEGATION), V("denied", DX_NEGATION), V("denies", DX_NEGATION),
	/* dates that end an entry ("in 2014", "in March 2014", "on 03/16/2011"),
	 * and places of care ("in the emergency department") */
	V("in", DX_BEFORE_DATE), V("on", DX_BEFORE_DATE), V("at", DX_BEFORE_DATE), V("during", DX_BEFORE_DATE),
	V("emergency", DX_SETTING), V("er", DX_SETTING), V("ed", DX_SETTING), V("clinic", DX_SETTING),
	V("hospital", DX_SETTING), V("office", DX_SETTING), V("urgent", DX_SETTING),
	/* and the papers that state it ("ganglion cyst in the note of 10/10") */
	V("note", DX_SETTING), V("notes", DX_SETTING), V("report", DX_SETTING), V("records", DX_SETTING),
	V("chart", DX_SETTING), V("progress", DX_SETTING),
	V("therapy", DX_SETTING), V("psychotherapy", DX_SETTING),   /* ("seen in psychotherapy for") */
	V("fall", DX_SETTING), V("accident", DX_SETTING), V("collision", DX_SETTING), V("incident", DX_SETTING),
	V("assault", DX_SETTING),   /* (and the event: "laceration in the fall") */
	V("mri", DX_SETTING), V("imaging", DX_SETTING), V("examination", DX_SETTING), V("exam", DX_SETTING),
	V("radiographs", DX_SETTING),   /* ("tear on MRI") */
	V("childhood", DX_SETTING), V("adolescence", DX_SETTING),   /* ("a fractured tooth in childhood") */
	V("january", DX_MONTH), V("february", DX_MONTH), V("march", DX_MONTH), V("april", DX_MONTH),
	V("may", DX_MONTH), V("june", DX_MONTH), V("july", DX_MONTH), V("august", DX_MONTH),
	V("september", DX_MONTH), V("october", DX_MONTH), V("november", DX_MONTH), V("december", DX_MONTH),
	V("jan", DX_MONTH), V("feb", DX_MONTH), V("mar", DX_MONTH), V("apr", DX_MONTH), V("jun", DX_MONTH),
	V("jul", DX_MONTH), V("aug", DX_MONTH), V("sep", DX_MONTH), V("sept", DX_MONTH), V("oct", DX_MONTH),
	V("nov", DX_MONTH), V("dec", DX_MONTH),
	/* treatments after "with": the list ends ("treated for neck pain with
	 * medications and physical therapy") */
	V("medication", DX_TREATMENT), V("medications", DX_TREATMENT), V("medicine", DX_TREATMENT),
	V("medicines", DX_TREATMENT), V("physical", DX_TREATMENT), V("therapy", DX_TREATMENT),
	V("injection", DX_TREATMENT), V("injections", DX_TREATMENT), V("surgery", DX_TREATMENT),
	V("acupuncture", DX_TREATMENT), V("chiropractic", DX_TREATMENT), V("brace", DX_TREATMENT),
	V("bracing", DX_TREATMENT), V("splint", DX_TREATMENT), V("splinting", DX_TREATMENT), V("rest", DX_TREATMENT),
	V("nsaids", DX_TREATMENT), V("opioids", DX_TREATMENT), V("narcotics", DX_TREATMENT),
	V("analgesics", DX_TREATMENT), V("conservative", DX_TREATMENT), V("home", DX_TREATMENT),
	V("exercises", DX_TREATMENT), V("massage", DX_TREATMENT), V("modified", DX_TREATMENT),
	V("restrictions", DX_TREATMENT),
	/* "treated for two weeks", "for several months": no list */
	V("one", DX_COUNT), V("two", DX_COUNT), V("three", DX_COUNT), V("four", DX_COUNT), V("five", DX_COUNT),
	V("six", DX_COUNT), V("several", DX_COUNT), V("a", DX_COUNT), V("few", DX_COUNT), V("many", DX_COUNT),
	V("the", DX_COUNT), V("past", DX_COUNT), V("over", DX_COUNT), V("approximately", DX_COUNT),
	V("day", DX_TIME), V("days", DX_TIME), V("week", DX_TIME), V("weeks", DX_TIME), V("month", DX_TIME),
	V("months", DX_TIME), V("year", DX_TIME), V("years", DX_TIME), V("sessions", DX_TIME), V("visits", DX_TIME),
	/* the words before "for" that start a list (dx_after_for) */
	V("treated", DX_TRIGGER_TREATED), V("followed", DX_TRIGGER_TREATED), V("managed", DX_TRIGGER_TREATED),
	V("treating", DX_TRIGGER_TREATED),   /* ("is currently treating for") */
	V("following", DX_TRIGGER_TREATED), V("seeing", DX_TRIGGER_TREATED),   /* ("has been following her for") */
	V("treats", DX_TRIGGER_TREATED), V("follows", DX_TRIGGER_TREATED), V("manages", DX_TRIGGER_TREATED),
	V("managing", DX_TRIGGER_TREATED),   /* ("Dr. Lee treats her for") */
	V("seen", DX_TRIGGER_SEEN),   /* (not "was seen for complaints of": symptoms) */
	V("treatment", DX_TRIGGER_TREATMENT), V("treatments", DX_TRIGGER_TREATMENT), V("care", DX_TRIGGER_TREATMENT),
	V("receiving", DX_BEFORE_TREATMENT), V("receives", DX_BEFORE_TREATMENT), V("received", DX_BEFORE_TREATMENT),
	V("receive", DX_BEFORE_TREATMENT),   /* ("continues to receive care for") */
};

#define DX_SLOTS 2048   /* a power of two: sparse, so that most words not
                          * in the table meet an empty slot at once */
static unsigned short dx_slot[DX_SLOTS];   /* index + 1 in dx_vocab, or 0 */
static unsigned dx_merged[sizeof dx_vocab / sizeof dx_vocab[0]];   /* (dx_build_slots) */
/* The kinds of the words that start with the two letters (26: not a
 * letter): most words of a list are in no list, and these tell at once,
 * before their end is found and they are hashed. */
static unsigned dx_pair[27][27];
#define DX_AZ(c) [c] = c - 'a', [c - 32] = c - 'a'
/* A byte's letter (0 for 'a' or 'A' ...); other bytes 26, by the builder */
static unsigned char dx_letter[256] = {
	DX_AZ('a'), DX_AZ('b'), DX_AZ('c'), DX_AZ('d'), DX_AZ('e'), DX_AZ('f'), DX_AZ('g'), DX_AZ('h'), DX_AZ('i'),
	DX_AZ('j'), DX_AZ('k'), DX_AZ('l'), DX_AZ('m'), DX_AZ('n'), DX_AZ('o'), DX_AZ('p'), DX_AZ('q'), DX_AZ('r'),
	DX_AZ('s'), DX_AZ('t'), DX_AZ('u'), DX_AZ('v'), DX_AZ('w'), DX_AZ('x'), DX_AZ('y'), DX_AZ('z'),
};
/* Is the byte a letter or a digit (text_is_alpha, text_is_digit)?  By the
 * builder: the words of a list are read byte by byte. */
static unsigned char dx_alnum[256];
#define DX_ALNUM(t, i) dx_alnum[(unsigned char)(t)->low[i]]
static int dx_slots_built;

/* The hash of a word, a byte at a time (the reader hashes while it finds
 * the word's end). */
static inline unsigned dx_hash_step(unsigned h, char c)
{
	return h * 33 + (unsigned char)c;
}

static unsigned dx_hash(const char *w, size_t k)
{
	unsigned h = 5381;
	size_t j;
	for (j = 0; j < k; j++)
		h = dx_hash_step(h, w[j]);
	return h;
}

/* The open-addressing table of dx_vocab, built on first use (~200
 * entries): a word's slot holds its first entry, and dx_merged[] there the
 * kinds of all its entries. */
static void dx_build_slots(void)
{
	size_t e, h;
	if (dx_slots_built)
		return;
	for (e = 0; e < 256; e++) {
		if (!text_is_alpha((int)e))
			dx_letter[e] = 26;
		dx_alnum[e] = text_is_alpha((int)e) || text_is_digit((int)e);
	}
	for (e = 0; e < sizeof dx_vocab / sizeof dx_vocab[0]; e++) {
		const DxVocab *v = &dx_vocab[e];
		for (h = dx_hash(v->w, v->len) & (DX_SLOTS - 1); dx_slot[h]; h = (h + 1) & (DX_SLOTS - 1)) {
			const DxVocab *o = &dx_vocab[dx_slot[h] - 1];
			if (o->len == v->len && memcmp(o->w, v->w, v->len) == 0)
				break;
		}
		if (!dx_slot[h])
			dx_slot[h] = (unsigned short)(e + 1);
		dx_merged[dx_slot[h] - 1] |= v->flags;
		dx_pair[dx_letter[(unsigned char)v->w[0]]][v->len > 1 ? dx_letter[(unsigned char)v->w[1]] : 26] |= v->flags;
	}
	dx_slots_built = 1;
}

/* Which of the kinds WANT a word starting with bytes C0, C1 may have
 * (dx_build_slots() done). */
static inline unsigned dx_maybe(char c0, char c1, unsigned want)
{
	return dx_pair[dx_letter[(unsigned char)c0]][dx_letter[(unsigned char)c1]] & want;
}

/* The kinds of the word of K bytes at W (lowercase; its hash H), 0 for
 * none. */
static inline unsigned dx_lookup(const char *w, size_t k, unsigned h)
{
	for (h &= DX_SLOTS - 1; dx_slot[h]; h = (h + 1) & (DX_SLOTS - 1)) {
		size_t e = dx_slot[h] - 1u;
		if (dx_vocab[e].len == k && dx_same(dx_vocab[e].w, w, k))
			return dx_merged[e];
	}
	return 0;
}

/* Of the kinds WANT, those of the word of K bytes at W (lowercase). */
static inline unsigned dx_flags(const char *w, size_t k, unsigned want)
{
	if (k == 0 || !dx_maybe(w[0], k > 1 ? w[1] : ' ', want))
		return 0;
	return dx_lookup(w, k, dx_hash(w, k)) & want;
}

/* Of the kinds WANT, those of the word at LOW[i]; its letters in *K when
 * it was read to its end, else 0. */
static inline unsigned dx_word_flags(const Text *t, size_t i, unsigned want, size_t *k)
{
	size_t j = i;
	unsigned h = 5381;
	*k = 0;
	if (i >= t->n || !dx_maybe(t->low[i], i + 1 < t->n ? t->low[i + 1] : ' ', want))
		return 0;
	while (j < t->n && dx_letter[(unsigned char)t->low[j]] < 26)   /* (text_is_alpha) */
		h = dx_hash_step(h, t->low[j++]);
	*k = j - i;
	return j > i ? dx_lookup(t->low + i, j - i, h) & want : 0;
}

/* The end of the letters at LOW[i]: words are passed 16 bytes at a
 * time, and looked at only where they matter. */
static inline size_t dx_letters_end(const Text *t, size_t i)
{
	for (; i + 16 <= t->n; i += 16) {
		unsigned m = ~scan_letters16((const unsigned char *)t->low + i) & 0xffffu;
		if (m)
			return i + scan_lowest(m);
	}
	while (i < t->n && text_is_lower(t->low[i]))
		i++;
	return i;
}

/* The word that ends at LOW[end) (just before a space): its start. */
static size_t dx_word_before(const Text *t, size_t end)
{
	size_t i = end;
	while (i > 0 && text_is_alpha(t->low[i - 1]))
		i--;
	return i;
}

/* The start of the word before the one at START, a blank between, or
 * NONE. */
static size_t dx_previous_word(const Text *t, size_t start)
{
	size_t before;
	if (start < 2 || start > t->n || t->low[start - 1] != ' ' || (before = dx_word_before(t, start - 1)) == start - 1)
		return NONE;
	return before;
}

#define DX_ABBREV_MAX 6   /* bytes: the longest DX_ABBREV word ("approx") */

/* Is LOW[i] (a '.') the end of the sentence? */
static int dx_sentence_end(const Text *t, size_t i)
{
	size_t j = i + 1, w;
	while (j < t->n && (t->s[j] == '"' || t->s[j] == '\'' || t->s[j] == ')'))
		j++;
	if (j >= t->n)
		return 1;
	if (text_is_digit(t->s[j]) || text_is_lower(t->s[j]))   /* "2.5", "e.g." */
		return 0;
	for (w = i; w > 0 && i - w <= DX_ABBREV_MAX && text_is_alpha(t->low[w - 1]); w--)
		;   /* (a longer word is no abbreviation) */
	if (i - w == 1 && (w == 0 || t->low[w - 1] != '-'))
		return 0;   /* an initial, "e.g." */
	if (i > w && i - w <= DX_ABBREV_MAX && dx_flags(t->low + w, i - w, DX_ABBREV))
		return 0;
	if (t->s[j] == ' ')
		return j + 1 >= t->n || !text_is_lower(t->s[j + 1]);
	return is_upper(t->s[j]) && i > 0 && (text_is_lower(t->s[i - 1]) || text_is_digit(t->s[i - 1]));  /* "2016.In" */
}

/* The length of the dash at LOW[i]: '-', or an en or em dash in UTF-8
 * ("The assessment read \u2013 ..."); or 0. */
static size_t dx_dash_at(const Text *t, size_t i)
{
	if (i < t->n && t->low[i] == '-')
		return 1;
	return i + 2 < t->n && (unsigned char)t->low[i] == 0xe2 && (unsigned char)t->low[i + 1] == 0x80 &&
	       ((unsigned char)t->low[i + 2] == 0x93 || (unsigned char)t->low[i + 2] == 0x94) ? 3 : 0;
}

/* Does LOW[from, to) hold a list: a comma, a semicolon or " and "
 * ("(A, B and C)", not "(insomnia)", "(ICD-10)")? */
static int dx_holds_list(const Text *t, size_t from, size_t to)
{
	return memchr(t->low + from, ',', to - from) || memchr(t->low + from, ';', to - from) ||
	       text_find(t, from, to, " and ") != NONE;
}

/* "the" and the possessives: what comes before whose conditions, or
 * who reports ("of her employment", "her neck complaints", "the
 * examining physician"). */
static const DxWord dx_whose[] = { W("the"), W("his"), W("her"), W("their"), { NULL, 0 } };

/* The start of the token before the one at START, or NONE. */
static size_t dx_token_before(const Text *t, size_t start)
{
	size_t d;
	if (start < 2 || start > t->n || t->low[start - 1] != ' ')
		return NONE;
	for (d = start - 1; d > 0 && t->low[d - 1] != ' '; d--)
		;
	return d;
}

/* The start of the word before the one at START, of a hyphenated one
 * ("work-up") or of a form's name, letters, a hyphen and a number
 * ("PR-2"); or NONE. */
static size_t dx_word_or_form_before(const Text *t, size_t start)
{
	size_t w = dx_previous_word(t, start), d, j;
	if (w != NONE && !(w > 0 && t->low[w - 1] == '-'))
		return w;
	if ((d = dx_token_before(t, start)) == NONE)
		return NONE;
	if ((j = dx_letters_end(t, d)) == d || j + 2 >= start || t->low[j] != '-')
		return NONE;
	if (text_is_alpha(t->low[j + 1]))
		return dx_letters_end(t, j + 1) == start - 1 ? d : NONE;
	for (j++; j < start - 1 && text_is_digit(t->low[j]); j++)
		;
	return j == start - 1 ? d : NONE;
}

/* The start of the word before the one at START (dx_previous_word, or a
 * form's name), a date after "of", "dated" or "on" aside ("The report of
 * 08-15-2016 documents", "The PR-2 of 1/2/2019 notes", "The claim dated
 * 07/14/2018 has been accepted"), or NONE. */
static size_t dx_word_past_date(const Text *t, size_t start)
{
	size_t w = dx_word_or_form_before(t, start), d;
	if (w != NONE || (d = dx_token_before(t, start)) == NONE)
		return w;
	if (!text_is_digit(t->low[d]) || (w = dx_previous_word(t, d)) == NONE ||
	    !(dx_word(t, w, "of", 2) || dx_word(t, w, "dated", 5) || dx_word(t, w, "on", 2)))
		return NONE;
	return dx_word_or_form_before(t, w);
}

/* The start of the word W (K bytes) among the N words before the one at
 * START ("claim" in "The claim has been accepted"), or NONE. */
static size_t dx_word_back(const Text *t, size_t start, size_t n, const char *w, size_t k)
{
	while (n-- > 0)
		if ((start = dx_word_past_date(t, start)) == NONE || dx_word(t, start, w, k))
			return start;
	return NONE;
}

/* Does the word at LOW[i] end in SUFFIX, and hold more than it
 * ("previously" in "ly", "improved" in "ed", "discectomy" in "ectomy")? */
static int dx_word_ends_in(const Text *t, size_t i, const char *suffix)
{
	size_t e = dx_letters_end(t, i), n = strlen(suffix);
	return e - i > n && memcmp(t->low + e - n, suffix, n) == 0;
}

/* After "a" or "an" at LOW[i], where the next word starts; else I. */
static size_t dx_skip_article(const Text *t, size_t i)
{
	return dx_word(t, i, "a", 1) || dx_word(t, i, "an", 2) ? dx_letters_end(t, i) + 1 : i;
}

/* The marker of item NO of a numbered list at LOW[i] ("1." "1)" "(1)"):
 * its length, or 0. */
static size_t dx_marker(const Text *t, size_t i, unsigned no)
{
	size_t j = i, open = 0;
	unsigned v = 0;
	if (i > 0 && t->low[i - 1] != ' ' && t->low[i - 1] != ',' && t->low[i - 1] != ';' && t->low[i - 1] != ':')
		return 0;
	if (j < t->n && t->low[j] == '(')
		j++, open = 1;
	while (j < t->n && text_is_digit(t->low[j]) && j - i < 3)
		v = v * 10 + (unsigned)(t->low[j++] - '0');
	if (v != no || j >= t->n || j == i + open)
		return 0;
	if (t->low[j] == ')' || (!open && t->low[j] == '.'))
		j++;
	else
		return 0;
	if (j < t->n && t->low[j] != ' ' && !(t->low[j - 1] == '.' && text_is_alpha(t->low[j])))
		return 0;   /* ("5.Hypertension": a marker) */
	return j - i;
}

/* Past the marker of a numbered list's first item at LOW[i] and its
 * blank ("1) lumbar strain"), or I. */
static size_t dx_past_marker(const Text *t, size_t i)
{
	size_t m = dx_marker(t, i, 1);
	return m && i + m < t->n && t->low[i + m] == ' ' ? i + m + 1 : i + m;
}

/* Is the word at LOW[i] "has", "have" or "had" (before "been", a
 * participle)? */
static int dx_has_at(const Text *t, size_t i)
{
	return dx_word(t, i, "has", 3) || dx_word(t, i, "have", 4) || dx_word(t, i, "had", 3);
}

/* "been" at BEEN after "has", "have" or "had": where that word starts;
 * else NONE. */
static size_t dx_perfect_been(const Text *t, size_t been)
{
	size_t has;
	if (!dx_word(t, been, "been", 4) || (has = dx_previous_word(t, been)) == NONE)
		return NONE;
	return dx_has_at(t, has) ? has : NONE;
}

/* A word of the kind KIND (dx_flags) just before AT (a space between)? */
static int dx_after_word(const Text *t, size_t at, unsigned kind)
{
	size_t start = dx_previous_word(t, at);
	return start != NONE && dx_flags(t->low + start, at - 1 - start, kind);
}
