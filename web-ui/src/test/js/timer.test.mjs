import {test} from 'node:test';
import assert from 'node:assert/strict';
import {TimerEnd, setSound, soundOn} from '../../main/resources/static/js/timer.js';

test('a timer seen running ends exactly once', () => {
  const end = new TimerEnd();
  assert.equal(end.reached('t1', 3), false);
  assert.equal(end.reached('t1', 0), true);
  assert.equal(end.reached('t1', 0), false);
});

test('a timer that had already run out when the page saw it stays quiet; a new one rings again', () => {
  const end = new TimerEnd();
  assert.equal(end.reached('old', 0), false);
  assert.equal(end.reached('new', 60), false);
  assert.equal(end.reached('new', 0), true);
});

test('the sound is on until muted, and remembered', () => {
  const stored = new Map();
  const storage = {getItem: key => stored.get(key) ?? null, setItem: (key, value) => stored.set(key, value)};
  assert.equal(soundOn(storage), true);
  setSound(false, storage);
  assert.equal(soundOn(storage), false);
  setSound(true, storage);
  assert.equal(soundOn(storage), true);
});
