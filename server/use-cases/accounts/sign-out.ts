import { callAuth } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'

export async function signOut(rt: Runtime, from: Request): Promise<string[]> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/sign-out', { from, body: {} })
  return reply.setCookies
}
