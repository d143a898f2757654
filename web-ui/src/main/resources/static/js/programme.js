// The programme's modules and municipality projects, as GET /api/programme gives them: fetched
// once per page and named in the page's language. Retired ones still have names (old sessions
// name them) but are not offered as choices.
import {api} from './api.js';
import {currentLanguage} from './i18n.js';

let loaded = null;

/** The programme, fetched on first use. */
export function programme() {
  loaded = loaded || api('GET', '/api/programme');
  return loaded;
}

/** Fetches it again, after a change to it. */
export function reloadProgramme() {
  loaded = null;
  return programme();
}

/** A module's or project's name in the page's language. */
export function nameOf(item) {
  if (!item) return null;
  return currentLanguage() === 'sv' ? item.nameSv : item.nameEn;
}

export function moduleNamed(data, number) {
  return data.modules.find(module => module.number === Number(number)) || null;
}

export function municipalityNamed(data, id) {
  return data.municipalities.find(project => project.id === id) || null;
}

/** "3 · Strategisk ledning", or the number alone for a module the programme does not know. */
export function moduleLabel(data, number) {
  const module = moduleNamed(data, number);
  return number + (module ? ' · ' + nameOf(module) : '');
}

/** The modules and projects a new session or goal may name: those not retired. */
export function choices(data) {
  return {
    modules: data.modules.filter(module => !module.retired),
    municipalities: data.municipalities.filter(project => !project.retired),
  };
}
