#include "category.h"

#include "phrase.h"
#include "tables.h"
#include "common/util.h"

static Phrases keywords;
static Category *cats;
static int ready;

static void init(void)
{
	size_t r;
	ready = 1;
	cats = xmalloc((categories_nrows + 1) * sizeof *cats);
	for (r = 1; r <= categories_nrows; r++) {
		const char *const *row = categories_table + r * categories_ncols;
		cats[r - 1].category = row[1];
		cats[r - 1].subcategory = row[2];
		phrases_add(&keywords, row[0], (int)(r - 1));
	}
}

const Category *category_match(const Words *w, size_t i, size_t *nw)
{
	int v;
	if (!ready)
		init();
	v = phrases_longest(&keywords, w, i, nw);
	return v >= 0 ? &cats[v] : NULL;
}
