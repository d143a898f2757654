import {MUNICIPALITIES, currentLanguage, el, languageSwitch, t, translatePage} from './i18n.js';
import {api, attempt, sendCommand} from './api.js';
import {userMenu} from './menu.js';

// "My retros": the list of retros the person takes part in, and the form to create one.
let me = null;
let retros = [];

function fillSelects() {
  const module = document.getElementById('retro-module');
  const chosenModule = module.value || '1';
  module.replaceChildren(...[1, 2, 3, 4, 5].map(n => el('option', {value: n}, n + ' · ' + t('modules')[n])));
  module.value = chosenModule;
  const municipality = document.getElementById('retro-municipality');
  const chosen = municipality.value;
  municipality.replaceChildren(el('option', {value: ''}, t('none')),
    ...Object.entries(MUNICIPALITIES).map(([key, name]) => el('option', {value: key}, name)));
  municipality.value = chosen;
}

function renderRetros() {
  const list = document.getElementById('retros');
  if (!retros.length) {
    list.replaceChildren(el('li', {class: 'empty'}, t('noRetros')));
    return;
  }
  list.replaceChildren(...retros.map(retro => el('li', {class: 'retro-item'},
    el('a', {href: '/board.html?id=' + encodeURIComponent(retro.id), class: 'retro-link'},
      el('strong', {}, retro.title),
      el('span', {class: 'meta'}, t('module') + ' ' + retro.module + ' · ' + t(retro.phase) + ' · '
        + retro.participants + ' ' + t('participants') + ' · ' + new Date(retro.createdAt).toLocaleDateString(currentLanguage()))),
    retro.phase === 'CLOSED'
      ? el('a', {href: '/summary.html?id=' + encodeURIComponent(retro.id), class: 'summary-link'}, t('toSummary')) : null,
    el('span', {class: 'phase-pill phase-' + retro.phase}, t(retro.phase)))));
}

function render() {
  translatePage();
  fillSelects();
  renderRetros();
  document.getElementById('lang').replaceChildren(languageSwitch(render));
}

async function load() {
  me = await userMenu();
  document.getElementById('create-panel').hidden = !(me.roles.includes('FACILITATOR') || me.roles.includes('ADMIN'));
  document.getElementById('people-link').hidden = !me.roles.includes('ADMIN');
  document.getElementById('dead-letters-link').hidden = !me.roles.includes('ADMIN');
  retros = await api('GET', '/api/retros');
  render();
}

document.getElementById('create').addEventListener('submit', event => {
  event.preventDefault();
  const scheduled = document.getElementById('retro-scheduled').value;
  attempt(async () => {
    const created = await sendCommand('POST', '/api/retros', {
      title: document.getElementById('retro-title').value,
      module: Number(document.getElementById('retro-module').value),
      municipality: document.getElementById('retro-municipality').value || null,
      scheduledAt: scheduled ? new Date(scheduled).toISOString() : null,
      voteBudget: Number(document.getElementById('retro-budget').value),
      anonymousCards: document.getElementById('retro-anonymous').checked,
      privateReflection: document.getElementById('retro-private').checked,
      showVotesLive: document.getElementById('retro-votes-live').checked,
    });
    location.href = '/board.html?id=' + encodeURIComponent(created.id);
  });
});

document.getElementById('join').addEventListener('submit', event => {
  event.preventDefault();
  const value = document.getElementById('join-id').value.trim();
  const match = value.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  if (match) location.href = '/board.html?id=' + match[0];
});


attempt(load);
