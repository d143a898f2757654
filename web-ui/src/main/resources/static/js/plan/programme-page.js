// The programme page: its municipality projects with each plan's fulfilment at a glance, and its
// modules with their leads and members. Admins add projects and modules, set pilots and members;
// a pilot adds members to their own project. Opened with ?source=, it leads to the plan to change.
import {el, languageSwitch, t, translatePage} from '../i18n.js';
import {api, attempt, notify, sendCommand} from '../api.js';
import {userMenu} from '../menu.js';
import {nameOf, reloadProgramme} from '../programme.js';
import {percent, sourceFrom} from './plan.js';

const source = sourceFrom(location.search);
let me = null;
let data = null;
let glances = [];
let directory = [];

function names(ids) {
  return ids.map(id => data.people[id] || '—').join(', ') || '—';
}

function glance(project) {
  const found = glances.find(plan => plan.municipalityId === project.id);
  if (!found) return el('span', {class: 'meta'}, t('noPlanAccess'));
  const value = percent(found.fulfilment);
  return el('span', {class: 'fulfilment'},
    value === null ? t('planFulfilment') + ': —' : el('meter', {min: 0, max: 100, low: 34, high: 67, optimum: 100, value,
      'aria-label': t('fulfilmentOf') + ' ' + nameOf(project)}),
    value === null ? '' : ' ' + value + ' %',
    ' · ' + found.goals + ' ' + t('goalsCount') + ', ' + found.subGoals + ' ' + t('subGoalsCount'));
}

function personPicker(label, onPick) {
  const select = el('select', {'aria-label': label}, el('option', {value: ''}, t('person') + '…'),
    ...directory.map(person => el('option', {value: person.id}, person.displayName)));
  return el('span', {class: 'inline-form'}, select, el('button', {type: 'button', class: 'small', onclick: () => {
    if (select.value) attempt(async () => { await onPick(select.value); await load(); });
  }}, label));
}

/** Renaming, in Swedish and English: a small form inside an item's details. */
function renameForm(item, path) {
  const sv = el('input', {value: item.nameSv, maxlength: 100, required: true, 'aria-label': t('nameSv')});
  const en = el('input', {value: item.nameEn, maxlength: 100, 'aria-label': t('nameEn')});
  return el('form', {class: 'inline-form', onsubmit: event => {
    event.preventDefault();
    attempt(async () => { await sendCommand('PUT', path, {nameSv: sv.value, nameEn: en.value || null}); await load(); });
  }}, sv, en, el('button', {type: 'submit', class: 'small'}, t('save')));
}

function retireButton(path, what) {
  return el('button', {type: 'button', class: 'small danger', 'aria-label': t('retire') + ': ' + what, onclick: () => {
    if (confirm(t('confirmRetire'))) attempt(async () => { await sendCommand('POST', path + '/retire'); await load(); });
  }}, t('retire'));
}

/** The people of a team, each removable by those who manage it. */
function team(label, ids, path, removable) {
  return el('div', {class: 'team'}, el('span', {class: 'meta'}, label + ': '),
    ids.length ? ids.map(id => el('span', {class: 'team-member'}, data.people[id] || '—',
      removable ? el('button', {type: 'button', class: 'link', 'aria-label': t('delete') + ': ' + (data.people[id] || id),
        onclick: () => attempt(async () => { await sendCommand('DELETE', path + '/' + encodeURIComponent(id)); await load(); })},
      '×') : null)) : '—');
}

function projectItem(project) {
  const admin = me.roles.includes('ADMIN');
  const pilot = project.pilotId === me.id;
  const path = '/api/programme/municipalities/' + encodeURIComponent(project.id);
  const link = '/municipality.html?id=' + encodeURIComponent(project.id)
    + (source ? '&source=' + encodeURIComponent(source.sessionId + ':' + source.itemId) : '');
  return el('li', {class: 'list-item project', 'data-municipality': project.id},
    el('a', {href: link, class: 'item-link'}, el('strong', {}, nameOf(project)),
      el('span', {class: 'meta'}, t('pilot') + ': ' + (project.pilotId ? names([project.pilotId]) : t('noPilot'))
        + ' · ' + t('members') + ': ' + names(project.memberIds))),
    glance(project),
    project.retired ? el('span', {class: 'phase-pill phase-CLOSED'}, t('retired')) : null,
    (admin || pilot) && !project.retired ? el('details', {class: 'person-edit'},
      el('summary', {}, t('edit') + ': ' + nameOf(project)),
      admin ? renameForm(project, path) : null,
      admin && directory.length ? personPicker(t('setPilot'), id => sendCommand('PUT', path + '/pilot', {personId: id})) : null,
      directory.length ? personPicker(t('addMember'), id => sendCommand('POST', path + '/members', {personId: id})) : null,
      team(t('members'), project.memberIds, path + '/members', true),
      admin ? retireButton(path, nameOf(project)) : null) : null);
}

function moduleItem(module) {
  const admin = me.roles.includes('ADMIN');
  const path = '/api/programme/modules/' + encodeURIComponent(module.id);
  return el('li', {class: 'list-item project', 'data-module': module.id},
    el('div', {class: 'item-link'}, el('strong', {}, module.number + ' · ' + nameOf(module)),
      el('span', {class: 'meta'}, t('leads') + ': ' + names(module.leadIds) + ' · ' + t('members') + ': '
        + names(module.memberIds))),
    module.retired ? el('span', {class: 'phase-pill phase-CLOSED'}, t('retired')) : null,
    admin && !module.retired ? el('details', {class: 'person-edit'},
      el('summary', {}, t('edit') + ': ' + nameOf(module)),
      renameForm(module, path),
      directory.length ? personPicker(t('addLead'), id => sendCommand('POST', path + '/leads', {personId: id})) : null,
      directory.length ? personPicker(t('addMember'), id => sendCommand('POST', path + '/members', {personId: id})) : null,
      team(t('leads'), module.leadIds, path + '/leads', true),
      team(t('members'), module.memberIds, path + '/members', true),
      retireButton(path, nameOf(module))) : null);
}

function render() {
  translatePage();
  if (!data) return;
  const note = document.getElementById('source-note');
  note.hidden = !source;
  if (source) note.textContent = t('choosePlanFor');
  // An edit panel someone opened stays open while the lists are drawn again (after each pick).
  const open = new Set([...document.querySelectorAll('.person-edit[open]')].map(panel => panel.closest('li').dataset.municipality
    ? 'm:' + panel.closest('li').dataset.municipality : 'module:' + panel.closest('li').dataset.module));
  document.getElementById('municipalities').replaceChildren(...data.municipalities.map(projectItem));
  document.getElementById('modules').replaceChildren(...data.modules.map(moduleItem));
  document.querySelectorAll('.person-edit').forEach(panel => {
    const item = panel.closest('li');
    const key = item.dataset.municipality ? 'm:' + item.dataset.municipality : 'module:' + item.dataset.module;
    if (open.has(key)) panel.open = true;
  });
  const admin = me.roles.includes('ADMIN');
  document.getElementById('add-municipality').hidden = !admin;
  document.getElementById('add-module').hidden = !admin;
}

async function load() {
  [data, glances] = await Promise.all([reloadProgramme(), api('GET', '/api/plans')]);
  render();
}

function adder(formId, path, svId, enId) {
  document.getElementById(formId).addEventListener('submit', event => {
    event.preventDefault();
    attempt(async () => {
      await sendCommand('POST', path, {nameSv: document.getElementById(svId).value,
        nameEn: document.getElementById(enId).value || null});
      event.target.reset();
      notify(t('saved'), 'info');
      await load();
    });
  });
}

async function start() {
  document.getElementById('lang').append(languageSwitch(render));
  translatePage();
  me = await userMenu();
  if (me.roles.includes('ADMIN') || me.roles.includes('FACILITATOR')) {
    directory = await api('GET', '/api/directory');
  }
  adder('add-municipality', '/api/programme/municipalities', 'municipality-name-sv', 'municipality-name-en');
  adder('add-module', '/api/programme/modules', 'module-name-sv', 'module-name-en');
  await load();
}

attempt(start);
