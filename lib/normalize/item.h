/* item.h: what a disputed item's text says: its DWC category, the drug and
 * its class, the dose, the morphine equivalents per day, HCPCS codes, the
 * body region and side (body.h). */
#ifndef IMR_ITEM_H
#define IMR_ITEM_H

#include <stddef.h>

#include "body.h"

typedef struct {
	const char *category, *subcategory;   /* "" when not known */
	char drug[256];          /* generic ingredients, '+'-joined */
	const char *drug_class;
	char strength[48], unit[16];
	const char *form;
	char qty[16], refills[16], per_day[16], mme_day[16];
	char hcpcs[64];          /* ';'-joined */
	BodyFacts body;          /* (read from the same words) */
} ItemFacts;

/* Analyse the item text S (N bytes, unescaped). */
void item_analyse(const char *s, size_t n, ItemFacts *it);

#endif
