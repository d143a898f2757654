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
      if (target) target.votes = m.votes;
      return false;
    }
    case 'PhaseChanged':
      board.phase = m.phase;
      board.timer = null;
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
    case 'ActionItemAdded':
      board.actions.push(m.action);
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
