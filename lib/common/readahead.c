#include "readahead.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define BLOCKS 4
#define BLOCK_SIZE (1 << 18)

typedef struct {
	unsigned char *data;
	ssize_t n;    /* what the read function returned */
	size_t pos;   /* bytes of it the reader has taken */
} Block;

/* A ring of blocks: the thread fills at TAIL, the reader empties at HEAD. */
struct Readahead {
	ReadaheadFn fn;
	void *src;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t filled, emptied;
	Block block[BLOCKS];
	size_t head, tail, count;
	int stop;     /* the reader is done: the thread ends */
};

static void *fill_ahead(void *arg)
{
	Readahead *ra = arg;
	/* the reader may stop early and cancel the thread: only while it is in
	 * the read function (blocked in read(2) on an idle pipe, say), which
	 * holds no lock */
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
	for (;;) {
		Block *b;
		ssize_t n;
		pthread_mutex_lock(&ra->lock);
		while (ra->count == BLOCKS && !ra->stop)
			pthread_cond_wait(&ra->emptied, &ra->lock);
		if (ra->stop) {
			pthread_mutex_unlock(&ra->lock);
			return NULL;
		}
		b = &ra->block[ra->tail];
		pthread_mutex_unlock(&ra->lock);

		pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
		n = ra->fn(ra->src, b->data, BLOCK_SIZE);   /* the slow part, unlocked */
		pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);

		pthread_mutex_lock(&ra->lock);
		b->n = n;
		b->pos = 0;
		ra->tail = (ra->tail + 1) % BLOCKS;
		ra->count++;
		pthread_cond_signal(&ra->filled);
		pthread_mutex_unlock(&ra->lock);
		if (n <= 0)
			return NULL;
	}
}

Readahead *readahead_start(ReadaheadFn fn, void *src)
{
	Readahead *ra = xmalloc(sizeof *ra);
	size_t i;
	memset(ra, 0, sizeof *ra);
	ra->fn = fn;
	ra->src = src;
	for (i = 0; i < BLOCKS; i++)
		ra->block[i].data = xmalloc(BLOCK_SIZE);
	pthread_mutex_init(&ra->lock, NULL);
	pthread_cond_init(&ra->filled, NULL);
	pthread_cond_init(&ra->emptied, NULL);
	if (pthread_create(&ra->thread, NULL, fill_ahead, ra) != 0) {
		ra->stop = 1;   /* no thread to join */
		readahead_stop(ra);
		return NULL;
	}
	return ra;
}

ssize_t readahead_read(Readahead *ra, void *buf, size_t n)
{
	Block *b;
	size_t k;
	pthread_mutex_lock(&ra->lock);
	while (ra->count == 0)
		pthread_cond_wait(&ra->filled, &ra->lock);
	b = &ra->block[ra->head];
	pthread_mutex_unlock(&ra->lock);
	if (b->n <= 0)
		return b->n;   /* the end or the error stays at the head */
	k = (size_t)b->n - b->pos;
	if (k > n)
		k = n;
	memcpy(buf, b->data + b->pos, k);
	b->pos += k;
	if (b->pos == (size_t)b->n) {
		pthread_mutex_lock(&ra->lock);
		ra->head = (ra->head + 1) % BLOCKS;
		ra->count--;
		pthread_cond_signal(&ra->emptied);
		pthread_mutex_unlock(&ra->lock);
	}
	return (ssize_t)k;
}

void readahead_stop(Readahead *ra)
{
	size_t i;
	if (!ra)
		return;
	pthread_mutex_lock(&ra->lock);
	if (!ra->stop) {
		ra->stop = 1;
		pthread_cond_signal(&ra->emptied);
		pthread_mutex_unlock(&ra->lock);
		/* a thread waiting for room sees STOP; one blocked reading a pipe
		 * whose writer is idle would not return for as long: cancel it */
		pthread_cancel(ra->thread);
		pthread_join(ra->thread, NULL);
	} else {
		pthread_mutex_unlock(&ra->lock);
	}
	pthread_mutex_destroy(&ra->lock);
	pthread_cond_destroy(&ra->filled);
	pthread_cond_destroy(&ra->emptied);
	for (i = 0; i < BLOCKS; i++)
		free(ra->block[i].data);
	free(ra);
}
