import {test} from 'node:test';
import assert from 'node:assert/strict';
import {merge} from '../../main/resources/static/js/session/merge.js';

test('a message puts its header over the view, replaces items by id, adds new ones and removes others', () => {
  const view = {seq: 3, phase: 'EXPLORE', questions: [{id: 'q1', text: 'Hur?', insights: []}, {id: 'q2', text: 'Varför?'}],
    clusters: [{id: 'k1'}, {id: 'k2'}]};
  merge(view, {seq: 4, header: {phase: 'RECOMMEND', closed: false},
    upserts: [{collection: 'questions', item: {id: 'q1', text: 'Hur?', insights: [{id: 'i1'}]}},
      {collection: 'recommendations', item: {id: 'r1', text: 'Gör så'}}],
    removals: [{collection: 'clusters', id: 'k1'}]});
  assert.equal(view.phase, 'RECOMMEND');
  assert.deepEqual(view.questions.map(q => q.id), ['q1', 'q2']);
  assert.deepEqual(view.questions[0].insights, [{id: 'i1'}]);
  assert.deepEqual(view.recommendations, [{id: 'r1', text: 'Gör så'}]);
  assert.deepEqual(view.clusters, [{id: 'k2'}]);
});
