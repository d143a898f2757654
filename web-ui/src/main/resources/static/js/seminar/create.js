// The form that opens a seminar, on My sessions: where it belongs, its speakers, its moderators
// (besides the one who opens it) and whether questions may be anonymous or are reviewed first.
import {attempt, sendCommand} from '../api.js';
import {sessionHref} from '../session/pages.js';
import {lines, moduleChoice, municipalityChoices, peopleChoice, scheduledAt} from '../session/create-form.js';

export function fill({programme, directory, me}) {
  if (!programme) return;
  moduleChoice(document.getElementById('seminar-module'), programme, {optional: true});
  municipalityChoices(document.getElementById('seminar-municipalities'), programme);
  peopleChoice(document.getElementById('seminar-moderators'), directory.filter(person => !me || person.id !== me.id));
}

export function wire() {
  document.getElementById('create-seminar').addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(event.target);
    attempt(async () => {
      const created = await sendCommand('POST', '/api/seminars', {
        title: form.get('title'),
        module: form.get('module') ? Number(form.get('module')) : null,
        municipalities: form.getAll('municipalities'),
        speakers: lines(form.get('speakers')),
        moderators: [...document.getElementById('seminar-moderators').selectedOptions].map(option => option.value),
        anonymousQuestions: document.getElementById('seminar-anonymous').checked,
        moderated: document.getElementById('seminar-moderated').checked,
        scheduledAt: scheduledAt(form.get('scheduledAt')),
      });
      location.href = sessionHref(created.id);
    });
  });
}
