/* F_SETPIPE_SZ is Linux's, declared with _GNU_SOURCE; elsewhere
 * widen_pipe() does nothing. */
#define _GNU_SOURCE
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *progname = "imrkit";

void setprogname(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;
	if (argv0)
		progname = slash ? slash + 1 : argv0;
}

static void vwarn(const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void warnx(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void die(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	exit(code);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die(EXIT_DATA, "out of memory (%zu bytes)", n);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die(EXIT_DATA, "out of memory (%zu bytes)", n);
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

void quiet_sigpipe(void)
{
	signal(SIGPIPE, SIG_DFL);
}

void exit_flushed(int code)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		die(EXIT_DATA, "write error: %s", strerror(errno));
	exit(code);
}

void print_version(const char *detail)
{
	printf("%s (imrkit) %s\n", progname, IMRKIT_VERSION);
	if (detail)
		printf("%s\n", detail);
	printf("License: MIT (see LICENSE); no warranty.\n");
	exit_flushed(EXIT_OK);
}

void widen_pipe(int fd)
{
#ifdef F_SETPIPE_SZ
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
		(void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);   /* refused: a slower pipe, no error */
#else
	(void)fd;
#endif
}
