import { describe, expect, it } from '@jest/globals'

import { scriptsOf } from '../../scripts/bench/pageScripts'

describe('scriptsOf (bench:weight)', () => {
  it('counts each script once and sets apart the ones only browsers without modules load', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"inline"])</script>',
    ].join('')
    expect(scriptsOf(html)).toEqual({
      modern: ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js'],
      legacy: ['/_next/static/chunks/polyfills.js'],
    })
  })

  it('does not take a file whose name contains "nomodule" for a nomodule script', () => {
    expect(scriptsOf('<script src="/nomodule-helpers.js" async></script>')).toEqual({
      modern: ['/nomodule-helpers.js'],
      legacy: [],
    })
  })
})
