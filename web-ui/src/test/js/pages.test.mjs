import {test} from 'node:test';
import assert from 'node:assert/strict';
import {joinTarget, linkedItemSelector, sessionHref, sourceHref} from '../../main/resources/static/js/session/pages.js';

const ID = '0b7e9a52-3c1d-4f7e-9a1b-2c3d4e5f6a7b';

test('a plan change source opens the page of its own kind with the item named', () => {
  assert.equal(sourceHref({sessionId: ID, itemId: 'd1', kind: 'DECISION'}), '/retro.html?id=' + ID + '&item=d1');
  assert.equal(sourceHref({sessionId: ID, itemId: 'a1', kind: 'ACTION_ITEM'}), '/retro.html?id=' + ID + '&item=a1');
  assert.equal(sourceHref({sessionId: ID, itemId: 'r1', kind: 'RECOMMENDATION'}),
    '/thinktank.html?id=' + ID + '&item=r1');
  assert.equal(sourceHref({sessionId: ID, itemId: 'i1', kind: 'CAFE_INSIGHT'}), '/cafe.html?id=' + ID + '&item=i1');
  assert.equal(sourceHref({sessionId: ID, itemId: 'q1', kind: 'SEMINAR_ANSWER'}), '/seminar.html?id=' + ID + '&item=q1');
  assert.equal(sourceHref({sessionId: ID, itemId: 'p1', kind: 'POLL_RESULT'}), '/seminar.html?id=' + ID + '&item=p1');
});

test('a pasted link keeps its page and share token; a bare id goes to the page of its kind', () => {
  assert.equal(joinTarget('http://host:8080/thinktank.html?id=' + ID), '/thinktank.html?id=' + ID);
  assert.equal(joinTarget('https://x/cafe.html?id=' + ID), '/cafe.html?id=' + ID);
  assert.equal(joinTarget('http://host/retro.html?id=' + ID + '&join=abc_DEF-1'), '/retro.html?id=' + ID + '&join=abc_DEF-1');
  assert.equal(joinTarget('http://host/board.html?id=' + ID + '&join=abc_DEF-1'), '/retro.html?id=' + ID + '&join=abc_DEF-1',
    'a share link from before the retro page was named after its kind');
  assert.equal(joinTarget(ID, id => (id === ID ? 'CAFE' : null)), '/cafe.html?id=' + ID);
  assert.equal(joinTarget(' ' + ID + ' '), '/retro.html?id=' + ID, 'a kind not known: the retro page');
  assert.equal(joinTarget('http://evil.example/x.html?id=' + ID, () => 'THINK_TANK'), '/thinktank.html?id=' + ID,
    'another site is never followed');
  assert.equal(joinTarget('no id here'), null);
  assert.equal(joinTarget('/retro.html?id=' + ID + '&join="><script>'), '/retro.html?id=' + ID, 'a strange token is left out');
});

test('every kind names its page, and the linked item is found by its id only', () => {
  assert.equal(sessionHref('THINK_TANK', ID), '/thinktank.html?id=' + ID);
  assert.equal(sessionHref('SOMETHING_NEW', ID), '/retro.html?id=' + ID);
  assert.match(linkedItemSelector('r1'), /\[data-recommendation-id="r1"\]/);
  assert.equal(linkedItemSelector('"]; x'), null);
  assert.equal(linkedItemSelector(null), null);
});
