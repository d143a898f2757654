// The landing page of a session's invitation link (a café's, a seminar's): choose the name to be
// shown under, then the session's page.
import {languageSwitch, t, translatePage} from '../i18n.js';
import {GUEST_ENDED, attempt, sendCommand} from '../api.js';
import {sessionHref} from './pages.js';

const query = new URLSearchParams(location.search);
const token = query.get('token') || '';
const ended = query.get('ended');

document.getElementById('arrive').addEventListener('submit', event => {
  event.preventDefault();
  attempt(async () => {
    const admitted = await sendCommand('POST', '/api/guest/' + encodeURIComponent(token),
      {displayName: document.getElementById('display-name').value});
    location.href = sessionHref(admitted.sessionId);
  });
});

/** A guest whose access ended is told why here, rather than on a login page they cannot use. */
function showEnded() {
  const reason = document.getElementById('ended');
  reason.hidden = !(ended in GUEST_ENDED);
  reason.textContent = ended in GUEST_ENDED ? t(GUEST_ENDED[ended]) : '';
  document.getElementById('arrive').hidden = ended in GUEST_ENDED;
  document.getElementById('guest-hint').hidden = ended in GUEST_ENDED;
}

translatePage();
showEnded();
document.getElementById('lang').append(languageSwitch(showEnded));
