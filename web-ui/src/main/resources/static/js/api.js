import {el, t} from './i18n.js';
import {explain} from './errors.js';

// Talks to the REST API with the session cookie and the CSRF token the server put in a cookie.
export function cookie(name) {
  const match = document.cookie.split('; ').find(part => part.startsWith(name + '='));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super((problem && problem.detail) || ('HTTP ' + status));
    this.status = status;
    this.code = problem && problem.code;
    this.args = problem && problem.args;
    this.retryAfter = retryAfter;
    // No answer (status 0) or the server's fault: the command may or may not have been done.
    this.retryable = status === 0 || status >= 500;
  }
}

/** A fresh Idempotency-Key; crypto.randomUUID exists only on HTTPS and localhost. */
function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

/** How far the server's clock is ahead of this one (ms, to the second), so timers agree. */
let serverClockOffset = 0;

export function serverClock() {
  return Date.now() + serverClockOffset;
}

/**
 * The person's session is gone (it expired, or they were logged out elsewhere): say so, once,
 * with a way to log in again that returns to this very page. Nothing on the page is thrown away.
 */
export function sessionLost() {
  if (document.getElementById('session-lost')) return;
  const back = '/login.html?continue=' + encodeURIComponent(location.pathname + location.search);
  document.body.prepend(el('div', {id: 'session-lost', class: 'session-lost', role: 'alert'},
    el('span', {}, t('sessionLost')), ' ', el('a', {href: back, class: 'button primary'}, t('loginAgain'))));
}

/** What a guest is told when their access to the café ended, by the server's code. */
export const GUEST_ENDED = {'guest.revoked': 'guestRevoked', 'guest.expired': 'guestExpired',
  'guest.cafe-closed': 'guestCafeClosed', 'guest.session-closed': 'guestSessionClosed'};

/**
 * A guest's access ended (the link was withdrawn or expired, or the café closed): say which, once.
 * A guest has no login to return to, so no login link; what the page shows stays.
 */
export function guestEnded(code) {
  if (document.getElementById('session-lost')) return;
  document.body.prepend(el('div', {id: 'session-lost', class: 'session-lost', role: 'alert'},
    el('span', {}, t(GUEST_ENDED[code] || 'guestRevoked'))));
}

export async function api(method, path, body, idempotencyKey) {
  const headers = {'Accept': 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = cookie('XSRF-TOKEN');
  if (token) headers['X-XSRF-TOKEN'] = token;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(path, {method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    throw new ApiError(0, {detail: t('networkError'), code: 'client.network'});
  }
  if (response.status === 401) {
    const problem = await response.clone().json().catch(() => null);
    if (problem && problem.code in GUEST_ENDED) {
      guestEnded(problem.code);
      throw new ApiError(401, problem);
    }
    sessionLost();
    throw new ApiError(401, {detail: t('sessionLost'), code: 'client.session-lost'});
  }
  const serverDate = Date.parse(response.headers.get('Date') || '');
  // The header counts whole seconds: only a clearly wrong local clock is corrected.
  if (!Number.isNaN(serverDate)) {
    const offset = serverDate - Date.now();
    serverClockOffset = Math.abs(offset) > 2000 ? offset : 0;
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (!response.ok) throw new ApiError(response.status, data, Number(response.headers.get('Retry-After')) || 0);
  return data;
}

/** Commands whose outcome is unknown, by what they asked, with the key they were sent under. */
const unsettled = new Map();

/**
 * Sends a command so that it is done at most once: under an Idempotency-Key that is kept while
 * its outcome is unknown, so a retry (automatic, or the person sending the same thing again)
 * cannot do it twice. Throws with {@code unsaved} set when it still could not be sent.
 */
export async function sendCommand(method, path, body) {
  const what = method + ' ' + path + ' ' + JSON.stringify(body === undefined ? null : body);
  const key = unsettled.get(what) || newKey();
  for (let tries = 1; ; tries++) {
    try {
      const result = await api(method, path, body, key);
      unsettled.delete(what);
      return result;
    } catch (e) {
      if (!e.retryable) {
        unsettled.delete(what);
        throw e;
      }
      unsettled.set(what, key);
      if (tries >= 3) {
        e.unsaved = true;
        throw e;
      }
      await new Promise(resolve => setTimeout(resolve, e.retryAfter ? e.retryAfter * 1000 : 500 * tries));
    }
  }
}

/** Shows a message in the page's status area for a few seconds. */
const NOTE_LIFE_MS = 6000;

/**
 * Tells the person something for a few seconds. The same message again, while it shows, is not
 * stacked (four "The plan changed." in a row): the one shown stays a little longer, with a count.
 */
export function notify(message, kind = 'error') {
  const area = document.getElementById('status');
  if (!area) return;
  const same = [...area.children].find(note => note.dataset.message === message && note.dataset.kind === kind);
  if (same) {
    const times = Number(same.dataset.times || 1) + 1;
    same.dataset.times = String(times);
    same.textContent = message + ' (' + times + ')';
    clearTimeout(Number(same.dataset.timer));
    same.dataset.timer = String(setTimeout(() => same.remove(), NOTE_LIFE_MS));
    return;
  }
  const note = el('div', {class: 'note ' + kind, role: kind === 'error' ? 'alert' : 'status',
    'data-message': message, 'data-kind': kind}, message);
  area.append(note);
  note.dataset.timer = String(setTimeout(() => note.remove(), NOTE_LIFE_MS));
}

export async function attempt(action) {
  try {
    return await action();
  } catch (e) {
    notify(explain(e));
    return undefined;
  }
}

/** The first character of each of the first two words: whole characters, emoji included. */
export function initials(name) {
  const first = word => {
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      return new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(word)[Symbol.iterator]().next().value.segment;
    }
    return Array.from(word)[0];
  };
  return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map(word => first(word).toUpperCase()).join('') || '?';
}
