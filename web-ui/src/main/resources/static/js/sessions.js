import {currentLanguage, el, languageSwitch, t, translatePage} from './i18n.js';
import {nameOf, programme} from './programme.js';
import {api, attempt} from './api.js';
import {userMenu} from './menu.js';
import {emptyState, splitSessions} from './session/list.js';
import {joinTarget, sessionHref} from './session/pages.js';
import {joinSession, sessionFacts} from './session/join.js';
import {loadKinds} from './session/kinds.js';

// "My sessions": every session the person takes part in or is invited to, of every kind, and the forms to create them.
let me = null;
let sessions = [];
let peopleCount = null;
let programmeData = null;
let directory = [];
let joinable = [];

function when(value) {
  return new Date(value).toLocaleString(currentLanguage(), {dateStyle: 'medium', timeStyle: 'short'});
}


function sessionRow(session) {
  const facts = [t('kind_' + session.kind),
    session.module ? t('module') + ' ' + session.module : t('programmeWide'), session.municipalityName,
    session.facilitatorName ? t('facilitator') + ': ' + session.facilitatorName : null,
    session.scheduledAt ? when(session.scheduledAt) : t('createdOn') + ' ' + new Date(session.createdAt).toLocaleDateString(currentLanguage()),
    session.participants + ' ' + t('participants')].filter(Boolean);
  return el('li', {class: 'list-item', 'data-kind': session.kind},
    el('a', {href: sessionHref(session.id), class: 'item-link'},
      el('strong', {}, session.title),
      el('span', {class: 'meta'}, facts.join(' · '))),
    session.closed
      ? el('a', {href: '/summary.html?id=' + encodeURIComponent(session.id), class: 'summary-link'}, t('toSummary')) : null,
    el('span', {class: 'phase-pill phase-' + session.phase}, t(session.phase)));
}

/** A session of the directory as the list shows it, named in the page's language. */
function listed(session) {
  const project = session.municipality && programmeData
    ? programmeData.municipalities.find(candidate => candidate.id === session.municipality) : null;
  return {...session, phase: session.state, municipalityName: project ? nameOf(project) : session.municipality};
}

function showSection(kind, heading, found) {
  const title = document.getElementById(kind + '-heading');
  const list = document.getElementById(kind + '-sessions');
  title.textContent = t(heading) + ' (' + found.length + ')';
  title.hidden = list.hidden = !found.length;
  list.replaceChildren(...found.map(sessionRow));
}

/** A session the person may join by themselves: what it is, and a button that joins and opens it. */
function joinableRow(session) {
  return el('li', {class: 'list-item', 'data-kind': session.kind, 'data-session-id': session.id},
    el('span', {class: 'item-link'}, el('strong', {}, session.title), el('span', {class: 'meta'}, sessionFacts(session))),
    el('button', {type: 'button', class: 'primary', 'aria-label': t('joinSession') + ': ' + session.title,
      onclick: () => joinSession(session, () => { location.href = sessionHref(session.id); })},
    t('joinSession')));
}

function renderJoinable() {
  const kind = document.getElementById('kind-filter').value;
  const shown = joinable.filter(session => !kind || session.kind === kind);
  const title = document.getElementById('joinable-heading');
  const list = document.getElementById('joinable-sessions');
  title.textContent = t('joinableHeading') + ' (' + shown.length + ')';
  title.hidden = list.hidden = !shown.length;
  list.replaceChildren(...shown.map(joinableRow));
}

function renderSessions() {
  renderJoinable();
  const query = document.getElementById('session-search').value;
  const kind = document.getElementById('kind-filter').value;
  const {active, closed} = splitSessions(sessions.filter(session => !kind || session.kind === kind), query);
  showSection('active', 'activeRetros', active);
  showSection('closed', 'closedRetros', closed);
  document.querySelectorAll('.search').forEach(label => { label.hidden = !sessions.length; });
  const empty = document.getElementById('sessions-empty');
  empty.hidden = active.length + closed.length > 0;
  if (!sessions.length) {
    const key = emptyState(me.roles, peopleCount);
    empty.replaceChildren(t(key), key === 'emptyAddPeople'
      ? el('span', {}, ' ', el('a', {href: '/people.html'}, t('addPeopleNow'))) : '');
  } else {
    empty.textContent = t('noMatches');
  }
}

/** Each kind's form to open a session of it (js/<kind>/create.js), for those who open sessions. */
let forms = [];

function formContext() {
  return {programme: programmeData, directory, me};
}

function render() {
  translatePage();
  forms.forEach(form => form.fill(formContext()));
  renderSessions();
  document.getElementById('lang').replaceChildren(languageSwitch(render));
}

async function load() {
  me = await userMenu();
  const creates = me.roles.includes('FACILITATOR') || me.roles.includes('ADMIN');
  document.querySelectorAll('.create-session').forEach(panel => { panel.hidden = !creates; });
  if (creates) directory = await api('GET', '/api/directory');
  document.getElementById('people-link').hidden = !me.roles.includes('ADMIN');
  document.getElementById('dead-letters-link').hidden = !me.roles.includes('ADMIN');
  const [found, data, mayJoin, kinds] = await Promise.all([api('GET', '/api/sessions'), programme(),
    api('GET', '/api/sessions/joinable'), loadKinds()]);
  document.getElementById('kind-filter').append(...kinds.map(({kind}) =>
    el('option', {value: kind, 'data-i18n': 'kind_' + kind}, t('kind_' + kind))));
  if (creates) {
    forms = (await Promise.all(kinds.map(({slug}) => import('/js/' + slug + '/create.js').catch(() => null))))
      .filter(Boolean);
    forms.forEach(form => form.wire(formContext()));
  }
  programmeData = data;
  joinable = mayJoin;
  sessions = found.map(listed);
  if (!sessions.length && me.roles.includes('ADMIN')) {
    peopleCount = (await api('GET', '/api/people')).length;
  }
  render();
}

document.getElementById('session-search').addEventListener('input', renderSessions);
document.getElementById('kind-filter').addEventListener('change', renderSessions);

document.getElementById('join').addEventListener('submit', event => {
  event.preventDefault();
  const value = document.getElementById('join-id').value.trim();
  const target = joinTarget(value);
  if (target) location.href = target;
});


attempt(load);
