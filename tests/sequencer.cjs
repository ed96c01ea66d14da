// The order jest runs test files in, the same on every machine. Its default order comes from the timings
// it cached on earlier runs, so a clean clone (CI) and a working copy ran the browser journeys, which share
// one database, in different orders, and an order-dependent failure showed only in CI. Browser files run in
// the order of their names; the other projects keep jest's order (slowest first, for parallel workers).
const Sequencer = require('@jest/test-sequencer').default

class FixedBrowserOrder extends Sequencer {
  sort(tests) {
    const browser = tests.filter((test) => test.context.config.displayName?.name === 'e2e')
    if (browser.length === 0) return super.sort(tests)
    const others = super.sort(tests.filter((test) => !browser.includes(test)))
    return [...others, ...browser.sort((a, b) => a.path.localeCompare(b.path))]
  }
}

module.exports = FixedBrowserOrder
