import { runtime } from '#app/request.server.ts'
import { sitemapEntries } from '#server/use-cases/catalogue/public-catalogue.ts'

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

export async function loader() {
  const rt = await runtime()
  const base = rt.config.publicUrl
  const { providers, conditions } = await sitemapEntries(rt)
  const urls = [
    { loc: '/' },
    { loc: '/providers' },
    { loc: '/guides/stem-cells-for-als' },
    { loc: '/how-we-rank' },
    { loc: '/cost-estimator' },
    ...conditions.map((c) => ({ loc: `/conditions/${c.slug}` })),
    ...providers.map((p) => ({
      loc: `/providers/${p.slug}`,
      lastmod: p.lastVerifiedAt?.toISOString().slice(0, 10),
    })),
  ]
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map(
      (u) =>
        `  <url><loc>${escapeXml(base + u.loc)}</loc>${'lastmod' in u && u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n')}\n</urlset>\n`
  // Not kept by a proxy for an hour: a blocked clinic leaves the sitemap when it leaves the site (ADR 0056).
  return new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
}
