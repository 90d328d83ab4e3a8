// React Router's client navigations fetch `/page.data?_routes=…` (the root
// index as `/_root.data`), and in React Router 8 `request.url` is that raw
// address. A `next=` built from it sent people to the raw data after signing
// in or setting up two-step sign-in: this is the page's own address.
export function pagePathOf(requestUrl: string): string {
  const url = new URL(requestUrl)
  let path = url.pathname
  if (path.endsWith('.data')) {
    path = path.slice(0, -'.data'.length)
    if (path === '/_root') path = '/'
  }
  url.searchParams.delete('_routes')
  url.searchParams.delete('index')
  const search = url.searchParams.toString()
  return search ? `${path}?${search}` : path
}
