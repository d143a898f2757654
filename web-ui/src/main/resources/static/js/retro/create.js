// The form that opens a retro, on My sessions.
import {el, t} from '../i18n.js';
import {choices, nameOf} from '../programme.js';
import {attempt, sendCommand} from '../api.js';
import {sessionHref} from '../session/pages.js';
import {moduleChoice, scheduledAt} from '../session/create-form.js';

export function fill({programme}) {
  if (!programme) return;
  moduleChoice(document.getElementById('retro-module'), programme);
  const municipality = document.getElementById('retro-municipality');
  const chosen = municipality.value;
  municipality.replaceChildren(el('option', {value: ''}, t('none')),
    ...choices(programme).municipalities.map(project => el('option', {value: project.id}, nameOf(project))));
  municipality.value = chosen;
}

export function wire() {
  document.getElementById('create').addEventListener('submit', event => {
    event.preventDefault();
    attempt(async () => {
      const created = await sendCommand('POST', '/api/retros', {
        title: document.getElementById('retro-title').value,
        module: Number(document.getElementById('retro-module').value),
        municipality: document.getElementById('retro-municipality').value || null,
        scheduledAt: scheduledAt(document.getElementById('retro-scheduled').value),
        voteBudget: Number(document.getElementById('retro-budget').value),
        anonymousCards: document.getElementById('retro-anonymous').checked,
        privateReflection: document.getElementById('retro-private').checked,
        showVotesLive: document.getElementById('retro-votes-live').checked,
      });
      location.href = sessionHref(created.id);
    });
  });
}
