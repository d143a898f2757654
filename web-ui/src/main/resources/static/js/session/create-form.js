// What the kinds' forms to open a session share: the module to choose, the municipality projects to
// tick, and a scheduled time as the API takes it. Each kind's own form is js/<kind>/create.js,
// which My sessions loads for every kind there is: fill(context) draws its choices (again, in the
// page's language), wire(context) hands its submit to the kind's command.
import {el, t} from '../i18n.js';
import {choices, nameOf} from '../programme.js';

/** Fills a module choice, keeping what was chosen; {@code optional}: "the whole programme" first. */
export function moduleChoice(select, programmeData, {optional = false} = {}) {
  const {modules} = choices(programmeData);
  const chosen = select.value || (optional ? '' : String(modules[0] ? modules[0].number : ''));
  select.replaceChildren(...(optional ? [el('option', {value: ''}, t('programmeWide'))] : []),
    ...modules.map(m => el('option', {value: m.number}, m.number + ' · ' + nameOf(m))));
  select.value = chosen;
}

/** A form's municipality projects to tick, keeping what was ticked while the form is drawn again. */
export function municipalityChoices(places, programmeData) {
  const {municipalities} = choices(programmeData);
  const ticked = new Set([...places.querySelectorAll('input:checked')].map(box => box.value));
  places.replaceChildren(el('legend', {}, t('municipality')), ...municipalities.map(project => el('label', {class: 'check'},
    el('input', {type: 'checkbox', name: 'municipalities', value: project.id, checked: ticked.has(project.id)}),
    ' ' + nameOf(project))));
}

/** People to choose from (experts, moderators, hosts), drawn once. */
export function peopleChoice(select, people) {
  if (!select.childElementCount) {
    select.replaceChildren(...people.map(person => el('option', {value: person.id}, person.displayName)));
  }
}

/** A datetime-local field's value as the API takes it, or null. */
export function scheduledAt(value) {
  return value ? new Date(value).toISOString() : null;
}

/** A text area's lines, trimmed, the empty ones left out. */
export function lines(text) {
  return String(text || '').split('\n').map(line => line.trim()).filter(Boolean);
}
