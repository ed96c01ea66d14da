/**
 * Search input a visitor (or a bot) may send that is not a plain query: each must give a clear empty
 * (or ordinary) result page, never a 5xx or an index error. Shared by the integration and browser tests.
 */
export const badQueries: Array<[name: string, query: string]> = [
  ['FTS operators', 'migration AND OR NOT santé'],
  ['NEAR', 'NEAR(santé migration, 3)'],
  ['column filter', 'title: santé'],
  ['unbalanced quotes', '"santé migr'],
  ['only quotes', '""""'],
  ['star alone', '*'],
  ['stars and carets', '*santé* ^migration'],
  ['parentheses', '((santé) OR (migration'],
  // ASCII, so that the address stays under Node's 16 KB header limit (else Node answers 431 before the site).
  ['10,000 characters', 'migration '.repeat(1000)],
  ['control characters', 'sant\u0000é\u0007\u001b[31m migration\u0002\u0003'],
  ['mixed scripts', 'santé الهجرة Миграция 移民 migration'],
  ['emoji and symbols', '🚀 ∑ ≠ © ™'],
  ['SQL', "'; DROP TABLE libsql_search; --"],
  ['markup', '<script>alert(1)</script>'],
  ['punctuation only', '-+*:;,.!?'],
  ['lone surrogate', 'sant\ud800é'],
]
