// A seminar's live questions and quick polls: the audience asks and upvotes questions and answers
// polls on a phone; moderators let questions show, mark the one being answered and run the polls;
// a projector shows the current question large (?view=projector). Built on the shared session
// modules: live connection, live sync with the generic merge, personal messages, i18n.
import {el, t, tf, translatePage} from '../i18n.js';
import {attempt, sendCommand} from '../api.js';
import {morph} from '../dom.js';
import {moduleLabel, municipalityNamed, nameOf, programme} from '../programme.js';
import {connectSession, linkItems, personalMessages, sessionSync, startSessionPage} from '../session/page.js';
import {held, onScreen, pollOnScreen, results, wall} from './view.js';
import {takesPart} from '../roles.js';
import {guestLinks} from '../session/guest-links.js';

const params = new URLSearchParams(location.search);
const sessionId = params.get('id');
const projector = params.get('view') === 'projector';
const PHASES = ['OPEN', 'LIVE', 'CLOSED'];
const base = '/api/seminars/' + encodeURIComponent(sessionId);

let me = null;
let programmeData = null;
let presence = [];
let sort = localStorage.getItem('pollinator.seminar.sort') || 'top';

/** Whether a question's author is someone the board does not name yet (a name comes with the board). */
const nameMissing = view => (view.questions || []).some(question => question.authorId && !view.people[question.authorId]);

// What only this person sees (a moderator's queue, one's own held question) may name someone new too.
const personal = personalMessages(sessionId, () => (nameMissing(board()) ? sync.refetch() : render()));
const invitations = guestLinks(sessionId, document.getElementById('invitation'));
const sync = sessionSync({
  sessionId,
  fetched: fresh => personal.overlay(fresh, fresh.seq + 1),
  afterMerge: (board, message) => {
    personal.overlay(board, message.seq);
    if (message.type === 'QuestionAnswering') {
      const now = board.questions.find(question => question.id === board.answering);
      if (now) announce(t('answeringNow') + ': ' + now.text);
    }
    return nameMissing(board);
  },
  onChange: () => render(),
});

function board() {
  return sync.view;
}

function announce(text) {
  document.getElementById('announce').textContent = text;
}

async function command(method, path, body) {
  return attempt(() => sendCommand(method, base + path, body));
}

const own = (collection, id) => (board()[collection] || []).some(item => item.id === id);

function votes(count) {
  return count === 1 ? t('oneVote') : tf('votesCount', count);
}

function author(question) {
  if (question.anonymous || !question.authorId) return t('anonymousAuthor');
  return board().people[question.authorId] || t('anonymousAuthor');
}

function renderHeader() {
  const current = board();
  document.getElementById('board-title').textContent = current.title;
  const where = current.module ? t('module') + ' ' + (programmeData ? moduleLabel(programmeData, current.module)
    : current.module) : t('programmeWide');
  const municipalities = current.municipalities.map(id =>
    (programmeData && nameOf(municipalityNamed(programmeData, id))) || id).join(', ');
  document.getElementById('board-meta').textContent = [t('seminar'), where, municipalities || null,
    current.speakers.length ? current.speakers.join(', ') : null].filter(Boolean).join(' · ');
  document.getElementById('phases').replaceChildren(el('ol', {class: 'phase-steps'},
    ...PHASES.map((phase, index) => el('li', {class: 'phase-step' + (phase === current.phase ? ' current'
      : index < PHASES.indexOf(current.phase) ? ' done' : ''), 'data-phase': phase,
    'aria-current': phase === current.phase ? 'step' : null}, t(phase)))));
  document.getElementById('phase-hint').textContent = t('hint_' + current.phase + '_seminar');
  document.getElementById('audience').textContent = tf('inAudience', current.participantCount, presence.length);
  const toView = document.getElementById('to-view');
  toView.href = '/seminar.html?id=' + encodeURIComponent(sessionId) + (projector ? '' : '&view=projector');
  toView.textContent = t(projector ? 'audienceView' : 'projectorView');
}

function renderControls() {
  const current = board();
  const parts = [];
  if (!current.joined && !current.closed && takesPart(me)) {
    parts.push(el('button', {type: 'button', class: 'primary big', id: 'join', 'data-focus': 'join',
      onclick: () => command('POST', '/participants').then(() => sync.refetch())}, t('joinSeminar')));
  }
  if (current.moderator && current.phase !== 'CLOSED') {
    parts.push(el('button', {type: 'button', id: 'invite', 'data-focus': 'invite',
      onclick: () => invitations.create()}, t('inviteGuests')));
    const next = PHASES[PHASES.indexOf(current.phase) + 1];
    parts.push(el('button', {type: 'button', class: 'primary', id: 'next-phase', 'data-focus': 'next-phase',
      onclick: () => {
        if (next === 'CLOSED' && !confirm(t('confirmCloseSeminar'))) return;
        command('POST', '/phase', {phase: next});
      }}, t(next === 'LIVE' ? 'startSeminar' : 'closeSeminar')));
  }
  morph(document.getElementById('facilitator-controls'), parts);
}

function renderNow() {
  const current = board();
  const box = document.getElementById('now-answering');
  const question = projector ? onScreen(current) : current.questions.find(q => q.id === current.answering);
  box.hidden = !question;
  if (!question) return box.replaceChildren();
  box.replaceChildren(el('p', {class: 'now-label'}, question.state === 'ANSWERING' ? t('answeringNow')
    : votes(question.votes)),
  el('p', {class: 'now-text'}, question.text),
  el('p', {class: 'meta'}, author(question) + ' · ' + votes(question.votes)));
}

/** On a projector, the poll of the moment under the question: its results once shown, else how many answered. */
function renderProjectorPoll() {
  const box = document.getElementById('projector-poll');
  const poll = projector ? pollOnScreen(board()) : null;
  box.hidden = !poll;
  if (!poll) return box.replaceChildren();
  const shares = results(poll);
  box.replaceChildren(el('h2', {}, poll.question), shares
    ? el('ul', {class: 'plain poll-results'}, ...shares.map(option => el('li', {},
      el('span', {class: 'poll-label'}, option.text + ': ' + option.votes + ' (' + option.percent + ' %)'),
      el('span', {class: 'poll-bar', 'aria-hidden': 'true'}, el('span', {style: 'width:' + option.percent + '%'})))))
    : el('p', {class: 'meta'}, tf('respondents', poll.respondents)));
}

function renderAsk() {
  const current = board();
  const form = document.getElementById('ask');
  form.hidden = !current.joined || current.closed;
  document.getElementById('ask-anonymous-label').hidden = !current.anonymousQuestions;
}

function questionItem(question) {
  const current = board();
  const voted = own('yourVotes', question.id);
  const mayVote = current.joined && !current.closed;
  const badge = question.state === 'ANSWERING' ? t('answeringNow') : question.state === 'ANSWERED' ? t('ANSWERED')
    : question.state === 'HELD' ? t('heldForReview') : null;
  const item = el('li', {class: 'question-item state-' + question.state, 'data-key': 'q-' + question.id,
    'data-seminar-question-id': question.id},
  el('div', {class: 'question-body'},
    el('p', {class: 'question-text'}, question.text),
    el('p', {class: 'meta'}, author(question), badge ? ' · ' : '', badge ? el('span', {class: 'state-badge'}, badge) : null),
    question.answer ? el('p', {class: 'answer'}, question.answer) : null),
  el('button', {type: 'button', class: 'vote-button' + (voted ? ' voted' : ''), 'data-focus': 'vote-' + question.id,
    'aria-pressed': String(voted), disabled: !mayVote || question.state === 'HELD',
    'aria-label': (voted ? t('upvoted') : t('upvote')) + ': ' + question.text,
    onclick: () => command(voted ? 'DELETE' : 'POST', '/questions/' + encodeURIComponent(question.id) + '/votes')},
  el('span', {'aria-hidden': 'true'}, '▲'), el('span', {class: 'vote-count'}, String(question.votes))));
  if (current.moderator && !current.closed) item.append(moderatorActions(question));
  return item;
}

function moderatorActions(question) {
  const current = board();
  const path = '/questions/' + encodeURIComponent(question.id);
  const actions = el('div', {class: 'moderator-actions'});
  if (question.state === 'HELD') {
    actions.append(el('button', {type: 'button', class: 'primary', 'data-focus': 'approve-' + question.id,
      onclick: () => command('POST', path + '/approve')}, t('approve')));
  }
  if (current.phase === 'LIVE' && (question.state === 'SHOWN' || question.state === 'ANSWERED')) {
    actions.append(el('button', {type: 'button', 'data-focus': 'answering-' + question.id,
      onclick: () => command('POST', path + '/answering')}, t('answerNow')));
  }
  if (question.state === 'SHOWN' || question.state === 'ANSWERING') {
    actions.append(el('form', {class: 'inline-form', 'data-key': 'answered-' + question.id, onsubmit: event => {
      event.preventDefault();
      const field = event.target.querySelector('input');
      command('POST', path + '/answered', {answer: field.value || null});
    }}, el('input', {maxlength: 1000, 'aria-label': t('shortAnswer'), placeholder: t('shortAnswer'),
      'data-focus': 'answer-' + question.id}),
    el('button', {type: 'submit', 'data-focus': 'answered-' + question.id}, t('markAnswered'))));
  }
  const others = wall(current.questions).filter(other => other.id !== question.id);
  if (others.length && question.state !== 'ANSWERING') {
    actions.append(el('form', {class: 'inline-form', 'data-key': 'merge-' + question.id, onsubmit: event => {
      event.preventDefault();
      command('POST', path + '/merge', {intoId: event.target.querySelector('select').value});
    }}, el('select', {'aria-label': t('mergeInto'), 'data-focus': 'merge-into-' + question.id},
      ...others.map(other => el('option', {value: other.id}, other.text.slice(0, 60)))),
    el('button', {type: 'submit', 'data-focus': 'merge-' + question.id}, t('merge'))));
  }
  actions.append(el('button', {type: 'button', class: 'danger', 'data-focus': 'hide-' + question.id,
    onclick: () => command('POST', path + '/hide')}, t('hide')));
  return actions;
}

function renderQuestions() {
  const current = board();
  const waiting = held(current.questions);
  const moderation = document.getElementById('moderation');
  moderation.hidden = !(current.moderator && current.moderated) && !waiting.length;
  morph(document.getElementById('held'), waiting.length ? waiting.map(questionItem)
    : [el('li', {class: 'empty-state', 'data-key': 'none'}, t('nothingHeld'))]);
  const shown = wall(current.questions, sort);
  const list = document.getElementById('questions');
  morph(list, shown.length ? shown.map(questionItem)
    : [el('li', {class: 'empty-state', 'data-key': 'none'}, t('noQuestions'))]);
  document.getElementById('sort').replaceChildren(...['top', 'new'].map(choice => el('button', {type: 'button',
    class: 'link' + (sort === choice ? ' active' : ''), 'aria-pressed': String(sort === choice),
    onclick: () => {
      sort = choice;
      localStorage.setItem('pollinator.seminar.sort', sort);
      render();
    }}, t(choice === 'top' ? 'sortTop' : 'sortNew'))));
}

function pollItem(poll) {
  const current = board();
  const answer = (current.yourAnswers || []).find(item => item.id === poll.id);
  const shares = results(poll);
  const item = el('article', {class: 'poll', 'data-key': 'p-' + poll.id, 'data-poll-id': poll.id},
    el('h3', {}, poll.question),
    el('p', {class: 'meta'}, t('POLL_' + poll.state), ' · ', tf('respondents', poll.respondents)));
  if (poll.state === 'OPEN' && current.joined && !answer && !current.closed) {
    const type = poll.multipleChoice ? 'checkbox' : 'radio';
    item.append(el('form', {class: 'poll-form', 'data-key': 'answer-' + poll.id, onsubmit: event => {
      event.preventDefault();
      const optionIds = [...event.target.querySelectorAll('input:checked')].map(box => box.value);
      command('POST', '/polls/' + encodeURIComponent(poll.id) + '/answers', {optionIds});
    }}, el('fieldset', {}, el('legend', {class: 'sr-only'}, poll.question),
      ...poll.options.map(option => el('label', {class: 'poll-option'}, el('input', {type, name: 'poll-' + poll.id,
        value: option.id, 'data-focus': 'option-' + option.id}), ' ' + option.text))),
    el('button', {type: 'submit', class: 'primary big', 'data-focus': 'answer-' + poll.id}, t('answerPoll'))));
  }
  if (answer) {
    item.append(el('p', {class: 'your-answer'}, t('yourAnswer') + ': ' + poll.options
      .filter(option => answer.optionIds.includes(option.id)).map(option => option.text).join(', ')));
  }
  if (shares) {
    item.append(el('ul', {class: 'plain poll-results'}, ...shares.map(option => el('li', {},
      el('span', {class: 'poll-label'}, option.text + ': ' + option.votes + ' (' + option.percent + ' %)'),
      el('span', {class: 'poll-bar', 'aria-hidden': 'true'}, el('span', {style: 'width:' + option.percent + '%'}))))));
  } else if (poll.state !== 'NEW') {
    item.append(el('p', {class: 'meta'}, t('resultsHidden')));
  }
  if (current.moderator && !current.closed) {
    const path = '/polls/' + encodeURIComponent(poll.id);
    const controls = el('div', {class: 'moderator-actions'});
    if (poll.state === 'NEW') {
      controls.append(el('button', {type: 'button', class: 'primary', 'data-focus': 'open-' + poll.id,
        onclick: () => command('POST', path + '/open')}, t('openPoll')));
    }
    if (poll.state === 'OPEN') {
      controls.append(el('button', {type: 'button', 'data-focus': 'close-' + poll.id,
        onclick: () => command('POST', path + '/close')}, t('closePoll')));
    }
    controls.append(el('button', {type: 'button', 'data-focus': 'results-' + poll.id,
      onclick: () => command('PUT', path + '/results', {shown: !poll.resultsShown})},
    t(poll.resultsShown ? 'hideResults' : 'showResults')));
    item.append(controls);
  }
  return item;
}

function renderPolls() {
  const current = board();
  const polls = document.getElementById('polls');
  // A choice made and not sent yet stays made while others answer and the counts change.
  const chosen = new Set([...polls.querySelectorAll('input:checked')].map(box => box.value));
  morph(polls, current.polls.map(pollItem));
  polls.querySelectorAll('input').forEach(box => { if (chosen.has(box.value)) box.checked = true; });
  const form = document.getElementById('new-poll');
  form.hidden = !current.moderator || current.closed;
  if (!form.hidden && !form.childElementCount) {
    form.replaceChildren(el('h3', {class: 'wide'}, t('newPoll')),
      el('label', {class: 'wide'}, el('span', {}, t('pollQuestion')),
        el('input', {name: 'question', maxlength: 300, required: true, id: 'poll-question'})),
      el('label', {class: 'wide'}, el('span', {}, t('optionsOnePerLine')),
        el('textarea', {name: 'options', rows: 3, required: true, id: 'poll-options'})),
      el('label', {class: 'check'}, el('input', {type: 'checkbox', name: 'multipleChoice', id: 'poll-multiple'}),
        ' ' + t('multipleChoice')),
      el('div', {class: 'wide'}, el('button', {type: 'submit', class: 'primary', id: 'create-poll'}, t('createPoll'))));
  }
}

function render() {
  if (!board()) return;
  translatePage();
  renderHeader();
  renderControls();
  renderNow();
  renderProjectorPoll();
  if (!projector) {
    renderAsk();
    renderQuestions();
    renderPolls();
  }
  linkItems();
}

document.body.classList.toggle('projector', projector);
startSessionPage({
  sessionId,
  sync,
  onLanguage: () => {
    document.getElementById('new-poll').replaceChildren();
    render();
  },
  withMe: person => {
    me = person;
    programme().then(data => { programmeData = data; render(); }).catch(() => {});
    document.getElementById('ask').addEventListener('submit', async event => {
      event.preventDefault();
      const text = document.getElementById('ask-text');
      const done = await command('POST', '/questions', {text: text.value,
        anonymous: document.getElementById('ask-anonymous').checked});
      if (done) text.value = '';
    });
    document.getElementById('new-poll').addEventListener('submit', async event => {
      event.preventDefault();
      const data = new FormData(event.target);
      const done = await command('POST', '/polls', {question: data.get('question'),
        options: String(data.get('options') || '').split('\n').map(line => line.trim()).filter(Boolean),
        multipleChoice: data.get('multipleChoice') === 'on'});
      if (done) event.target.replaceChildren();
    });
  },
  live: () => connectSession({sessionId, sync, onPresence: present => {
    presence = present;
    if (board()) renderHeader();
  }, onPersonal: message => personal.receive(board(), message)}),
});
