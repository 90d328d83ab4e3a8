// Loaded only when someone presses a passkey button, so pages stay light.
export async function loadAuthClient() {
  const [{ createAuthClient }, { passkeyClient }] = await Promise.all([
    import('better-auth/client'),
    import('@better-auth/passkey/client'),
  ])
  return createAuthClient({ basePath: '/api/auth', plugins: [passkeyClient()] })
}
