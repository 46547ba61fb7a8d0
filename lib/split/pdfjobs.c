#include "pdfjobs.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "pdf.h"

typedef struct {
	char *data, *source, *text;
	size_t n, len;
	int rc;
	int state;        /* 0 waiting, 1 being converted, 2 done */
	char err[512];
} Job;

struct PdfJobs {
	int threads, stop;
	size_t window;
	Job *ring;
	size_t head, tail;          /* jobs head..tail-1 are given, not handed back */
	size_t next;                /* the next job a thread takes */
	pthread_t *tid;
	pthread_mutex_t mu;
	pthread_cond_t work, finished;
	PdfDoneFn done;
	void *ctx;
};

static void convert(Job *j)
{
	j->rc = pdf_text(j->data, j->n, &j->text, &j->len, j->err, sizeof j->err);
	free(j->data);
	j->data = NULL;
}

static void *worker(void *arg)
{
	PdfJobs *p = arg;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		Job *j;
		while (!p->stop && p->next == p->tail)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->next == p->tail)
			break;                  /* stopping, nothing left */
		j = &p->ring[p->next++ % p->window];
		j->state = 1;
		pthread_mutex_unlock(&p->mu);
		convert(j);
		pthread_mutex_lock(&p->mu);
		j->state = 2;
		pthread_cond_broadcast(&p->finished);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

PdfJobs *pdfjobs_new(int threads, PdfDoneFn done, void *ctx)
{
	PdfJobs *p = xmalloc(sizeof *p);
	int i;
	memset(p, 0, sizeof *p);
	if (threads < 1)
		threads = 1;
	p->threads = threads;
	p->window = threads > 1 ? 2 * (size_t)threads : 1;
	p->ring = xmalloc(p->window * sizeof *p->ring);
	memset(p->ring, 0, p->window * sizeof *p->ring);
	p->done = done;
	p->ctx = ctx;
	if (threads > 1) {
		pthread_mutex_init(&p->mu, NULL);
		pthread_cond_init(&p->work, NULL);
		pthread_cond_init(&p->finished, NULL);
		p->tid = xmalloc((size_t)threads * sizeof *p->tid);
		for (i = 0; i < threads; i++)
			if (pthread_create(&p->tid[i], NULL, worker, p) != 0)
				die(EXIT_DATA, "cannot start a thread");
	}
	return p;
}

/* Hand back the oldest job (done), outside the lock. */
static void hand_back(PdfJobs *p, Job *j)
{
	p->done(p->ctx, j->source, j->n, j->rc, j->text ? j->text : "", j->len, j->err);
	free(j->text);
	free(j->source);
	j->text = j->source = NULL;
	j->state = 0;
}

/* Hand back finished jobs in order; with WAIT, at least the oldest one. */
static void collect(PdfJobs *p, int wait)
{
	for (;;) {
		Job *j;
		pthread_mutex_lock(&p->mu);
		if (p->head == p->tail) {
			pthread_mutex_unlock(&p->mu);
			return;
		}
		j = &p->ring[p->head % p->window];
		while (wait && j->state != 2)
			pthread_cond_wait(&p->finished, &p->mu);
		if (j->state != 2) {
			pthread_mutex_unlock(&p->mu);
			return;
		}
		pthread_mutex_unlock(&p->mu);
		hand_back(p, j);
		pthread_mutex_lock(&p->mu);
		p->head++;
		pthread_mutex_unlock(&p->mu);
		wait = 0;
	}
}

static void fill(Job *j, char *data, size_t n, const char *source)
{
	j->data = data;
	j->n = n;
	j->source = xstrdup(source);
	j->text = NULL;
	j->len = 0;
	j->err[0] = '\0';
	j->state = 0;
}

void pdfjobs_add(PdfJobs *p, char *data, size_t n, const char *source)
{
	Job *j;
	if (p->threads == 1) {
		j = &p->ring[0];
		fill(j, data, n, source);
		convert(j);
		hand_back(p, j);
		return;
	}
	collect(p, 0);
	if (p->tail - p->head == p->window)
		collect(p, 1);
	j = &p->ring[p->tail % p->window];
	fill(j, data, n, source);
	pthread_mutex_lock(&p->mu);
	p->tail++;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
}

void pdfjobs_drain(PdfJobs *p)
{
	if (p->threads == 1)
		return;
	while (pdfjobs_pending(p))
		collect(p, 1);
}

size_t pdfjobs_pending(const PdfJobs *p)
{
	return p->tail - p->head;   /* only the caller's thread moves them */
}

void pdfjobs_free(PdfJobs *p)
{
	int i;
	if (!p)
		return;
	if (p->threads > 1) {
		pdfjobs_drain(p);
		pthread_mutex_lock(&p->mu);
		p->stop = 1;
		pthread_cond_broadcast(&p->work);
		pthread_mutex_unlock(&p->mu);
		for (i = 0; i < p->threads; i++)
			pthread_join(p->tid[i], NULL);
		pthread_mutex_destroy(&p->mu);
		pthread_cond_destroy(&p->work);
		pthread_cond_destroy(&p->finished);
		free(p->tid);
	}
	free(p->ring);
	free(p);
}
