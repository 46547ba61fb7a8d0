/* imr-split: bulk archives of IMR letters -> one TSV record per letter.
 *
 * Every byte of every input lands in exactly one record, in order: a letter
 * ends where the next one's first marker line begins, and bytes before the
 * first letter of a file join its first record. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "split/archive.h"
#include "common/bounds.h"
#include "common/hash.h"
#include "common/out.h"
#include "common/unread.h"
#include "split/member.h"
#include "split/pdf.h"
#include "split/pdfjobs.h"
#include "split/progress.h"
#include "split/splitter.h"
#include "split/u64set.h"
#include "common/util.h"

static struct {
	int stats, progress, unique, quiet, jobs;
	size_t max_letter;
} opt = { .max_letter = IMR_MAX_LETTER_DEFAULT };

static struct {
	uint64_t files, members, raw_in, letters, dups, refused, unread;
} st;

static U64Set seen;
static U64Set dirs_read;   /* (st_dev, st_ino) of the directories read, hashed */
static int status;

static Splitter sp;
static PdfJobs *pdfs;
static Progress meter;
static Archive *reading;     /* the file being read, for the meter */

_Noreturn static void usage(int code)
{
	if (code != EXIT_OK) {
		fprintf(stderr, "usage: %s [-q] [-j N] [--stats] [--progress] [--unique] [--max-letter BYTES]\n"
		                "       [--format tsv|csv] [FILE|DIR...]\n",
		        progname);
		exit(code);
	}
	printf("usage: %s [OPTIONS] [FILE|DIR...]\n"
	       "Split bulk archives of IMR letters into one TSV record per letter.\n"
	       "Input: plain text, PDF, gzip (also multi-member), tar, tar.gz, zip, archives\n"
	       "inside archives, or a directory of such files; no FILE or '-' reads stdin.\n"
	       "Output columns: doc_id source offset length text error\n\n"
	       "  -j, --jobs N        convert PDFs on N threads (default: the CPUs)\n"
	       "  -q, --quiet         no progress meter\n"
	       "  --stats             print what was read to stderr at the end\n"
	       "  --progress          the progress meter at once (else after a second),\n"
	       "                      on a terminal only\n"
	       "  --unique            drop letters whose doc_id was already seen\n"
	       "  --max-letter BYTES  write a longer letter without its text, said\n"
	       "                      (default 64 MiB, at most 131596288)\n"
	       "  --format tsv|csv    tsv (default) or csv (RFC 4180)\n"
	       "  -h, --help          show this help\n"
	       "      --version       show the version\n",
	       progname);
	exit_flushed(EXIT_OK);
}

static void show_progress(int final)
{
	uint64_t read = st.raw_in + (reading ? archive_raw_bytes(reading) : 0);
	progress_show(&meter, st.letters, read, final);
}

/* The doc_id of a record without text (a letter over --max-letter, a PDF
 * that gave none): the hash of its source and offset, so that no two
 * share one. */
static uint64_t textless_id(const char *source, uint64_t offset)
{
	char at[24];
	int n = snprintf(at, sizeof at, ":%llu", (unsigned long long)offset);
	size_t sl = strlen(source);
	char *key = xmalloc(sl + (size_t)n);
	uint64_t h;
	memcpy(key, source, sl);
	memcpy(key + sl, at, (size_t)n);
	h = hash64(key, sl + (size_t)n);
	free(key);
	return h;
}

/* One letter out: doc_id, source, offset, length, text, error (empty: the
 * text is there). */
static void emit(void *ctx, const char *text, size_t len, uint64_t offset)
{
	const char *source = ctx;
	uint64_t h = len ? hash64(text, len) : textless_id(source, offset);
	char hex[17];
	if (opt.unique && len > 0 && !u64set_add(&seen, h)) {   /* (empty: a PDF's failure record) */
		st.dups++;
		return;
	}
	hash64_hex(h, hex);
	out_raw(hex, 16);
	out_tab();
	out_field_utf8(source, strlen(source));
	out_tab();
	out_u64(offset);
	out_tab();
	out_u64(len);
	out_tab();
	out_field_utf8(text, len);
	out_tab();
	out_nl();
	st.letters++;
	show_progress(0);
}

/* A letter not read, said already: written as a record with its offset,
 * its length (UNREAD_SIZE: empty, not known), no text, and in its error
 * column WHY ("too-long", or a reason of member.h).  imr-extract gives it
 * that status. */
static void unread_record(const char *source, uint64_t offset, uint64_t len, const char *why)
{
	char hex[17];
	hash64_hex(textless_id(source, offset), hex);
	status = EXIT_DATA;
	out_raw(hex, 16);
	out_tab();
	out_field_utf8(source, strlen(source));
	out_tab();
	out_u64(offset);
	out_tab();
	if (len != UNREAD_SIZE)
		out_u64(len);
	out_tab();
	out_tab();
	out_str(why);
	out_nl();
	st.letters++;
	if (strcmp(why, UNREAD_TOO_LONG) == 0)
		st.refused++;
	else
		st.unread++;
}

static void refuse_letter(void *ctx, uint64_t offset, uint64_t len)
{
	const char *source = ctx;
	warnx("%s: letter at offset %llu is longer than %zu bytes (%llu bytes): written without its text",
	      source, (unsigned long long)offset, sp.max_letter, (unsigned long long)len);
	unread_record(source, offset, len, UNREAD_TOO_LONG);
}

static void fail(const char *what, const char *msg)
{
	warnx("%s: %s", what, msg);
	status = EXIT_DATA;
}

static ssize_t read_member(void *a, void *buf, size_t n)
{
	return archive_read(a, buf, n);
}

static const char *member_error(void *a)
{
	return archive_error(a);
}

/* Letter text (a plain file, a member, a PDF's text): split it.  Should
 * a read fail, the rest of the stream has a record saying so. */
static void split_text(void *ctx, const Stream *s, const char *source)
{
	uint64_t before = sp.bytes;
	(void)ctx;
	pdfjobs_drain(pdfs);     /* the PDFs before it come out first */
	sp.ctx = (void *)source;
	if (splitter_run(&sp, s->read, s->src) == SPLIT_READ_ERROR) {
		fail(source, s->error(s->src));
		unread_record(source, sp.bytes - before, UNREAD_SIZE, UNREAD_UNREADABLE);
	}
}

static void add_pdf(void *ctx, char *data, size_t n, const char *source)
{
	(void)ctx;
	pdfjobs_add(pdfs, data, n, source);
}

static void refuse(void *ctx, const char *source, const char *msg)
{
	(void)ctx;
	pdfjobs_drain(pdfs);     /* the messages in input order too */
	fail(source, msg);
}

/* A member not read: said (unless MSG is NULL: said already), and its
 * record. */
static void unread_member(void *ctx, const char *source, uint64_t n, const char *why, const char *msg)
{
	(void)ctx;
	pdfjobs_drain(pdfs);     /* (in input order) */
	if (msg)
		fail(source, msg);
	unread_record(source, 0, n, why);
}

static void count_member(void *ctx)
{
	(void)ctx;
	st.members++;
}

typedef struct {
	const char *text;
	size_t len, pos;
} Mem;

static ssize_t read_mem(void *src, void *buf, size_t n)
{
	Mem *m = src;
	if (n > m->len - m->pos)
		n = m->len - m->pos;
	memcpy(buf, m->text + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

static const char *mem_error(void *src)
{
	(void)src;
	return "";
}

/* A PDF converted (pdfjobs.h): its text split as any text is; a PDF that
 * gave none still has its record, saying why, after the message. */
static void pdf_done(void *ctx, const char *source, size_t size, int rc, const char *text, size_t len,
                     const char *err)
{
	Mem m = { text, len, 0 };
	Stream s = { read_mem, mem_error, &m };
	(void)ctx;
	if (rc != PDF_OK)
		fail(source, err);
	if (rc < 0) {
		unread_record(source, 0, size, pdf_failure_name(rc));
		return;
	}
	if (len == 0) {
		emit((void *)source, "", 0, 0);
		return;
	}
	sp.ctx = (void *)source;
	(void)splitter_run(&sp, s.read, s.src);   /* (memory: no read error) */
}

static MemberSink sink = {
	.text = split_text,
	.pdf = add_pdf,
	.fail = refuse,
	.unread = unread_member,
	.member = count_member,
	.max_depth = 4,
};

/* Split one member (or plain file): PATH is the file if the stream is all
 * of it.  -1 when the archive's own stream broke in it (said, and its
 * record written): the archive cannot go on.  (A failure inside a nested
 * zip or archive is that one's: the next member is read.) */
static int split_member(Archive *a, const char *source, const char *path)
{
	Stream s = { read_member, member_error, a };
	member_dispatch(&sink, &s, source, path, path ? 0 : 1);
	return archive_error(a)[0] ? -1 : 0;
}

static void split_file(const char *path)
{
	const char *err, *member;
	Archive *a = archive_open(path, &err);
	int rc;
	if (!a) {   /* (a letter, maybe: it has its record) */
		unread_member(NULL, path, UNREAD_SIZE, UNREAD_UNREADABLE, err);
		return;
	}
	st.files++;
	reading = a;
	int member_failed = 0;
	while ((rc = archive_next(a, &member)) > 0) {
		char *source = NULL;
		uint64_t size;
		const char *why = archive_unread(a, &size);
		if (member) {
			source = xmalloc(strlen(path) + strlen(member) + 2);
			sprintf(source, "%s:%s", path, member);
		}
		if (why) {   /* (archive.c said why) */
			st.members++;
			unread_member(NULL, source ? source : path, size, why, NULL);
			rc = 0;
		} else {
			rc = split_member(a, source ? source : path, source ? NULL : path);
		}
		free(source);
		if (rc < 0) {
			member_failed = 1;   /* split_member said what is wrong */
			break;
		}
	}
	if (rc < 0 && !member_failed)   /* (the members after it are not known) */
		unread_member(NULL, path, UNREAD_SIZE, UNREAD_UNREADABLE, archive_error(a));
	if (archive_warnings(a))
		status = EXIT_DATA;   /* (archive.c said what) */
	st.raw_in += archive_raw_bytes(a);
	reading = NULL;
	archive_close(a);
}

static int by_name(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* A directory: its files in name order, recursively. */
static void split_path(const char *path);

/* Is this directory new?  One read already (through a symbolic link, or a
 * loop of them: ln -s .. sub/up) is said and skipped. */
static int new_dir(const char *path)
{
	struct stat s;
	uint64_t key[2];
	if (stat(path, &s) < 0)
		return 1;      /* (opendir() says why) */
	key[0] = (uint64_t)s.st_dev;
	key[1] = (uint64_t)s.st_ino;
	if (u64set_add(&dirs_read, hash64((const char *)key, sizeof key)))
		return 1;
	fail(path, "a directory read already (a symbolic link to it): skipped");
	return 0;
}

static void split_dir(const char *path)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	if (!new_dir(path))
		return;
	d = opendir(path);
	if (!d) {   /* (the letters in it: their record) */
		unread_member(NULL, path, UNREAD_SIZE, UNREAD_UNREADABLE, strerror(errno));
		return;
	}
	while ((errno = 0, e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (n == cap)
			names = xrealloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
		names[n] = xmalloc(strlen(path) + strlen(e->d_name) + 2);
		sprintf(names[n++], "%s%s%s", path,
		        path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
	}
	if (errno)
		fail(path, strerror(errno));
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		struct stat s;
		/* a FIFO, socket or device found in a directory is not a letter
		 * file: opening a FIFO would wait for a writer for ever */
		if (stat(names[i], &s) == 0 && !S_ISREG(s.st_mode) && !S_ISDIR(s.st_mode))
			fail(names[i], "not a regular file");
		else
			split_path(names[i]);
		free(names[i]);
	}
	free(names);
}

static void split_path(const char *path)
{
	struct stat s;
	if (strcmp(path, "-") != 0 && stat(path, &s) == 0 && S_ISDIR(s.st_mode))
		split_dir(path);
	else
		split_file(path);
}

static void print_stats(void)
{
	fprintf(stderr, "%s: %llu files, %llu members, %llu bytes in (%llu read), %llu letters out",
	        progname, (unsigned long long)st.files, (unsigned long long)st.members,
	        (unsigned long long)sp.bytes, (unsigned long long)st.raw_in,
	        (unsigned long long)st.letters);
	if (st.refused || st.unread)
		fprintf(stderr, " (%llu too long, %llu not read)", (unsigned long long)st.refused,
		        (unsigned long long)st.unread);
	if (opt.unique)
		fprintf(stderr, ", %llu duplicates dropped", (unsigned long long)st.dups);
	fputc('\n', stderr);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "stats", no_argument, NULL, 's' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "progress", no_argument, NULL, 'p' },
		{ "unique", no_argument, NULL, 'u' },
		{ "max-letter", required_argument, NULL, 'm' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c, i;
	setprogname(argv[0]);
	quiet_sigpipe();
	while ((c = getopt_long(argc, argv, "hqj:", longopts, NULL)) != -1) {
		switch (c) {
		case 's': opt.stats = 1; break;
		case 'p': opt.progress = 1; break;
		case 'q': opt.quiet = 1; break;
		case 'j': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || end == optarg || v < 1 || v > 1024)
				die(EXIT_USAGE, "-j takes a number of threads from 1 to 1024");
			opt.jobs = (int)v;
			break;
		}
		case 'u': opt.unique = 1; break;
		case 'm': {
			char *end;
			unsigned long long v;
			errno = 0;
			v = strtoull(optarg, &end, 10);
			if (*end || optarg[0] < '0' || optarg[0] > '9' || errno || v == 0 ||
			    v > IMR_MAX_LETTER_LIMIT)
				die(EXIT_USAGE, "--max-letter takes 1 to %zu bytes (imr-extract reads "
				    "a record of up to %zu)", (size_t)IMR_MAX_LETTER_LIMIT, (size_t)IMR_MAX_RECORD);
			opt.max_letter = (size_t)v;
			break;
		}
		case 'f':
			if (out_format(optarg) < 0)
				die(EXIT_USAGE, "--format takes tsv or csv");
			break;
		case 'h': usage(EXIT_OK);
		case 'V': {
			char line[128];
			snprintf(line, sizeof line, "PDF input: %s", pdf_library() ? pdf_library() : "none (built without poppler)");
			print_version(line);
		}
		default: usage(EXIT_USAGE);
		}
	}
	if (opt.jobs == 0) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);
		opt.jobs = cpus < 1 ? 1 : cpus > 64 ? 64 : (int)cpus;
	}
	progress_init(&meter, opt.quiet || !isatty(STDERR_FILENO) ? PROGRESS_OFF
	                      : opt.progress ? PROGRESS_ON : PROGRESS_AUTO,
	              0, progname);
	if (meter.mode != PROGRESS_OFF)
		meter.total = progress_input_size(argv + optind, argc - optind);
	splitter_init(&sp, opt.max_letter, emit, NULL);
	sink.max_pdf = opt.max_letter;
	pdfs = pdfjobs_new(opt.jobs, pdf_done, NULL);
	sp.refuse = refuse_letter;
	out_str("doc_id\tsource\toffset\tlength\ttext\terror\n");
	if (optind == argc)
		split_path("-");
	for (i = optind; i < argc; i++)
		split_path(argv[i]);
	pdfjobs_free(pdfs);
	show_progress(1);
	out_close();
	if (opt.stats)
		print_stats();
	return status;
}
