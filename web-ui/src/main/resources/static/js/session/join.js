// Joining a session by oneself, from My sessions or from a session's page one is not in yet.
import {currentLanguage, t} from '../i18n.js';
import {notify, sendCommand} from '../api.js';
import {explain} from '../errors.js';
import {joinPath} from './pages.js';

/** What a listed session is, in a line: kind, module, when, who facilitates. */
export function sessionFacts(session) {
  return [t('kind_' + session.kind), session.module ? t('module') + ' ' + session.module : t('programmeWide'),
    session.scheduledAt ? new Date(session.scheduledAt).toLocaleString(currentLanguage(),
      {dateStyle: 'medium', timeStyle: 'short'}) : null,
    session.facilitatorName ? t('facilitator') + ': ' + session.facilitatorName : null].filter(Boolean).join(' · ');
}

/** Joins the person to a listed session, then opens it; a refusal is told, not thrown. */
export async function joinSession(session, open) {
  try {
    await sendCommand('POST', joinPath(session.id));
  } catch (e) {
    notify(explain(e));
    return;
  }
  open();
}
