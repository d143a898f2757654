// The form that opens a café, on My sessions: its tables (one question per line, each with a host
// to choose as it is written), and where it belongs (a module, municipality projects; optional).
import {el, t} from '../i18n.js';
import {attempt, sendCommand} from '../api.js';
import {sessionHref} from '../session/pages.js';
import {lines, moduleChoice, municipalityChoices, scheduledAt} from '../session/create-form.js';

let people = [];

function questions() {
  return lines(document.getElementById('cafe-tables').value);
}

/** A host to choose for each table as its question is written, keeping the choices made so far. */
function fillHosts() {
  const box = document.getElementById('cafe-hosts');
  const chosen = new Map([...box.querySelectorAll('select')].map(select => [select.dataset.question, select.value]));
  const written = questions();
  box.hidden = !written.length || !people.length;
  box.replaceChildren(el('legend', {}, t('tableHosts')), ...written.map((question, index) => el('label', {},
    el('span', {}, t('hostOf') + ' ' + question),
    el('select', {'data-question': question, id: 'cafe-host-' + index},
      el('option', {value: ''}, '—'), ...people.map(person => el('option', {value: person.id,
        selected: chosen.get(question) === person.id}, person.displayName))))));
}

export function fill({programme, directory}) {
  people = directory;
  if (!programme) return;
  moduleChoice(document.getElementById('cafe-module'), programme, {optional: true});
  municipalityChoices(document.getElementById('cafe-municipalities'), programme);
}

export function wire() {
  document.getElementById('cafe-tables').addEventListener('input', fillHosts);
  document.getElementById('create-cafe').addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(event.target);
    attempt(async () => {
      const created = await sendCommand('POST', '/api/cafes', {
        title: form.get('title'),
        theme: form.get('theme'),
        tables: questions().map(question => {
          const host = [...document.querySelectorAll('#cafe-hosts select')].find(select => select.dataset.question === question);
          return {question, hostId: host && host.value ? host.value : null};
        }),
        scheduledAt: scheduledAt(form.get('scheduledAt')),
        module: form.get('module') ? Number(form.get('module')) : null,
        municipalities: form.getAll('municipalities'),
      });
      location.href = sessionHref(created.id);
    });
  });
}
