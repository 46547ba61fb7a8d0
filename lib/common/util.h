/* util.h: program name, error messages, checked allocation, checked exit. */
#ifndef IMR_UTIL_H
#define IMR_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define IMRKIT_VERSION "0.1.0"

/* Exit codes every tool keeps. */
enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

extern const char *progname;

void setprogname(const char *argv0);
void warnx(const char *fmt, ...);            /* "prog: msg\n" on stderr */
_Noreturn void die(int code, const char *fmt, ...);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Make SIGPIPE end the process quietly: a closed stdout (| head) is no error. */
void quiet_sigpipe(void);

/* If FD is a pipe, ask for a 1 MB buffer instead of 64 KB: with four tools
 * on two cores, the small default switches between them every 64 KB, which
 * cost a third of the pipeline's time. */
void widen_pipe(int fd);

/* Flush stdout and exit CODE; a write error (a full disk) is reported and
 * exits 1 (for --help and --version, whose output is not a TSV). */
_Noreturn void exit_flushed(int code);

/* Print the version (and DETAIL, a line, unless NULL), the licence, and
 * exit 0 (for --version). */
_Noreturn void print_version(const char *detail);

#endif
