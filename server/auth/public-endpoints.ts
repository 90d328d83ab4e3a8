// Which of better-auth's endpoints the browser may call directly at /api/auth
// (docs/decisions/0033). Where Waypoint has its own form (sign-up, sign-in,
// TOTP, reset, email links, sign-out) the form is the only door: the forms call
// the endpoints inside the server (server/auth/auth-api.ts), where the attempt
// limits and input limits apply. What stays open is what a browser needs
// without a form: the links in emails, and the passkey ceremonies (WebAuthn
// needs JavaScript to talk to the server).
const open: readonly { method: 'GET' | 'POST'; path: RegExp }[] = [
  { method: 'GET', path: /^\/ok$/ },
  { method: 'GET', path: /^\/error$/ },
  { method: 'GET', path: /^\/get-session$/ },
  // Links in emails.
  { method: 'GET', path: /^\/verify-email$/ },
  { method: 'GET', path: /^\/magic-link\/verify$/ },
  { method: 'GET', path: /^\/reset-password\/[^/]+$/ },
  // Passkeys (@better-auth/passkey's client).
  { method: 'GET', path: /^\/passkey\/generate-(?:register|authenticate)-options$/ },
  { method: 'POST', path: /^\/passkey\/generate-(?:register|authenticate)-options$/ },
  { method: 'POST', path: /^\/passkey\/verify-(?:registration|authentication)$/ },
  { method: 'GET', path: /^\/passkey\/list-user-passkeys$/ },
  { method: 'POST', path: /^\/passkey\/(?:delete|update)-passkey$/ },
]

/** `path` is the part after /api/auth. */
export function isPublicAuthEndpoint(method: string, path: string): boolean {
  const m = method === 'HEAD' ? 'GET' : method
  return open.some((e) => e.method === m && e.path.test(path))
}
