import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LiveSync} from '../../main/resources/static/js/live-sync.js';

/** A server whose view is a list of the messages' values, and a sync against it. */
function setUp(serverSeq = 0, serverItems = ['a']) {
  const server = {seq: serverSeq, items: [...serverItems], fetches: 0};
  const changes = [];
  const sync = new LiveSync({
    fetch: async () => {
      server.fetches++;
      return {seq: server.seq, items: [...server.items]};
    },
    apply: (view, message) => {
      if (message.value === 'needs-fetch') return true;
      view.items.push(message.value);
      return false;
    },
    onChange: view => changes.push([...view.items]),
  });
  return {server, sync, changes};
}

const settle = () => new Promise(resolve => setTimeout(resolve, 0));

test('messages in order are applied one after the other', async () => {
  const {sync} = setUp();
  await sync.refetch();
  sync.receive({seq: 1, value: 'b'});
  sync.receive({seq: 2, value: 'c'});
  assert.deepEqual(sync.view.items, ['a', 'b', 'c']);
  assert.equal(sync.seq, 2);
  assert.equal(sync.view.seq, 2);
});

test('a message that comes early waits for the one before it', async () => {
  const {sync, server} = setUp();
  await sync.refetch();
  server.seq = 2;
  server.items = ['a', 'b', 'c'];
  sync.receive({seq: 2, value: 'c'});
  sync.receive({seq: 1, value: 'b'});
  await settle();
  assert.deepEqual(sync.view.items, ['a', 'b', 'c']);
  assert.equal(sync.seq, 2);
});

test('a message seen twice, or older than the fetched view, is ignored', async () => {
  const {sync, server} = setUp(3, ['a', 'b', 'c', 'd']);
  await sync.refetch();
  sync.receive({seq: 2, value: 'c'});
  sync.receive({seq: 3, value: 'd'});
  sync.receive({seq: 4, value: 'e'});
  sync.receive({seq: 4, value: 'e'});
  assert.deepEqual(sync.view.items, ['a', 'b', 'c', 'd', 'e']);
  assert.equal(server.fetches, 1);
});

test('a gap fetches the whole view and carries on from its seq', async () => {
  const {sync, server} = setUp();
  await sync.refetch();
  server.seq = 3;
  server.items = ['a', 'b', 'c', 'd'];
  sync.receive({seq: 3, value: 'd'});
  await settle();
  await settle();
  assert.equal(server.fetches, 2);
  assert.deepEqual(sync.view.items, ['a', 'b', 'c', 'd']);
  assert.equal(sync.seq, 3);
  sync.receive({seq: 4, value: 'e'});
  assert.deepEqual(sync.view.items, ['a', 'b', 'c', 'd', 'e']);
});

test('messages that arrive while the view is being fetched are applied after it', async () => {
  const {sync, server} = setUp();
  const first = sync.refetch();
  sync.receive({seq: 1, value: 'b'});
  await first;
  assert.deepEqual(sync.view.items, ['a', 'b']);
  assert.equal(server.fetches, 1);
});

test('a message whose change needs the whole view fetches it', async () => {
  const {sync, server} = setUp();
  await sync.refetch();
  server.seq = 1;
  server.items = ['a', 'fetched'];
  sync.receive({seq: 1, value: 'needs-fetch'});
  await settle();
  await settle();
  assert.equal(server.fetches, 2);
  assert.deepEqual(sync.view.items, ['a', 'fetched']);
});

test('nothing is applied before the first view has arrived', () => {
  const {sync, changes} = setUp();
  sync.receive({seq: 1, value: 'b'});
  assert.equal(sync.view, null);
  assert.deepEqual(changes, []);
});

test('the retro board takes typed messages through the one generic merge: outcomes and the queue keep in step', async () => {
  const {topics} = await import('../../main/resources/static/js/retro/fold.js');
  const {merge} = await import('../../main/resources/static/js/session/merge.js');
  const board = {
    participants: [], people: {}, phase: 'DISCUSS', currentTopic: null,
    cards: [{id: 'c1', column: 'STOP', text: 'Långa möten', votes: 1, groupId: 'g1'},
      {id: 'c2', column: 'KEEP', text: 'Fika', votes: 4, groupId: null},
      {id: 'c3', column: 'STOP', text: 'Sena möten', votes: 0, groupId: 'g1'}],
    groups: [{id: 'g1', column: 'STOP', name: 'Möten', votes: 6}],
    decisions: [], actions: [],
  };
  assert.deepEqual(topics(board).map(topic => topic.id), ['g1', 'c2']);
  merge(board, {type: 'TopicFocused', header: {currentTopic: 'g1'}});
  merge(board, {type: 'DecisionRecorded', upserts: [{collection: 'decisions', item: {id: 'd1', text: 'Kortare', topicId: 'g1'}}]});
  merge(board, {type: 'DecisionEdited', upserts: [{collection: 'decisions', item: {id: 'd1', text: 'Högst 30 min', topicId: 'g1'}}]});
  merge(board, {type: 'ActionItemAdded', upserts: [{collection: 'actions', item: {id: 'a1', text: 'Boka', ownerId: 'p', topicId: 'g1'}}]});
  merge(board, {type: 'ActionItemDeleted', removals: [{collection: 'actions', id: 'a1'}]});
  assert.equal(board.currentTopic, 'g1');
  assert.deepEqual(board.decisions, [{id: 'd1', text: 'Högst 30 min', topicId: 'g1'}]);
  assert.deepEqual(board.actions, []);
  merge(board, {type: 'DecisionDeleted', removals: [{collection: 'decisions', id: 'd1'}]});
  assert.deepEqual(board.decisions, []);
  merge(board, {type: 'VoteCast', upserts: [{collection: 'cards', item: {id: 'c3', column: 'STOP', text: 'Sena möten', votes: 9, groupId: 'g1'}}]});
  assert.deepEqual(topics(board).map(topic => topic.id), ['g1', 'c2'], 'a card in a group is discussed with it');
  merge(board, {type: 'CardUngrouped', upserts: [{collection: 'cards', item: {id: 'c3', column: 'STOP', text: 'Sena möten', votes: 9, groupId: null}}]});
  assert.deepEqual(topics(board).map(topic => topic.id), ['c3', 'g1', 'c2']);
});

test('a shared message replacing a card keeps what is the viewer\'s own: hidden text, authorship, votes', async () => {
  const {cardView, groupView, outcomeOf, unnamed} = await import('../../main/resources/static/js/retro/fold.js');
  const {merge} = await import('../../main/resources/static/js/session/merge.js');
  const board = {you: 'bo', votesLeft: 3, participants: ['bo'], people: {bo: 'Bo'}, actions: [],
    cards: [], groups: [{id: 'g1', votes: 0}], yourCards: [], yourVotes: [], earlierOutcomes: {},
    earlierActions: [{actionId: 'a0', text: 'Boka rum', outcome: null}]};
  // Bo's hidden card: everyone (Bo too) gets it without text; only Bo's own queue says what it says.
  merge(board, {type: 'CardAdded', upserts: [{collection: 'yourCards', item: {id: 'c1', text: 'Min tanke'}}]});
  merge(board, {type: 'CardAdded', header: {phase: 'REFLECT'},
    upserts: [{collection: 'cards', item: {id: 'c1', hidden: true, text: null, authorId: null, mine: false, votes: 0, myVotes: 0}}]});
  assert.deepEqual(board.cards.map(card => cardView(board, card)).map(card => [card.text, card.hidden, card.mine]),
    [['Min tanke', false, true]]);
  // A vote: the shared total stays hidden (0), the voter's own count and budget arrive apart, in any order.
  merge(board, {type: 'VoteCast', header: {votesLeft: 2}, upserts: [{collection: 'yourVotes', item: {id: 'c1', votes: 1}}]});
  merge(board, {type: 'VoteCast', header: {phase: 'VOTE'},
    upserts: [{collection: 'cards', item: {id: 'c1', hidden: false, text: 'Min tanke', authorId: null, mine: false, votes: 0, myVotes: 0}}]});
  assert.equal(cardView(board, board.cards[0]).myVotes, 1);
  assert.equal(cardView(board, board.cards[0]).mine, true);
  assert.equal(board.votesLeft, 2);
  assert.equal(groupView(board, board.groups[0]).myVotes, 0);
  // An earlier action's outcome comes as an id in the header, never with the earlier retro's text.
  merge(board, {type: 'EarlierActionReviewed', header: {earlierOutcomes: {a0: 'DONE'}}});
  assert.equal(outcomeOf(board, board.earlierActions[0]), 'DONE');
  merge(board, {type: 'ParticipantJoined', header: {participants: ['bo', 'cia']}});
  assert.deepEqual(unnamed(board), ['cia']);
});

test('the first eight people on a board all have different avatar colours, each always the same', async () => {
  const {colourFor} = await import('../../main/resources/static/js/dom.js');
  const participants = ['anna', 'bo', 'cia', 'david', 'eva', 'fredrik', 'greta', 'hans'];
  assert.equal(new Set(participants.map(id => colourFor(id, participants))).size, 8);
  assert.equal(colourFor('anna', participants), colourFor('anna', participants));
  assert.equal(colourFor('visitor'), colourFor('visitor'));
});
