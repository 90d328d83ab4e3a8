// Where sign-in will lead, when it is an invitation's link: the sign-in and
// sign-up pages then say what the visitor came for. Only the kind is told,
// never the clinic or case, since whoever holds a forwarded link is not yet
// known to be the person invited.
export type InvitationKind = 'team' | 'case'

/** The kind of invitation a safe `next` path answers, or null for any other page. */
export function invitationKindOf(next: string): InvitationKind | null {
  if (/^\/clinic-invitations\/[^/?#]+$/.test(next)) return 'team'
  if (/^\/invitations\/[^/?#]+$/.test(next)) return 'case'
  return null
}
