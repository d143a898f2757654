import {test} from 'node:test';
import assert from 'node:assert/strict';
import {PresenceSync} from '../../main/resources/static/js/session/presence-sync.js';

const anna = {id: 'a', displayName: 'Anna'};
const bo = {id: 'b', displayName: 'Bo'};
const cleo = {id: 'c', displayName: 'Cleo'};

function sync(snapshots) {
  const seen = [];
  let fetches = 0;
  const presence = new PresenceSync({fetch: async () => snapshots[Math.min(fetches++, snapshots.length - 1)],
    onChange: (present, count) => seen.push({names: present.map(p => p.displayName), count})});
  return {presence, seen, fetches: () => fetches};
}

test('the whole list, then each change in order: who came, who left', async () => {
  const {presence, seen} = sync([{seq: 3, count: 1, present: [bo]}]);
  await presence.load();
  presence.receive({seq: 4, came: [anna, cleo], left: []});
  presence.receive({seq: 5, came: [], left: ['b']});
  assert.deepEqual(seen.at(-1), {names: ['Anna', 'Cleo'], count: 2});
});

test('a change already in the list is left out; a skipped number fetches the whole list again', async () => {
  const {presence, seen, fetches} = sync([{seq: 3, count: 1, present: [bo]}, {seq: 7, count: 2, present: [anna, cleo]}]);
  await presence.load();
  presence.receive({seq: 3, came: [cleo], left: []});
  assert.deepEqual(seen.at(-1).names, ['Bo']);
  presence.receive({seq: 6, came: [anna], left: []});
  await new Promise(resolve => setTimeout(resolve, 0));
  await presence.loading;
  assert.equal(fetches(), 2);
  assert.deepEqual(seen.at(-1), {names: ['Anna', 'Cleo'], count: 2});
  presence.receive({seq: 8, came: [], left: ['a']});
  assert.deepEqual(seen.at(-1).names, ['Cleo']);
});
