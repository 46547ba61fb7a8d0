/* dietrap.h: run library code that may end the process with die() on a
 * data error, as a fuzz target that must go on to the next input.
 *
 * lib/common/util.c is compiled into the target with die() renamed; the die()
 * here jumps back to trap_run(), after checking that the message is one
 * the code documents (trap_expected).  What the abandoned code held is
 * leaked (library code keeps static buffers, so it cannot be freed
 * blindly): fuzz/run.sh runs these targets with -fork=1 -ignore_ooms=1
 * -detect_leaks=0, so that a worker that grew too big is simply replaced. */
#ifndef FUZZ_DIETRAP_H
#define FUZZ_DIETRAP_H

#define die util_die
#include "../lib/common/util.c"
#undef die

#include <setjmp.h>

static jmp_buf trap_back;
static int trap_on;
static char trap_why[512];

/* Is a die() message one the code documents?  Set by the target. */
static int (*trap_expected)(const char *msg);

void die(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(trap_why, sizeof trap_why, fmt, ap);
	va_end(ap);
	if (!trap_on || code != EXIT_DATA || (trap_expected && !trap_expected(trap_why))) {
		fprintf(stderr, "unexpected exit %d: %s\n", code, trap_why);
		abort();
	}
	longjmp(trap_back, 1);
}

/* Run fn(arg) with die() trapped: 1 if it died, 0 if it returned. */
static int trap_run(void (*fn)(void *), void *arg)
{
	trap_on = 1;
	if (setjmp(trap_back)) {
		trap_on = 0;
		return 1;
	}
	fn(arg);
	trap_on = 0;
	return 0;
}

#endif
