// Talks to the REST API with the session cookie and the CSRF token the server put in a cookie.
function cookie(name) {
  const match = document.cookie.split('; ').find(part => part.startsWith(name + '='));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || ('HTTP ' + status));
    this.status = status;
    this.code = problem && problem.code;
    this.args = problem && problem.args;
  }
}

/** How far the server's clock is ahead of this one (ms, to the second), so timers agree. */
let serverClockOffset = 0;

async function api(method, path, body) {
  const headers = {'Accept': 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = cookie('XSRF-TOKEN');
  if (token) headers['X-XSRF-TOKEN'] = token;
  const response = await fetch(path, {method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)});
  if (response.status === 401) {
    location.href = '/login.html';
    throw new ApiError(401, {detail: 'Not logged in'});
  }
  const serverDate = Date.parse(response.headers.get('Date') || '');
  // The header counts whole seconds: only a clearly wrong local clock is corrected.
  if (!Number.isNaN(serverDate)) {
    const offset = serverDate - Date.now();
    serverClockOffset = Math.abs(offset) > 2000 ? offset : 0;
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Shows a message in the page's status area for a few seconds. */
function notify(message, kind = 'error') {
  const area = document.getElementById('status');
  if (!area) return;
  const note = el('div', {class: 'note ' + kind, role: kind === 'error' ? 'alert' : 'status'}, message);
  area.append(note);
  setTimeout(() => note.remove(), 6000);
}

async function attempt(action) {
  try {
    return await action();
  } catch (e) {
    notify(typeof explain === 'function' ? explain(e) : (e.message || t('error')));
    return undefined;
  }
}

function initials(name) {
  return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map(part => part[0].toUpperCase()).join('');
}
