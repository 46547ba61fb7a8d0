/* item.h: what a disputed item's text says: its DWC category, the drug and
 * its class, the dose, the morphine equivalents per day, HCPCS codes, the
 * body region and side (body.h). */
#ifndef IMR_ITEM_H
#define IMR_ITEM_H

#include <stddef.h>

#include "body.h"

typedef struct {
	const char *category, *subcategory;   /* "" when not known */
	char drug[1024];          /* generics: a fixed combination '+'-joined, a
	                          * compound's ingredients ';'-joined */
	const char *drug_class;
	char strength[256], unit[16];
	const char *form;
	char qty[16], refills[16], per_day[16], mme_day[16];
	char hcpcs[64];          /* ';'-joined */
	char qty_unit[8];        /* ml, g: qty is an amount; "" a count */
	char visits[16], per_week[16], weeks[16];   /* a course of visits */
	const char *basis;       /* "item": the words named the category; "weak":
	                          * only weakly (a guideline may say better); "" none */
	BodyFacts body;          /* (read from the same words) */
} ItemFacts;

/* Analyse the item text S (N bytes, unescaped). */
void item_analyse(const char *s, size_t n, ItemFacts *it);

#endif
