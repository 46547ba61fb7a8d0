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

#include "split/archive.h"
#include "common/bounds.h"
#include "common/hash.h"
#include "common/out.h"
#include "split/splitter.h"
#include "split/u64set.h"
#include "common/util.h"

static struct {
	int stats, progress, unique;
	size_t max_letter;
} opt = { .max_letter = IMR_MAX_LETTER_DEFAULT };

static struct {
	uint64_t files, members, raw_in, letters, dups, refused;
	struct timespec t0, shown;
} st;

static U64Set seen;
static U64Set dirs_read;   /* (st_dev, st_ino) of the directories read, hashed */
static int status;

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
	       "  --max-letter BYTES  write a longer letter without its text, said\n"
	       "                      (default 64 MiB, at most 131596288)\n"
	       "  -h, --help          show this help\n"
	       "      --version       show the version\n",
	       progname);
	exit_flushed(EXIT_OK);
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
	        (double)sp.bytes / 1e6, (unsigned long long)st.letters,
	        secs > 0 ? (double)sp.bytes / 1e6 / secs : 0.0, final ? "\n" : "   ");
}

/* One letter out: doc_id, source, offset, length, text. */
static void emit(void *ctx, const char *text, size_t len, uint64_t offset)
{
	const char *source = ctx;
	uint64_t h = hash64(text, len);
	char hex[17];
	if (opt.unique && !u64set_add(&seen, h)) {
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
	out_nl();
	st.letters++;
	show_progress(0);
}

/* A letter over --max-letter: said, and written as a record with its
 * offset and length and no text (imr-extract gives it status too-long).
 * Its doc_id hashes its source and offset: no text to hash. */
static void refuse(void *ctx, uint64_t offset, uint64_t len)
{
	const char *source = ctx;
	char hex[17], at[24];
	int n = snprintf(at, sizeof at, ":%llu", (unsigned long long)offset);
	size_t sl = strlen(source);
	char *key = xmalloc(sl + (size_t)n);
	memcpy(key, source, sl);
	memcpy(key + sl, at, (size_t)n);
	hash64_hex(hash64(key, sl + (size_t)n), hex);
	free(key);
	warnx("%s: letter at offset %llu is longer than %zu bytes (%llu bytes): written without its text",
	      source, (unsigned long long)offset, sp.max_letter, (unsigned long long)len);
	status = EXIT_DATA;
	out_raw(hex, 16);
	out_tab();
	out_field_utf8(source, sl);
	out_tab();
	out_u64(offset);
	out_tab();
	out_u64(len);
	out_tab();
	out_nl();
	st.letters++;
	st.refused++;
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

/* Split one member (or plain file) into letters. */
static int split_member(Archive *a, const char *source)
{
	st.members++;
	sp.ctx = (void *)source;
	if (splitter_run(&sp, read_member, a) == SPLIT_READ_ERROR) {
		fail(source, archive_error(a));
		return -1;
	}
	return 0;
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
	if (archive_warnings(a))
		status = EXIT_DATA;   /* (archive.c said what) */
	st.raw_in += archive_raw_bytes(a);
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
		case 'h': usage(EXIT_OK);
		case 'V': print_version(NULL);
		default: usage(EXIT_USAGE);
		}
	}
	opt.progress = opt.progress && isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &st.t0);
	splitter_init(&sp, opt.max_letter, emit, NULL);
	sp.refuse = refuse;
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
