// A municipality project's page: its strategic and tactical plan as a goal tree with fulfilment,
// every goal's history with its sources, the plan as of a date, the needs analysis and the
// maturity self-assessments. Changes go through the plan's commands; the page follows the plan
// and the needs analysis live and refetches them on every change.
import {sourceHref} from '../session/pages.js';
import {currentLanguage, el, languageSwitch, t, tf, translatePage} from '../i18n.js';
import {api, attempt, notify, sendCommand} from '../api.js';
import {explain} from '../errors.js';
import {LiveConnection} from '../live.js';
import {LiveSync} from '../live-sync.js';
import {merge} from '../session/merge.js';
import {userMenu} from '../menu.js';
import {choices, nameOf, programme} from '../programme.js';
import {DIMENSIONS, changesSince, goalTree, maturityRows, percent, sourceFrom} from './plan.js';
import {takesPart} from '../roles.js';

const params = new URLSearchParams(location.search);
const projectId = params.get('id');
const INNOVATION_SYSTEM = ['KEY_ACTORS', 'NETWORKS', 'INSTITUTIONAL_CONDITIONS', 'REGIONAL_STEERING_DOCUMENTS'];
const OTHER_SECTIONS = ['INSTRUMENT_PORTFOLIO', 'VISIONS_AND_SUSTAINABILITY_GOALS',
  'GOVERNANCE_FOR_SYSTEMIC_INNOVATION', 'GOVERNANCE_AND_LEADERSHIP', 'NEEDS'];
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'];

let me = null;
let data = null;
let project = null;
let needs = null;
let asOf = null;
let asOfPlan = null;
let editingSection = null;
/** What the person has typed into the section being edited, kept across live updates. */
let sectionDraft = null;
/** The goal form's mode: {mode: 'add' | 'revise' | 'progress' | 'move' | 'retire', goal?, parentId?}. */
let form = null;
/** The source the goal form will name, as the sources endpoint describes it. */
let chosenSource = null;

const plan = new LiveSync({
  fetch: () => api('GET', '/api/plans/' + encodeURIComponent(project.planId)),
  // A typed change, merged as a session's are; a name the page does not know yet comes with the plan.
  apply: (view, message) => {
    merge(view, message);
    return view.goals.some(goal => [goal.ownerId, ...goal.changes.map(change => change.byId),
      ...goal.progress.map(report => report.byId)].some(id => id && !(id in view.people)));
  },
  onChange: () => renderPlan(),
  onError: e => notify(explain(e)),
});

function when(instant) {
  return new Date(instant).toLocaleString(currentLanguage(), {dateStyle: 'medium', timeStyle: 'short'});
}

function day(date) {
  return new Date(date + 'T12:00:00').toLocaleDateString(currentLanguage(), {dateStyle: 'medium'});
}

function personName(view, id) {
  return (view && view.people && view.people[id]) || (data && data.people[id]) || (me && id === me.id && me.displayName) || '—';
}

function mayChange() {
  if (!me || !project || project.retired) return false;
  const roles = me.roles;
  if (!takesPart(me)) return false;
  return roles.includes('ADMIN') || roles.includes('FACILITATOR') || project.pilotId === me.id
    || project.memberIds.includes(me.id) || data.modules.some(module => module.leadIds.includes(me.id));
}

// ---- the plan ----

function fulfilmentBar(goal) {
  const value = percent(goal.fulfilment);
  if (value === null) return el('span', {class: 'fulfilment none'}, t('planFulfilment') + ': —');
  return el('span', {class: 'fulfilment'},
    el('meter', {min: 0, max: 100, low: 34, high: 67, optimum: 100, value,
      'aria-label': t('fulfilmentOf') + ' ' + goal.title}),
    ' ' + value + ' %');
}

function valueText(field, value, view) {
  if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return '—';
  if (field === 'status') return t('status_' + value);
  if (field === 'ownerId') return personName(view, value);
  if (field === 'dueDate') return day(value);
  if (field === 'moduleIds') return value.join(', ');
  return String(value);
}

function sourceLink(source) {
  return el('a', {href: sourceHref(source), class: 'source-link'},
    t(source.kind) + ': ”' + source.label + '” ' + t('fromSession') + ' ' + source.sessionTitle);
}

function changeItem(change, view) {
  return el('li', {class: 'change'},
    el('span', {class: 'meta'}, when(change.at) + ' · ' + personName(view, change.byId)),
    ' ', el('strong', {}, t('kind_' + change.kind)),
    change.kind === 'REVISED' ? el('ul', {class: 'field-changes'}, ...change.fields.map(f =>
      el('li', {}, t(f.field === 'title' ? 'goalTitle' : f.field === 'ownerId' ? 'owner'
        : f.field === 'moduleIds' ? 'callsOnModules' : f.field) + ': ' + valueText(f.field, f.from, view)
        + ' → ' + valueText(f.field, f.to, view)))) : null,
    el('blockquote', {class: 'rationale'}, change.rationale),
    change.source ? sourceLink(change.source) : null);
}

function goalFacts(goal, view) {
  const facts = [];
  if (goal.indicator || goal.baseline !== null || goal.target !== null) {
    facts.push((goal.indicator ? goal.indicator + ': ' : '') + (goal.baseline ?? '—') + ' → ' + (goal.target ?? '—')
      + (goal.unit ? ' ' + goal.unit : '') + (goal.latestValue !== null ? ' (' + t('latestValue') + ' ' + goal.latestValue + ')' : ''));
  }
  if (goal.dueDate) facts.push(t('dueDate') + ' ' + day(goal.dueDate));
  if (goal.ownerId) facts.push(t('owner') + ': ' + personName(view, goal.ownerId));
  if (goal.moduleIds && goal.moduleIds.length) facts.push(t('callsOnModules') + ': ' + goal.moduleIds.join(', '));
  return facts.join(' · ');
}

function goalItem(node, view, live) {
  const goal = node.goal;
  const actions = live && mayChange() && !goal.retired ? el('div', {class: 'goal-actions'},
    el('button', {type: 'button', class: 'small', onclick: () => openForm({mode: 'revise', goal})}, t('reviseGoal')),
    el('button', {type: 'button', class: 'small', onclick: () => openForm({mode: 'add', parentId: goal.id})}, t('newSubGoal')),
    el('button', {type: 'button', class: 'small', onclick: () => openForm({mode: 'progress', goal})}, t('recordProgress')),
    el('button', {type: 'button', class: 'small', onclick: () => openForm({mode: 'move', goal})}, t('moveGoal')),
    el('button', {type: 'button', class: 'small danger', onclick: () => openForm({mode: 'retire', goal})}, t('retireGoal')))
    : null;
  const history = [...goal.changes.map(change => ({at: change.at, node: changeItem(change, view)})),
    ...goal.progress.map(report => ({at: report.at, node: el('li', {class: 'change'},
      el('span', {class: 'meta'}, when(report.at) + ' · ' + personName(view, report.byId)), ' ',
      el('strong', {}, t('progressReport')), ': ' + report.value + (goal.unit ? ' ' + goal.unit : '') + ' (' + day(report.date) + ')'
        + (report.comment ? ' – ' + report.comment : ''))}))]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map(entry => entry.node);
  return el('li', {class: 'goal' + (goal.retired ? ' retired' : ''), 'data-goal-id': goal.id},
    el('div', {class: 'goal-head'},
      el('strong', {class: 'goal-title'}, goal.title),
      el('span', {class: 'phase-pill status-' + goal.status}, goal.retired ? t('retired') : t('status_' + goal.status)),
      fulfilmentBar(goal)),
    goal.description ? el('p', {class: 'goal-description'}, goal.description) : null,
    el('p', {class: 'meta'}, goalFacts(goal, view)),
    actions,
    el('details', {class: 'goal-history'}, el('summary', {}, t('historyOf') + ' (' + history.length + ')'),
      el('ol', {class: 'plain'}, ...history)),
    node.children.length ? el('ul', {class: 'goal-tree'}, ...node.children.map(child => goalItem(child, view, live))) : null);
}

function renderPlan() {
  const view = asOf ? asOfPlan : plan.view;
  if (!view) return;
  const tree = goalTree(view.goals, document.getElementById('show-retired').checked);
  const list = document.getElementById('goal-tree');
  const open = new Set([...list.querySelectorAll('details[open]')].map(d => d.closest('[data-goal-id]').dataset.goalId));
  list.replaceChildren(...(tree.length ? tree.map(node => goalItem(node, view, !asOf))
    : [el('li', {class: 'empty'}, t('noGoals'))]));
  list.querySelectorAll('[data-goal-id]').forEach(item => {
    if (open.has(item.dataset.goalId)) item.querySelector(':scope > details').open = true;
  });
  document.getElementById('add-goal').hidden = !(mayChange() && !asOf);
  markLinkedGoal(list);
  renderAsOfNote();
}

let linkedGoalShown = false;

/**
 * The goal a link names (`?goal=`, from a session item's "cited by"): marked after each render;
 * the first time, its history is opened and it is scrolled to.
 */
function markLinkedGoal(list) {
  const goalId = new URLSearchParams(location.search).get('goal');
  const item = goalId && [...list.querySelectorAll('[data-goal-id]')].find(node => node.dataset.goalId === goalId);
  if (!item) return;
  item.classList.add('linked-item');
  if (linkedGoalShown) return;
  linkedGoalShown = true;
  const history = item.querySelector(':scope > details');
  if (history) history.open = true;
  if (!item.hasAttribute('tabindex')) item.setAttribute('tabindex', '-1');
  item.scrollIntoView({block: 'center'});
}

function renderAsOfNote() {
  const note = document.getElementById('as-of-note');
  note.hidden = !asOf;
  if (!asOf || !plan.view) return;
  const since = changesSince(plan.view.goals, asOfInstant());
  note.replaceChildren(el('p', {}, tf('asOfNote', day(asOf))),
    since.length ? el('ol', {class: 'plain since'}, ...since.map(item => el('li', {},
      el('span', {class: 'meta'}, when(item.at)), ' ', el('strong', {}, item.goal.title), ': ',
      item.change ? t('kind_' + item.change.kind) + ' – ' + item.change.rationale
        : t('progressReport') + ' ' + item.progress.value)))
      : el('p', {class: 'meta'}, t('nothingSince')));
}

function asOfInstant() {
  return new Date(asOf + 'T23:59:59.999').toISOString();
}

async function showAsOf(date) {
  asOf = date || null;
  asOfPlan = asOf ? await api('GET', '/api/plans/' + encodeURIComponent(project.planId) + '?asOf='
    + encodeURIComponent(asOfInstant())) : null;
  if (asOf) closeForm();
  renderPlan();
}

// ---- the goal form ----

function field(label, input) {
  return el('label', {}, el('span', {}, label), input);
}

function descendantsOf(goalId) {
  const ids = new Set([goalId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const goal of plan.view.goals) {
      if (goal.parentId && ids.has(goal.parentId) && !ids.has(goal.id)) {
        ids.add(goal.id);
        grew = true;
      }
    }
  }
  return ids;
}

function parentSelect(chosen, excluded = new Set()) {
  return el('select', {name: 'parentId'}, el('option', {value: ''}, t('topLevel')),
    ...plan.view.goals.filter(goal => !goal.retired && !excluded.has(goal.id))
      .map(goal => el('option', {value: goal.id, selected: goal.id === chosen}, goal.title)));
}

function ownerSelect(chosen) {
  const people = new Map(Object.entries(data.people));
  if (me) people.set(me.id, me.displayName);
  if (chosen && !people.has(chosen)) people.set(chosen, personName(plan.view, chosen));
  return el('select', {name: 'ownerId'}, el('option', {value: ''}, t('none')),
    ...[...people.entries()].sort((a, b) => a[1].localeCompare(b[1]))
      .map(([id, name]) => el('option', {value: id, selected: id === chosen}, name)));
}

function detailFields(goal) {
  const value = (name, fallback = '') => goal && goal[name] !== null && goal[name] !== undefined ? goal[name] : fallback;
  const modules = new Set(goal ? goal.moduleIds : []);
  return [
    el('label', {class: 'wide'}, el('span', {}, t('goalTitle')),
      el('input', {name: 'title', maxlength: 200, required: true, value: value('title')})),
    el('label', {class: 'wide'}, el('span', {}, t('description')),
      el('textarea', {name: 'description', maxlength: 4000, rows: 2}, value('description'))),
    field(t('indicator'), el('input', {name: 'indicator', maxlength: 200, value: value('indicator')})),
    field(t('unit'), el('input', {name: 'unit', maxlength: 40, value: value('unit')})),
    field(t('baseline'), el('input', {name: 'baseline', type: 'number', step: 'any', value: value('baseline')})),
    field(t('target'), el('input', {name: 'target', type: 'number', step: 'any', value: value('target')})),
    field(t('dueDate'), el('input', {name: 'dueDate', type: 'date', value: value('dueDate')})),
    field(t('owner'), ownerSelect(value('ownerId', null))),
    field(t('status'), el('select', {name: 'status'}, ...STATUSES.map(status =>
      el('option', {value: status, selected: value('status', 'PLANNED') === status}, t('status_' + status))))),
    el('fieldset', {class: 'wide modules'}, el('legend', {}, t('callsOnModules')),
      ...choices(data).modules.map(module => el('label', {class: 'check'},
        el('input', {type: 'checkbox', name: 'moduleIds', value: String(module.number), checked: modules.has(String(module.number))}),
        ' ' + module.number + ' · ' + nameOf(module)))),
  ];
}

function whyFields() {
  return [
    el('label', {class: 'wide'}, el('span', {}, t('rationale')),
      el('textarea', {name: 'rationale', id: 'goal-rationale', maxlength: 1000, rows: 2, required: true})),
    el('div', {class: 'wide source-picker'},
      el('span', {class: 'label'}, t('sourceLabel')),
      el('div', {id: 'chosen-source', class: 'chosen-source'}),
      el('label', {}, el('span', {class: 'sr-only'}, t('findSource')),
        el('input', {type: 'search', id: 'source-search', placeholder: t('findSource'), autocomplete: 'off',
          oninput: event => findSources(event.target.value)})),
      el('ul', {id: 'source-options', class: 'plain source-options'})),
  ];
}

/** The source the form will name; without one, why (`why`: the link's source could not be cited) or "none". */
function renderChosenSource(why = null) {
  const box = document.getElementById('chosen-source');
  if (!box) return;
  if (!chosenSource && why) {
    box.replaceChildren(el('span', {class: 'note', role: 'alert', id: 'source-refused'}, why));
    return;
  }
  box.replaceChildren(chosenSource
    ? el('span', {}, t(chosenSource.kind) + ': ”' + chosenSource.label + '” ' + t('fromSession') + ' ' + chosenSource.sessionTitle + ' ',
      el('button', {type: 'button', class: 'link', id: 'remove-source', onclick: () => { chosenSource = null; renderChosenSource(); }},
        t('removeSource')))
    : el('span', {class: 'meta'}, t('noSource')));
}

let sourceQuery = 0;
async function findSources(query, sessionId) {
  const asked = ++sourceQuery;
  const found = await attempt(() => api('GET', '/api/plans/' + encodeURIComponent(project.planId) + '/sources?q='
    + encodeURIComponent(query || '') + (sessionId ? '&sessionId=' + encodeURIComponent(sessionId) : '')));
  if (!found || asked !== sourceQuery) return found;
  const options = document.getElementById('source-options');
  if (options) {
    options.replaceChildren(...found.slice(0, 12).map(candidate => el('li', {},
      el('button', {type: 'button', class: 'small', onclick: () => { chosenSource = candidate; renderChosenSource(); }},
        t('chooseSource')), ' ', el('strong', {}, t(candidate.kind)), ': ' + candidate.label + ' ',
      el('span', {class: 'meta'}, '(' + candidate.sessionTitle + ')'))));
  }
  return found;
}

function openForm(next) {
  form = next;
  const panel = document.getElementById('goal-form-panel');
  const box = document.getElementById('goal-form');
  const goal = form.goal;
  const heading = {add: form.parentId ? t('newSubGoal') : t('newGoal'), revise: t('reviseGoal'),
    progress: t('recordProgress'), move: t('moveGoal'), retire: t('retireGoal')}[form.mode];
  document.getElementById('goal-form-heading').textContent = heading + (goal ? ': ' + goal.title : '');
  let fields;
  if (form.mode === 'add') {
    fields = [field(t('parentGoal'), parentSelect(form.parentId)), ...detailFields(null), ...whyFields()];
  } else if (form.mode === 'revise') {
    fields = [...detailFields(goal), ...whyFields()];
  } else if (form.mode === 'progress') {
    fields = [field(t('value') + (goal.unit ? ' (' + goal.unit + ')' : ''),
      el('input', {name: 'value', type: 'number', step: 'any', required: true})),
    field(t('date'), el('input', {name: 'date', type: 'date', required: true, value: new Date().toISOString().slice(0, 10)})),
    el('label', {class: 'wide'}, el('span', {}, t('comment')), el('input', {name: 'comment', maxlength: 1000}))];
  } else if (form.mode === 'move') {
    fields = [field(t('parentGoal'), parentSelect(goal.parentId, descendantsOf(goal.id))), ...whyFields()];
  } else {
    fields = whyFields();
  }
  box.replaceChildren(...fields, el('div', {class: 'wide form-buttons'},
    el('button', {type: 'submit', class: 'primary', id: 'goal-submit'}, t('save')),
    el('button', {type: 'button', onclick: closeForm}, t('cancel'))));
  panel.hidden = false;
  renderChosenSource();
  if (['add', 'revise', 'move', 'retire'].includes(form.mode)) findSources('');
  box.querySelector('input, textarea, select').focus();
}

function closeForm() {
  form = null;
  chosenSource = null;
  document.getElementById('goal-form-panel').hidden = true;
}

function numberOrNull(value) {
  return value === '' ? null : Number(value);
}

function detailsFrom(formData) {
  return {
    title: formData.get('title'), description: formData.get('description') || null,
    indicator: formData.get('indicator') || null, unit: formData.get('unit') || null,
    baseline: numberOrNull(formData.get('baseline')), target: numberOrNull(formData.get('target')),
    dueDate: formData.get('dueDate') || null, ownerId: formData.get('ownerId') || null,
    status: formData.get('status'), moduleIds: formData.getAll('moduleIds'),
  };
}

function same(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify([...(a || [])].sort()) === JSON.stringify([...(b || [])].sort());
  if (typeof b === 'number' && a !== null && a !== undefined) return Number(a) === b;
  return (a ?? null) === (b ?? null);
}

async function submitForm(event) {
  event.preventDefault();
  const formData = new FormData(event.target);
  const base = '/api/plans/' + encodeURIComponent(project.planId) + '/goals';
  const why = {rationale: formData.get('rationale'),
    source: chosenSource ? {sessionId: chosenSource.sessionId, itemId: chosenSource.itemId} : null};
  const goal = form.goal;
  const done = await attempt(async () => {
    if (form.mode === 'add') {
      await sendCommand('POST', base, {...detailsFrom(formData), parentId: formData.get('parentId') || null, ...why});
    } else if (form.mode === 'revise') {
      const details = detailsFrom(formData);
      const changed = Object.fromEntries(Object.entries(details).filter(([name, value]) => !same(goal[name], value)));
      await sendCommand('PATCH', base + '/' + encodeURIComponent(goal.id), {...changed, ...why});
    } else if (form.mode === 'progress') {
      await sendCommand('POST', base + '/' + encodeURIComponent(goal.id) + '/progress', {value: Number(formData.get('value')),
        date: formData.get('date'), comment: formData.get('comment') || null});
    } else if (form.mode === 'move') {
      await sendCommand('POST', base + '/' + encodeURIComponent(goal.id) + '/move', {parentId: formData.get('parentId') || null, ...why});
    } else {
      await sendCommand('POST', base + '/' + encodeURIComponent(goal.id) + '/retire', why);
    }
    return true;
  });
  if (done) {
    closeForm();
    notify(t('goalSaved'), 'info');
    await plan.refetch();
  }
}

// ---- the needs analysis and maturity ----

function sectionBlock(section) {
  const found = needs.sections.find(s => s.section === section);
  const editable = mayChange();
  if (editingSection === section) {
    const text = el('textarea', {id: 'section-text', rows: 6, maxlength: 20000, 'aria-label': t('section_' + section),
      oninput: event => { sectionDraft = event.target.value; }}, sectionDraft ?? (found && found.text ? found.text : ''));
    return el('div', {class: 'needs-section', 'data-section': section}, el('h4', {}, t('section_' + section)), text,
      el('div', {class: 'form-buttons'},
        el('button', {type: 'button', class: 'primary', id: 'save-section', onclick: async () => {
          const saved = await attempt(() => sendCommand('PUT', '/api/programme/municipalities/' + encodeURIComponent(projectId)
            + '/needs/' + section, {text: text.value}).then(() => true));
          if (saved) {
            editingSection = null;
            sectionDraft = null;
            await loadNeeds();
          }
        }}, t('saveSection')),
        el('button', {type: 'button', onclick: () => { editingSection = null; sectionDraft = null; renderNeeds(); }},
          t('cancel'))));
  }
  const edit = editable ? el('button', {type: 'button', class: 'small', 'aria-label': t('edit') + ': ' + t('section_' + section),
    onclick: () => {
      editingSection = section;
      sectionDraft = null;
      renderNeeds();
      document.getElementById('section-text').focus();
    }}, t('edit')) : null;
  return el('div', {class: 'needs-section', 'data-section': section},
    el('div', {class: 'section-head'}, el('h4', {}, t('section_' + section)), edit),
    found && found.text ? el('p', {class: 'section-text'}, found.text) : el('p', {class: 'meta'}, t('notWritten')),
    found ? el('p', {class: 'meta'}, tf('lastChangedBy', personName(needs, found.byId), when(found.at))) : null);
}

function renderNeeds() {
  if (!needs) return;
  const box = document.getElementById('needs');
  if (editingSection && document.activeElement && document.activeElement.id === 'section-text') return;
  box.replaceChildren(
    el('h3', {}, t('innovationSystem')), ...INNOVATION_SYSTEM.map(sectionBlock),
    ...OTHER_SECTIONS.map(section => sectionBlock(section)));
  renderMaturity();
}

function renderMaturity() {
  const rows = maturityRows(needs.assessments);
  const box = document.getElementById('maturity');
  const score = value => value === null ? '—' : el('span', {class: 'score'},
    el('meter', {min: 0, max: 5, value, 'aria-hidden': 'true'}), ' ' + value);
  // On a phone the table scrolls within its own strip, which the keyboard can reach, not the page.
  box.replaceChildren(rows.length ? el('div', {class: 'table-scroll', tabindex: 0, role: 'region',
    'aria-label': t('maturityTableLabel')}, el('table', {class: 'summary-table maturity-table'},
    el('caption', {class: 'meta'}, needs.assessments.length + ' ' + t('assessmentsCount') + ' · '
      + t('latestAssessment') + ' ' + when(needs.assessments[needs.assessments.length - 1].at)),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, t('dimension')), el('th', {scope: 'col'}, t('firstAssessment')),
      el('th', {scope: 'col'}, t('latestAssessment')), el('th', {scope: 'col'}, t('comment')))),
    el('tbody', {}, ...rows.map(row => el('tr', {'data-dimension': row.dimension},
      el('th', {scope: 'row'}, t('dim_' + row.dimension)), el('td', {}, score(row.first)), el('td', {}, score(row.latest)),
      el('td', {}, row.comment || ''))))))
    : el('p', {class: 'meta'}, t('noAssessments')));
  document.getElementById('maturity-new').hidden = !mayChange();
  const formBox = document.getElementById('maturity-form');
  if (!formBox.childElementCount) {
    formBox.replaceChildren(...DIMENSIONS.map(dimension => el('div', {class: 'maturity-row'},
      el('label', {}, el('span', {}, t('dim_' + dimension)),
        el('select', {name: dimension, required: true, 'aria-label': t('scoreOf') + ' ' + t('dim_' + dimension)},
          el('option', {value: ''}, '–'), ...[1, 2, 3, 4, 5].map(n => el('option', {value: n}, String(n))))),
      el('input', {name: dimension + '-comment', maxlength: 1000, 'aria-label': t('comment') + ': ' + t('dim_' + dimension),
        placeholder: t('comment')}))),
    el('button', {type: 'submit', class: 'primary', id: 'maturity-submit'}, t('save')));
  }
}

async function submitMaturity(event) {
  event.preventDefault();
  const formData = new FormData(event.target);
  const scores = Object.fromEntries(DIMENSIONS.map(dimension => [dimension,
    {score: Number(formData.get(dimension)), comment: formData.get(dimension + '-comment') || null}]));
  const saved = await attempt(() => sendCommand('POST', '/api/programme/municipalities/' + encodeURIComponent(projectId)
    + '/maturity', {scores}).then(() => true));
  if (saved) {
    event.target.reset();
    document.getElementById('maturity-new').open = false;
    await loadNeeds();
  }
}

/**
 * A needs analysis's typed change: merged when it is the next one and names no one the page does
 * not know; else (a gap, a new name) the analysis is fetched anew.
 */
async function needsChanged(message) {
  if (!needs || message.seq <= needs.seq) return;
  const known = (message.upserts || []).every(({item}) => !item.byId || item.byId in needs.people);
  if (message.seq !== needs.seq + 1 || !known) return loadNeeds();
  merge(needs, message);
  needs.seq = message.seq;
  renderNeeds();
}

async function loadNeeds() {
  needs = await api('GET', '/api/programme/municipalities/' + encodeURIComponent(projectId) + '/needs');
  renderNeeds();
}

// ---- the page ----

function renderHeader() {
  document.getElementById('project-name').textContent = nameOf(project) + (project.retired ? ' (' + t('retired') + ')' : '');
  document.title = nameOf(project) + ' · Pollinator';
  document.getElementById('project-meta').textContent = [
    t('pilot') + ': ' + (project.pilotId ? personName(null, project.pilotId) : t('noPilot')),
    t('members') + ': ' + (project.memberIds.map(id => personName(null, id)).join(', ') || '—'),
  ].join(' · ');
}

function renderAll() {
  translatePage();
  renderHeader();
  renderPlan();
  renderNeeds();
}

function connect() {
  const live = new LiveConnection({
    onConnect: connection => {
      connection.subscribe('/topic/plans/' + project.planId, message => plan.receive(message));
      connection.subscribe('/topic/needs/' + needs.analysisId, message => attempt(() => needsChanged(message)));
      plan.refetch().catch(e => notify(explain(e)));
    },
    onError: message => notify(message),
  });
  live.start();
}

async function start() {
  if (!projectId) {
    location.href = '/programme.html';
    return;
  }
  document.getElementById('lang').append(languageSwitch(renderAll));
  translatePage();
  me = await userMenu();
  data = await programme();
  project = data.municipalities.find(candidate => candidate.id === projectId);
  if (!project) {
    notify(t('error'));
    return;
  }
  renderHeader();
  document.getElementById('goal-form').addEventListener('submit', submitForm);
  document.getElementById('maturity-form').addEventListener('submit', submitMaturity);
  document.getElementById('add-goal').addEventListener('click', () => openForm({mode: 'add', parentId: null}));
  document.getElementById('show-retired').addEventListener('change', renderPlan);
  document.getElementById('as-of').addEventListener('change', event => attempt(() => showAsOf(event.target.value)));
  document.getElementById('as-of-today').addEventListener('click', () => {
    document.getElementById('as-of').value = '';
    attempt(() => showAsOf(null));
  });
  await plan.refetch();
  await loadNeeds();
  connect();
  const source = sourceFrom(location.search);
  if (source && !mayChange()) {
    // Came to change the plan from a session, but may not: say why rather than do nothing.
    notify(t('mayNotChangePlan'));
  } else if (source) {
    openForm({mode: 'add', parentId: null});
    const found = await findSources('', source.sessionId);
    chosenSource = (found || []).find(candidate => candidate.itemId === source.itemId) || null;
    renderChosenSource(chosenSource ? null : t('sourceNotCitable'));
    document.getElementById('goal-form-panel').scrollIntoView();
  }
}

start().catch(e => notify(explain(e)));
