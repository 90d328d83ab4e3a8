// Branded ids: a ProviderId cannot be passed where a UserId is expected.
type Brand<T, B extends string> = T & { readonly __brand: B }

export type UserId = Brand<string, 'UserId'>
export type ProviderId = Brand<string, 'ProviderId'>
export type EmailId = Brand<string, 'EmailId'>

export const asUserId = (id: string) => id as UserId
export const asProviderId = (id: string) => id as ProviderId
export const asEmailId = (id: string) => id as EmailId
