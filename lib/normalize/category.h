/* category.h: the DWC request category and subcategory named by a phrase of
 * an item ("MRI", "physical therapy", "TENS unit"), from data/categories.tsv. */
#ifndef IMR_CATEGORY_H
#define IMR_CATEGORY_H

#include <stddef.h>

#include "words.h"

typedef struct {
	const char *category, *subcategory;
} Category;

/* The category of the longest keyword starting at word I, or NULL; *nw gets
 * its number of words. */
const Category *category_match(const Words *w, size_t i, size_t *nw);

#endif
