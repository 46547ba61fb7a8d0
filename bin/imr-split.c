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
#include <time.h>
#include <unistd.h>

#include "archive.h"
#include "hash.h"
#include "out.h"
#include "u64set.h"
#include "util.h"

#define CHUNK (1 << 18)

/* Marker lines that can open a letter. */
enum {
	MARK_CASE = 1,    /* "Case Number:" header block (2016-) */
	MARK_HOW = 2,     /* "HOW THE IMR FINAL DETERMINATION WAS MADE" */
	MARK_NOTICE = 4,  /* "MAXIMUS FEDERAL SERVICES, INC." (2013 notice) */
};

static struct {
	int stats, progress, unique;
	size_t max_letter;
} opt = { .max_letter = (size_t)64 << 20 };

static struct {
	uint64_t files, members, bytes_in, raw_in, letters, dups;
	struct timespec t0, shown;
} st;

static U64Set seen;
static int status;

typedef struct {
	char *buf;
	size_t cap;
	size_t start;       /* the current letter begins at buf[start] */
	size_t scan;        /* the next line to examine begins at buf[scan] */
	size_t end;         /* bytes held */
	uint64_t base;      /* member offset of buf[0] */
	unsigned marks;     /* markers seen in the current letter */
	const char *source;
} Splitter;

static Splitter sp;

_Noreturn static void usage(int code)
{
	if (code != EXIT_OK) {
		fprintf(stderr, "usage: %s [--stats] [--progress] [--unique] [--max-letter BYTES] [FILE|DIR...]\n",
		        progname);
		exit(code);
	}
	printf("usage: %s [OPTIONS] [FILE|DIR...]\n"
	       "Split bulk archives of IMR letters into one TSV record per letter.\n"
	       "Input: plain text, gzip (also multi-member), tar, tar.gz, or a directory\n"
	       "of such files; no FILE or '-' reads stdin.\n"
	       "Output columns: doc_id source offset length text\n\n"
	       "  --stats             print what was read to stderr at the end\n"
	       "  --progress          keep a one-line meter on stderr (a terminal)\n"
	       "  --unique            drop letters whose doc_id was already seen\n"
	       "  --max-letter BYTES  refuse a letter longer than this (default 64 MiB)\n"
	       "  -h, --help          show this help\n"
	       "      --version       show the version\n",
	       progname);
	exit(EXIT_OK);
}

static double seconds_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void show_progress(int final)
{
	double secs;
	if (!opt.progress)
		return;
	if (!final && seconds_since(&st.shown) < 0.25)
		return;
	clock_gettime(CLOCK_MONOTONIC, &st.shown);
	secs = seconds_since(&st.t0);
	fprintf(stderr, "\r%s: %.1f MB, %llu letters, %.1f MB/s%s", progname,
	        (double)st.bytes_in / 1e6, (unsigned long long)st.letters,
	        secs > 0 ? (double)st.bytes_in / 1e6 / secs : 0.0, final ? "\n" : "   ");
}

static void emit(size_t from, size_t to)
{
	const char *text = sp.buf + from;
	size_t len = to - from;
	uint64_t h = hash64(text, len);
	char hex[17];
	if (opt.unique && !u64set_add(&seen, h)) {
		st.dups++;
		return;
	}
	hash64_hex(h, hex);
	out_raw(hex, 16);
	out_tab();
	out_fieldz(sp.source);
	out_tab();
	out_u64(sp.base + from);
	out_tab();
	out_u64(len);
	out_tab();
	out_field(text, len);
	out_nl();
	st.letters++;
}

static int has_prefix_ci(const char *p, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && strncasecmp(p, prefix, n) == 0;
}

/* Which marker, if any, the line opens with; *indent gets the count of
 * leading form feeds (they end the page before, so the previous letter). */
static unsigned marker(const char *line, size_t len, size_t *formfeeds)
{
	size_t i = 0;
	while (i < len && line[i] == '\f')
		i++;
	*formfeeds = i;
	for (;;) {       /* blanks, including a UTF-8 non-breaking space */
		if (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
			i++;
		else if (i + 1 < len && (unsigned char)line[i] == 0xc2 &&
		         (unsigned char)line[i + 1] == 0xa0)
			i += 2;
		else
			break;
	}
	line += i;
	len -= i;
	if (len < 12)
		return 0;
	switch (line[0]) {
	case 'C': case 'c':
		return has_prefix_ci(line, len, "Case Number:") ? MARK_CASE : 0;
	case 'H': case 'h':
		return has_prefix_ci(line, len, "HOW THE IMR FINAL DETERMINATION WAS MADE") ? MARK_HOW : 0;
	case 'M': case 'm':
		/* the letterhead is in capitals; body text says "MAXIMUS Federal Services" */
		return has_prefix_ci(line, len, "MAXIMUS FEDERAL SERVICES, INC.") &&
		               memcmp(line, "MAXIMUS FEDERAL SERVICES", 24) == 0
		           ? MARK_NOTICE : 0;
	}
	return 0;
}

/* Does a marker of this kind open a new letter, given what the current
 * letter holds?  A header block and the heading that follows are one letter. */
static int opens_letter(unsigned mark, unsigned seen_marks)
{
	switch (mark) {
	case MARK_CASE:
		return (seen_marks & (MARK_CASE | MARK_HOW)) != 0;
	case MARK_HOW:
		return (seen_marks & MARK_HOW) != 0;
	case MARK_NOTICE:
		return seen_marks != 0;
	}
	return 0;
}

static void examine_line(size_t at, size_t len)
{
	size_t ff;
	unsigned mark = marker(sp.buf + at, len, &ff);
	if (!mark)
		return;
	if (opens_letter(mark, sp.marks)) {
		emit(sp.start, at + ff);
		sp.start = at + ff;
		sp.marks = 0;
	}
	sp.marks |= mark;
}

static void scan_lines(void)
{
	char *nl;
	while ((nl = memchr(sp.buf + sp.scan, '\n', sp.end - sp.scan)) != NULL) {
		size_t next = (size_t)(nl - sp.buf) + 1;
		examine_line(sp.scan, next - 1 - sp.scan);
		sp.scan = next;
	}
}

/* Room to read more: drop emitted bytes, or grow the buffer. */
static int make_room(void)
{
	if (sp.start > 0) {
		memmove(sp.buf, sp.buf + sp.start, sp.end - sp.start);
		sp.base += sp.start;
		sp.scan -= sp.start;
		sp.end -= sp.start;
		sp.start = 0;
		if (sp.cap - sp.end >= CHUNK / 4)
			return 0;
	}
	if (sp.end - sp.start > opt.max_letter)
		return -1;
	sp.cap *= 2;
	sp.buf = xrealloc(sp.buf, sp.cap);
	return 0;
}

static void fail(const char *what, const char *msg)
{
	warnx("%s: %s", what, msg);
	status = EXIT_DATA;
}

/* Split one member (or plain file) into letters. */
static int split_member(Archive *a, const char *source)
{
	sp.start = sp.scan = sp.end = 0;
	sp.base = 0;
	sp.marks = 0;
	sp.source = source;
	st.members++;
	for (;;) {
		ssize_t n;
		if (sp.cap - sp.end < CHUNK / 4 && make_room() < 0) {
			char msg[128];
			emit(sp.start, sp.end);
			snprintf(msg, sizeof msg, "letter at offset %llu is longer than %zu bytes",
			         (unsigned long long)(sp.base + sp.start), opt.max_letter);
			fail(source, msg);
			return -1;
		}
		n = archive_read(a, sp.buf + sp.end, sp.cap - sp.end);
		if (n <= 0) {
			if (n == 0 && sp.scan < sp.end)    /* a last line with no LF */
				examine_line(sp.scan, sp.end - sp.scan);
			if (sp.end > sp.start)
				emit(sp.start, sp.end);
			if (n < 0) {
				fail(source, archive_error(a));
				return -1;
			}
			return 0;
		}
		sp.end += (size_t)n;
		st.bytes_in += (uint64_t)n;
		scan_lines();
		show_progress(0);
	}
}

static void split_file(const char *path)
{
	const char *err, *member;
	Archive *a = archive_open(path, &err);
	int rc;
	if (!a) {
		fail(path, err);
		return;
	}
	st.files++;
	int member_failed = 0;
	while ((rc = archive_next(a, &member)) > 0) {
		char *source = NULL;
		if (member) {
			source = xmalloc(strlen(path) + strlen(member) + 2);
			sprintf(source, "%s:%s", path, member);
		}
		rc = split_member(a, source ? source : path);
		free(source);
		if (rc < 0) {
			member_failed = 1;   /* split_member said what is wrong */
			break;
		}
	}
	if (rc < 0 && !member_failed)
		fail(path, archive_error(a));
	st.raw_in += archive_raw_bytes(a);
	archive_close(a);
}

static int by_name(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* A directory: its files in name order, recursively. */
static void split_path(const char *path);

static void split_dir(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	if (!d) {
		fail(path, strerror(errno));
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
	        (unsigned long long)st.bytes_in, (unsigned long long)st.raw_in,
	        (unsigned long long)st.letters);
	if (opt.unique)
		fprintf(stderr, ", %llu duplicates dropped", (unsigned long long)st.dups);
	fputc('\n', stderr);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "stats", no_argument, NULL, 's' },
		{ "progress", no_argument, NULL, 'p' },
		{ "unique", no_argument, NULL, 'u' },
		{ "max-letter", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c, i;
	setprogname(argv[0]);
	quiet_sigpipe();
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 's': opt.stats = 1; break;
		case 'p': opt.progress = 1; break;
		case 'u': opt.unique = 1; break;
		case 'm': {
			char *end;
			unsigned long long v = strtoull(optarg, &end, 10);
			if (*end || v == 0 || optarg[0] == '-')
				die(EXIT_USAGE, "--max-letter takes a positive number of bytes");
			opt.max_letter = (size_t)v;
			break;
		}
		case 'h': usage(EXIT_OK);
		case 'V': print_version();
		default: usage(EXIT_USAGE);
		}
	}
	opt.progress = opt.progress && isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &st.t0);
	sp.cap = CHUNK * 2;
	sp.buf = xmalloc(sp.cap);
	out_str("doc_id\tsource\toffset\tlength\ttext\n");
	if (optind == argc)
		split_path("-");
	for (i = optind; i < argc; i++)
		split_path(argv[i]);
	show_progress(1);
	out_close();
	if (opt.stats)
		print_stats();
	return status;
}
