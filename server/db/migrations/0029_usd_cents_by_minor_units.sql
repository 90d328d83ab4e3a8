-- Offers priced in a currency whose minor unit is not a hundredth (none for
-- won or yen, a thousandth for dinars) had their US-cent prices, the scale
-- search filters and compares on, computed as if it were: a won price read a
-- hundred times too cheap. Recomputed here with the ISO 4217 minor units of
-- content/reference/currencies.json; their clinics' search rows are marked
-- stale, so the next search rebuilds them (refreshIfStale, ADR 0030).
-- The demo won offer was written in hundredths of a won (3,000,000,000 for
-- 30 million won); its content now says 30,000,000. A database seeded before
-- gets the same amount, so its price reads as the demo meant.
UPDATE "offer" SET "price_min_minor" = "price_min_minor" / 100, "price_max_minor" = "price_max_minor" / 100
WHERE "id" = 'offer-hanbit-lenzu' AND "currency" = 'KRW' AND "price_min_minor" = 3000000000;--> statement-breakpoint
UPDATE "offer" AS o SET
  "price_min_usd_cents" = round(o."price_min_minor" / power(10, d.digits) / r."per_usd" * 100),
  "price_max_usd_cents" = round(o."price_max_minor" / power(10, d.digits) / r."per_usd" * 100)
FROM "exchange_rate" AS r,
  (VALUES ('BHD', 3), ('BIF', 0), ('CLP', 0), ('DJF', 0), ('GNF', 0), ('IQD', 3), ('ISK', 0), ('JOD', 3), ('JPY', 0), ('KMF', 0), ('KRW', 0), ('KWD', 3), ('LYD', 3), ('OMR', 3), ('PYG', 0), ('RWF', 0), ('TND', 3), ('UGX', 0), ('VND', 0), ('VUV', 0), ('XAF', 0), ('XOF', 0), ('XPF', 0)) AS d(code, digits)
WHERE r."currency" = o."currency" AND d.code = o."currency";--> statement-breakpoint
UPDATE "provider_listing" SET "name_vector" = ''::tsvector
WHERE "provider_id" IN (
  SELECT o."provider_id" FROM "offer" AS o
  WHERE o."currency" IN (SELECT code FROM (VALUES ('BHD', 3), ('BIF', 0), ('CLP', 0), ('DJF', 0), ('GNF', 0), ('IQD', 3), ('ISK', 0), ('JOD', 3), ('JPY', 0), ('KMF', 0), ('KRW', 0), ('KWD', 3), ('LYD', 3), ('OMR', 3), ('PYG', 0), ('RWF', 0), ('TND', 3), ('UGX', 0), ('VND', 0), ('VUV', 0), ('XAF', 0), ('XOF', 0), ('XPF', 0)) AS d(code, digits))
);
