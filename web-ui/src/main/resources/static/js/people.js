// People (admins only): who can log in; adding someone, changing their name and roles, setting a
// new password, and turning an account off (which ends its sessions at once) or on again.
import {el, languageSwitch, t, translatePage} from './i18n.js';
import {api, attempt, notify} from './api.js';
import {morph, saved} from './dom.js';
import {userMenu} from './menu.js';

const ROLES = ['MEMBER', 'FACILITATOR', 'EVALUATOR', 'ADMIN'];
let people = [];

function renderPeople() {
  translatePage();
  morph(document.getElementById('people'), people.map(personRow));
}

function personRow(person) {
  const path = '/api/people/' + encodeURIComponent(person.id);
  const name = el('input', {value: person.displayName, maxlength: 200, required: true, 'aria-label': t('displayName') + ': ' + person.displayName});
  const roles = ROLES.map(role => el('label', {class: 'check'},
    el('input', {type: 'checkbox', value: role, checked: person.roles.includes(role)}), ' ' + t('role_' + role)));
  const password = el('input', {type: 'password', minlength: 12, maxlength: 128, autocomplete: 'new-password',
    'aria-label': t('newPassword') + ': ' + person.displayName});
  const edit = el('details', {class: 'person-edit'}, el('summary', {}, t('edit')),
    el('form', {class: 'form-grid', onsubmit: event => {
      event.preventDefault();
      const chosen = roles.map(label => label.querySelector('input')).filter(box => box.checked).map(box => box.value);
      attempt(async () => {
        await api('PUT', path, {displayName: name.value, roles: chosen});
        saved(name);
        notify(t('saved'), 'info');
        await loadPeople();
      });
    }}, el('label', {}, el('span', {}, t('displayName')), name),
      el('fieldset', {class: 'wide roles'}, el('legend', {}, t('roles')), ...roles),
      el('div', {class: 'wide'}, el('button', {type: 'submit', class: 'primary'}, t('save')))),
    el('form', {class: 'inline-form', onsubmit: event => {
      event.preventDefault();
      attempt(async () => {
        await api('PUT', path + '/password', {password: password.value});
        password.value = '';
        notify(t('passwordSet'), 'info');
      });
    }}, password, el('button', {type: 'submit'}, t('setPassword'))));
  const toggle = el('button', {type: 'button', class: person.disabled ? '' : 'danger', 'data-person-toggle': person.id,
    onclick: () => {
      if (!person.disabled && !confirm(t('confirmDisable'))) return;
      attempt(async () => {
        await api('PUT', path + '/disabled', {disabled: !person.disabled});
        await loadPeople();
      });
    }}, person.disabled ? t('enable') : t('disable'));
  return el('li', {class: 'list-item person' + (person.disabled ? ' disabled' : ''), 'data-key': 'person-' + person.id,
    'data-person-id': person.id},
    el('span', {class: 'item-link'}, el('strong', {}, person.displayName),
      el('span', {class: 'meta'}, person.username + ' · ' + person.roles.map(role => t('role_' + role)).join(', '))),
    person.disabled ? el('span', {class: 'phase-pill'}, t('disabled')) : null,
    toggle, edit);
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
attempt(userMenu);
attempt(loadPeople);
