// What a seminar page shows, worked out from its board: pure, so it is tested on its own.

/** The states of a question on the wall, which everyone sees and may vote for. */
export const SHOWN = ['SHOWN', 'ANSWERING', 'ANSWERED'];

/**
 * The questions on the wall in the order asked for: most votes first (ties: the earlier first),
 * or the newest first; the one being answered leads either way.
 */
export function wall(questions, sort = 'top') {
  const shown = (questions || []).filter(question => SHOWN.includes(question.state));
  const byTime = (a, b) => String(a.askedAt).localeCompare(String(b.askedAt));
  const ordered = sort === 'new' ? [...shown].sort((a, b) => byTime(b, a))
    : [...shown].sort((a, b) => (b.votes - a.votes) || byTime(a, b));
  return [...ordered.filter(q => q.state === 'ANSWERING'), ...ordered.filter(q => q.state !== 'ANSWERING')];
}

/** Questions waiting for a moderator, oldest first. */
export function held(questions) {
  return (questions || []).filter(question => question.state === 'HELD')
    .sort((a, b) => String(a.askedAt).localeCompare(String(b.askedAt)));
}

/** What a projector shows: the question being answered, else the one with most votes; null for none. */
export function onScreen(board) {
  const questions = wall(board.questions);
  return questions.find(question => question.id === board.answering) || questions[0] || null;
}

/** A poll's results as shares of its respondents, where the viewer may see them; null where not. */
export function results(poll) {
  if (poll.options.some(option => option.votes === null || option.votes === undefined)) return null;
  const total = poll.respondents || 0;
  return poll.options.map(option => ({...option,
    percent: total ? Math.round(100 * option.votes / total) : 0}));
}

/** The poll a projector shows: the latest whose results are shown, else the latest open one; null for none. */
export function pollOnScreen(board) {
  const polls = board.polls || [];
  return [...polls].reverse().find(poll => poll.resultsShown)
    || [...polls].reverse().find(poll => poll.state === 'OPEN') || null;
}
