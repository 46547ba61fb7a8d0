/* dx-units: the diagnoses reader (lib/extract/parser/diagnoses.c and its
 * parts) never reads past the end of a case summary.  In imr-extract the
 * summary sits inside a larger buffer, so a read one byte past its end
 * neither faults nor shows under ASan; here each summary, and each of its
 * prefixes, is placed to end right before a page that may not be read,
 * so such a read faults.  TAP; built by `make t/dx-units`, run by
 * t/dx-units.t. */
#define BUILD_NAME "dx-units"
#define BUILD_TABLE extract_build_dx_units
#include "extract/parser/parser.c"

#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

/* Summaries whose ends stop a rule half way: after the words that start
 * a list, an aside, a heading, a qualifier's comma. */
static const char *const summaries[] = {
	"The diagnoses include lumbar strain, right carpal tunnel syndrome, and poor sleep.",
	"He is status post lumbar fusion and now has failed back syndrome",
	"The diagnoses, per the report,",
	"Treatment has been directed at",
	"Right cubital tunnel syndrome and a medial plica have been diagnosed",
	"X and Y are the diagnoses of record",
	"At the first visit, a scalp laceration was diagnosed",
	"She is being seen by a hand surgeon for",
	"He is being treated in the emergency room for",
	"Treatment has been for",
	"Testing showed that he meets criteria for",
	"Her problem list of the 06-01-2016 visit includes",
	"Comorbidities:",
	"The assessment of 11/02/2016 lists",
	"The diagnosis was later revised to",
	"On MRI he was found to have",
	"Diagnoses include fracture of the left humerus, shaft,",
	"Diagnoses include lumbar spondylosis, L3-L4 and L4-L5,",
	"Diagnoses include status post C5-6 discectomy and",
	"Diagnoses include right ankle fracture, status post",
	"The diagnoses were listed as: 1. Cervical strain. 2.",
	"Diagnoses include lumbar strain; a disc herniation was ruled",
	"diagnos",
	"diagnosed",
	"Diagnoses include lumbar strain. Comorbidities include hypertension",
	"Dr. Lee has been treating the injured worker for",
	"She is under the care of a psychologist for",
	"He is in treatment for",
	"The diagnoses as of the last visit were",
	"The diagnoses are noted in the report of 01/08/2018: 1) lumbar",
	"Diagnoses are tendon tear, distal part, right; insomnia, both",
	"Diagnoses include depression, related to the",
	"He was assessed with a sprain at the industrial medicine",
	"and treatment for",
	"He is being treated for two conditions (lumbar strain",
	"The impression read \xe2\x80",
	"After the fall he developed left",
	"She sustained a",
	"The differential includes",
	"The assessment noted that",
	"The claim was accepted for the neck",
	"Diagnoses include strain of muscle and tendon",
	"Diagnoses include gout, managed",
	"Diagnoses include cervical strain. Her conditions include",
	"The QME documented two diagnoses (",
	"Her accepted conditions are",
	"The physician diagnosed a strain, and an x-ray",
	"Diagnoses include pain in left hip, and unspecified",
	"Diagnosis (per the QME report",
	"Diagnosis (per the QME report of 04-04-2018)",
	"She was felt to have",
	"His injuries included",
	"Other conditions noted in the chart are",
	"He remains under psychiatric care for",
	"The diagnoses are summarized as follows",
	"She developed intermittent right arm",
	"His industrial conditions (",
	"Her accepted conditions \xe2\x80\x94 cervical strain \xe2\x80",
	"The active problem list contains",
	"Diagnoses include a laceration in the",
	"Diagnoses include cervical radiculopathy, left C",
	"Diagnoses (ICD-10",
	"The diagnoses are anxiety and depressive disorders (DSM",
	"He is a well developed",
	"His accepted conditions (including lumbar strain",
	"The conditions of her employment",
	"Diagnoses include hepatitis A",
	"Her diagnoses (lumbar strain and sciatica) were",
	"Diagnoses (ICD-10) include",
	"Dr. Oh has treated her since 2014 for right carpal tunnel syndrome",
	"He has been seen ever since then for",
	"2014 for lumbar strain",
	"Disc protrusions at L4-5 and L5-S1 have been diagnosed",
	"She went to urgent care, where a wrist sprain was diagnosed",
	"The evaluator assessed her with cervical strain",
	"The neurologist found the injured worker to have",
	"She is followed for her wrist complaints (diagnoses: right wrist ganglion; right de",
	"He is treated for his injuries",
	"The following conditions are being treated on an industrial basis: asthma",
	"The problems addressed were",
	"Diagnoses include tear of medial meniscus, current injury, right knee",
	"The podiatry report of 02-02-2017 documents bilateral plantar fasciitis",
	"Testing demonstrated right carpal tunnel syndrome; the examining physician also found left de Quervain's",
	"Dr. Alvarez identified lumbar facet arthropathy",
	"He developed post-traumatic stress disorder",
	"She has been off work due to a left rotator cuff tear",
	"The pulmonologist concluded that she had reactive airways",
	"2017 documents fasciitis",
	"Dr. Lee found lumbar strain",
	"Dr. L",
	"The physician noted multiple trigger",
	"Diagnoses include cervical strain (diagnosed in 2014), lumbar",
	"The industrial conditions are being treated as follows: lumbar",
	"The podiatrist found left plantar fasciitis; her symptoms",
	"She is status post open reduction and internal fixation",
	"He has been followed since 2015 for",
	"The fall resulted in a crush injury",
	"Her conditions have been identified as",
	"The industrial conditions are being treated as",
	"The panel QME found cervical spondylosis to be",
	"The diagnoses include lumbar strain and the neurologist found",
	"The diagnoses include lumbar strain; the PTP also documents",
	"The diagnoses include lumbar strain and the QME determined that she had",
	"Diagnoses include lumbar strain and depression (diagnosis: F32.9), and",
	"The pain specialist documented opioid dependence as the working",
	"The diagnoses include s/p L5-S1 laminectomy and",
	"Electrodiagnostic testing was not consistent with",
	"His claim dated 07/14/2018 has been accepted for",
	"2018 has been accepted for lumbar strain",
	"Evaluation by a hand surgeon on 05-09-2019 established",
	"Her diagnoses, as listed in the 05-05-2017 report, were:",
	"His claim has been accepted for the lumbar spine following",
	"She is treated for a sprain. She has a history of gout. History is significant for asthma",
	"He is treated for a sprain. His medical history was notable for anemia. History: COPD",
	"She is treated for a strain. She is also known to have sleep apnea",
	"The neurologist attributes her symptoms to ulnar neuropathy; ascribed the pain to",
	"Care has focused on bursitis. Treatment was focused on",
	"Her treating physician lists the following diagnoses: 1) lumbar strain",
	"The podiatrist has also identified plantar fasciitis",
	"She is primarily treated for",
	"Diagnoses include neuralgia, and nerve blocks were performed",
	"She has been diagnosed with a disc protrusion at C5-6 on MRI",
	"The injury is classified as sprain. Her physicians describe her condition as",
	"A diagnosis of fracture was made; a sprain was diagnosed",
	"He was told by the hand surgeon that he has a torn meniscus. Sprain and strain are the conditions",
	"Her diagnoses \xe2\x80\x94 sprain, strain \xe2\x80\x94 were. The note enumerates 1) sprain, without evidence",
	"Diagnoses include laceration, 3 cm, and burns, 2% total (with a secondary diagnosis of",
	"She has a family history of gout. She is not known to have asthma. The PTP told him that he has",
	"Diagnoses include strain treated with rest and sprain, 12 sessions were approved, a tear as a child",
	"The PR-2 of 11-02-2018 notes sprain. The surgeon confirms syndrome type II. The PR-4 finds diabetes mellitus type 2",
	"The report establishes chondromalacia grade III. She has a history of diabetes type",
	"She has sprain; additionally, she has poorly controlled diabetes. The internist manages her gout. He has",
	"The QME described her as having sprain. It was identified as. The visit was coded for strain. He coded the",
	"X and Y are the diagnoses for which he is. The diagnoses remain as previously documented: sprain. Diagnoses as",
	"The condition for which surgery is requested is tear. His comorbid conditions are gout. The condition being",
	"Diagnoses include sprain in the setting of strain; cardiology has added",
	"Her injuries, namely sprain. Diagnoses: orthopedic, namely sprain; psych, namely. He has strain superimposed on",
	"The notes identify sprain. The picture is that of. She is under management of. She is managing her",
	"The surgeon attributes the catching of her left thumb at the joint to. He later developed",
	"The internist found industrially aggravated. She has chondromalacia patellae. He has meralgia",
	"It was characterized by the treating psychologist as. The Doctor's First Report coded. The RFA lists diagnosis codes",
	"She returns for follow-up of known. Work-up confirmed. His pain was best explained by. The picture is one of",
	"She is treated for sprain. Her internist follows her for gout. He suffers from. The findings represent. Her",
	"He remains status post. The conditions accepted on the claim are. The formulation is. He suffers",
	"He lists sprain as the primary diagnosis, with. Strain, left, are documented by the surgeon as the diagnoses",
	"Sprain and strain were listed as the. The chart identifies tear as the principal diagnosis, along with",
	"The worker is a roofer who sustained. Her conditions (per the QME report of 2-2-2019) are. Sequelae of",
	"Strain is the principal diagnosis, and. His recovery is complicated by. Her conditions (per",
	"Her condition was a",
	"Comorbidities are an",
	"He denies that he has. It is unclear whether she has. The visit was coded for. The formulation is",
	"Fractures of the 6th and 7th ribs, in the setting of gout during the. Her conditions are strain. Comorbidities:",
	"She continues to receive care for. The chart lists. The records characterize the injury as type 2",
	"The working diagnosis of the treating neurologist is. The diagnosis of Dr. Lee",
	"Diagnoses are a sprain in addition to a strain. She had asthma years before the injury. A disc extrusion in addition to",
};

static long page;

/* Two pages: the second may not be read. */
static char *guarded(void)
{
	char *p = mmap(NULL, 2 * (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED || mprotect(p + page, (size_t)page, PROT_NONE) != 0) {
		perror("dx-units: mmap");
		exit(1);
	}
	return p;
}

int main(void)
{
	static Letter L;
	char *s_page, *low_page;
	size_t k, n;
	page = sysconf(_SC_PAGESIZE);
	s_page = guarded();
	low_page = guarded();
	printf("1..%zu\n", sizeof summaries / sizeof summaries[0]);
	for (k = 0; k < sizeof summaries / sizeof summaries[0]; k++) {
		size_t len = strlen(summaries[k]);
		for (n = 0; n <= len; n++) {   /* every prefix, ending at the page that may not be read */
			Text t;
			t.n = n;
			t.s = s_page + page - n;
			t.low = low_page + page - n;
			memcpy(t.s, summaries[k], n);
			text_lower_blanks(t.s, n, t.low);
			L.pool_len = 0;   /* (as the parser begins a letter: offset 0 holds "") */
			add_bytes(&L, "", 0);
			L.diagnoses.off = L.diagnoses.len = 0;
			parse_diagnoses(&L, &t);
		}
		printf("ok %zu - no read past the end of any prefix of: %s\n", k + 1, summaries[k]);
	}
	return 0;
}
