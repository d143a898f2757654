import {currentLanguage, el, languageSwitch, t, translatePage} from './i18n.js';
import {choices, nameOf, programme} from './programme.js';
import {api, attempt, sendCommand} from './api.js';
import {userMenu} from './menu.js';
import {emptyState, splitRetros} from './retro/list.js';

// "My retros": the list of retros the person takes part in, and the form to create one.
let me = null;
let retros = [];
let peopleCount = null;
let programmeData = null;

function fillSelects() {
  if (!programmeData) return;
  const {modules, municipalities} = choices(programmeData);
  const module = document.getElementById('retro-module');
  const chosenModule = module.value || String(modules[0] ? modules[0].number : '');
  module.replaceChildren(...modules.map(m => el('option', {value: m.number}, m.number + ' · ' + nameOf(m))));
  module.value = chosenModule;
  const municipality = document.getElementById('retro-municipality');
  const chosen = municipality.value;
  municipality.replaceChildren(el('option', {value: ''}, t('none')),
    ...municipalities.map(project => el('option', {value: project.id}, nameOf(project))));
  municipality.value = chosen;
}

function when(value) {
  return new Date(value).toLocaleString(currentLanguage(), {dateStyle: 'medium', timeStyle: 'short'});
}

function retroRow(retro) {
  const facts = [t('module') + ' ' + retro.module, retro.municipalityName,
    retro.facilitatorName ? t('facilitator') + ': ' + retro.facilitatorName : null,
    retro.scheduledAt ? when(retro.scheduledAt) : t('createdOn') + ' ' + new Date(retro.createdAt).toLocaleDateString(currentLanguage()),
    retro.participants + ' ' + t('participants')].filter(Boolean);
  return el('li', {class: 'retro-item'},
    el('a', {href: '/board.html?id=' + encodeURIComponent(retro.id), class: 'retro-link'},
      el('strong', {}, retro.title),
      el('span', {class: 'meta'}, facts.join(' · '))),
    retro.phase === 'CLOSED'
      ? el('a', {href: '/summary.html?id=' + encodeURIComponent(retro.id), class: 'summary-link'}, t('toSummary')) : null,
    el('span', {class: 'phase-pill phase-' + retro.phase}, t(retro.phase)));
}

function showSection(kind, heading, found) {
  const title = document.getElementById(kind + '-heading');
  const list = document.getElementById(kind + '-retros');
  title.textContent = t(heading) + ' (' + found.length + ')';
  title.hidden = list.hidden = !found.length;
  list.replaceChildren(...found.map(retroRow));
}

function renderRetros() {
  const query = document.getElementById('retro-search').value;
  const {active, closed} = splitRetros(retros, query);
  showSection('active', 'activeRetros', active);
  showSection('closed', 'closedRetros', closed);
  document.querySelector('.search').hidden = !retros.length;
  const empty = document.getElementById('retros-empty');
  empty.hidden = active.length + closed.length > 0;
  if (!retros.length) {
    const key = emptyState(me.roles, peopleCount);
    empty.replaceChildren(t(key), key === 'emptyAddPeople'
      ? el('span', {}, ' ', el('a', {href: '/people.html'}, t('addPeopleNow'))) : '');
  } else {
    empty.textContent = t('noMatches');
  }
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
  [retros, programmeData] = await Promise.all([api('GET', '/api/retros'), programme()]);
  if (!retros.length && me.roles.includes('ADMIN')) {
    peopleCount = (await api('GET', '/api/people')).length;
  }
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

document.getElementById('retro-search').addEventListener('input', renderRetros);

document.getElementById('join').addEventListener('submit', event => {
  event.preventDefault();
  const value = document.getElementById('join-id').value.trim();
  const match = value.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  if (match) location.href = '/board.html?id=' + match[0];
});


attempt(load);
