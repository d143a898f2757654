// The list of sessions on "My sessions", without the page: which are running and which are closed,
// which match what the person searched for, and what to say when there are none. Pure, so that
// it is tested on its own.

/** Lower case without diacritics, so that "goteborg" finds "Göteborg". */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether every word of the query is in the session's title, municipality project or facilitator. */
export function matches(session, query) {
  const haystack = fold([session.title, session.municipalityName, session.facilitatorName].join(' '));
  return fold(query).split(/\s+/).filter(Boolean).every(word => haystack.includes(word));
}

/**
 * The sessions that match the query, running ones first by when they are scheduled (those without a
 * time after, newest first), closed ones newest first.
 */
export function splitSessions(sessions, query = '') {
  const found = sessions.filter(session => matches(session, query));
  const time = value => value ? Date.parse(value) : null;
  const active = found.filter(session => session.phase !== 'CLOSED').sort((a, b) => {
    const [sa, sb] = [time(a.scheduledAt), time(b.scheduledAt)];
    if (sa !== null && sb !== null && sa !== sb) return sa - sb;
    if ((sa === null) !== (sb === null)) return sa === null ? 1 : -1;
    return time(b.createdAt) - time(a.createdAt);
  });
  const closed = found.filter(session => session.phase === 'CLOSED')
    .sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
  return {active, closed};
}

/**
 * What an empty list tells the person, as a text key: an admin alone in a new installation is told
 * to add people first, one who may open sessions to open one, anyone else how to join.
 */
export function emptyState(roles, peopleCount) {
  if (roles.includes('ADMIN') && peopleCount !== null && peopleCount <= 1) return 'emptyAddPeople';
  if (roles.includes('FACILITATOR') || roles.includes('ADMIN')) return 'emptyCreate';
  return 'noRetros';
}
