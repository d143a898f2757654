// Folding the retro's live messages into the board the page shows. Pure: no DOM.

const findCard = (board, id) => board.cards.find(card => card.id === id);
const findTarget = (board, id) => findCard(board, id) || board.groups.find(group => group.id === id);

/** Folds one shared message into the board; answers true when the board must be fetched anew. */
export function applyMessage(board, m) {
  switch (m.type) {
    case 'ParticipantJoined':
      if (!board.participants.includes(m.personId)) board.participants.push(m.personId);
      return !(m.personId in board.people);
    case 'CardAdded':
    case 'CardEdited': {
      const index = board.cards.findIndex(card => card.id === m.card.id);
      const previous = index >= 0 ? board.cards[index] : null;
      const card = Object.assign({}, m.card, previous ? {myVotes: previous.myVotes, mine: previous.mine || m.card.mine} : {});
      if (index >= 0) board.cards[index] = card; else board.cards.push(card);
      return false;
    }
    case 'CardDeleted':
      board.cards = board.cards.filter(card => card.id !== m.cardId);
      return false;
    case 'CardsGrouped':
      if (!board.groups.some(group => group.id === m.groupId)) {
        board.groups.push({id: m.groupId, column: m.column, name: null, votes: 0, myVotes: 0});
      }
      m.cardIds.forEach(id => { const card = findCard(board, id); if (card) card.groupId = m.groupId; });
      return false;
    case 'GroupNamed': {
      const group = board.groups.find(g => g.id === m.groupId);
      if (group) group.name = m.name;
      return false;
    }
    case 'CardUngrouped': {
      const card = findCard(board, m.cardId);
      if (card) card.groupId = null;
      return false;
    }
    case 'CardMoved': {
      const card = findCard(board, m.cardId);
      if (card) { card.column = m.column; card.groupId = null; }
      return false;
    }
    case 'VoteCast':
    case 'VoteRetracted': {
      const target = findTarget(board, m.targetId);
      // While voting the totals are hidden (null) unless the retro shows them live.
      if (target && m.votes !== null && m.votes !== undefined) target.votes = m.votes;
      return false;
    }
    case 'PhaseChanged':
      board.phase = m.phase;
      board.timer = null;
      board.currentTopic = null;
      return true;
    case 'TimerStarted':
      board.timer = m.timer;
      return false;
    case 'TimerStopped':
      board.timer = null;
      return false;
    case 'DecisionRecorded':
      board.decisions.push(m.decision);
      return false;
    case 'DecisionEdited':
      board.decisions = board.decisions.map(d => d.id === m.decision.id ? m.decision : d);
      return false;
    case 'DecisionDeleted':
      board.decisions = board.decisions.filter(d => d.id !== m.decisionId);
      return false;
    case 'ActionItemAdded':
      board.actions.push(m.action);
      return false;
    case 'ActionItemEdited':
      board.actions = board.actions.map(a => a.id === m.action.id ? m.action : a);
      return false;
    case 'ActionItemDeleted':
      board.actions = board.actions.filter(a => a.id !== m.actionId);
      return false;
    case 'TopicFocused':
      board.currentTopic = m.topicId;
      return false;
    case 'EarlierActionReviewed': {
      const review = board.earlierActions.find(r => r.actionId === m.actionId);
      if (review) review.outcome = m.outcome;
      return false;
    }
    case 'ModuleOpennessChanged':
      board.openToModule = m.openToModule;
      return false;
    default:
      return false;
  }
}

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

/** Whether the signed-in person wrote the card: from who they are, not from the message. */
export function isMine(board, card, ownCards) {
  return !!(card.mine || (card.authorId && card.authorId === board.you) || ownCards.has(card.id));
}

/** A card as its author sees it: their own text even where others see it hidden. */
export function cardView(board, card, ownCards) {
  const own = ownCards.get(card.id);
  const mine = isMine(board, card, ownCards);
  if (card.hidden && own) return Object.assign({}, card, {text: own.text, hidden: false, mine: true});
  return mine === !!card.mine ? card : Object.assign({}, card, {mine});
}
