import {test} from 'node:test';
import assert from 'node:assert/strict';
import {held, onScreen, results, wall} from '../../main/resources/static/js/seminar/view.js';

const questions = [
  {id: 'a', state: 'SHOWN', votes: 2, askedAt: '2026-12-03T10:00:00Z'},
  {id: 'b', state: 'SHOWN', votes: 5, askedAt: '2026-12-03T10:01:00Z'},
  {id: 'c', state: 'HELD', votes: 0, askedAt: '2026-12-03T10:02:00Z'},
  {id: 'd', state: 'ANSWERED', votes: 2, askedAt: '2026-12-03T09:59:00Z'},
  {id: 'e', state: 'HIDDEN', votes: 9, askedAt: '2026-12-03T10:03:00Z'},
  {id: 'f', state: 'ANSWERING', votes: 0, askedAt: '2026-12-03T10:04:00Z'},
];

test('the wall shows the questions on it, the one being answered first, then by votes or by time', () => {
  assert.deepEqual(wall(questions).map(q => q.id), ['f', 'b', 'd', 'a']);
  assert.deepEqual(wall(questions, 'new').map(q => q.id), ['f', 'b', 'a', 'd']);
});

test('held questions wait apart, oldest first', () => {
  assert.deepEqual(held(questions).map(q => q.id), ['c']);
});

test('a projector shows the question being answered, else the most voted, else nothing', () => {
  assert.equal(onScreen({questions, answering: 'f'}).id, 'f');
  assert.equal(onScreen({questions: questions.filter(q => q.id !== 'f'), answering: null}).id, 'b');
  assert.equal(onScreen({questions: [], answering: null}), null);
});

test('a poll shows shares of its respondents only where its counts are there', () => {
  assert.equal(results({respondents: 3, options: [{id: 'x', votes: null}]}), null);
  assert.deepEqual(results({respondents: 4, options: [{id: 'x', votes: 3}, {id: 'y', votes: 1}]}).map(o => o.percent),
    [75, 25]);
  assert.deepEqual(results({respondents: 0, options: [{id: 'x', votes: 0}]}).map(o => o.percent), [0]);
});

test('a projector shows the latest poll with its results shown, else the latest open one', async () => {
  const {pollOnScreen} = await import('../../main/resources/static/js/seminar/view.js');
  assert.equal(pollOnScreen({polls: []}), null);
  assert.equal(pollOnScreen({polls: [{id: 'a', state: 'OPEN'}, {id: 'b', state: 'NEW'}]}).id, 'a');
  assert.equal(pollOnScreen({polls: [{id: 'a', state: 'CLOSED', resultsShown: true}, {id: 'b', state: 'OPEN'}]}).id, 'a');
});
