// Which page shows which kind of session, and the links that lead there. Pure, so it is tested on its own.

/** The page of each kind of session. */
export const PAGES = {RETRO: '/retro.html', THINK_TANK: '/thinktank.html', CAFE: '/cafe.html',
  SEMINAR: '/seminar.html'};

/** Where a person joins each kind of session by themselves. */
const JOIN_PATHS = {RETRO: '/api/retros', THINK_TANK: '/api/thinktanks', CAFE: '/api/cafes',
  SEMINAR: '/api/seminars'};

/** The request that joins the person to a session of this kind. */
export function joinPath(kind, sessionId) {
  return (JOIN_PATHS[kind] || JOIN_PATHS.RETRO) + '/' + encodeURIComponent(sessionId) + '/participants';
}

/** The page of each kind of item a plan change may cite. */
const ITEM_PAGES = {DECISION: PAGES.RETRO, ACTION_ITEM: PAGES.RETRO, RECOMMENDATION: PAGES.THINK_TANK,
  CAFE_INSIGHT: PAGES.CAFE, SEMINAR_ANSWER: PAGES.SEMINAR, POLL_RESULT: PAGES.SEMINAR};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A session's page, for a kind the directory names (a retro's when the kind is not known). */
export function sessionHref(kind, sessionId) {
  return (PAGES[kind] || PAGES.RETRO) + '?id=' + encodeURIComponent(sessionId);
}

/** The page of a plan change's source, with the cited item named so that the page marks it. */
export function sourceHref(source) {
  return (ITEM_PAGES[source.kind] || PAGES.RETRO) + '?id=' + encodeURIComponent(source.sessionId)
    + '&item=' + encodeURIComponent(source.itemId);
}

/**
 * Where "Join" leads for what was pasted: a session page's link keeps its page and its share
 * token; a bare id goes to the page of the kind the directory knows it as. Null for anything else.
 */
export function joinTarget(pasted, kindOf = () => null) {
  const value = String(pasted || '').trim();
  const match = value.match(UUID);
  if (!match) return null;
  const id = match[0];
  let url = null;
  try {
    url = new URL(value, 'http://pasted.invalid');
  } catch {
    url = null;
  }
  const page = url && Object.values(PAGES).includes(url.pathname) ? url.pathname : null;
  const join = url ? url.searchParams.get('join') : null;
  const href = page ? page + '?id=' + encodeURIComponent(id) : sessionHref(kindOf(id), id);
  return join && /^[A-Za-z0-9_-]{1,128}$/.test(join) ? href + '&join=' + encodeURIComponent(join) : href;
}

/** The element of the item a link names (`?item=`), in any kind's page, or null. */
export function linkedItemSelector(itemId) {
  if (!itemId || !/^[A-Za-z0-9-]{1,64}$/.test(itemId)) return null;
  return ['decision', 'action', 'recommendation', 'insight', 'seminar-question', 'poll']
    .map(kind => `[data-${kind}-id="${itemId}"]`).join(',');
}
