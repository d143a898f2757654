import {test} from 'node:test';
import assert from 'node:assert/strict';
import {takesPart} from '../../main/resources/static/js/roles.js';

test('admins, facilitators and members take part; evaluators, guests and nobody do not', () => {
  for (const role of ['ADMIN', 'FACILITATOR', 'MEMBER']) assert.equal(takesPart({roles: [role]}), true);
  assert.equal(takesPart({roles: ['EVALUATOR']}), false);
  assert.equal(takesPart({roles: ['GUEST']}), false);
  assert.equal(takesPart(null), false);
  assert.equal(takesPart({}), false);
});
