// What every session page shares: its board kept in step by a LiveSync that applies each live
// message with the one generic merge, the connection badge, the session's topic fed to that sync
// (which refetches after every reconnect), the presence topic and the person's own queue.
import {el, languageSwitch, t, translatePage} from '../i18n.js';
import {userMenu} from '../menu.js';
import {api, notify} from '../api.js';
import {explain} from '../errors.js';
import {LiveConnection} from '../live.js';
import {LiveSync} from '../live-sync.js';
import {merge} from './merge.js';
import {PresenceSync} from './presence-sync.js';
import {linkedItemSelector} from './pages.js';
import {loadKinds} from './kinds.js';
import {joinSession, sessionFacts} from './join.js';

/**
 * The session's board as the server folds it, fetched from /api/sessions/{id}/board and kept in
 * step by merging each live message into it.
 *
 * @param afterMerge (view, message) => true when the view must be fetched anew (say, a name is missing)
 * @param fetched    (view) => view, for a board just fetched, before it is shown
 * @param onChange   (view) => void, after the view changed
 */
export function sessionSync({sessionId, afterMerge = () => false, fetched = view => view, onChange}) {
  return new LiveSync({
    fetch: async () => {
      const [board] = await Promise.all([api('GET', '/api/sessions/' + encodeURIComponent(sessionId) + '/board'),
        loadCitations(sessionId)]);
      return fetched(board);
    },
    apply: (view, message) => {
      merge(view, message);
      return afterMerge(view, message);
    },
    onChange: view => {
      onChange(view);
      linkItems();
    },
    onError: e => notify(explain(e)),
  });
}

/**
 * Connects the page to its session; answers the live connection.
 *
 * @param onPresence (present, count) => void, with who is on the board now and how many they are
 * @param onSignal   (message) => void, for the presence topic's other messages (typing hints)
 * @param onPersonal (message) => void, for what only this person may see; no personal queue without it
 * @param afterFetch () => Promise, after each fetch of the whole session and of who is present
 */
export function connectSession({sessionId, sync, onPresence, onSignal = () => {}, onPersonal = null,
  afterFetch = async () => {}}) {
  const status = document.getElementById('connection');
  const presence = new PresenceSync({fetch: () => api('GET', '/api/sessions/' + encodeURIComponent(sessionId)
    + '/presence'), onChange: onPresence});
  const connection = new LiveConnection({
    onConnect: live => {
      status.textContent = t('live');
      status.className = 'connection live';
      live.subscribe('/topic/sessions/' + sessionId, message => sync.receive(message));
      live.subscribe('/topic/sessions/' + sessionId + '/presence', message => {
        if (message && message.type === 'PresenceChanged') presence.receive(message);
        else if (message) onSignal(message);
      });
      if (onPersonal) live.subscribe('/user/queue/sessions', onPersonal);
      // Who is here already: the presence topic tells only of later comings and goings.
      sync.refetch().then(() => presence.load()).then(afterFetch).catch(e => {
        notify(explain(e));
        // A session one may not see (or that does not exist) will not change by reconnecting.
        if (e.status === 403 || e.status === 404 || e.status === 401) live.stop();
      });
    },
    onDisconnect: () => {
      status.textContent = t('reconnecting');
      status.className = 'connection offline';
    },
    onError: message => notify(message),
  });
  connection.start();
  // For trying the page out from the browser's console (and from the browser tests).
  window.pollinatorLive = connection;
  return connection;
}

let citations = [];

/** The plan changes that cite the session's items; none for whoever may not read them (a guest). */
async function loadCitations(sessionId) {
  citations = await api('GET', '/api/sessions/' + encodeURIComponent(sessionId) + '/citations').catch(() => []);
}

/** The goal page a citation leads to, with the goal marked. */
export function citationHref(citation) {
  return '/municipality.html?id=' + encodeURIComponent(citation.municipality) + '&goal='
    + encodeURIComponent(citation.goalId);
}

/**
 * Under each decision, action item, recommendation or harvest insight a plan change cites: "Cited
 * by", with a link to each goal; drawn again after each render, which redraws the items.
 */
export function showCitations() {
  const byItem = new Map();
  citations.forEach(citation => byItem.set(citation.itemId, [...(byItem.get(citation.itemId) || []), citation]));
  byItem.forEach((cited, itemId) => {
    const selector = linkedItemSelector(itemId);
    if (!selector) return;
    document.querySelectorAll(selector).forEach(item => {
      const old = item.querySelector(':scope > .cited-by');
      if (old) old.remove();
      const goals = [...new Map(cited.map(citation => [citation.planId + ':' + citation.goalId, citation])).values()];
      item.append(el('p', {class: 'cited-by'}, t('citedBy') + ' ', ...goals.flatMap((citation, index) => [
        index ? ', ' : '',
        el('a', {href: citationHref(citation)}, (citation.goalTitle || t('goal')) + ' (' + citation.municipalityName + ')')])));
    });
  });
}

/**
 * What every board page does after it draws the board (whatever made it draw: a change, the
 * programme's names, who is present): the item a link names is marked, and each cited item says
 * what cites it.
 */
export function linkItems() {
  markLinkedItem();
  showCitations();
}

let linkedItemScrolled = false;

/**
 * Marks the item a link names (`?item=`, a plan change's source) after each render, and scrolls
 * it into view the first time it is there.
 */
export function markLinkedItem() {
  const selector = linkedItemSelector(new URLSearchParams(location.search).get('item'));
  const found = selector && document.querySelector(selector);
  if (!found) return;
  found.classList.add('linked-item');
  if (!found.hasAttribute('tabindex')) found.setAttribute('tabindex', '-1');
  if (!linkedItemScrolled) {
    linkedItemScrolled = true;
    found.scrollIntoView({block: 'center'});
  }
}

/**
 * Someone who may not see the session yet: when it is one they may join by themselves (their
 * module's think tank, a café), shows what it is and a button to join it; answers whether it did.
 */
export async function offerJoin(sessionId) {
  const joinable = await api('GET', '/api/sessions/joinable').catch(() => []);
  const session = joinable.find(candidate => candidate.id === sessionId);
  if (!session) return false;
  const panel = el('section', {id: 'join-panel', class: 'panel join-panel', 'aria-labelledby': 'join-title'},
    el('h2', {id: 'join-title'}, session.title),
    el('p', {class: 'meta'}, sessionFacts(session)),
    el('p', {}, t('mayJoinThis')),
    el('button', {type: 'button', class: 'primary', id: 'join-session',
      onclick: () => joinSession(session, () => location.reload())}, t('joinSession')));
  document.querySelector('main').prepend(panel);
  panel.querySelector('button').focus();
  return true;
}

/**
 * What only this person may see of a session (their own questions, votes and answers, a
 * moderator's queue), as personal messages: merged into the board when they come, and laid over
 * it again after a fetch and after the shared message of the same change, which may come later
 * and would otherwise take back what the personal one added.
 *
 * @param onMerged () => void, after a personal message changed the board
 */
export function personalMessages(sessionId, onMerged) {
  const log = [];
  const KEPT = 50;
  return {
    /** Lays the kept messages from {@code fromSeq} on over the view; answers the view. */
    overlay(view, fromSeq) {
      log.filter(message => message.seq >= fromSeq).forEach(message => merge(view, message));
      return view;
    },
    receive(view, message) {
      if (!message || message.sessionId !== sessionId) return;
      log.push(message);
      if (log.length > KEPT) log.shift();
      if (view) {
        merge(view, message);
        onMerged();
      }
    },
  };
}

/**
 * Starts a session's page the same way for every kind: no id sends one to My sessions; the
 * language switch, the person's menu and the link to the summary (not for guests); the kind's own
 * wiring; the first fetch of the board; then the live connection. Someone who may not see the
 * session yet but may join it is offered to (see offerJoin); any other failure is told.
 *
 * @param onLanguage () => void, to draw the page again in the language chosen
 * @param withMe     (me) => void|Promise, the kind's own wiring once the person is known
 * @param afterFetch (me) => void|Promise, after the board's first fetch
 * @param live       () => void, connects the page (connectSession with the kind's handlers)
 */
export function startSessionPage({sessionId, sync, onLanguage, withMe = () => {}, afterFetch = () => {}, live}) {
  const start = async () => {
    if (!sessionId) {
      location.href = '/';
      return;
    }
    document.getElementById('lang').append(languageSwitch(onLanguage));
    translatePage();
    const [me] = await Promise.all([userMenu(), loadKinds()]);
    const toSummary = document.getElementById('to-summary');
    if (toSummary) {
      toSummary.href = '/summary.html?id=' + encodeURIComponent(sessionId);
      toSummary.hidden = me.roles.includes('GUEST');
    }
    await withMe(me);
    await sync.refetch();
    await afterFetch(me);
    live();
  };
  start().catch(async e => {
    if (e.code === 'session.not-participant' && await offerJoin(sessionId)) return;
    notify(explain(e));
  });
}
