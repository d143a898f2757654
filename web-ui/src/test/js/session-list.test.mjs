import {test} from 'node:test';
import assert from 'node:assert/strict';
import {emptyState, matches, splitSessions} from '../../main/resources/static/js/session/list.js';

const retro = (id, phase, extra = {}) => ({
  id, title: 'Retro ' + id, phase, municipalityName: null, facilitatorName: 'Anna Berg',
  createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z', scheduledAt: null, ...extra,
});

test('running retros come first by scheduled time, those without one after, newest first', () => {
  const retros = [
    retro('a', 'REFLECT', {createdAt: '2026-11-02T10:00:00Z'}),
    retro('b', 'VOTE', {scheduledAt: '2026-12-05T09:00:00Z'}),
    retro('c', 'CLOSED', {updatedAt: '2026-11-03T10:00:00Z'}),
    retro('d', 'REFLECT', {scheduledAt: '2026-12-01T09:00:00Z'}),
    retro('e', 'GROUP', {createdAt: '2026-11-04T10:00:00Z'}),
    retro('f', 'CLOSED', {updatedAt: '2026-11-05T10:00:00Z'}),
  ];
  const {active, closed} = splitSessions(retros);
  assert.deepEqual(active.map(r => r.id), ['d', 'b', 'e', 'a']);
  assert.deepEqual(closed.map(r => r.id), ['f', 'c']);
});

test('search finds words in title, municipality project and facilitator, without minding case or accents', () => {
  const lund = retro('lund', 'REFLECT', {title: 'Höstens retro', municipalityName: 'Göteborg'});
  assert.ok(matches(lund, 'goteborg'));
  assert.ok(matches(lund, 'HÖST berg'));
  assert.ok(matches(lund, '  '));
  assert.ok(!matches(lund, 'malmö'));
  assert.deepEqual(splitSessions([lund, retro('x', 'CLOSED')], 'göteborg').closed, []);
});

test('an empty list tells a lone admin to add people, a facilitator to create, anyone else how to join', () => {
  assert.equal(emptyState(['ADMIN'], 1), 'emptyAddPeople');
  assert.equal(emptyState(['ADMIN'], 5), 'emptyCreate');
  assert.equal(emptyState(['FACILITATOR', 'MEMBER'], null), 'emptyCreate');
  assert.equal(emptyState(['MEMBER'], null), 'noRetros');
});
