// The kinds of session, as the server registers them (each once, with its names in Swedish and
// English): loaded once per page, their names put among the texts as kind_<KIND>, so that
// t('kind_' + kind) names any kind, a new one too.
import {api} from '../api.js';
import {TEXTS} from '../i18n.js';

let loaded = null;

/** The kinds ([{kind, label: {sv, en}}]), fetched once; their names are texts from then on. */
export function loadKinds() {
  loaded = loaded || api('GET', '/api/session-kinds').then(kinds => {
    useKinds(kinds);
    return kinds;
  }).catch(() => []);
  return loaded;
}

/** Makes these kinds' names texts (for a page that has them already, and for tests). */
export function useKinds(kinds) {
  for (const {kind, label} of kinds) {
    for (const lang of Object.keys(TEXTS)) {
      if (label[lang]) TEXTS[lang]['kind_' + kind] = label[lang];
    }
  }
}
