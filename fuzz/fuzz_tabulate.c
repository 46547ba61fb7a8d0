/* fuzz_tabulate: imr-tabulate's input on arbitrary bytes.  The first byte
 * picks the part:
 *   0: numbers in cells (lib/common/num.c): num_double / num_u64 never accept
 *      what they should not, and num_exact reads back as the same double;
 *   1: --merge input (lib/tabulate/partial.c): partial aggregates read from a file;
 *   2: grouping (lib/tabulate/agg.c): each line "key<TAB>number" into groups, with
 *      sums, then the output order.
 * Data errors end the tool with die(); here die() jumps back to the target
 * (fuzz/dietrap.h), and only a message that is not
 * "FILE:LINE: ..." or "FILE: ..." is a finding. */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dietrap.h"

#include "tabulate/agg.h"
#include "memfile.h"
#include "common/num.h"
#include "tabulate/partial.h"

static char merge_path[32];

/* --merge errors say "FILE:LINE: ..." or "FILE: ..." */
static int expected_death(const char *msg)
{
	size_t n = strlen(merge_path);
	return strncmp(msg, merge_path, n) == 0 && msg[n] == ':';
}

static void numbers(const char *s, size_t n)
{
	double v, w;
	uint64_t u;
	char buf[NUM_MAX];
	size_t i;
	if (num_u64(s, n, &u) == 0) {
		if (n == 0)
			abort();
		for (i = 0; i < n; i++)
			if (s[i] < '0' || s[i] > '9')
				abort();
	}
	if (num_double(s, n, &v) == 0) {
		if (!isfinite(v) || n == 0)
			abort();
		num_exact(buf, v);
		if (!memchr(buf, '\0', NUM_MAX))
			abort();
		if (num_double(buf, strlen(buf), &w) != 0 || w != v)
			abort();    /* num_exact reads back as the same double */
	}
}

static void merge_run(void *unused)
{
	Spec spec;
	Agg *a = NULL, *total = NULL;
	(void)unused;
	memset(&spec, 0, sizeof spec);
	partial_merge_file(&spec, &a, &total, merge_path);
	agg_free(total);
	if (a) {
		size_t *order = agg_order(a);
		if (agg_size(a) > 0 && !order)
			abort();
		free(order);
		agg_free(a);
	}
}

static void merge(const uint8_t *data, size_t size)
{
	int fd = memfile(data, size, merge_path), next_fd = dup(fd);
	close(next_fd);
	trap_expected = expected_death;
	if (trap_run(merge_run, NULL))
		close(next_fd);
	close(fd);
}

static void groups(const char *s, size_t n)
{
	Agg *a = agg_new(1, 1);
	const char *end = s + n;
	size_t *order, i, total = 0, k;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *stop = nl ? nl : end;
		const char *tab = memchr(s, '\t', (size_t)(stop - s));
		const char *kend = tab ? tab : stop;
		size_t g = agg_find(a, s, (size_t)(kend - s));
		Acc acc = agg_acc(a, g);
		double v;
		(*acc.n)++;
		acc.hits[0] += tab != NULL;
		if (tab && num_double(tab + 1, (size_t)(stop - tab - 1), &v) == 0)
			(void)stat_add(&acc.stat[0], v, 1, 1);
		s = nl ? nl + 1 : end;
	}
	k = agg_size(a);
	order = agg_order(a);
	for (i = 0; i < k; i++) {
		size_t len;
		Acc acc = agg_acc(a, order[i]);
		(void)agg_key(a, order[i], &len);
		if (i > 0 && *agg_acc(a, order[i - 1]).n < *acc.n)
			abort();        /* n descending */
		total += *acc.n;
	}
	free(order);
	agg_free(a);
	(void)total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	switch (data[0] % 3) {
	case 0: numbers((const char *)data + 1, size - 1); break;
	case 1: merge(data + 1, size - 1); break;
	case 2: groups((const char *)data + 1, size - 1); break;
	}
	return 0;
}
