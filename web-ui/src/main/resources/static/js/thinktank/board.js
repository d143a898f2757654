// A think tank's board: its questions as lanes with their insights, appearing live; support,
// comments and clusters while exploring; recommendations with the insights they rest on. Built on
// the shared session modules: live connection, live sync with the generic merge, presence, i18n.
import {el, t, translatePage} from '../i18n.js';
import {api, attempt, sendCommand} from '../api.js';
import {morph} from '../dom.js';
import {moduleLabel, municipalityNamed, nameOf, programme} from '../programme.js';
import {connectSession, linkItems, sessionSync, startSessionPage} from '../session/page.js';
import {showBoardPresence} from '../session/presence.js';
import {runBoardTimer, showBoardTimer, timerControls} from '../session/timer-view.js';
import {takesPart} from '../roles.js';

const sessionId = new URLSearchParams(location.search).get('id');
const PHASES = ['PREPARE', 'EXPLORE', 'RECOMMEND', 'CLOSED'];
const base = '/api/thinktanks/' + encodeURIComponent(sessionId);

let me = null;
let programmeData = null;
let connection = null;
let presence = [];
/** Who may be invited as an expert, for the facilitator (loaded once, when they may invite). */
let directory = null;
const selected = new Set();

// A message names people by id; a new name is fetched with the board.
const sync = sessionSync({sessionId, afterMerge: view => (view.participants || []).some(id => !view.people[id]),
  onChange: () => render()});

function view() {
  return sync.view;
}

function name(id) {
  return (view() && view().people[id]) || t('anonymous');
}

function isFacilitator() {
  return view() && me && view().facilitatorId === me.id;
}

function isParticipant() {
  return view() && me && view().participants.includes(me.id);
}

function mayRecommend() {
  return isFacilitator() || (view() && me && view().experts.includes(me.id) && isParticipant());
}

async function command(method, path, body) {
  return attempt(() => sendCommand(method, base + path, body));
}

function renderHeader() {
  const current = view();
  document.getElementById('board-title').textContent = current.title;
  const where = current.programmeWide ? t('programmeWide')
    : t('module') + ' ' + (programmeData ? moduleLabel(programmeData, current.module) : current.module);
  const municipalities = current.municipalities.map(id =>
    (programmeData && nameOf(municipalityNamed(programmeData, id))) || id).join(', ');
  document.getElementById('board-meta').textContent = [t('thinkTank'), where, municipalities || null,
    t('expertsHeading') + ': ' + (current.experts.map(name).join(', ') || '—')].filter(Boolean).join(' · ');
  document.getElementById('phases').replaceChildren(el('ol', {class: 'phase-steps'},
    ...PHASES.map((phase, index) => el('li', {class: 'phase-step' + (phase === current.phase ? ' current'
      : index < PHASES.indexOf(current.phase) ? ' done' : ''), 'data-phase': phase,
    'aria-current': phase === current.phase ? 'step' : null}, t(phase)))));
  document.getElementById('phase-hint').textContent = t(current.phase === 'CLOSED' ? 'hint_CLOSED_thinktank'
    : 'hint_' + current.phase);
}

function renderControls() {
  const current = view();
  const parts = [];
  if (!isParticipant() && takesPart(me)
      && current.phase !== 'CLOSED') {
    parts.push(el('button', {type: 'button', class: 'primary', id: 'join', 'data-focus': 'join',
      onclick: () => command('POST', '/participants').then(() => sync.refetch())}, t('joinThinkTank')));
  }
  if (isFacilitator()) {
    const index = PHASES.indexOf(current.phase);
    if (index > 0 && current.phase !== 'CLOSED') {
      parts.push(el('button', {type: 'button', id: 'prev-phase', 'data-focus': 'prev-phase',
        onclick: () => command('POST', '/phase', {phase: PHASES[index - 1]})}, '← ' + t('prevPhase')));
    }
    if (current.phase !== 'CLOSED') {
      parts.push(timerControls(!!current.timer, {start: seconds => command('POST', '/timer', {seconds}),
        stop: () => command('DELETE', '/timer')}));
    }
    if (index < PHASES.length - 1) {
      parts.push(el('button', {type: 'button', class: 'primary', id: 'next-phase', 'data-focus': 'next-phase',
        onclick: () => {
          // Closing publishes the recommendations for good: asked first, as closing a retro is.
          if (PHASES[index + 1] === 'CLOSED' && !confirm(t('confirmPublish'))) return;
          command('POST', '/phase', {phase: PHASES[index + 1]});
        }}, t('nextPhase') + ': ' + t(PHASES[index + 1]) + ' →'));
    }
  }
  if (isFacilitator() && current.phase === 'PREPARE') {
    parts.push(el('form', {class: 'inline-form', id: 'add-question', 'data-key': 'add-question', onsubmit: event => {
      event.preventDefault();
      const field = event.target.querySelector('input');
      command('POST', '/questions', {text: field.value}).then(done => { if (done) field.value = ''; });
    }}, el('input', {maxlength: 500, required: true, 'aria-label': t('addQuestion'), placeholder: t('addQuestion'),
      'data-focus': 'new-question'}),
    el('button', {type: 'submit', 'data-focus': 'add-question'}, t('addQuestion'))));
  }
  if (isFacilitator() && current.phase !== 'CLOSED' && directory) {
    const invitable = directory.filter(person => !current.experts.includes(person.id) && person.id !== me.id);
    if (invitable.length) {
      parts.push(el('form', {class: 'inline-form', id: 'invite-expert', 'data-key': 'invite-expert', onsubmit: event => {
        event.preventDefault();
        const choice = event.target.querySelector('select');
        if (choice.value) command('POST', '/experts', {personId: choice.value});
      }}, el('select', {'aria-label': t('inviteExpert'), 'data-focus': 'expert-choice'},
        ...invitable.map(person => el('option', {value: person.id}, person.displayName))),
      el('button', {type: 'submit', 'data-focus': 'invite-expert'}, t('inviteExpert'))));
    }
  }
  if (current.phase === 'EXPLORE' && isParticipant()) {
    parts.push(el('button', {type: 'button', id: 'cluster-selected', 'data-focus': 'cluster-selected',
      disabled: selected.size < 2, onclick: clusterSelected}, t('clusterSelected') + (selected.size ? ' (' + selected.size + ')' : '')));
  }
  morph(document.getElementById('facilitator-controls'), parts);
}

async function clusterSelected() {
  const named = prompt(t('clusterName'));
  if (named === null) return;
  const done = await command('POST', '/clusters', {name: named || null, insightIds: [...selected]});
  if (done) selected.clear();
  render();
}

/** Evidence as a link when it is one (http or https only), else as text. */
function evidence(text) {
  if (!text) return null;
  const link = /^https?:\/\/\S+$/i.test(text);
  return el('p', {class: 'meta evidence'}, t('evidence') + ': ',
    link ? el('a', {href: text, rel: 'noopener noreferrer', target: '_blank'}, text) : text);
}

function insightCard(insight) {
  const current = view();
  const exploring = current.phase === 'EXPLORE';
  const mine = me && insight.supporters.includes(me.id);
  const cluster = (current.clusters || []).find(c => c.id === insight.clusterId);
  const mayAct = isParticipant() && (exploring || current.phase === 'RECOMMEND');
  return el('li', {class: 'card insight', 'data-insight-id': insight.id, 'data-key': insight.id,
    draggable: exploring && isParticipant() ? 'true' : null,
    ondragstart: event => event.dataTransfer.setData('text/insight', insight.id),
    ondragover: event => { if (exploring) event.preventDefault(); },
    ondrop: event => {
      event.preventDefault();
      const from = event.dataTransfer.getData('text/insight');
      if (from && from !== insight.id) {
        const members = cluster ? [...cluster.insightIds, from] : [insight.id, from];
        command('POST', '/clusters', {name: cluster ? cluster.name : null, insightIds: [...new Set(members)]});
      }
    }},
    cluster ? el('span', {class: 'phase-pill cluster-pill'}, cluster.name || t('unnamedGroup')) : null,
    el('p', {class: 'card-text'}, insight.text),
    evidence(insight.evidence),
    el('div', {class: 'card-foot'},
      el('span', {class: 'author'}, name(insight.authorId)),
      el('span', {class: 'votes', 'aria-label': insight.support + ' ' + t('supportCount')}, '+' + insight.support),
      mayAct ? el('button', {type: 'button', class: 'small' + (mine ? ' active' : ''), 'aria-pressed': String(!!mine),
        'data-focus': 'support-' + insight.id,
        'aria-label': (mine ? t('withdrawSupport') : t('supportInsight')) + ': ' + insight.text,
        onclick: () => command(mine ? 'DELETE' : 'POST', '/insights/' + insight.id + '/support')},
      mine ? t('withdrawSupport') : t('supportInsight')) : null,
      exploring && isParticipant() ? el('label', {class: 'select-card'}, el('input', {type: 'checkbox',
        'data-focus': 'select-' + insight.id, checked: selected.has(insight.id), 'aria-label': t('selectInsight') + ': ' + insight.text,
        onchange: event => { if (event.target.checked) selected.add(insight.id); else selected.delete(insight.id); renderControls(); }}),
      ' ' + t('selectInsight')) : null),
    el('details', {class: 'comments', 'data-key': 'comments'}, el('summary', {}, t('commentsHeading') + ' (' + insight.comments.length + ')'),
      el('ul', {class: 'plain'}, ...insight.comments.map(comment => el('li', {},
        el('span', {class: 'meta'}, name(comment.authorId) + ': '), comment.text))),
      exploring && isParticipant() ? el('form', {class: 'inline-form', 'data-key': 'comment-form', onsubmit: event => {
        event.preventDefault();
        const field = event.target.querySelector('input');
        command('POST', '/insights/' + insight.id + '/comments', {text: field.value}).then(done => { if (done) field.value = ''; });
      }}, el('input', {maxlength: 1000, 'aria-label': t('addComment') + ': ' + insight.text, class: 'grow',
        'data-focus': 'comment-' + insight.id}),
      el('button', {type: 'submit', class: 'small', 'data-focus': 'add-comment-' + insight.id}, t('addComment'))) : null));
}

/** A question's insights, in the order they were posted. */
function insightsOf(question) {
  return (view().insights || []).filter(insight => insight.questionId === question.id);
}

function lane(question) {
  const current = view();
  const insights = insightsOf(question);
  const composer = current.phase === 'EXPLORE' && isParticipant() ? el('form', {class: 'add-card', 'data-key': 'composer',
    onsubmit: event => {
      event.preventDefault();
      const text = event.target.querySelector('textarea');
      const proof = event.target.querySelector('input');
      command('POST', '/questions/' + question.id + '/insights', {text: text.value, evidence: proof.value || null})
        .then(done => { if (done) { text.value = ''; proof.value = ''; } });
    }},
  el('textarea', {rows: 2, maxlength: 2000, placeholder: t('insightPlaceholder'), class: 'new-insight',
    'aria-label': t('addInsight') + ': ' + question.text, 'data-focus': 'insight-' + question.id}),
  el('input', {maxlength: 1000, placeholder: t('evidencePlaceholder'), 'aria-label': t('evidence') + ': ' + question.text,
    'data-focus': 'evidence-' + question.id}),
  el('div', {class: 'add-card-buttons'}, el('button', {type: 'submit', class: 'primary',
    'data-focus': 'add-insight-' + question.id}, t('addInsight')))) : null;
  return el('section', {class: 'column lane', 'data-question-id': question.id, 'data-key': question.id},
    el('div', {class: 'column-head'}, el('h2', {}, question.text),
      el('span', {class: 'count'}, insights.length + ' ' + t('insightsHeading').toLowerCase())),
    composer,
    el('ul', {class: 'card-list plain', 'data-key': 'insights'}, ...(insights.length ? insights.map(insightCard)
      : [el('li', {class: 'empty', 'data-key': 'empty'}, t('noInsights'))])));
}

function addresseeName(to) {
  if (!to) return '—';
  if (to.kind === 'MODULE') return t('module') + ' ' + (programmeData ? moduleLabel(programmeData, to.id) : to.id);
  return (programmeData && nameOf(municipalityNamed(programmeData, to.id))) || to.id;
}

function renderRecommendations() {
  const current = view();
  const list = document.getElementById('recommendations');
  list.replaceChildren(...((current.recommendations || []).length ? current.recommendations.map(r => el('li', {
    class: 'recommendation', 'data-recommendation-id': r.id},
  el('strong', {}, r.text), ' ', current.closed ? el('span', {class: 'phase-pill'}, t('published')) : null,
  el('p', {class: 'meta'}, t('addressedTo') + ': ' + addresseeName(r.addressedTo) + ' · ' + name(r.authorId)),
  el('p', {class: 'meta'}, t('basedOn') + ':'),
  el('ul', {class: 'basis'}, ...r.basis.map(b => el('li', {}, b.text + ' (+' + b.support + ')'))),
  current.closed && takesPart(me) ? el('a', {class: 'plan-link',
    href: (r.addressedTo && r.addressedTo.kind === 'MUNICIPALITY' ? '/municipality.html?id=' + encodeURIComponent(r.addressedTo.id) + '&'
      : '/programme.html?') + 'source=' + encodeURIComponent(sessionId + ':' + r.id),
    'aria-label': t('changePlanFromThis') + ': ' + r.text}, t('changePlanFromThis')) : null))
    : [el('li', {class: 'empty'}, t('noRecommendations'))]));
  const form = document.getElementById('recommend');
  const show = current.phase === 'RECOMMEND' && mayRecommend();
  form.hidden = !show;
  if (show && !form.contains(document.activeElement) && !form.dataset.dirty) drawRecommendForm(form);
}

function drawRecommendForm(form) {
  const current = view();
  const targets = [];
  if (programmeData) {
    programmeData.modules.filter(m => !m.retired).forEach(m =>
      targets.push(el('option', {value: 'MODULE:' + m.number}, t('module') + ' ' + m.number + ' · ' + nameOf(m))));
    programmeData.municipalities.filter(m => !m.retired).forEach(m =>
      targets.push(el('option', {value: 'MUNICIPALITY:' + m.id}, nameOf(m))));
  }
  const insights = current.questions.flatMap(insightsOf);
  form.replaceChildren(el('h3', {class: 'wide'}, t('newRecommendation')),
    el('label', {class: 'wide'}, el('span', {}, t('recommendation')),
      el('textarea', {name: 'text', rows: 2, maxlength: 2000, required: true, id: 'recommendation-text'})),
    el('label', {}, el('span', {}, t('addressedTo')), el('select', {name: 'to', id: 'recommendation-to'}, ...targets)),
    el('fieldset', {class: 'wide modules'}, el('legend', {}, t('basedOn')),
      ...insights.map(insight => el('label', {class: 'check'}, el('input', {type: 'checkbox', name: 'basedOn',
        value: insight.id}), ' ' + insight.text + ' (+' + insight.support + ')'))),
    el('div', {class: 'wide'}, el('button', {type: 'submit', class: 'primary', id: 'recommend-submit'}, t('save'))));
}

function renderTimer() {
  showBoardTimer(view());
}

function render() {
  if (!view()) return;
  translatePage();
  renderHeader();
  renderControls();
  const lanes = document.getElementById('questions');
  const open = new Set([...lanes.querySelectorAll('details.comments[open]')].map(d => d.closest('[data-insight-id]').dataset.insightId));
  morph(lanes, view().questions.map(lane));
  lanes.querySelectorAll('[data-insight-id]').forEach(item => {
    if (open.has(item.dataset.insightId)) item.querySelector('details.comments').open = true;
  });
  renderRecommendations();
  renderTimer();
  showBoardPresence(presence, view(), connection && connection.connected);
  linkItems();
}

function connect() {
  // Presence redraws only itself: in a crowd it changes several times a second, and redrawing
  // the board with it would replace the very button someone is clicking.
  connection = connectSession({sessionId, sync, onPresence: present => {
    presence = present;
    if (view()) showBoardPresence(presence, view(), connection && connection.connected);
  }});
}

startSessionPage({
  sessionId,
  sync,
  onLanguage: () => {
    document.getElementById('questions').replaceChildren();
    render();
  },
  withMe: person => {
    me = person;
    programme().then(data => { programmeData = data; render(); }).catch(() => {});
    document.getElementById('recommend').addEventListener('input', event => { event.currentTarget.dataset.dirty = '1'; });
    document.getElementById('recommend').addEventListener('submit', async event => {
      event.preventDefault();
      const data = new FormData(event.target);
      const [kind, id] = String(data.get('to') || ':').split(':');
      const done = await command('POST', '/recommendations', {text: data.get('text'), addressedTo: {kind, id},
        basedOn: data.getAll('basedOn')});
      if (done) {
        delete event.target.dataset.dirty;
        drawRecommendForm(event.target);
      }
    });
  },
  afterFetch: async () => {
    if (isFacilitator()) {
      directory = await api('GET', '/api/directory').catch(() => null);
      render();
    }
  },
  live: () => {
    connect();
    runBoardTimer(view);
  },
});
