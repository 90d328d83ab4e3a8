import type { NextFunction, Request, Response } from 'express'
import { isLocale } from '#domain/i18n/locales.ts'
import { accountLimits } from '#domain/accounts/account-limits.ts'

// Waypoint's own small cookies, checked before any page reads them. A value
// that Waypoint could not have written (a broken percent-encoding, a language
// it does not speak) is dropped from the request and expired in the browser,
// so one bad cookie cannot break every page until it is cleared by hand.

type Rule = { path: string; valid: (value: string) => boolean }

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

const rules: Record<string, Rule> = {
  waypoint_lang: { path: '/', valid: (v) => isLocale(v) },
  // The address a confirmation was sent to (app/routes/auth/sign-up.tsx).
  waypoint_pending: {
    path: '/sign-up',
    valid: (v) => {
      const email = decoded(v)
      return email !== null && email.length <= accountLimits.emailMax && /^[^\s@]+@[^\s@]+$/.test(email)
    },
  },
}

export function cookieGuard() {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.cookie
    if (!header || !/waypoint_(?:lang|pending)=/.test(header)) return next()
    const kept: string[] = []
    const expired = new Set<string>()
    for (const pair of header.split(';')) {
      const at = pair.indexOf('=')
      const name = (at < 0 ? pair : pair.slice(0, at)).trim()
      const rule = Object.hasOwn(rules, name) ? rules[name] : undefined
      if (rule && !rule.valid(pair.slice(at + 1).trim())) expired.add(name)
      else kept.push(pair.trim())
    }
    if (expired.size === 0) return next()
    req.headers.cookie = kept.filter(Boolean).join('; ')
    for (const name of expired)
      res.append('Set-Cookie', `${name}=; Path=${rules[name]!.path}; Max-Age=0; HttpOnly; SameSite=Lax`)
    next()
  }
}
