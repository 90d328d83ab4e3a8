import accounts from '#content/messages/en/accounts.json' with { type: 'json' }
import alsfrs from '#content/messages/en/alsfrs.json' with { type: 'json' }
import cases from '#content/messages/en/cases.json' with { type: 'json' }
import catalogue from '#content/messages/en/catalogue.json' with { type: 'json' }
import common from '#content/messages/en/common.json' with { type: 'json' }
import email from '#content/messages/en/email.json' with { type: 'json' }
import summary from '#content/messages/en/summary.json' with { type: 'json' }
import rules from '#content/messages/en/rules.json' with { type: 'json' }
import treatment from '#content/messages/en/treatment.json' with { type: 'json' }
import trip from '#content/messages/en/trip.json' with { type: 'json' }
import followup from '#content/messages/en/followup.json' with { type: 'json' }
import outcomes from '#content/messages/en/outcomes.json' with { type: 'json' }
import homeDoctor from '#content/messages/en/home-doctor.json' with { type: 'json' }
import reviews from '#content/messages/en/reviews.json' with { type: 'json' }

// The English catalogue, the source of every user-facing string, is data:
// content/messages/en/*.json (ICU MessageFormat, flat dotted keys; see
// content/messages/README.md). Every language has the same files, and a key
// lives in the same-named file in each. The keys' type is inferred from the
// English JSON, so a misspelt key fails typecheck.
export const enByArea = {
  common,
  accounts,
  catalogue,
  cases,
  alsfrs,
  summary,
  email,
  rules,
  treatment,
  trip,
  followup,
  outcomes,
  'home-doctor': homeDoctor,
  reviews,
}

/** The catalogue's files: every language has exactly these, in content/messages/<locale>/<area>.json. */
export type MessageArea = keyof typeof enByArea
export const messageAreas = Object.keys(enByArea) as MessageArea[]

export const en = {
  ...common,
  ...accounts,
  ...catalogue,
  ...cases,
  ...alsfrs,
  ...summary,
  ...email,
  ...rules,
  ...treatment,
  ...trip,
  ...followup,
  ...outcomes,
  ...homeDoctor,
  ...reviews,
}

export type MessageKey = keyof typeof en
