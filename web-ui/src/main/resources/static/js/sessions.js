import {currentLanguage, el, languageSwitch, t, translatePage} from './i18n.js';
import {choices, nameOf, programme} from './programme.js';
import {api, attempt, sendCommand} from './api.js';
import {userMenu} from './menu.js';
import {emptyState, splitRetros} from './retro/list.js';
import {joinTarget, sessionHref} from './session/pages.js';
import {joinSession, sessionFacts} from './session/join.js';
import {loadKinds} from './session/kinds.js';

// "My sessions": every session the person takes part in or is invited to, of every kind, and the forms to create them.
let me = null;
let retros = [];
let peopleCount = null;
let programmeData = null;
let directory = [];
let joinable = [];

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
  const facts = [t('kind_' + retro.kind),
    retro.module ? t('module') + ' ' + retro.module : t('programmeWide'), retro.municipalityName,
    retro.facilitatorName ? t('facilitator') + ': ' + retro.facilitatorName : null,
    retro.scheduledAt ? when(retro.scheduledAt) : t('createdOn') + ' ' + new Date(retro.createdAt).toLocaleDateString(currentLanguage()),
    retro.participants + ' ' + t('participants')].filter(Boolean);
  return el('li', {class: 'list-item', 'data-kind': retro.kind},
    el('a', {href: sessionHref(retro.id), class: 'retro-link'},
      el('strong', {}, retro.title),
      el('span', {class: 'meta'}, facts.join(' · '))),
    retro.phase === 'CLOSED' && retro.kind === 'RETRO'
      ? el('a', {href: '/summary.html?id=' + encodeURIComponent(retro.id), class: 'summary-link'}, t('toSummary')) : null,
    el('span', {class: 'phase-pill phase-' + retro.phase}, t(retro.phase)));
}

/** A session of the directory as the list shows it, named in the page's language. */
function listed(session) {
  const project = session.municipality && programmeData
    ? programmeData.municipalities.find(candidate => candidate.id === session.municipality) : null;
  return {...session, phase: session.state, municipalityName: project ? nameOf(project) : session.municipality};
}

function showSection(kind, heading, found) {
  const title = document.getElementById(kind + '-heading');
  const list = document.getElementById(kind + '-retros');
  title.textContent = t(heading) + ' (' + found.length + ')';
  title.hidden = list.hidden = !found.length;
  list.replaceChildren(...found.map(retroRow));
}

/** A session the person may join by themselves: what it is, and a button that joins and opens it. */
function joinableRow(session) {
  return el('li', {class: 'list-item', 'data-kind': session.kind, 'data-session-id': session.id},
    el('span', {class: 'retro-link'}, el('strong', {}, session.title), el('span', {class: 'meta'}, sessionFacts(session))),
    el('button', {type: 'button', class: 'primary', 'aria-label': t('joinSession') + ': ' + session.title,
      onclick: () => joinSession(session, () => { location.href = sessionHref(session.id); })},
    t('joinSession')));
}

function renderJoinable() {
  const kind = document.getElementById('kind-filter').value;
  const shown = joinable.filter(session => !kind || session.kind === kind);
  const title = document.getElementById('joinable-heading');
  const list = document.getElementById('joinable-retros');
  title.textContent = t('joinableHeading') + ' (' + shown.length + ')';
  title.hidden = list.hidden = !shown.length;
  list.replaceChildren(...shown.map(joinableRow));
}

function renderRetros() {
  renderJoinable();
  const query = document.getElementById('retro-search').value;
  const kind = document.getElementById('kind-filter').value;
  const {active, closed} = splitRetros(retros.filter(retro => !kind || retro.kind === kind), query);
  showSection('active', 'activeRetros', active);
  showSection('closed', 'closedRetros', closed);
  document.querySelectorAll('.search').forEach(label => { label.hidden = !retros.length; });
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

/** A form's municipality projects to tick, keeping what was ticked while the form is drawn again. */
function municipalityChoices(places, municipalities) {
  const ticked = new Set([...places.querySelectorAll('input:checked')].map(box => box.value));
  places.replaceChildren(el('legend', {}, t('municipality')), ...municipalities.map(project => el('label', {class: 'check'},
    el('input', {type: 'checkbox', name: 'municipalities', value: project.id, checked: ticked.has(project.id)}),
    ' ' + nameOf(project))));
}

/** The new think tank's choices: modules, municipality projects and who may be invited as an expert. */
function fillThinkTankForm() {
  if (!programmeData) return;
  const {modules, municipalities} = choices(programmeData);
  const module = document.getElementById('tt-module');
  const chosen = module.value || String(modules[0] ? modules[0].number : '');
  module.replaceChildren(...modules.map(m => el('option', {value: m.number}, m.number + ' · ' + nameOf(m))));
  module.value = chosen;
  municipalityChoices(document.getElementById('tt-municipalities'), municipalities);
  const experts = document.getElementById('tt-experts');
  if (!experts.childElementCount) {
    experts.replaceChildren(...directory.map(person => el('option', {value: person.id}, person.displayName)));
  }
}

/** The new café's tables, one question per line. */
function cafeQuestions() {
  return String(document.getElementById('cafe-tables').value || '').split('\n').map(line => line.trim()).filter(Boolean);
}

/** A host to choose for each table as its question is written, keeping the choices made so far. */
function fillCafeHosts() {
  const box = document.getElementById('cafe-hosts');
  const chosen = new Map([...box.querySelectorAll('select')].map(select => [select.dataset.question, select.value]));
  const questions = cafeQuestions();
  box.hidden = !questions.length || !directory.length;
  box.replaceChildren(el('legend', {}, t('tableHosts')), ...questions.map((question, index) => el('label', {},
    el('span', {}, t('hostOf') + ' ' + question),
    el('select', {'data-question': question, id: 'cafe-host-' + index},
      el('option', {value: ''}, '—'), ...directory.map(person => el('option', {value: person.id,
        selected: chosen.get(question) === person.id}, person.displayName))))));
}

/** The new café's optional module and municipality projects, so that what it finds can be attributed. */
function fillCafeForm() {
  if (!programmeData) return;
  const {modules, municipalities} = choices(programmeData);
  const module = document.getElementById('cafe-module');
  const chosen = module.value;
  module.replaceChildren(el('option', {value: ''}, t('programmeWide')),
    ...modules.map(m => el('option', {value: m.number}, m.number + ' · ' + nameOf(m))));
  module.value = chosen;
  municipalityChoices(document.getElementById('cafe-municipalities'), municipalities);
}

/** The new seminar's optional module, municipality projects and moderators. */
function fillSeminarForm() {
  if (!programmeData) return;
  const {modules, municipalities} = choices(programmeData);
  const module = document.getElementById('seminar-module');
  const chosen = module.value;
  module.replaceChildren(el('option', {value: ''}, t('programmeWide')),
    ...modules.map(m => el('option', {value: m.number}, m.number + ' · ' + nameOf(m))));
  module.value = chosen;
  municipalityChoices(document.getElementById('seminar-municipalities'), municipalities);
  const moderators = document.getElementById('seminar-moderators');
  if (!moderators.childElementCount) {
    moderators.replaceChildren(...directory.filter(person => !me || person.id !== me.id)
      .map(person => el('option', {value: person.id}, person.displayName)));
  }
}

function render() {
  translatePage();
  fillSelects();
  fillThinkTankForm();
  fillCafeForm();
  fillSeminarForm();
  renderRetros();
  document.getElementById('lang').replaceChildren(languageSwitch(render));
}

async function load() {
  me = await userMenu();
  const creates = me.roles.includes('FACILITATOR') || me.roles.includes('ADMIN');
  document.getElementById('create-panel').hidden = !creates;
  document.getElementById('create-thinktank-panel').hidden = !creates;
  document.getElementById('create-cafe-panel').hidden = !creates;
  document.getElementById('create-seminar-panel').hidden = !creates;
  if (creates) directory = await api('GET', '/api/directory');
  document.getElementById('people-link').hidden = !me.roles.includes('ADMIN');
  document.getElementById('dead-letters-link').hidden = !me.roles.includes('ADMIN');
  const [sessions, data, mayJoin, kinds] = await Promise.all([api('GET', '/api/sessions'), programme(),
    api('GET', '/api/sessions/joinable'), loadKinds()]);
  document.getElementById('kind-filter').append(...kinds.map(({kind}) =>
    el('option', {value: kind, 'data-i18n': 'kind_' + kind}, t('kind_' + kind))));
  programmeData = data;
  joinable = mayJoin;
  retros = sessions.map(listed);
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
    location.href = '/retro.html?id=' + encodeURIComponent(created.id);
  });
});

document.getElementById('retro-search').addEventListener('input', renderRetros);
document.getElementById('kind-filter').addEventListener('change', renderRetros);

document.getElementById('create-thinktank').addEventListener('submit', event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const scheduled = form.get('scheduledAt');
  const programmeWide = document.getElementById('tt-programme-wide').checked;
  attempt(async () => {
    const created = await sendCommand('POST', '/api/thinktanks', {
      title: form.get('title'),
      module: programmeWide ? null : Number(form.get('module')),
      programmeWide,
      municipalities: form.getAll('municipalities'),
      questions: String(form.get('questions') || '').split('\n').map(line => line.trim()).filter(Boolean),
      experts: [...document.getElementById('tt-experts').selectedOptions].map(option => option.value),
      scheduledAt: scheduled ? new Date(scheduled).toISOString() : null,
    });
    location.href = '/thinktank.html?id=' + encodeURIComponent(created.id);
  });
});

document.getElementById('cafe-tables').addEventListener('input', fillCafeHosts);

document.getElementById('create-cafe').addEventListener('submit', event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const scheduled = form.get('scheduledAt');
  attempt(async () => {
    const created = await sendCommand('POST', '/api/cafes', {
      title: form.get('title'),
      theme: form.get('theme'),
      tables: cafeQuestions().map(question => {
        const host = [...document.querySelectorAll('#cafe-hosts select')].find(select => select.dataset.question === question);
        return {question, hostId: host && host.value ? host.value : null};
      }),
      scheduledAt: scheduled ? new Date(scheduled).toISOString() : null,
      module: form.get('module') ? Number(form.get('module')) : null,
      municipalities: form.getAll('municipalities'),
    });
    location.href = '/cafe.html?id=' + encodeURIComponent(created.id);
  });
});

document.getElementById('create-seminar').addEventListener('submit', event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const scheduled = form.get('scheduledAt');
  attempt(async () => {
    const created = await sendCommand('POST', '/api/seminars', {
      title: form.get('title'),
      module: form.get('module') ? Number(form.get('module')) : null,
      municipalities: form.getAll('municipalities'),
      speakers: String(form.get('speakers') || '').split('\n').map(line => line.trim()).filter(Boolean),
      moderators: [...document.getElementById('seminar-moderators').selectedOptions].map(option => option.value),
      anonymousQuestions: document.getElementById('seminar-anonymous').checked,
      moderated: document.getElementById('seminar-moderated').checked,
      scheduledAt: scheduled ? new Date(scheduled).toISOString() : null,
    });
    location.href = '/seminar.html?id=' + encodeURIComponent(created.id);
  });
});

document.getElementById('join').addEventListener('submit', event => {
  event.preventDefault();
  const value = document.getElementById('join-id').value.trim();
  const target = joinTarget(value);
  if (target) location.href = target;
});


attempt(load);
