import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {TEXTS} from '../../main/resources/static/js/i18n.js';
import {ERRORS_SV} from '../../main/resources/static/js/errors.js';

/** Every key of a dictionary, nested ones as "outer.inner". */
function keys(dictionary, prefix = '') {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value, prefix + key + '.') : [prefix + key]).sort();
}

function javaSources(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? javaSources(path) : path.endsWith('.java') ? [path] : [];
  });
}

/** The problem codes the server can answer, as written in its sources. */
function serverCodes() {
  const patterns = [
    /RuleViolation\.(?:invalid|forbidden|notFound|conflict)\(\s*"([^"]+)"/g,
    /setProperty\("code",\s*"([^"]+)"\)/g,
    /HttpStatus\.[A-Z_]+,\s*"([a-z][a-z-]*(?:\.[a-z-]+)+)"/g,
  ];
  const codes = new Set();
  for (const module of ['domain', 'projections', 'app']) {
    for (const file of javaSources(join('..', module, 'src', 'main', 'java'))) {
      const source = readFileSync(file, 'utf8');
      for (const pattern of patterns) {
        for (const match of source.matchAll(pattern)) codes.add(match[1].replace(/\.$/, ''));
      }
    }
  }
  return [...codes].sort();
}

test('Swedish and English have the same texts', () => {
  assert.deepEqual(keys(TEXTS.sv), keys(TEXTS.en));
});

test('every problem code the server can answer has a Swedish wording', () => {
  const codes = serverCodes();
  assert.ok(codes.length > 40, 'the sources were read: ' + codes.length + ' codes');
  // Worded as the browser words it: the code itself, or the nearest shorter code it extends.
  const worded = code => {
    for (let c = code; c; c = c.includes('.') ? c.slice(0, c.lastIndexOf('.')) : '') if (c in ERRORS_SV) return true;
    return false;
  };
  assert.deepEqual(codes.filter(code => !worded(code)), []);
});

test('initials take whole characters, emoji included', async () => {
  const {initials} = await import('../../main/resources/static/js/api.js');
  assert.equal(initials('🐝 Bo Ek'), '🐝B');
  assert.equal(initials('åsa öberg'), 'ÅÖ');
  assert.equal(initials(''), '?');
});
