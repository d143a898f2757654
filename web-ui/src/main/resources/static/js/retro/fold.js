// The retro board as its page shows it, from the view the server sent and the typed live
// messages merged into it (session/merge.js): shared messages replace cards and groups as anyone
// sees them; the viewer's own cards and votes live apart (yourCards, yourVotes), changed only by
// their personal messages, and are laid over the shared items here. Pure: no DOM.

/**
 * The discussion's queue: every group (with its cards) and every card outside a group, across
 * all columns, most votes first.
 */
export function topics(board) {
  const grouped = new Set(board.groups.map(group => group.id));
  const queue = [
    ...board.groups.map(group => ({id: group.id, kind: 'GROUP', column: group.column, title: group.name, votes: group.votes,
      cards: board.cards.filter(card => card.groupId === group.id)}))
      .filter(topic => topic.cards.length || topic.votes > 0),
    ...board.cards.filter(card => !card.groupId || !grouped.has(card.groupId))
      .map(card => ({id: card.id, kind: 'CARD', column: card.column, title: card.text, hidden: card.hidden, votes: card.votes, cards: []})),
  ];
  return queue.sort((a, b) => b.votes - a.votes);
}

const byId = (items, id) => (items || []).find(item => item.id === id);

/** Whether the signed-in person wrote the card: from who they are, not from a shared message. */
export function isMine(board, card) {
  return !!((card.authorId && card.authorId === board.you) || byId(board.yourCards, card.id));
}

/** How many of the signed-in person's votes are on a card or group. */
export function myVotesOn(board, id) {
  const votes = byId(board.yourVotes, id);
  return votes ? votes.votes : 0;
}

/** A card as its author sees it: their own text even where others see it hidden, and their votes. */
export function cardView(board, card) {
  const own = byId(board.yourCards, card.id);
  const seen = Object.assign({}, card, {mine: isMine(board, card), myVotes: myVotesOn(board, card.id)});
  if (card.hidden && own) Object.assign(seen, {text: own.text, hidden: false});
  return seen;
}

/** A group with the signed-in person's votes on it. */
export function groupView(board, group) {
  return Object.assign({}, group, {myVotes: myVotesOn(board, group.id)});
}

/** What this retro decided about an earlier retro's action item, if anything yet. */
export function outcomeOf(board, review) {
  const outcomes = board.earlierOutcomes || {};
  return review.actionId in outcomes ? outcomes[review.actionId] : review.outcome;
}

/**
 * The people a board mentions that its page has no name for (someone who just joined, a new
 * owner of an action item): when there are any, the page fetches the board anew.
 */
export function unnamed(board) {
  const ids = [...board.participants, ...board.actions.map(action => action.ownerId)];
  return ids.filter(id => id && !(id in board.people));
}
