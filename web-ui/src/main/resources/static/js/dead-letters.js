import {currentLanguage, el, languageSwitch, t, translatePage} from './i18n.js';
import {api, attempt, notify} from './api.js';
import {userMenu} from './menu.js';

// Dead letters (admins only): events a read model could not take, waiting for another try.
let parked = [];

function renderParked() {
  translatePage();
  const list = document.getElementById('dead-letters');
  if (!parked.length) {
    list.replaceChildren(el('li', {class: 'empty'}, t('noDeadLetters')));
    return;
  }
  list.replaceChildren(...parked.map(letter => el('li', {class: 'list-item'},
    el('span', {class: 'item-link'}, el('strong', {}, letter.group + ': ' + letter.eventType),
      el('span', {class: 'meta'}, (letter.aggregateId || '') + ' #' + letter.aggregateSeq)),
    el('span', {class: 'meta'}, letter.error || ''),
    el('span', {class: 'meta'}, t('attempts') + ': ' + letter.attempts + ' · ' + t('nextTry') + ': '
      + new Date(letter.nextTryAt).toLocaleString(currentLanguage())))));
}

async function loadParked() {
  parked = await api('GET', '/api/admin/dead-letters');
  renderParked();
}

document.getElementById('retry-now').addEventListener('click', () => attempt(async () => {
  const result = await api('POST', '/api/admin/dead-letters/retry');
  notify(t('caughtUp') + ': ' + result.caughtUp, 'info');
  await loadParked();
}));

document.getElementById('lang').append(languageSwitch(renderParked));
translatePage();
attempt(userMenu);
attempt(loadParked);
