import { runtime } from '#app/request.server.ts'

// Public catalogue pages may be indexed; accounts, staff areas and the API may not.
export async function loader() {
  const rt = await runtime()
  const lines = [
    'User-agent: *',
    'Allow: /',
    ...[
      '/account',
      '/patient',
      '/coordinator',
      '/clinic',
      '/reviewer',
      '/second-opinions',
      '/admin',
      '/api/',
      '/dev/',
      '/sign-in',
      '/sign-up',
    ].map((p) => `Disallow: ${p}`),
    `Sitemap: ${rt.config.publicUrl}/sitemap.xml`,
    '',
  ]
  return new Response(lines.join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
