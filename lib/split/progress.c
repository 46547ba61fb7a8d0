#include "progress.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static double since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

void progress_init(Progress *p, int mode, uint64_t total, const char *name)
{
	memset(p, 0, sizeof *p);
	p->mode = mode;
	p->total = total;
	p->name = name;
	clock_gettime(CLOCK_MONOTONIC, &p->t0);
	p->shown = p->t0;
}

static void clock_str(char *buf, size_t n, double s)
{
	unsigned long t = s < 0 ? 0 : s > 3.6e7 ? 36000000ul : (unsigned long)(s + 0.5);
	if (t >= 3600)
		snprintf(buf, n, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60, t % 60);
	else
		snprintf(buf, n, "%lu:%02lu", t / 60, t % 60);
}

void progress_show(Progress *p, uint64_t letters, uint64_t read, int final)
{
	double secs;
	char line[200], left[48], el[32];
	int k;
	if (p->mode == PROGRESS_OFF)
		return;
	secs = since(&p->t0);
	if (final) {
		if (!p->drawn)
			return;
	} else {
		if (p->mode == PROGRESS_AUTO && secs < 1.0)
			return;
		if (p->drawn && since(&p->shown) < 0.25)
			return;
	}
	clock_gettime(CLOCK_MONOTONIC, &p->shown);
	clock_str(el, sizeof el, secs);
	k = snprintf(line, sizeof line, "%s: %llu letters, %.0f/s, %s", p->name, (unsigned long long)letters,
	             secs > 0 ? (double)letters / secs : 0.0, el);
	if (p->total && read <= p->total && k > 0 && (size_t)k < sizeof line) {
		double share = (double)read / (double)p->total;
		if (final || share <= 0)
			left[0] = '\0';
		else {
			char t[32];
			clock_str(t, sizeof t, secs * (1 - share) / share);
			snprintf(left, sizeof left, ", %s left", t);
		}
		snprintf(line + k, sizeof line - (size_t)k, ", %.0f%% of %.1f MB read%s", 100 * share,
		         (double)p->total / 1e6, left);
	} else if (k > 0 && (size_t)k < sizeof line) {
		snprintf(line + k, sizeof line - (size_t)k, ", %.1f MB read", (double)read / 1e6);
	}
	/* \r and the erase-to-end-of-line code: a shorter line leaves no tail */
	fprintf(stderr, "\r%s\033[K%s", line, final ? "\n" : "");
	p->drawn = 1;
}

static uint64_t tree_size(const char *path, int depth, int *unknown)
{
	struct stat s;
	uint64_t sum = 0;
	if (lstat(path, &s) < 0)
		return 0;
	if (S_ISLNK(s.st_mode) && depth > 0) {
		/* a link inside a directory: a file is counted, a directory
		 * (maybe a loop) is not walked */
		if (stat(path, &s) == 0 && S_ISREG(s.st_mode))
			return (uint64_t)s.st_size;
		*unknown = 1;
		return 0;
	}
	if (S_ISLNK(s.st_mode) && stat(path, &s) < 0)
		return 0;
	if (S_ISREG(s.st_mode))
		return (uint64_t)s.st_size;
	if (S_ISDIR(s.st_mode) && depth < 64) {
		DIR *d = opendir(path);
		struct dirent *e;
		if (!d)
			return 0;
		while ((e = readdir(d)) != NULL) {
			char *sub;
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			sub = malloc(strlen(path) + strlen(e->d_name) + 2);
			if (!sub)
				break;
			sprintf(sub, "%s/%s", path, e->d_name);
			sum += tree_size(sub, depth + 1, unknown);
			free(sub);
		}
		closedir(d);
		return sum;
	}
	*unknown = 1;
	return 0;
}

uint64_t progress_input_size(char *const *paths, int n)
{
	uint64_t sum = 0;
	int unknown = 0, i;
	struct stat s;
	if (n == 0) {
		if (fstat(STDIN_FILENO, &s) == 0 && S_ISREG(s.st_mode))
			return (uint64_t)s.st_size;
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (strcmp(paths[i], "-") == 0) {
			if (fstat(STDIN_FILENO, &s) == 0 && S_ISREG(s.st_mode))
				sum += (uint64_t)s.st_size;
			else
				unknown = 1;
		} else {
			sum += tree_size(paths[i], 0, &unknown);
		}
	}
	return unknown ? 0 : sum;
}
