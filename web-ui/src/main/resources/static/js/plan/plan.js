// A plan as the page shows it, without the page: the goal tree, what changed since a moment, how
// maturity moved, and the source a link asks to fill in. Pure, so it is tested on its own.

/** The goals as a tree, in the order they were added; retired ones only when asked for. */
export function goalTree(goals, withRetired = false) {
  const shown = goals.filter(goal => withRetired || !goal.retired);
  const ids = new Set(shown.map(goal => goal.id));
  const children = new Map();
  const roots = [];
  for (const goal of shown) {
    if (goal.parentId && ids.has(goal.parentId)) {
      if (!children.has(goal.parentId)) children.set(goal.parentId, []);
      children.get(goal.parentId).push(goal);
    } else {
      roots.push(goal);
    }
  }
  const build = goal => ({goal, children: (children.get(goal.id) || []).map(build)});
  return roots.map(build);
}

/** Every plan change and progress report after {@code since} (an ISO instant), oldest first. */
export function changesSince(goals, since) {
  const after = Date.parse(since);
  const found = [];
  for (const goal of goals) {
    for (const change of goal.changes) {
      if (Date.parse(change.at) > after) found.push({goal, change, at: change.at});
    }
    for (const report of goal.progress) {
      if (Date.parse(report.at) > after) found.push({goal, progress: report, at: report.at});
    }
  }
  return found.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export const DIMENSIONS = ['CONTEXT', 'LEADERSHIP', 'PLANNING', 'SUPPORT', 'OPERATIONS', 'PERFORMANCE_EVALUATION',
  'IMPROVEMENT'];

/** Per dimension, the first assessment's score and the latest's (the same when there is one). */
export function maturityRows(assessments) {
  if (!assessments.length) return [];
  const first = assessments[0];
  const latest = assessments[assessments.length - 1];
  return DIMENSIONS.map(dimension => ({
    dimension,
    first: first.scores[dimension] ? first.scores[dimension].score : null,
    latest: latest.scores[dimension] ? latest.scores[dimension].score : null,
    comment: latest.scores[dimension] ? latest.scores[dimension].comment : null,
  }));
}

/** The source a page link names ("?source=<sessionId>:<itemId>"), or null. */
export function sourceFrom(search) {
  const value = new URLSearchParams(search).get('source');
  const match = value && value.match(/^([A-Za-z0-9-]{1,64}):([A-Za-z0-9-]{1,64})$/);
  return match ? {sessionId: match[1], itemId: match[2]} : null;
}

/** A fulfilment of 0-1 as a whole percentage, or null. */
export function percent(fulfilment) {
  return fulfilment === null || fulfilment === undefined ? null : Math.round(Number(fulfilment) * 100);
}
