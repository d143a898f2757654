// The links that lead to sessions. A session's link is /sessions/{id}: the server knows each
// session's kind and sends the browser on to that kind's page, so nothing here names a kind.
// Pure, so it is tested on its own.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A session's link, of whatever kind; {@code query} (already encoded) is kept for its page. */
export function sessionHref(sessionId, query = '') {
  return '/sessions/' + encodeURIComponent(sessionId) + (query ? '?' + query : '');
}

/** The request that joins the person to a session of any kind they may join by themselves. */
export function joinPath(sessionId) {
  return '/api/sessions/' + encodeURIComponent(sessionId) + '/participants';
}

/** The page of a plan change's source, with the cited item named so that the page marks it. */
export function sourceHref(source) {
  return sessionHref(source.sessionId, 'item=' + encodeURIComponent(source.itemId));
}

/**
 * Where "Join" leads for what was pasted: a session's link (or a session page's) or a bare id, its
 * share token kept. Only the id and the token are taken from it: another site is never followed.
 * Null for anything else.
 */
export function joinTarget(pasted) {
  const value = String(pasted || '').trim();
  const match = value.match(UUID);
  if (!match) return null;
  let url = null;
  try {
    url = new URL(value, 'http://pasted.invalid');
  } catch {
    url = null;
  }
  const join = url ? url.searchParams.get('join') : null;
  return sessionHref(match[0], join && /^[A-Za-z0-9_-]{1,128}$/.test(join) ? 'join=' + encodeURIComponent(join) : '');
}

/** The element of the item a link names (`?item=`), in any kind's page, or null. */
export function linkedItemSelector(itemId) {
  if (!itemId || !/^[A-Za-z0-9-]{1,64}$/.test(itemId)) return null;
  return ['decision', 'action', 'recommendation', 'insight', 'seminar-question', 'poll']
    .map(kind => `[data-${kind}-id="${itemId}"]`).join(',');
}
