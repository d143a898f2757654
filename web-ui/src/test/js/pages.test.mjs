import {test} from 'node:test';
import assert from 'node:assert/strict';
import {joinPath, joinTarget, linkedItemSelector, sessionHref, sourceHref} from '../../main/resources/static/js/session/pages.js';

const ID = '0b7e9a52-3c1d-4f7e-9a1b-2c3d4e5f6a7b';

test('a plan change source opens its session, whatever its kind, with the item named', () => {
  assert.equal(sourceHref({sessionId: ID, itemId: 'd1', kind: 'DECISION'}), '/sessions/' + ID + '?item=d1');
  assert.equal(sourceHref({sessionId: ID, itemId: 'p1', kind: 'POLL_RESULT'}), '/sessions/' + ID + '?item=p1');
});

test('a pasted link or id leads to its session with its share token; nothing else is taken from it', () => {
  assert.equal(joinTarget('http://host:8080/thinktank.html?id=' + ID), '/sessions/' + ID);
  assert.equal(joinTarget('http://host/retro.html?id=' + ID + '&join=abc_DEF-1'), '/sessions/' + ID + '?join=abc_DEF-1');
  assert.equal(joinTarget('http://host/board.html?id=' + ID + '&join=abc_DEF-1'), '/sessions/' + ID + '?join=abc_DEF-1',
    'a share link from before the retro page was named after its kind');
  assert.equal(joinTarget('http://host/sessions/' + ID + '?join=abc'), '/sessions/' + ID + '?join=abc');
  assert.equal(joinTarget(' ' + ID + ' '), '/sessions/' + ID);
  assert.equal(joinTarget('http://evil.example/x.html?id=' + ID), '/sessions/' + ID, 'another site is never followed');
  assert.equal(joinTarget('no id here'), null);
  assert.equal(joinTarget('/retro.html?id=' + ID + '&join="><script>'), '/sessions/' + ID, 'a strange token is left out');
});

test('a session is joined and linked by its id alone, and the linked item is found by its id only', () => {
  assert.equal(sessionHref(ID), '/sessions/' + ID);
  assert.equal(joinPath(ID), '/api/sessions/' + ID + '/participants');
  assert.match(linkedItemSelector('r1'), /\[data-recommendation-id="r1"\]/);
  assert.equal(linkedItemSelector('"]; x'), null);
  assert.equal(linkedItemSelector(null), null);
});
