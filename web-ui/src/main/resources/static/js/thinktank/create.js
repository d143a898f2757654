// The form that opens a think tank, on My sessions: its module (or the whole programme), its
// municipality projects, its questions and the experts it invites.
import {attempt, sendCommand} from '../api.js';
import {sessionHref} from '../session/pages.js';
import {lines, moduleChoice, municipalityChoices, peopleChoice, scheduledAt} from '../session/create-form.js';

export function fill({programme, directory}) {
  if (!programme) return;
  moduleChoice(document.getElementById('tt-module'), programme);
  municipalityChoices(document.getElementById('tt-municipalities'), programme);
  peopleChoice(document.getElementById('tt-experts'), directory);
}

export function wire() {
  document.getElementById('create-thinktank').addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(event.target);
    const programmeWide = document.getElementById('tt-programme-wide').checked;
    attempt(async () => {
      const created = await sendCommand('POST', '/api/thinktanks', {
        title: form.get('title'),
        module: programmeWide ? null : Number(form.get('module')),
        programmeWide,
        municipalities: form.getAll('municipalities'),
        questions: lines(form.get('questions')),
        experts: [...document.getElementById('tt-experts').selectedOptions].map(option => option.value),
        scheduledAt: scheduledAt(form.get('scheduledAt')),
      });
      location.href = sessionHref(created.id);
    });
  });
}
