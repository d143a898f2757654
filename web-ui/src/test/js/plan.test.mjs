import {test} from 'node:test';
import assert from 'node:assert/strict';
import {changesSince, goalTree, maturityRows, percent, sourceFrom} from '../../main/resources/static/js/plan/plan.js';

const goal = (id, parentId, extra = {}) => ({id, parentId, retired: false, changes: [], progress: [], ...extra});

test('goals form a tree in the order they were added; retired ones are left out unless asked for', () => {
  const goals = [goal('a', null), goal('b', 'a'), goal('c', 'b'), goal('d', null, {retired: true}), goal('e', 'a')];
  const tree = goalTree(goals);
  assert.deepEqual(tree.map(node => node.goal.id), ['a']);
  assert.deepEqual(tree[0].children.map(node => node.goal.id), ['b', 'e']);
  assert.deepEqual(tree[0].children[0].children.map(node => node.goal.id), ['c']);
  assert.deepEqual(goalTree(goals, true).map(node => node.goal.id), ['a', 'd']);
});

test('a sub-goal whose parent is retired and hidden stands at the top', () => {
  const tree = goalTree([goal('a', null, {retired: true}), goal('b', 'a')]);
  assert.deepEqual(tree.map(node => node.goal.id), ['b']);
});

test('what changed since a moment lists changes and progress after it, oldest first', () => {
  const goals = [goal('a', null, {
    changes: [{kind: 'ADDED', at: '2026-11-01T10:00:00Z'}, {kind: 'REVISED', at: '2026-11-20T10:00:00Z'}],
    progress: [{value: 3, at: '2026-11-10T10:00:00Z'}],
  })];
  const since = changesSince(goals, '2026-11-05T00:00:00Z');
  assert.deepEqual(since.map(item => item.at), ['2026-11-10T10:00:00Z', '2026-11-20T10:00:00Z']);
  assert.equal(since[1].change.kind, 'REVISED');
  assert.equal(since[0].progress.value, 3);
});

test('maturity compares the first assessment with the latest, per dimension', () => {
  const scores = value => Object.fromEntries(['CONTEXT', 'LEADERSHIP', 'PLANNING', 'SUPPORT', 'OPERATIONS',
    'PERFORMANCE_EVALUATION', 'IMPROVEMENT'].map(d => [d, {score: value, comment: null}]));
  const rows = maturityRows([{scores: scores(2)}, {scores: scores(3)}, {scores: scores(4)}]);
  assert.equal(rows.length, 7);
  assert.deepEqual(rows[0], {dimension: 'CONTEXT', first: 2, latest: 4, comment: null});
  assert.deepEqual(maturityRows([]), []);
});

test('a link names its source as session and item; anything else is ignored', () => {
  assert.deepEqual(sourceFrom('?id=LUND&source=r-1:d-2'), {sessionId: 'r-1', itemId: 'd-2'});
  assert.equal(sourceFrom('?source=<script>:x'), null);
  assert.equal(sourceFrom('?id=LUND'), null);
  assert.equal(percent('0.5'), 50);
  assert.equal(percent(null), null);
});
