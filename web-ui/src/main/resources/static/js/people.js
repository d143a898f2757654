import {el, languageSwitch, t, translatePage} from './i18n.js';
import {api, attempt, notify} from './api.js';

// People (admins only): who can log in, and adding someone new.
let people = [];

function renderPeople() {
  translatePage();
  document.getElementById('people').replaceChildren(...people.map(person => el('li', {class: 'retro-item'},
    el('span', {class: 'retro-link'}, el('strong', {}, person.displayName),
      el('span', {class: 'meta'}, person.username)),
    el('span', {class: 'meta'}, person.roles.map(role => t('role_' + role)).join(', ')))));
}

async function loadPeople() {
  people = await api('GET', '/api/people');
  renderPeople();
}

document.getElementById('add-person').addEventListener('submit', event => {
  event.preventDefault();
  const roles = [...document.querySelectorAll('input[name=role]:checked')].map(box => box.value);
  attempt(async () => {
    await api('POST', '/api/people', {
      username: document.getElementById('person-username').value.trim(),
      displayName: document.getElementById('person-name').value,
      password: document.getElementById('person-password').value,
      roles,
    });
    event.target.reset();
    notify(t('personAdded'), 'info');
    await loadPeople();
  });
});

document.getElementById('lang').append(languageSwitch(renderPeople));
translatePage();
attempt(loadPeople);
