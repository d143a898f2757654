// The landing page of a café's invitation link: choose the name to be shown under, then the café.
import {languageSwitch, translatePage} from '../i18n.js';
import {attempt, sendCommand} from '../api.js';

const token = new URLSearchParams(location.search).get('token') || '';

document.getElementById('arrive').addEventListener('submit', event => {
  event.preventDefault();
  attempt(async () => {
    const admitted = await sendCommand('POST', '/api/guest/' + encodeURIComponent(token),
      {displayName: document.getElementById('display-name').value});
    location.href = '/cafe.html?id=' + encodeURIComponent(admitted.cafeId);
  });
});

translatePage();
document.getElementById('lang').append(languageSwitch(() => {}));
