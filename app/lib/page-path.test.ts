import { describe, expect, it } from 'vitest'
import { pagePathOf } from './page-path.ts'

describe('the page a request is for', () => {
  it('drops what client navigations add', () => {
    expect(pagePathOf('http://x/clinic/onboarding/5431dc8f.data')).toBe('/clinic/onboarding/5431dc8f')
    expect(
      pagePathOf('http://x/coordinator/cases.data?stage=new&_routes=root,routes%2Fcoordinator%2Fcases'),
    ).toBe('/coordinator/cases?stage=new')
    expect(pagePathOf('http://x/_root.data')).toBe('/')
    expect(pagePathOf('http://x/patient/cases/1/documents?index&x=1')).toBe('/patient/cases/1/documents?x=1')
  })

  it('keeps a document request as it is', () => {
    expect(pagePathOf('http://x/providers?q=als&country=IN')).toBe('/providers?q=als&country=IN')
    expect(pagePathOf('http://x/')).toBe('/')
  })
})
